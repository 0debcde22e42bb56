package ner

import (
	"context"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/segment"
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
	// A wire dateline ("BRASK (Reuters) - Dock workers …") is tagged as a
	// sentence of its own, as CoNLL's datelines are lines of their own:
	// inside one sentence the capitalised word that opens the story read
	// as a name ("Dock workers" a person).
	var words, pos [][]string
	var firsts []int
	place := map[int]int{} // piece index -> tokens of the dateline's place
	for _, sent := range d.Sentences {
		a, b := sent.FirstToken, sent.EndToken
		if p, e := segment.DatelineEnd(texts[a:b]); e > 0 && a+e < b && segment.OpensParagraph(d, sent) {
			place[len(words)] = p
			words, pos, firsts = append(words, texts[a:a+e:a+e]), append(pos, tags[a:a+e:a+e]), append(firsts, a)
			a += e
		}
		words, pos, firsts = append(words, texts[a:b:b]), append(pos, tags[a:b:b]), append(firsts, a)
	}
	d.Mentions, d.Entities = d.Mentions[:0], nil // coreference gathers the names into entities
	for k, spans := range s.Tagger.Document(words, pos) {
		first := firsts[k]
		for _, sp := range spans {
			typ := sp.Type
			if p, ok := place[k]; ok && sp.End <= p {
				typ = "LOC" // the dateline's city, whatever the words made of it
			}
			d.Mentions = append(d.Mentions, newsgraph.Mention{
				Span: newsgraph.Span{Start: d.Tokens[first+sp.Start].Start, End: d.Tokens[first+sp.End-1].End},
				Kind: newsgraph.MentionName, Type: typ, Entity: newsgraph.NoEntity,
			})
		}
	}
	return nil
}
