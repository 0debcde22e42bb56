package speaker

import (
	"context"
	"strings"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/segment"
)

// Stage fills the Speaker of every attribution and points speakers and
// addressees at their entities.
type Stage struct{}

// Name implements pipeline.Stage.
func (Stage) Name() string { return "coref.speakers.v1" }

// Requires implements pipeline.Stage: the attributions to resolve, the
// names and entities they resolve to, and the parse, which heads a source
// ("Morrison's lawyer" is a lawyer) and finds a relative pronoun's noun.
func (Stage) Requires() []newsgraph.Layer {
	return []newsgraph.Layer{newsgraph.LayerTokens, newsgraph.LayerPOS, newsgraph.LayerParse,
		newsgraph.LayerMentions, newsgraph.LayerEntities, newsgraph.LayerAttributions}
}

// Assigns implements pipeline.Stage: the attributions' speakers, the
// speaker's own I, me and my as mentions of their entity, and an
// interview's "you" in its questions as the interviewee's.
func (Stage) Assigns() []newsgraph.Layer {
	return []newsgraph.Layer{newsgraph.LayerAttributions, newsgraph.LayerEntities}
}

// Process implements pipeline.Stage.
func (Stage) Process(_ context.Context, d *newsgraph.Doc) error {
	Resolve(d, d.Attributions)
	speakersOwnWords(d, d.Attributions)
	intervieweesYou(d, d.Attributions)
	pronounSpeakers(d, d.Attributions)
	return nil
}

// pronounSpeakers gives an attribution whose source is a pronoun left
// unresolved the entity that the two steps before made that pronoun a
// mention of; and in a printed interview, the interviewer's "you" in a
// question ("Q: You said during the campaign …") and the "I" of an answer
// ("A: … I think people remember …") are the interviewee, not the reader
// and the writer that coreference makes them outside quotation marks
// (a speaker already named, someone the answer quotes, keeps their own).
// (Resolve runs first, since those steps need the speakers it finds.)
func pronounSpeakers(d *newsgraph.Doc, atts []newsgraph.Attribution) {
	interviewee, questions, answers := interviewOf(d, atts)
	for i := range atts {
		a := &atts[i]
		if a.Source == nil {
			continue
		}
		src := strings.ToLower(d.Slice(*a.Source))
		unnamed := a.Speaker == nil || a.Speaker.Entity == newsgraph.NoEntity || !hasName(d, a.Speaker.Entity)
		if p := paragraphOf(d, a.Source.Start); interviewee != newsgraph.NoEntity && unnamed &&
			(src == "you" && questions[p] || src == "i" && answers[p]) {
			a.Speaker = &newsgraph.Referent{Entity: interviewee, Name: d.Entities[interviewee].Name, Mention: *a.Source}
			continue
		}
		if a.Speaker != nil && a.Speaker.Entity != newsgraph.NoEntity {
			continue
		}
		for _, m := range d.Mentions {
			if m.Span == *a.Source && m.Kind == newsgraph.MentionPronoun && m.Entity != newsgraph.NoEntity && m.Entity < len(d.Entities) {
				a.Speaker = &newsgraph.Referent{Entity: m.Entity, Name: d.Entities[m.Entity].Name, Mention: m.Span}
				break
			}
		}
	}
}

// interviewOf finds a printed interview: the entity its answers are by,
// and its question and answer paragraphs; NoEntity when d is none.
func interviewOf(d *newsgraph.Doc, atts []newsgraph.Attribution) (int, map[int]bool, map[int]bool) {
	e := newsgraph.NoEntity
	for _, a := range atts {
		if a.Speaker != nil && a.Speaker.Entity != newsgraph.NoEntity && a.Speaker.Entity < len(d.Entities) && isAnswer(d, a) {
			e = a.Speaker.Entity
			break
		}
	}
	if e == newsgraph.NoEntity {
		return e, nil, nil
	}
	qs, as := segment.Interview(d)
	questions, answers := map[int]bool{}, map[int]bool{}
	for _, k := range qs {
		questions[k] = true
	}
	for _, k := range as {
		answers[k] = true
	}
	return e, questions, answers
}

// hasName: entity e has a mention by name (the writer and the reader of
// coreference have pronouns only).
func hasName(d *newsgraph.Doc, e int) bool {
	if e < 0 || e >= len(d.Entities) {
		return false
	}
	for _, k := range d.Entities[e].Mentions {
		if d.Mentions[k].Kind == newsgraph.MentionName {
			return true
		}
	}
	return false
}

// paragraphOf is the index of the paragraph holding byte offset at, or -1.
func paragraphOf(d *newsgraph.Doc, at int) int {
	for k, p := range d.Paragraphs {
		if p.Start <= at && at < p.End {
			return k
		}
	}
	return -1
}

// Resolve fills Speaker for every attribution of atts, in their order (a
// pronoun refers to an earlier speaker), and links speakers and
// addressees to d's entities.
func Resolve(d *newsgraph.Doc, atts []newsgraph.Attribution) { newResolver(d).resolve(atts) }
