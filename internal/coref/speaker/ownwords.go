package speaker

import (
	"strings"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/attrib/view"
	"github.com/newsgraph/newsgraph/internal/coref"
	"github.com/newsgraph/newsgraph/internal/segment"
)

// firstPerson are the words by which a speaker names themself.
var firstPerson = view.Set("i me my mine myself")

// speakersOwnWords adds, inside each direct quotation whose speaker is an
// entity, the speaker's "I", "me" and "my" as mentions of that entity:
// coreference leaves them alone, since only attribution knows who speaks.
// "We" is left alone too: it names a group the speaker belongs to, not the
// speaker.
func speakersOwnWords(d *newsgraph.Doc, atts []newsgraph.Attribution) {
	if len(d.Entities) == 0 {
		return
	}
	var ms []newsgraph.Mention
	for _, a := range atts {
		if a.Kind != newsgraph.Direct || a.Speaker == nil || a.Speaker.Entity == newsgraph.NoEntity {
			continue
		}
		t, _ := view.TokensOf(d, a.Content)
		for i := t.A; i < t.B; i++ {
			if tok := d.Tokens[i]; (tok.Tag == "PRP" || tok.Tag == "PRP$") && firstPerson[strings.ToLower(d.TokenText(i))] {
				ms = append(ms, newsgraph.Mention{Span: tok.Span, Kind: newsgraph.MentionPronoun,
					Type: d.Entities[a.Speaker.Entity].Type, Entity: a.Speaker.Entity})
			}
		}
	}
	coref.Insert(d, ms)
}

// secondPerson are the words by which an interviewer addresses the one
// interviewed.
var secondPerson = view.Set("you your yours yourself")

// intervieweesYou adds, in a printed interview's questions ("Q: What do
// you expect?"), the interviewer's "you" and "your" as mentions of the
// person the answers are by: coreference leaves them alone, since only
// the answers' speaker says who is asked.
func intervieweesYou(d *newsgraph.Doc, atts []newsgraph.Attribution) {
	e := newsgraph.NoEntity
	for _, a := range atts {
		if a.Speaker != nil && a.Speaker.Entity != newsgraph.NoEntity && a.Source != nil && isAnswer(d, a) {
			e = a.Speaker.Entity
			break
		}
	}
	if e == newsgraph.NoEntity || e >= len(d.Entities) {
		return
	}
	questions, _ := segment.Interview(d)
	var ms []newsgraph.Mention
	for _, k := range questions {
		p := d.Paragraphs[k]
		t, _ := view.TokensOf(d, newsgraph.Span{Start: p.Start, End: p.End})
		for i := t.A; i < t.B; i++ {
			if tok := d.Tokens[i]; (tok.Tag == "PRP" || tok.Tag == "PRP$") && secondPerson[strings.ToLower(d.TokenText(i))] {
				ms = append(ms, newsgraph.Mention{Span: tok.Span, Kind: newsgraph.MentionPronoun, Type: d.Entities[e].Type, Entity: e})
			}
		}
	}
	coref.Insert(d, ms)
}

// isAnswer: a is an interview's answer as build.InterviewAnswers gives
// it: "A" for source and the colon for cue, or, printed without the
// letters, the question it answers for cue.
func isAnswer(d *newsgraph.Doc, a newsgraph.Attribution) bool {
	return a.Source != nil && d.Slice(*a.Source) == "A" && d.Slice(a.Cue) == ":" || a.Kind == newsgraph.Direct && d.Slice(a.Cue) == "?"
}
