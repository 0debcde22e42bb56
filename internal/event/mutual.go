package event

import "github.com/newsgraph/newsgraph"

// maxMutual bounds the actors paired with each other.
const maxMutual = 6

// mutual pairs the actors of an event without a recipient: "Arnor and
// Gondor met", "the two leaders met" is each meeting the other, as
// PETRARCH codes it (an event with several actors and no host or visitor
// named is every actor's act towards every other). It returns nil when
// the event has a coded recipient, fewer than two coded actors, or a code an
// actor may carry out alone (a protest by two groups is not one against
// the other).
func (c *Coder) mutual(code string, actor, target []newsgraph.Participant) [][2]newsgraph.Participant {
	if coded(target) || c.AllowsOneSided != nil && c.AllowsOneSided(code) {
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

// eventsOf makes one event of each pair.
func eventsOf(code string, pairs [][2]newsgraph.Participant, verb newsgraph.Span, k int) []newsgraph.Event {
	out := make([]newsgraph.Event, 0, len(pairs))
	for _, p := range pairs {
		out = append(out, newEvent(code, []newsgraph.Participant{p[0]}, []newsgraph.Participant{p[1]}, verb, k))
	}
	return out
}
