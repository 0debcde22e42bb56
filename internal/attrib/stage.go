package attrib

import (
	"context"
	"slices"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/attrib/cue"
)

// Stage fills Doc.Attributions, with the learned model when it has one and
// by the rules alone otherwise. Cues, when set, widen the rules' cue
// lexicon with one learned from annotated text.
type Stage struct {
	Model      *Model
	Cues       map[string]bool
	Classifier *cue.Classifier // when set, decides verb by verb which are cues
	Boundaries *Boundaries     // when set, redraws the edges of the spans the rules built
	Keeper     *Keeper         // when set, the classifier proposes more verbs and this decides which attributions stay
}

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
		newsgraph.LayerPOS, newsgraph.LayerLemmas, newsgraph.LayerParse, newsgraph.LayerMentions}
}

// Assigns implements pipeline.Stage.
func (Stage) Assigns() []newsgraph.Layer { return []newsgraph.Layer{newsgraph.LayerAttributions} }

// Process implements pipeline.Stage.
func (s Stage) Process(_ context.Context, d *newsgraph.Doc) error {
	switch {
	case s.Model != nil:
		d.Attributions = s.Model.Find(d)
	case s.Classifier != nil || s.Boundaries != nil:
		d.Attributions = find(d, s.Cues, s.Classifier, s.Boundaries, s.Keeper)
	case s.Cues != nil:
		d.Attributions = FindWithCues(d, s.Cues)
	default:
		d.Attributions = Find(d)
	}
	return nil
}

// Find returns the attributions of a segmented, tagged and parsed
// document in order of their cues; their speakers are left to
// coref/speaker.
func Find(d *newsgraph.Doc) []newsgraph.Attribution { return FindWithCues(d, nil) }

// FindWithCues is Find with another cue lexicon (see LearnCues).
func FindWithCues(d *newsgraph.Doc, cues map[string]bool) []newsgraph.Attribution {
	return FindWith(d, cues, nil)
}

// FindWith is Find with another cue lexicon and, when cl is not nil, the
// contextual classifier deciding which verbs are cues.
func FindWith(d *newsgraph.Doc, cues map[string]bool, cl *cue.Classifier) []newsgraph.Attribution {
	return find(d, cues, cl, nil, nil)
}

// find is FindWith with, when b is not nil, the learned span edges.
func find(d *newsgraph.Doc, cues map[string]bool, cl *cue.Classifier, b *Boundaries, k *Keeper) []newsgraph.Attribution {
	x := newConfigured(d, cues, cl, k)
	atts := x.run()
	if b != nil {
		atts = b.refine(x, atts)
	}
	slices.SortStableFunc(atts, func(a, b newsgraph.Attribution) int { return a.Cue.Start - b.Cue.Start })
	return atts
}

// newConfigured is an extractor with another cue lexicon, classifier and
// keeper when they are not nil (the keeper only with a classifier, whose
// margins it reads).
func newConfigured(d *newsgraph.Doc, cues map[string]bool, cl *cue.Classifier, k *Keeper) *extractor {
	if cl == nil || k == nil {
		return newBuilder(d, cues, cl, nil)
	}
	x := newBuilder(d, cues, cl, &k.BuildAt)
	x.keeper = k
	return x
}
