package bio

import (
	"context"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/attrib"
)

// Stage fills Doc.Attributions with the learned tagger.
type Stage struct{ Model *Model }

// Name implements pipeline.Stage.
func (Stage) Name() string { return "attrib.learned.v1" }

// Requires implements pipeline.Stage: what the rules read, whose findings
// are among the tagger's features.
func (Stage) Requires() []newsgraph.Layer { return attrib.Stage{}.Requires() }

// Assigns implements pipeline.Stage.
func (Stage) Assigns() []newsgraph.Layer { return []newsgraph.Layer{newsgraph.LayerAttributions} }

// Process implements pipeline.Stage.
func (s Stage) Process(_ context.Context, d *newsgraph.Doc) error {
	d.Attributions = s.Model.Find(d)
	return nil
}
