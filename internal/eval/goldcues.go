package eval

import "github.com/newsgraph/newsgraph"

// GoldCues answers, for the documents built from docs' texts, whether a
// token lies in a gold cue: the oracle cue.GoldClassifier asks (eval
// attribution --gold-cues). A document is found by its text, which
// DocFromText keeps exactly; one whose text is none of docs' has no gold
// cues. It belongs to one goroutine: it keeps the last document's code
// points.
func GoldCues(docs []AttributionDoc) func(d *newsgraph.Doc, i int) bool {
	cues := make(map[string][][2]int, len(docs))
	for _, gd := range docs {
		for _, g := range gd.Gold {
			if g.role == "cue" {
				cues[gd.Text] = append(cues[gd.Text], [2]int{g.start, g.end})
			}
		}
	}
	var last *newsgraph.Doc
	var cp newsgraph.CodePoints
	return func(d *newsgraph.Doc, i int) bool {
		if d != last {
			last, cp = d, newsgraph.NewCodePoints(d.Text)
		}
		a, b := cp.At(d.Tokens[i].Start), cp.At(d.Tokens[i].End)
		for _, c := range cues[d.Text] {
			if c[0] < b && a < c[1] {
				return true
			}
		}
		return false
	}
}
