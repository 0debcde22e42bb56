package situate

import (
	"context"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/event/cameo"
)

// Stage situates every event of a Doc. It keeps the roles the coder gave:
// CAMEO's actor stays the actor even where PLOVER would turn a hosted visit
// round (cameo.Info.ReverseRoles), so that "Putin hosted Kim" reads as the
// sentence does.
type Stage struct{}

func (Stage) Name() string { return "situate.v1" }

func (Stage) Requires() []newsgraph.Layer {
	return []newsgraph.Layer{newsgraph.LayerEvents, newsgraph.LayerTimes, newsgraph.LayerAttributions,
		newsgraph.LayerParse, newsgraph.LayerMentions}
}

// Assigns nothing new: it completes the events layer.
func (Stage) Assigns() []newsgraph.Layer { return nil }

func (Stage) Process(ctx context.Context, d *newsgraph.Doc) error {
	for i := range d.Events {
		if i%64 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		Situate(d, &d.Events[i])
	}
	return nil
}

// Situate fills in e's PLOVER type and mode, quad class, Goldstein score,
// modality, reporter, date and place. The place the coder found, if any,
// is kept.
func Situate(d *newsgraph.Doc, e *newsgraph.Event) {
	if info, ok := cameo.Lookup(e.CAMEO); ok {
		e.Type, e.Mode, e.QuadClass, e.Goldstein = info.PLOVER, info.Mode, info.QuadClass, info.Goldstein
	}
	e.ReportedBy = ReportedBy(d, e.Verb)
	if e.Sentence < 0 || e.Sentence >= len(d.Sentences) {
		e.Modality = newsgraph.Asserted
		e.Date, e.Timex = Date(d, newsgraph.Sentence{}, -1)
		return
	}
	s := d.Sentences[e.Sentence]
	v := verbOf(d, e.Verb)
	if v < 0 {
		e.Modality = newsgraph.Asserted
		return
	}
	// The coder marks a denial it could not code as a rejection ("did
	// not attack" with no 12x code); the words say no more than that.
	if e.Modality != newsgraph.Negated {
		e.Modality = Modality(d, s, v)
	}
	e.Date, e.Timex = Date(d, s, v)
	if e.Place == nil {
		e.Place = Place(d, s, v, *e)
	}
}
