package attrib

import (
	"context"
	"slices"

	"github.com/newsgraph/newsgraph"
)

// Stage fills Doc.Attributions, with the learned model when it has one and
// by the rules alone otherwise.
type Stage struct{ Model *Model }

// Name implements pipeline.Stage.
func (s Stage) Name() string {
	if s.Model != nil {
		return "attrib.learned.v1"
	}
	return "attrib.rules.v1"
}

// Requires implements pipeline.Stage.
func (Stage) Requires() []newsgraph.Layer {
	return []newsgraph.Layer{newsgraph.LayerTokens, newsgraph.LayerSentences, newsgraph.LayerQuotes,
		newsgraph.LayerPOS, newsgraph.LayerLemmas, newsgraph.LayerEntities}
}

// Assigns implements pipeline.Stage.
func (Stage) Assigns() []newsgraph.Layer { return []newsgraph.Layer{newsgraph.LayerAttributions} }

// Process implements pipeline.Stage.
func (s Stage) Process(_ context.Context, d *newsgraph.Doc) error {
	if s.Model != nil {
		d.Attributions = s.Model.Find(d)
	} else {
		d.Attributions = Find(d)
	}
	return nil
}

// Find returns the attributions of a segmented, tagged document, with
// speakers resolved, in order of their cues.
func Find(d *newsgraph.Doc) []newsgraph.Attribution {
	atts := newExtractor(d).run()
	slices.SortStableFunc(atts, func(a, b newsgraph.Attribution) int { return a.Cue.Start - b.Cue.Start })
	newResolver(d).resolve(atts)
	return atts
}
