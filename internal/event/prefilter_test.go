package event

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/event/dict"
)

// A pattern is passed over only when a word it names outside synonym
// sets, at any depth of phrases and prepositions, is neither the text nor
// the lemma of any token, in any case.
func TestMayFit(t *testing.T) {
	_, tr := heldTalks(t, "Talks")
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

// Words equal under strings.EqualFold to an ASCII word hash as it does,
// the Kelvin sign and the long s among them; others, as a rule, do not.
func TestFoldHash(t *testing.T) {
	for _, c := range []struct {
		token, word string
	}{{"talks", "TALKS"}, {"Talks", "TALKS"}, {"\u212aiev", "KIEV"}, {"\u017ftrike", "STRIKE"}, {"U.S.", "U.S."}} {
		if !strings.EqualFold(c.token, c.word) {
			t.Fatalf("the test is wrong: %q and %q are not equal under EqualFold", c.token, c.word)
		}
		if dict.FoldHash(c.token) != dict.FoldHash(c.word) {
			t.Errorf("%q and %q hash apart", c.token, c.word)
		}
	}
	if dict.FoldHash("talk") == dict.FoldHash("TALKS") || dict.FoldHash("élan") == dict.FoldHash("ELAN") {
		t.Error("different words hash alike")
	}
}
