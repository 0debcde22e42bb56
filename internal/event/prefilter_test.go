package event

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/attrib/handbuilt"
	"github.com/newsgraph/newsgraph/internal/event/dict"
)

// A pattern is passed over only when a word it names outside synonym
// sets, at any depth of phrases and prepositions, is neither the text nor
// the lemma of any token, in any case.
func TestMayFit(t *testing.T) {
	d := handbuilt.Parsed(t, "Rohan held Talks in Edoras.",
		"Rohan/NNP/Rohan/1/nsubj held/VBD/hold/-1/root Talks/NNS/talk/1/obj in/IN/in/4/case Edoras/NNP/Edoras/1/obl ./././1/punct")
	tr := newTree(d, d.Sentences[0])
	word := func(w string) dict.Term { return dict.Term{Kind: dict.Word, Text: w} }
	for _, c := range []struct {
		name  string
		terms []dict.Term
		want  bool
	}{
		{"text in another case", []dict.Term{{Kind: dict.VerbSlot}, word("TALKS")}, true},
		{"lemma", []dict.Term{word("HOLD"), word("TALK")}, true},
		{"absent word", []dict.Term{{Kind: dict.VerbSlot}, word("TRUCE")}, false},
		{"absent inside a preposition", []dict.Term{{Kind: dict.VerbSlot}, {Kind: dict.Prep, Sub: []dict.Term{word("IN"), word("MORDOR")}}}, false},
		{"present inside a preposition", []dict.Term{{Kind: dict.VerbSlot}, {Kind: dict.Prep, Sub: []dict.Term{word("IN"), {Kind: dict.Target}}}}, true},
		{"absent inside a phrase", []dict.Term{{Kind: dict.Phrase, Sub: []dict.Term{word("PEACE"), word("TALKS")}}}, false},
		{"synonym sets are not looked into", []dict.Term{{Kind: dict.Synset, Text: "WEAPON"}, {Kind: dict.Source}}, true},
		{"a word outside ASCII is not checked", []dict.Term{word("ÉDORAS")}, true},
	} {
		if got := mayFit(tr, c.terms); got != c.want {
			t.Errorf("%s: mayFit = %v, want %v", c.name, got, c.want)
		}
	}
}
