package eval

import "github.com/newsgraph/newsgraph"

type prfCounts struct{ tp, pred, gold int }

func (c prfCounts) prf() PRF { return Counts(c.tp, c.pred, c.gold) }

type attributionCounts struct {
	exact, overlap map[string]*prfCounts // by role and "all"
	byKind         map[string]*prfCounts
}

func newAttributionCounts() *attributionCounts {
	a := &attributionCounts{exact: map[string]*prfCounts{}, overlap: map[string]*prfCounts{}, byKind: map[string]*prfCounts{}}
	for _, r := range append(Roles, "all") {
		a.exact[r], a.overlap[r] = &prfCounts{}, &prfCounts{}
	}
	for _, k := range []string{"direct", "mixed", "indirect"} {
		a.byKind[k] = &prfCounts{}
	}
	return a
}

type predSpan struct {
	role       string
	start, end int // code points
	kind       string
}

// add counts one document: exact matches of role spans (gold spans by their
// covering range), and tokens of predicted spans that overlap gold ones.
func (a *attributionCounts) add(d *newsgraph.Doc, gold []goldSpan) {
	cp := newsgraph.NewCodePoints(d.Text)
	// Exact matches compare covering ranges, as gold spans are compared;
	// token overlap compares the quotations themselves.
	pred := predSpans(cp, MergeSplitQuotations(d.Attributions))
	type key struct {
		role       string
		start, end int
	}
	goldSet := map[key]int{}
	for _, g := range gold {
		goldSet[key{g.role, g.start, g.end}]++
		a.exact[g.role].gold++
		a.exact["all"].gold++
		if g.role == "content" {
			a.byKind[g.kind].gold++
		}
	}
	goldKind := map[key]string{}
	for _, g := range gold {
		goldKind[key{g.role, g.start, g.end}] = g.kind
	}
	// Spans count once per attribution, on both sides: PolNeAR links one
	// source to each of its cues ("Varga said … and added …" is two
	// relations sharing "Varga"), so gold is a multiset, and a continued
	// quotation, which repeats its cue and source, is already one
	// attribution after merging.
	for _, p := range pred {
		k := key{p.role, p.start, p.end}
		a.exact[p.role].pred++
		a.exact["all"].pred++
		if p.role == "content" {
			a.byKind[p.kind].pred++
		}
		if goldSet[k] > 0 {
			goldSet[k]--
			a.exact[p.role].tp++
			a.exact["all"].tp++
			if p.role == "content" {
				a.byKind[goldKind[k]].tp++
			}
		}
	}
	a.addOverlap(d, cp, gold, predSpans(cp, d.Attributions))
}

// addOverlap counts tokens: a token belongs to a role's gold (or
// predicted) set when it overlaps one of the role's spans.
func (a *attributionCounts) addOverlap(d *newsgraph.Doc, cp newsgraph.CodePoints, gold []goldSpan, pred []predSpan) {
	for _, role := range Roles {
		g := map[int]bool{}
		p := map[int]bool{}
		for i, t := range d.Tokens {
			ts, te := cp.At(t.Start), cp.At(t.End)
			for _, s := range gold {
				for _, f := range s.fragments {
					if s.role == role && ts < f[1] && f[0] < te {
						g[i] = true
					}
				}
			}
			for _, s := range pred {
				if s.role == role && ts < s.end && s.start < te {
					p[i] = true
				}
			}
		}
		tp := 0
		for i := range p {
			if g[i] {
				tp++
			}
		}
		for _, c := range []*prfCounts{a.overlap[role], a.overlap["all"]} {
			c.tp += tp
			c.pred += len(p)
			c.gold += len(g)
		}
	}
}

func (a *attributionCounts) score(docs int) AttributionScore {
	s := AttributionScore{Documents: docs, ByKind: map[string]PRF{}}
	get := func(r string) SpanScores { return SpanScores{a.exact[r].prf(), a.overlap[r].prf()} }
	s.Cue, s.Source, s.Content, s.All = get("cue"), get("source"), get("content"), get("all")
	for k, c := range a.byKind {
		s.ByKind[k] = c.prf()
	}
	return s
}

func predSpans(cp newsgraph.CodePoints, atts []newsgraph.Attribution) []predSpan {
	var pred []predSpan
	for _, at := range atts {
		pred = append(pred, predSpan{"cue", cp.At(at.Cue.Start), cp.At(at.Cue.End), ""},
			predSpan{"content", cp.At(at.Content.Start), cp.At(at.Content.End), string(at.Kind)})
		if at.Source != nil {
			pred = append(pred, predSpan{"source", cp.At(at.Source.Start), cp.At(at.Source.End), ""})
		}
	}
	return pred
}

// MergeSplitQuotations translates newsgraph's representation of a
// quotation split by its cue, “…,” she said. “…”, which is one
// attribution per quotation sharing the cue, into PolNeAR's, which is one
// attribution whose content is discontinuous and which this scorer
// compares by its covering range: the contents of attributions that share
// a cue are merged into the range that covers them.
func MergeSplitQuotations(atts []newsgraph.Attribution) []newsgraph.Attribution {
	out := make([]newsgraph.Attribution, 0, len(atts))
	byCue := map[newsgraph.Span]int{}
	for _, at := range atts {
		if k, ok := byCue[at.Cue]; ok {
			c := &out[k].Content
			c.Start, c.End = min(c.Start, at.Content.Start), max(c.End, at.Content.End)
			continue
		}
		byCue[at.Cue] = len(out)
		out = append(out, at)
	}
	return out
}

// MergeSharedGoldCues is MergeSplitQuotations for gold: the relations of
// an annotation that share a cue (the halves of a quotation split by it,
// as BRAT and newsgraph's own export write them) become one, its content
// the range covering theirs, so that they are matched and counted once.
func MergeSharedGoldCues(gold []GoldAttribution) []GoldAttribution {
	out := make([]GoldAttribution, 0, len(gold))
	byCue := map[[2]int]int{}
	for _, g := range gold {
		k, ok := byCue[g.Cue]
		if !ok {
			byCue[g.Cue] = len(out)
			out = append(out, g)
			continue
		}
		c := &out[k].Content
		if g.Content[0] >= 0 && (c[0] < 0 || g.Content[0] < c[0]) {
			c[0] = g.Content[0]
		}
		c[1] = max(c[1], g.Content[1])
	}
	return out
}
