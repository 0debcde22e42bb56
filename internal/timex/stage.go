package timex

import (
	"context"

	"github.com/newsgraph/newsgraph"
)

// Stage finds the time expressions of a Doc and resolves them against its
// publication date, d.Meta.Published.
type Stage struct{}

// Name implements pipeline.Stage.
func (Stage) Name() string { return "timex.v1" }

// Requires implements pipeline.Stage.
func (Stage) Requires() []newsgraph.Layer {
	return []newsgraph.Layer{newsgraph.LayerTokens, newsgraph.LayerSentences}
}

// Assigns implements pipeline.Stage.
func (Stage) Assigns() []newsgraph.Layer { return []newsgraph.Layer{newsgraph.LayerTimes} }

// Process implements pipeline.Stage.
func (Stage) Process(ctx context.Context, d *newsgraph.Doc) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	d.Times = Find(d, d.Meta.Published)
	return nil
}
