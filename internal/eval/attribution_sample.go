package eval

import (
	"math/rand/v2"
	"slices"

	"github.com/newsgraph/newsgraph"
)

// Is a score on a small dev set what the system does on unseen articles?
// Cross-validation scores every training article out of fold; drawing
// many samples of the dev set's size from those articles shows how far a
// dev score may stray by the luck of which articles it holds. A dev score
// beyond nearly all the samples is not luck: the dev articles are easier,
// or the system was fitted to them.

// ArticleCounts is one article's counts, as the pooled scores sum them:
// exact matches by role (Roles order) and the content's token overlap.
type ArticleCounts struct {
	Name           string       `json:"name"`
	Exact          [3]SpanCount `json:"exact"`
	ContentOverlap SpanCount    `json:"content_overlap"`
}

// SpanCount is true positives and the sizes of the predicted and gold
// sets.
type SpanCount struct{ TP, Predicted, Gold int }

func (c SpanCount) plus(o SpanCount) SpanCount {
	return SpanCount{c.TP + o.TP, c.Predicted + o.Predicted, c.Gold + o.Gold}
}

func (c SpanCount) f1() float64 { return Counts(c.TP, c.Predicted, c.Gold).F1 }

// CountArticle counts d, which the whole pipeline has annotated, against
// gd's gold, as AttributionTally.Add counts it.
func CountArticle(d *newsgraph.Doc, gd AttributionDoc) ArticleCounts {
	a := newAttributionCounts()
	a.add(d, gd.Gold)
	out := ArticleCounts{Name: gd.Name}
	for i, r := range Roles {
		c := a.exact[r]
		out.Exact[i] = SpanCount{c.tp, c.pred, c.gold}
	}
	c := a.overlap["content"]
	out.ContentOverlap = SpanCount{c.tp, c.pred, c.gold}
	return out
}

// SampleComparison places a set's pooled F1 of one measure among the
// pooled F1s of samples of the set's size drawn from a pool.
type SampleComparison struct {
	Measure string  `json:"measure"` // cue, source, content (exact), content overlap
	Set     float64 `json:"set"`
	Median  float64 `json:"median"`
	Low     float64 `json:"p5"`  // 5th percentile of the samples
	High    float64 `json:"p95"` // 95th
	// AtLeast is the share of samples whose F1 is at least the set's.
	AtLeast float64 `json:"share_at_least"`
}

// CompareToSamples draws draws samples of len(set) articles from pool
// (without replacement, seeded) and places set's pooled F1 among theirs,
// for each measure. The pool must hold at least as many articles as set.
func CompareToSamples(pool, set []ArticleCounts, draws int, seed uint64) []SampleComparison {
	measures := []string{"cue", "source", "content", "content overlap"}
	count := func(a ArticleCounts, m int) SpanCount {
		if m < 3 {
			return a.Exact[m]
		}
		return a.ContentOverlap
	}
	pooled := func(arts []ArticleCounts, m int) float64 {
		var s SpanCount
		for _, a := range arts {
			s = s.plus(count(a, m))
		}
		return s.f1()
	}
	rng := rand.New(rand.NewPCG(seed, seed^0x5eed))
	samples := make([][]float64, len(measures))
	order := slices.Clone(pool)
	for range draws {
		// A partial Fisher–Yates shuffle: the first len(set) are the sample.
		for i := range min(len(set), len(order)) {
			j := i + rng.IntN(len(order)-i)
			order[i], order[j] = order[j], order[i]
		}
		for m := range measures {
			samples[m] = append(samples[m], pooled(order[:min(len(set), len(order))], m))
		}
	}
	out := make([]SampleComparison, len(measures))
	for m, name := range measures {
		v := samples[m]
		slices.Sort(v)
		c := SampleComparison{Measure: name, Set: pooled(set, m)}
		if len(v) > 0 {
			c.Median, c.Low, c.High = v[len(v)/2], v[len(v)*5/100], v[len(v)*95/100]
			at, _ := slices.BinarySearch(v, c.Set)
			c.AtLeast = float64(len(v)-at) / float64(len(v))
		}
		out[m] = c
	}
	return out
}
