package build

import (
	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/attrib/view"
)

// InterviewAnswers returns the answers of an interview printed as
// questions and answers ("Q: What do you expect? ¶ A: Less than we
// need."): each paragraph opened by "A:" is the interviewee's own words,
// with "A" for source and the colon for cue, though no quotation mark
// says so. The speakers stage names the interviewee. An article is taken
// for an interview when at least two paragraphs open with "Q:" and two
// with "A:"; a lone "A:" is more likely a list's item. The questions are
// the publication's and are not returned.
//
// They are found apart from the other rules and added after the boundary
// ranker: an answer is a whole paragraph by construction, which neither
// the keeper nor the ranker (trained on PolNeAR, which has no interview)
// should redraw, and what the interviewee reports others to have said
// inside it ("Everyone says they will move") is an attribution of its own.
func (x *Builder) InterviewAnswers() []newsgraph.Attribution {
	var answers []newsgraph.Paragraph
	questions := 0
	for _, p := range x.D.Paragraphs {
		switch x.opensWith(p) {
		case "q":
			questions++
		case "a":
			answers = append(answers, p)
		}
	}
	if questions < 2 || len(answers) < 2 {
		return nil
	}
	var out []newsgraph.Attribution
	for _, p := range answers {
		r, _ := view.TokensOf(x.D, p.Span)
		source := x.Span(r.A, r.A+1)
		out = append(out, newsgraph.Attribution{Kind: newsgraph.Direct, Source: &source, Cue: x.Span(r.A+1, r.A+2), Content: x.Span(r.A+2, r.B)})
	}
	return out
}

// opensWith returns "q" or "a" when paragraph p opens with "Q:" or "A:"
// (or "Q." and "A."), and "" otherwise.
func (x *Builder) opensWith(p newsgraph.Paragraph) string {
	r, ok := view.TokensOf(x.D, p.Span)
	if !ok || r.B-r.A < 3 {
		return ""
	}
	if w, mark := x.D.TokenText(r.A), x.Lower[r.A+1]; (w == "Q" || w == "A") && (mark == ":" || mark == ".") {
		return x.Lower[r.A]
	}
	return ""
}
