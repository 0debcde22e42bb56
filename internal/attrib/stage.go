package attrib

import (
	"context"
	"slices"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/attrib/bound"
	"github.com/newsgraph/newsgraph/internal/attrib/build"
	"github.com/newsgraph/newsgraph/internal/attrib/cue"
	"github.com/newsgraph/newsgraph/internal/attrib/keep"
)

// Stage fills Doc.Attributions: cues detected (package cue), attributions
// built around them (build) and kept or dropped (keep), their edges
// redrawn (bound). Each part is optional but the rules: the zero Stage is
// the rules with the hand-written cue lexicon.
type Stage struct {
	Cues       map[string]bool   // when set, the cue lexicon in place of the hand-written one
	Classifier *cue.Classifier   // when set, decides verb by verb which are cues
	Keeper     *keep.Keeper      // with a classifier: it proposes more verbs and this decides which attributions stay
	Boundaries *bound.Boundaries // when set, redraws the edges of the spans the rules built
}

// Name implements pipeline.Stage.
func (Stage) Name() string { return "attrib.rules.v1" }

// Requires implements pipeline.Stage: what its parts read.
func (Stage) Requires() []newsgraph.Layer {
	var ls []newsgraph.Layer
	for _, part := range [][]newsgraph.Layer{cue.Requires, build.Requires, keep.Requires, bound.Requires} {
		for _, l := range part {
			if !slices.Contains(ls, l) {
				ls = append(ls, l)
			}
		}
	}
	return ls
}

// Assigns implements pipeline.Stage. Who each source is, is left to the
// speakers stage (coref/speaker).
func (Stage) Assigns() []newsgraph.Layer { return []newsgraph.Layer{newsgraph.LayerAttributions} }

// Process implements pipeline.Stage.
func (s Stage) Process(_ context.Context, d *newsgraph.Doc) error {
	b := build.New(d, s.Rules())
	atts := b.Run()
	if s.Boundaries != nil {
		atts = b.Tidy(s.Boundaries.Refine(b, atts))
	}
	d.Attributions = byCue(append(atts, b.InterviewAnswers()...))
	return nil
}

// Rules is how the stage configures the rules: its lexicon and
// classifier, and its keeper when it has a classifier too (the keeper
// reads the classifier's margins).
func (s Stage) Rules() build.Config {
	if s.Keeper != nil && s.Classifier != nil {
		return s.Keeper.Rules(s.Cues, s.Classifier)
	}
	return build.Config{Cues: s.Cues, Classifier: s.Classifier}
}

// Find returns the attributions of a segmented, tagged and parsed
// document by the rules alone, in order of their cues.
func Find(d *newsgraph.Doc) []newsgraph.Attribution { return FindWith(d, nil, nil) }

// FindWith is Find with another cue lexicon and, when cl is not nil, the
// contextual classifier deciding which verbs are cues.
func FindWith(d *newsgraph.Doc, cues map[string]bool, cl *cue.Classifier) []newsgraph.Attribution {
	b := build.New(d, build.Config{Cues: cues, Classifier: cl})
	return byCue(append(b.Run(), b.InterviewAnswers()...))
}

// byCue sorts atts in order of their cues, keeping the order of those that
// share one (the halves of a split quotation).
func byCue(atts []newsgraph.Attribution) []newsgraph.Attribution {
	slices.SortStableFunc(atts, func(a, b newsgraph.Attribution) int { return a.Cue.Start - b.Cue.Start })
	return atts
}
