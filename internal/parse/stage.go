package parse

import (
	"context"

	"github.com/newsgraph/newsgraph"
)

// Stage gives every token a head (an index into Doc.Tokens, -1 for a
// sentence's root) and a Universal Dependencies relation.
type Stage struct{ Parser *Parser }

// Name implements pipeline.Stage.
func (s Stage) Name() string { return "parse.v1" }

// Requires implements pipeline.Stage.
func (s Stage) Requires() []newsgraph.Layer {
	return []newsgraph.Layer{newsgraph.LayerTokens, newsgraph.LayerSentences, newsgraph.LayerPOS}
}

// Assigns implements pipeline.Stage.
func (s Stage) Assigns() []newsgraph.Layer { return []newsgraph.Layer{newsgraph.LayerParse} }

// Process implements pipeline.Stage.
func (s Stage) Process(ctx context.Context, d *newsgraph.Doc) error {
	var words, tags []string
	for k, sent := range d.Sentences {
		if k%64 == 63 && ctx.Err() != nil {
			return context.Cause(ctx) // the article's time is up: the parser is the costliest stage
		}
		words, tags = words[:0], tags[:0]
		for i := sent.FirstToken; i < sent.EndToken; i++ {
			words = append(words, d.TokenText(i))
			tags = append(tags, d.Tokens[i].Tag)
		}
		heads, rels := s.Parser.Parse(words, tags)
		for k, h := range heads {
			tok := &d.Tokens[sent.FirstToken+k]
			tok.Head, tok.Dep = -1, rels[k]
			if h >= 0 {
				tok.Head = sent.FirstToken + h
			}
		}
	}
	return nil
}
