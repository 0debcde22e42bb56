package eval

import (
	"bufio"
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/corpus"
)

// GoldAttribution is one annotated attribution, each role by its covering
// range in code points; a role the annotator did not mark is [-1, -1].
type GoldAttribution struct {
	Source, Cue, Content [2]int
}

// goldAttributions groups an annotation's role spans by relation.
func goldAttributions(ann *corpus.BratDoc) []GoldAttribution {
	var out []GoldAttribution
	for _, r := range ann.Relations {
		g := GoldAttribution{Source: [2]int{-1, -1}, Cue: [2]int{-1, -1}, Content: [2]int{-1, -1}}
		for role, dst := range map[string]*[2]int{"Source": &g.Source, "Cue": &g.Cue, "Content": &g.Content} {
			if s, ok := ann.Spans[r.Roles[role]]; ok && len(s.Fragments) > 0 {
				dst[0], dst[1] = s.Covering()
			}
		}
		if g.Cue[0] >= 0 {
			out = append(out, g)
		}
	}
	return out
}

// Sound reports whether a predicted attribution can be published as it
// stands, judged against an article's gold: some gold attribution has a
// cue it overlaps, the same source (both absent, or overlapping), and a
// content that covers at least half of the two contents' union. It is
// stricter than the token-overlap scores, which credit each role alone,
// and looser than exact match, which a reader does not need: a content
// that ends one word early is still the claim. Confidence is calibrated
// against it.
func Sound(cp newsgraph.CodePoints, a newsgraph.Attribution, gold []GoldAttribution) bool {
	cue := [2]int{cp.At(a.Cue.Start), cp.At(a.Cue.End)}
	content := [2]int{cp.At(a.Content.Start), cp.At(a.Content.End)}
	for _, g := range gold {
		if !rangesMeet(cue, g.Cue) || jaccard(content, g.Content) < 0.5 {
			continue
		}
		switch {
		case a.Source == nil && g.Source[0] < 0:
			return true
		case a.Source != nil && g.Source[0] >= 0 && rangesMeet([2]int{cp.At(a.Source.Start), cp.At(a.Source.End)}, g.Source):
			return true
		}
	}
	return false
}

// SoundAll judges every attribution of atts as Sound does, with the
// halves of a quotation split by its cue (“…,” she said. “…”), which
// newsgraph keeps as attributions sharing the cue and PolNeAR as one whose
// content runs over both, judged together by the range they cover.
func SoundAll(cp newsgraph.CodePoints, atts []newsgraph.Attribution, gold []GoldAttribution) []bool {
	out := make([]bool, len(atts))
	for i, a := range atts {
		whole := a
		for _, b := range atts {
			if b.Cue == a.Cue {
				whole.Content.Start = min(whole.Content.Start, b.Content.Start)
				whole.Content.End = max(whole.Content.End, b.Content.End)
			}
		}
		out[i] = Sound(cp, whole, gold)
	}
	return out
}

func rangesMeet(a, b [2]int) bool { return a[0] < b[1] && b[0] < a[1] }

// jaccard is the share of the union of two ranges that both cover.
func jaccard(a, b [2]int) float64 {
	inter := min(a[1], b[1]) - max(a[0], b[0])
	union := max(a[1], b[1]) - min(a[0], b[0])
	if inter <= 0 || union <= 0 {
		return 0
	}
	return float64(inter) / float64(union)
}

// TypeLabel is the type annotators gave the gold attribution whose cue
// spans [Start, End) code points of an article.
type TypeLabel struct {
	Article    string
	Start, End int
	Type       newsgraph.AttributionType
}

// ReadTypeLabels reads a type sample: tab-separated article, annotation
// file, cue start, cue end and type, with # comments.
func ReadTypeLabels(path string) ([]TypeLabel, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []TypeLabel
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if strings.HasPrefix(line, "#") || strings.TrimSpace(line) == "" {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 5 {
			return nil, fmt.Errorf("%s:%d: want 5 tab-separated fields, got %d", path, n, len(f))
		}
		start, err1 := strconv.Atoi(f[2])
		end, err2 := strconv.Atoi(f[3])
		t := newsgraph.AttributionType(f[4])
		if err1 != nil || err2 != nil || start >= end || !slices.Contains(newsgraph.AttributionTypes, t) {
			return nil, fmt.Errorf("%s:%d: bad offsets or type", path, n)
		}
		out = append(out, TypeLabel{Article: f[0], Start: start, End: end, Type: t})
	}
	return out, sc.Err()
}

// TypeScore scores attribution types on a labelled sample. A predicted
// attribution of a labelled article is matched to the labelled gold cue
// its cue overlaps; one matched to none is a false attribution, and counts
// against the precision of its type. The halves of a quotation split by
// its cue are one attribution, as the other scores count them.
type TypeScore struct {
	Labelled  int            `json:"labelled"`
	Predicted int            `json:"predicted"`
	Matched   int            `json:"matched"`
	Accuracy  float64        `json:"accuracy"` // right type among matched
	ByType    map[string]PRF `json:"by_type"`
	// MatchedPrecision is, by type, the share of matched attributions
	// given that type that the annotators gave it too: the precision of
	// the type alone, with the attribution found right.
	MatchedPrecision map[string]float64 `json:"matched_precision"`
}

