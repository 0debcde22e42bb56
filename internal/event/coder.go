package event

import (
	"strings"
	"time"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/event/dict"
)

// maxSentence is the most tokens of a sentence the coder reads; longer
// sentences are coded on their first maxSentence tokens.
const maxSentence = 400

// Coder codes events. It is read-only once set up, so one Coder serves
// every goroutine.
type Coder struct {
	Verbs    *dict.Compiled
	Actors   ActorCoder
	Discards *dict.DiscardIndex // dict.IndexDiscards; nil discards nothing
	// AllowsOneSided reports whether an event of a CAMEO code may have no
	// recipient; nil allows none (PETRARCH's require_dyad).
	AllowsOneSided func(cameo string) bool
	// KeepNonCAMEO keeps events whose code is no CAMEO code ("903"), as
	// the validation suite's invented codes need; otherwise they are
	// dropped.
	KeepNonCAMEO bool
	// Ontology, when set, folds a verb's complement into it by their codes'
	// sum ("seeking to deepen ties": 031) and turns "did not" into a
	// rejection; without it a complement is coded only by the verb
	// dictionary's transformations, and a denied act keeps its code, its
	// events' Modality Negated.
	Ontology *dict.Ontology
	// SkipStatements drops events that are only something said (see
	// Statement): attribution records them with speaker and content,
	// better than a "make a statement" event can. PETRARCH codes them, so
	// its validation leaves this off.
	SkipStatements bool
	// Trace, when set, is told how each coded verb was read (debugging
	// and eval's mismatch listing); it must not keep the Coder busy.
	Trace func(Trace)
}

// DefaultAllowsOneSided allows events with no recipient for the roots of
// acts an actor commits alone: 14 protest, 15 exhibit force posture, 20
// use unconventional mass violence.
func DefaultAllowsOneSided(code string) bool {
	return strings.HasPrefix(code, "14") || strings.HasPrefix(code, "15") || strings.HasPrefix(code, "20")
}

// Drop records a verb of the dictionary that coded no event, and why.
type Drop struct {
	Sentence int
	Verb     int    // its token
	Code     string // the code it would have had
	// Reason is "null code", "no actor", "no recipient", "actor uncoded",
	// "recipient uncoded", "non-CAMEO code", "statement", "self",
	// "unrealised" (a complement of a wish or plan: "wants to attack") or
	// "discarded".
	Reason string
}

// Code codes every sentence of d and returns the events, with the verbs
// that gave none.
func (c *Coder) Code(d *newsgraph.Doc) ([]newsgraph.Event, []Drop) {
	var events []newsgraph.Event
	var drops []Drop
	if c.discarded(d.Text, true) {
		return nil, []Drop{{Sentence: -1, Verb: -1, Reason: "discarded"}}
	}
	for k, s := range d.Sentences {
		if s.End > len(d.Text) || s.Start < 0 || s.Start > s.End {
			continue
		}
		if c.discarded(d.Text[s.Start:s.End], false) {
			drops = append(drops, Drop{Sentence: k, Verb: -1, Reason: "discarded"})
			continue
		}
		if s.EndToken-s.FirstToken > maxSentence {
			s.EndToken = s.FirstToken + maxSentence
		}
		ev, dr := c.sentence(d, k, s)
		events = append(events, ev...)
		drops = append(drops, dr...)
	}
	return events, drops
}

// discarded reports whether text holds a discard phrase: a story discard
// when story is set, a sentence discard otherwise.
func (c *Coder) discarded(text string, story bool) bool {
	return c.Discards.Holds(text, story)
}

// day is the article's date, zero when unknown.
func day(d *newsgraph.Doc) time.Time { return d.Meta.Published }
