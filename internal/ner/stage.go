package ner

import (
	"context"

	"github.com/newsgraph/newsgraph"
)

// Stage fills Doc.Entities.
type Stage struct{ Tagger *Tagger }

// Name implements pipeline.Stage.
func (s Stage) Name() string { return "ner.v1" }

// Requires implements pipeline.Stage.
func (s Stage) Requires() []newsgraph.Layer {
	return []newsgraph.Layer{newsgraph.LayerTokens, newsgraph.LayerSentences, newsgraph.LayerPOS}
}

// Assigns implements pipeline.Stage.
func (s Stage) Assigns() []newsgraph.Layer { return []newsgraph.Layer{newsgraph.LayerEntities} }

// Process implements pipeline.Stage.
func (s Stage) Process(_ context.Context, d *newsgraph.Doc) error {
	words := make([][]string, len(d.Sentences))
	pos := make([][]string, len(d.Sentences))
	for k, sent := range d.Sentences {
		for i := sent.FirstToken; i < sent.EndToken; i++ {
			words[k] = append(words[k], d.TokenText(i))
			pos[k] = append(pos[k], d.Tokens[i].Tag)
		}
	}
	d.Entities = d.Entities[:0]
	for k, spans := range s.Tagger.Document(words, pos) {
		first := d.Sentences[k].FirstToken
		for _, sp := range spans {
			d.Entities = append(d.Entities, newsgraph.Entity{
				Span: newsgraph.Span{Start: d.Tokens[first+sp.Start].Start, End: d.Tokens[first+sp.End-1].End},
				Type: sp.Type,
			})
		}
	}
	return nil
}