// TypeCounts accumulates a TypeScore article by article.
type TypeCounts struct {
	labels                           map[string][]TypeLabel
	labelled, predicted, matched, ok int
	byType                           map[newsgraph.AttributionType]*prfCounts
	matchedAs                        map[newsgraph.AttributionType]int
}

// NewTypeCounts counts against labels.
func NewTypeCounts(labels []TypeLabel) *TypeCounts {
	c := &TypeCounts{labels: map[string][]TypeLabel{}, byType: map[newsgraph.AttributionType]*prfCounts{},
		matchedAs: map[newsgraph.AttributionType]int{}}
	for _, t := range newsgraph.AttributionTypes {
		c.byType[t] = &prfCounts{}
	}
	for _, l := range labels {
		c.labels[l.Article] = append(c.labels[l.Article], l)
	}
	return c
}

// Has reports whether article is in the sample.
func (c *TypeCounts) Has(article string) bool { return len(c.labels[article]) > 0 }

// Add counts the attributions of one analysed article of the sample.
func (c *TypeCounts) Add(article string, d *newsgraph.Doc) {
	labels := c.labels[article]
	if len(labels) == 0 {
		return
	}
	cp := newsgraph.NewCodePoints(d.Text)
	c.labelled += len(labels)
	for _, l := range labels {
		c.byType[l.Type].gold++
	}
	used := make([]bool, len(labels))
	for _, a := range MergeSplitQuotations(d.Attributions) {
		c.predicted++
		if pc := c.byType[a.Type]; pc != nil {
			pc.pred++
		}
		cue := [2]int{cp.At(a.Cue.Start), cp.At(a.Cue.End)}
		for k, l := range labels {
			if used[k] || !rangesMeet(cue, [2]int{l.Start, l.End}) {
				continue
			}
			used[k] = true
			c.matched++
			c.matchedAs[a.Type]++
			if a.Type == l.Type {
				c.ok++
				c.byType[l.Type].tp++
			}
			break
		}
	}
}

// Score is the sample's TypeScore.
func (c *TypeCounts) Score() TypeScore {
	s := TypeScore{Labelled: c.labelled, Predicted: c.predicted, Matched: c.matched, ByType: map[string]PRF{},
		MatchedPrecision: map[string]float64{}}
	if c.matched > 0 {
		s.Accuracy = float64(c.ok) / float64(c.matched)
	}
	for t, pc := range c.byType {
		s.ByType[string(t)] = pc.prf()
		if n := c.matchedAs[t]; n > 0 {
			s.MatchedPrecision[string(t)] = float64(pc.tp) / float64(n)
		}
	}
	return s
}

// ReliabilityBin is one confidence bin [Low, High) of a reliability
// table: how many attributions fell in it, their mean confidence, and
// the share of them that were sound.
type ReliabilityBin struct {
	Low, High      float64
	Count          int     `json:"count"`
	MeanConfidence float64 `json:"mean_confidence"`
	Observed       float64 `json:"observed_precision"`
}

// Reliability accumulates predicted confidences against soundness.
type Reliability struct {
	sum   [10]float64
	sound [10]int
	count [10]int
}

// AddDoc counts every attribution of an analysed article against its gold.
func (r *Reliability) AddDoc(d *newsgraph.Doc, gold []GoldAttribution) {
	sound := SoundAll(newsgraph.NewCodePoints(d.Text), d.Attributions, gold)
	for i, a := range d.Attributions {
		r.Add(a.Confidence, sound[i])
	}
}

// Add counts one attribution.
func (r *Reliability) Add(confidence float64, sound bool) {
	b := min(max(int(confidence*10), 0), 9)
	r.count[b]++
	r.sum[b] += confidence
	if sound {
		r.sound[b]++
	}
}

// Bins is the table, bins of width 0.1; empty bins are left out.
func (r *Reliability) Bins() []ReliabilityBin {
	var out []ReliabilityBin
	for b := range r.count {
		if r.count[b] == 0 {
			continue
		}
		n := float64(r.count[b])
		out = append(out, ReliabilityBin{Low: float64(b) / 10, High: float64(b+1) / 10, Count: r.count[b],
			MeanConfidence: r.sum[b] / n, Observed: float64(r.sound[b]) / n})
	}
	return out
}

// ExpectedCalibrationError is the count-weighted mean gap between
// confidence and observed precision over the bins.
func (r *Reliability) ExpectedCalibrationError() float64 {
	total, gap := 0, 0.0
	for _, b := range r.Bins() {
		total += b.Count
		d := b.MeanConfidence - b.Observed
		gap += float64(b.Count) * max(d, -d)
	}
	if total == 0 {
		return 0
	}
	return gap / float64(total)
}
