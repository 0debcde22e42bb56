package segment

import (
	"context"

	"github.com/newsgraph/newsgraph"
)

// Stage is the segmenter as a pipeline stage.
type Stage struct{}

// Name implements pipeline.Stage.
func (Stage) Name() string { return "segment.v1" }

// Requires implements pipeline.Stage.
func (Stage) Requires() []newsgraph.Layer { return []newsgraph.Layer{newsgraph.LayerParagraphs} }

// Assigns implements pipeline.Stage.
func (Stage) Assigns() []newsgraph.Layer {
	return []newsgraph.Layer{newsgraph.LayerTokens, newsgraph.LayerSentences, newsgraph.LayerQuotes}
}

// Process implements pipeline.Stage.
func (Stage) Process(_ context.Context, d *newsgraph.Doc) error {
	Segment(d)
	return nil
}
