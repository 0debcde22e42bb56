package event

import (
	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/event/cameo"
)

// maxMutual bounds the actors paired with each other.
const maxMutual = 6

// mutual pairs the actors of an event without a recipient: "Arnor and
// Gondor met", "the two leaders met" is each meeting the other, as
// PETRARCH codes it (an event with several actors and no host or visitor
// named is every actor's act towards every other). It returns nil when
// the event has a coded recipient, fewer than two coded actors, or a code
// that is not reciprocal (a protest by two groups is not one against the
// other).
func (c *Coder) mutual(code string, actor, target []newsgraph.Participant) [][2]newsgraph.Participant {
	if coded(target) || !reciprocal(code) {
		return nil
	}
	var ps []newsgraph.Participant
	for _, a := range actor {
		if len(a.Codes) > 0 && len(ps) < maxMutual {
			ps = append(ps, a)
		}
	}
	if len(ps) < 2 {
		return nil
	}
	var out [][2]newsgraph.Participant
	for i := range ps {
		for j := range ps {
			if i != j {
				out = append(out, [2]newsgraph.Participant{ps[i], ps[j]})
			}
		}
	}
	return out
}

// reciprocal reports whether a code's act, done by several actors
// together, is done by each to the others: intending or agreeing to
// cooperate, meeting and negotiating, cooperating (roots 03 to 06).
// "Arnor and Gondor seized the fort" is no seizing of one another.
func reciprocal(code string) bool {
	switch cameo.Root(code) {
	case "03", "04", "05", "06":
		return true
	}
	return false
}

// eventsOf makes one event of each pair.
func eventsOf(code string, pairs [][2]newsgraph.Participant, verb newsgraph.Span, k int) []newsgraph.Event {
	out := make([]newsgraph.Event, 0, len(pairs))
	for _, p := range pairs {
		out = append(out, newEvent(code, []newsgraph.Participant{p[0]}, []newsgraph.Participant{p[1]}, verb, k))
	}
	return out
}
