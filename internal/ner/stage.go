package ner

import (
	"context"
	"unicode"
	"unicode/utf8"

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
	// A wire dateline ("BRASK (Reuters) - Dock workers …") is tagged as a
	// sentence of its own, as CoNLL's datelines are lines of their own:
	// inside one sentence the capitalised word that opens the story read
	// as a name ("Dock workers" a person).
	var words, pos [][]string
	var firsts []int
	place := map[int]int{} // piece index -> tokens of the dateline's place
	for _, sent := range d.Sentences {
		a, b := sent.FirstToken, sent.EndToken
		if p, e := datelineEnd(texts[a:b]); e > 0 && a+e < b {
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

// datelineEnd returns, for a sentence that opens with a wire dateline
// ("BRASK (Reuters) -", "KAMPALA, Uganda (AP) —", "WASHINGTON —"), how
// many of its words the place takes and where the dateline ends (after
// its dash), or 0, 0.
func datelineEnd(words []string) (place, end int) {
	i := 0
	for i < len(words) && i < 4 && allCapsWord(words[i]) {
		i++
	}
	if i == 0 {
		return 0, 0
	}
	place = i
	if i+1 < len(words) && words[i] == "," && isCapitalised(words[i+1]) { // ", Uganda"
		i += 2
		for i < len(words) && i < place+5 && isCapitalised(words[i]) {
			i++
		}
	}
	if i < len(words) && words[i] == "(" {
		j := i + 1
		for j < len(words) && j < i+5 && words[j] != ")" {
			j++
		}
		if j >= len(words) || words[j] != ")" {
			return 0, 0
		}
		i = j + 1
	}
	if i < len(words) && datelineDashes[words[i]] {
		return place, i + 1
	}
	return 0, 0
}

var datelineDashes = map[string]bool{"-": true, "—": true, "–": true, "--": true}

// allCapsWord: w has two letters or more, all capitals (dots allowed:
// "U.S.").
func allCapsWord(w string) bool {
	n := 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			n++
		case r == '.':
		default:
			return false
		}
	}
	return n >= 2
}

func isCapitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}
