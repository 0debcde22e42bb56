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
// interviewee. An interview printed without the letters gives each answer
// the interviewee's name in the introduction for source and the question
// it answers for cue. The questions are the publication's and are not
// returned.
//
// They are found apart from the other rules and added after the boundary
// ranker: an answer is a whole paragraph by construction, which neither
// the keeper nor the ranker (trained on PolNeAR, which has no interview
// annotated so) should redraw, and what the interviewee reports others to
// have said inside it ("Everyone says they will move") is an attribution
// of its own.
func (x *Builder) InterviewAnswers() []newsgraph.Attribution {
	questions, answers := segment.Interview(x.D)
	var out []newsgraph.Attribution
	interviewee, named := x.intervieweesName(questions)
	for _, k := range answers {
		r, ok := view.TokensOf(x.D, x.D.Paragraphs[k].Span)
		if !ok {
			continue
		}
		if r.B-r.A >= 3 && x.D.TokenText(r.A) == "A" && (x.Lower[r.A+1] == ":" || x.Lower[r.A+1] == ".") {
			source := x.Span(r.A, r.A+1)
			out = append(out, newsgraph.Attribution{Kind: newsgraph.Direct, Source: &source, Cue: x.Span(r.A+1, r.A+2), Content: x.Span(r.A+2, r.B)})
			continue
		}
		// An answer printed without "A:" (segment.Interview's unlabelled
		// kind): its source is the interviewee's name where the
		// introduction gives it, its cue the question it answers.
		q := questionBefore(questions, k)
		qr, ok := view.TokensOf(x.D, x.D.Paragraphs[q].Span)
		if !named || q < 0 || !ok {
			continue
		}
		source := interviewee
		out = append(out, newsgraph.Attribution{Kind: newsgraph.Direct, Source: &source, Cue: x.Span(qr.B-1, qr.B), Content: x.Span(r.A, r.B)})
	}
	return out
}

// intervieweesName returns the span where the introduction, before the
// first question, names the person the article names most often: the one
// interviewed. The answers, in the first person, name no one.
func (x *Builder) intervieweesName(questions []int) (newsgraph.Span, bool) {
	if len(questions) == 0 {
		return newsgraph.Span{}, false
	}
	before := x.D.Paragraphs[questions[0]].Start
	best, most := -1, 0
	for e, ent := range x.D.Entities {
		if ent.Type == "PER" && len(ent.Mentions) > most {
			best, most = e, len(ent.Mentions)
		}
	}
	if best < 0 {
		return newsgraph.Span{}, false
	}
	for _, k := range x.D.Entities[best].Mentions {
		if m := x.D.Mentions[k]; m.Kind == newsgraph.MentionName && m.End <= before {
			return m.Span, true
		}
	}
	return newsgraph.Span{}, false
}

// questionBefore is the last of questions before paragraph k, or -1.
func questionBefore(questions []int, k int) int {
	q := -1
	for _, i := range questions {
		if i < k {
			q = i
		}
	}
	return q
}
