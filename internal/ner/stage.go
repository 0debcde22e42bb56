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
func (s Stage) Assigns() []newsgraph.Layer { return []newsgraph.Layer{newsgraph.LayerMentions} }

// Process implements pipeline.Stage.
func (s Stage) Process(_ context.Context, d *newsgraph.Doc) error {
	// Every sentence's words and tags are slices of one array of each,
	// capped so that no append runs into the next sentence's: growing
	// each sentence's slices word by word cost a dozen allocations per
	// sentence.
	texts, tags := make([]string, len(d.Tokens)), make([]string, len(d.Tokens))
	for i := range d.Tokens {
		texts[i], tags[i] = d.TokenText(i), d.Tokens[i].Tag
	}
	words := make([][]string, len(d.Sentences))
	pos := make([][]string, len(d.Sentences))
	for k, sent := range d.Sentences {
		a, b := sent.FirstToken, sent.EndToken
		words[k], pos[k] = texts[a:b:b], tags[a:b:b]
	}
	d.Mentions, d.Entities = d.Mentions[:0], nil // coreference gathers the names into entities
	for k, spans := range s.Tagger.Document(words, pos) {
		first := d.Sentences[k].FirstToken
		for _, sp := range spans {
			d.Mentions = append(d.Mentions, newsgraph.Mention{
				Span: newsgraph.Span{Start: d.Tokens[first+sp.Start].Start, End: d.Tokens[first+sp.End-1].End},
				Kind: newsgraph.MentionName, Type: sp.Type, Entity: newsgraph.NoEntity,
			})
		}
	}
	return nil
}
