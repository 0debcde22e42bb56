package baseline

import (
	"context"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/attrib/view"
)

// Stage attributes what each "say" and "tell" verb's clausal complement
// holds to the verb's subject.
type Stage struct{}

// Name implements pipeline.Stage.
func (Stage) Name() string { return "attrib.baseline.v1" }

// Requires implements pipeline.Stage.
func (Stage) Requires() []newsgraph.Layer {
	return []newsgraph.Layer{newsgraph.LayerTokens, newsgraph.LayerSentences, newsgraph.LayerLemmas, newsgraph.LayerParse}
}

// Assigns implements pipeline.Stage.
func (Stage) Assigns() []newsgraph.Layer { return []newsgraph.Layer{newsgraph.LayerAttributions} }

// Process implements pipeline.Stage.
func (Stage) Process(_ context.Context, d *newsgraph.Doc) error {
	for _, s := range d.Sentences {
		for c := s.FirstToken; c < s.EndToken; c++ {
			if t := d.Tokens[c]; (t.Lemma == "say" || t.Lemma == "tell") && view.IsVerbTag(t.Tag) {
				if a, ok := attribution(d, s, c); ok {
					d.Attributions = append(d.Attributions, a)
				}
			}
		}
	}
	return nil
}

// attribution reads cue c's source (the subtree of its nsubj) and content
// (the subtree of its ccomp or parataxis); without a content there is
// none.
func attribution(d *newsgraph.Doc, s newsgraph.Sentence, c int) (newsgraph.Attribution, bool) {
	a := newsgraph.Attribution{Kind: newsgraph.Indirect, Cue: d.Tokens[c].Span}
	found := false
	for j := s.FirstToken; j < s.EndToken; j++ {
		if d.Tokens[j].Head != c {
			continue
		}
		switch d.Tokens[j].Dep {
		case "nsubj":
			src := subtree(d, s, j)
			a.Source = &src
		case "ccomp", "parataxis":
			a.Content, found = subtree(d, s, j), true
		}
	}
	return a, found
}

// subtree is the span from the first to the last token of sentence s
// that h dominates.
func subtree(d *newsgraph.Doc, s newsgraph.Sentence, h int) newsgraph.Span {
	a, b := h, h
	for i := s.FirstToken; i < s.EndToken; i++ {
		if view.Dominates(d, h, i) {
			a, b = min(a, i), max(b, i)
		}
	}
	return newsgraph.Span{Start: d.Tokens[a].Start, End: d.Tokens[b].End}
}
