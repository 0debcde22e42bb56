package speaker

import (
	"context"

	"github.com/newsgraph/newsgraph"
)

// Stage fills the Speaker of every attribution and points speakers and
// addressees at their entities.
type Stage struct{}

// Name implements pipeline.Stage.
func (Stage) Name() string { return "coref.speakers.v1" }

// Requires implements pipeline.Stage: the attributions to resolve, the
// names and entities they resolve to, and the parse, which heads a source
// ("Morrison's lawyer" is a lawyer) and finds a relative pronoun's noun.
func (Stage) Requires() []newsgraph.Layer {
	return []newsgraph.Layer{newsgraph.LayerTokens, newsgraph.LayerPOS, newsgraph.LayerParse,
		newsgraph.LayerMentions, newsgraph.LayerEntities, newsgraph.LayerAttributions}
}

// Assigns implements pipeline.Stage: the attributions' speakers, the
// speaker's own I, me and my as mentions of their entity, and an
// interview's "you" in its questions as the interviewee's.
func (Stage) Assigns() []newsgraph.Layer {
	return []newsgraph.Layer{newsgraph.LayerAttributions, newsgraph.LayerEntities}
}

// Process implements pipeline.Stage.
func (Stage) Process(_ context.Context, d *newsgraph.Doc) error {
	Resolve(d, d.Attributions)
	speakersOwnWords(d, d.Attributions)
	intervieweesYou(d, d.Attributions)
	return nil
}

// Resolve fills Speaker for every attribution of atts, in their order (a
// pronoun refers to an earlier speaker), and links speakers and
// addressees to d's entities.
func Resolve(d *newsgraph.Doc, atts []newsgraph.Attribution) { newResolver(d).resolve(atts) }
