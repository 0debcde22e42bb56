package event

import (
	"context"
	"errors"

	"github.com/newsgraph/newsgraph"
)

// Stage is the event coder as a pipeline stage: it replaces Doc.Events
// with the events its Coder finds.
type Stage struct {
	Coder *Coder
}

// Name implements pipeline.Stage.
func (Stage) Name() string { return "event.v1" }

// Requires implements pipeline.Stage: the coder reads tokens, sentences,
// tags, lemmas and the parse, and the entities of mentions (which may be
// empty) for participants.
func (Stage) Requires() []newsgraph.Layer {
	return []newsgraph.Layer{newsgraph.LayerTokens, newsgraph.LayerSentences, newsgraph.LayerPOS,
		newsgraph.LayerLemmas, newsgraph.LayerParse, newsgraph.LayerMentions, newsgraph.LayerEntities}
}

// Assigns implements pipeline.Stage.
func (Stage) Assigns() []newsgraph.Layer { return []newsgraph.Layer{newsgraph.LayerEvents} }

// Process implements pipeline.Stage.
func (s Stage) Process(ctx context.Context, d *newsgraph.Doc) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if s.Coder == nil || s.Coder.Verbs == nil {
		return errors.New("event: stage has no coder with a verb dictionary")
	}
	d.Events, _ = s.Coder.Code(d)
	return nil
}
