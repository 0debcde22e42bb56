package validate

import (
	"slices"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/corpus"
	"github.com/newsgraph/newsgraph/internal/eval"
	"github.com/newsgraph/newsgraph/internal/event"
)

// Triple is an event as the validation files code it.
type Triple struct{ Source, Target, Event string }

// Triples lists the (source, target, event) triples of events: one for
// each code of each actor and each recipient. A denied act ("did not
// attack") is no event PETRARCH codes.
func Triples(events []newsgraph.Event) []Triple {
	var out []Triple
	for _, e := range events {
		if e.Modality == newsgraph.Negated {
			continue
		}
		for _, s := range event.ParticipantCodes(e.Actor) {
			for _, t := range event.ParticipantCodes(e.Recipient) {
				out = append(out, Triple{s, t, e.CAMEO})
			}
		}
	}
	return out
}

// Gold lists a record's expected triples.
func Gold(rec corpus.PetrarchRecord) []Triple {
	var out []Triple
	for _, g := range rec.Gold {
		out = append(out, Triple{g.Source, g.Target, g.Event})
	}
	return out
}

// Root is the triple with its event code cut to its root.
func (t Triple) Root() Triple {
	if len(t.Event) > 2 {
		t.Event = t.Event[:2]
	}
	return t
}

// PRF is precision, recall and F1.
type PRF = eval.PRF

// Count accumulates matches.
type Count struct{ Matched, Predicted, Gold int }

// Add counts one record: multiset matching of predicted against gold.
func (c *Count) Add(pred, gold []Triple) (missed, extra []Triple) {
	left := slices.Clone(gold)
	for _, p := range pred {
		if i := slices.Index(left, p); i >= 0 {
			left = slices.Delete(left, i, i+1)
			c.Matched++
		} else {
			extra = append(extra, p)
		}
	}
	c.Predicted += len(pred)
	c.Gold += len(gold)
	return left, extra
}

// PRF computes the scores.
func (c Count) PRF() PRF { return eval.Counts(c.Matched, c.Predicted, c.Gold) }

func roots(ts []Triple) []Triple {
	out := make([]Triple, len(ts))
	for i, t := range ts {
		out[i] = t.Root()
	}
	return out
}
