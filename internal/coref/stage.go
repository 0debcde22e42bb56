package coref

import (
	"context"

	"github.com/newsgraph/newsgraph"
)

// Stage is coreference as a pipeline stage.
type Stage struct{}

// Name implements pipeline.Stage.
func (Stage) Name() string { return "coref.rules.v1" }

// Requires implements pipeline.Stage. The parse is read where present
// (subjects, appositives) but is not required: without it the rules fall
// back on word order.
func (Stage) Requires() []newsgraph.Layer {
	return []newsgraph.Layer{newsgraph.LayerTokens, newsgraph.LayerSentences, newsgraph.LayerQuotes,
		newsgraph.LayerPOS, newsgraph.LayerMentions}
}

// Assigns implements pipeline.Stage.
func (Stage) Assigns() []newsgraph.Layer { return []newsgraph.Layer{newsgraph.LayerEntities} }

// Process implements pipeline.Stage.
func (Stage) Process(ctx context.Context, d *newsgraph.Doc) error {
	Resolve(d)
	return nil
}

// Resolve replaces d.Entities with the entities of d's mentions, adding
// the pronoun, description and group mentions it resolves to d.Mentions.
func Resolve(d *newsgraph.Doc) {
	r := newResolver(d)
	r.names()
	r.trimHeadlineNames()
	r.roles()
	r.organisationsDescribed()
	r.personsDescribed()
	r.appositives()
	r.others()
	r.headlineOffices()
	r.widenNames()
	r.finish()
}
