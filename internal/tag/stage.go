package tag

import (
	"cmp"
	"context"
	"slices"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/intern"
)

// Stage tags every token of a Doc with XPOS, UPOS and lemma.
type Stage struct{ Tagger *Tagger }

// Name implements pipeline.Stage.
func (s Stage) Name() string { return "tag.v1" }

// Requires implements pipeline.Stage. The quotations are optional: with
// them, the marks that open and close one are tagged as they do.
func (s Stage) Requires() []newsgraph.Layer {
	return []newsgraph.Layer{newsgraph.LayerTokens, newsgraph.LayerSentences}
}

// Assigns implements pipeline.Stage.
func (s Stage) Assigns() []newsgraph.Layer {
	return []newsgraph.Layer{newsgraph.LayerPOS, newsgraph.LayerLemmas}
}

// Process implements pipeline.Stage.
func (s Stage) Process(_ context.Context, d *newsgraph.Doc) error {
	var words, tags, known []string
	shapes := intern.Strings{}
	marks := quoteMarkTags(d)
	for _, sent := range d.Sentences {
		words, known = words[:0], known[:0]
		for i := sent.FirstToken; i < sent.EndToken; i++ {
			words = append(words, d.TokenText(i))
			known = append(known, marks[i])
		}
		if cap(tags) < len(words) {
			tags = make([]string, len(words))
		}
		tags = tags[:len(words)]
		s.Tagger.tagInto(words, tags, known, shapes)
		for k, tg := range tags {
			tok := &d.Tokens[sent.FirstToken+k]
			tok.Tag = tg
			tok.UPOS = s.Tagger.UPOS.UPOS(words[k], tg)
			tok.Lemma = s.Tagger.Lemmas.Lemma(words[k], tg)
		}
	}
	return nil
}

// quoteMarkTags gives the tokens that open and close a quotation the tags
// the treebanks give them (two backquotes, two apostrophes), by token.
// The tagger reads a straight or curly mark by its neighbours, and took
// one closing mark in sixteen for an opening one on PolNeAR texts
// ("afraid,” the letter read"), which misled the parse of the words after
// it; NYT's doubled apostrophe opens and closes alike. Quotation
// detection knows which it is.
func quoteMarkTags(d *newsgraph.Doc) map[int]string {
	if len(d.Quotes) == 0 {
		return nil
	}
	out := make(map[int]string, 2*len(d.Quotes))
	for _, q := range d.Quotes {
		if i, ok := tokenAt(d, q.Start); ok && isQuoteMark(d.TokenText(i)) {
			out[i] = "``"
		}
		if !q.Closed {
			continue
		}
		if i, ok := tokenAt(d, q.End-1); ok && d.Tokens[i].End == q.End && isQuoteMark(d.TokenText(i)) {
			out[i] = "''"
		}
	}
	return out
}

// tokenAt returns the token holding byte offset off.
func tokenAt(d *newsgraph.Doc, off int) (int, bool) {
	i, _ := slices.BinarySearchFunc(d.Tokens, off, func(t newsgraph.Token, off int) int { return cmp.Compare(t.End, off+1) })
	return i, i < len(d.Tokens) && d.Tokens[i].Start <= off && off < d.Tokens[i].End
}

func isQuoteMark(w string) bool {
	switch w {
	case "“", "”", "\"", "``", "''", "‘", "’":
		return true
	}
	return false
}
