package build

import (
	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/attrib/view"
	"github.com/newsgraph/newsgraph/internal/segment"
)

// InterviewAnswers returns the answers of an interview printed as
// questions and answers ("Q: What do you expect? ¶ A: Less than we
// need."; segment.Interview): each paragraph opened by "A:" is the
// interviewee's own words, with "A" for source and the colon for cue,
// though no quotation mark says so. The speakers stage names the
// interviewee. The questions are the publication's and are not returned.
//
// They are found apart from the other rules and added after the boundary
// ranker: an answer is a whole paragraph by construction, which neither
// the keeper nor the ranker (trained on PolNeAR, which has no interview
// annotated so) should redraw, and what the interviewee reports others to
// have said inside it ("Everyone says they will move") is an attribution
// of its own.
func (x *Builder) InterviewAnswers() []newsgraph.Attribution {
	_, answers := segment.Interview(x.D)
	var out []newsgraph.Attribution
	for _, k := range answers {
		r, ok := view.TokensOf(x.D, x.D.Paragraphs[k].Span)
		if !ok || r.B-r.A < 3 {
			continue
		}
		source := x.Span(r.A, r.A+1)
		out = append(out, newsgraph.Attribution{Kind: newsgraph.Direct, Source: &source, Cue: x.Span(r.A+1, r.A+2), Content: x.Span(r.A+2, r.B)})
	}
	return out
}
