package tag

import (
	"context"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/intern"
)

// Stage tags every token of a Doc with XPOS, UPOS and lemma.
type Stage struct{ Tagger *Tagger }

// Name implements pipeline.Stage.
func (s Stage) Name() string { return "tag.v1" }

// Requires implements pipeline.Stage.
func (s Stage) Requires() []newsgraph.Layer {
	return []newsgraph.Layer{newsgraph.LayerTokens, newsgraph.LayerSentences}
}

// Assigns implements pipeline.Stage.
func (s Stage) Assigns() []newsgraph.Layer {
	return []newsgraph.Layer{newsgraph.LayerPOS, newsgraph.LayerLemmas}
}

// Process implements pipeline.Stage.
func (s Stage) Process(_ context.Context, d *newsgraph.Doc) error {
	var words, tags []string
	shapes := intern.Strings{}
	for _, sent := range d.Sentences {
		words = words[:0]
		for i := sent.FirstToken; i < sent.EndToken; i++ {
			words = append(words, d.TokenText(i))
		}
		if cap(tags) < len(words) {
			tags = make([]string, len(words))
		}
		tags = tags[:len(words)]
		s.Tagger.tagInto(words, tags, shapes)
		for k, tg := range tags {
			tok := &d.Tokens[sent.FirstToken+k]
			tok.Tag = tg
			tok.UPOS = s.Tagger.UPOS.UPOS(words[k], tg)
			tok.Lemma = s.Tagger.Lemmas.Lemma(words[k], tg)
		}
	}
	return nil
}
