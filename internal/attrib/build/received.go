package build

import (
	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/attrib/view"
)

// receivedFrom builds the attribution of a cue that says what someone got
// from others: "The plan has drawn criticism from residents", "Kelly came
// under fire from Trump". The ones after "from" are the source and the
// subject is what they spoke of, as PolNeAR marks it (source "residents",
// cue "has drawn criticism from", content "The plan"): read as a verb of
// saying, the subject would be the source and the critics what was said.
// It reports whether it built one.
func (x *Builder) receivedFrom(s newsgraph.Sentence, cs, c int) bool {
	if !receivingVerbs[x.Lemma(c)] {
		return false
	}
	from := -1
	for i := c + 1; i < min(c+5, s.EndToken-1); i++ {
		if receivedNouns[x.Lemma(i)] && x.Lower[i+1] == "from" {
			from = i + 1
			break
		}
	}
	if from < 0 {
		return false
	}
	a, b := x.parsedSubject(s, c)
	if a < 0 || b > cs {
		return false
	}
	for j := from + 1; j < s.EndToken; j++ {
		if x.caseOf(s, j) != from {
			continue
		}
		sa, sb := x.subtree(s, j) // "from" and all
		if sa != from || x.anyTaken(from+1, sb) {
			return false
		}
		sa = from + 1
		src := x.Span(sa, x.beforeRelativeCue(sa, sb))
		x.add(x.KindOf(a, b), &src, x.Span(cs, from+1), x.Span(a, b), nil)
		return true
	}
	return false
}

// receivingVerbs and receivedNouns make the cues of receivedFrom: "drew
// criticism from", "faced condemnation from", "won praise from", "came
// under fire from".
var (
	receivingVerbs = view.Set("draw face receive win earn attract come")
	receivedNouns  = view.Set("criticism praise condemnation fire scrutiny backlash rebuke support applause")
)
