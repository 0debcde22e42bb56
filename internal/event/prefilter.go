package event

import (
	"github.com/newsgraph/newsgraph/internal/event/dict"
)

// A verb's block may hold hundreds of patterns, and fitting each one
// walks the clause with backtracking: a third of the coder's time. Most
// name a word the sentence does not have at all ("- * RESOLUTION"), and
// none of those can fit, so they are passed over before fitting.

// mayFit reports whether every word pattern terms name outside synonym
// sets is the text or lemma of some token of t: a pattern fits only if
// each of those words takes a token (matcher.word), whichever path the
// matcher takes. Synonym sets are not looked into; a word that is not
// ASCII is not checked.
func mayFit(t *tree, terms []dict.Term) bool {
	for i := range terms {
		tm := &terms[i] // a Term is seven words: not copied per pattern term
		switch tm.Kind {
		case dict.Word:
			if h, ok := tm.WordFold(); ok && !t.hasHash(h) {
				return false
			}
		case dict.Phrase, dict.Prep:
			if !mayFit(t, tm.Sub) {
				return false
			}
		}
	}
	return true
}

// hasHash reports whether a word whose dict.FoldHash is h is, in any
// case, the text or lemma of one of t's tokens. The tokens are kept as
// hashes of their folded bytes, made without a string each: two words
// sharing a hash only make a pattern be tried that could not fit, never
// the reverse.
func (t *tree) hasHash(h uint64) bool {
	if t.words == nil {
		t.words = make(map[uint64]struct{}, 2*(t.hi-t.lo))
		for i := t.lo; i < t.hi; i++ {
			t.addWord(dict.FoldHash(t.d.TokenText(i)))
			t.addWord(dict.FoldHash(t.tok(i).Lemma))
		}
	}
	if t.wordBits[h>>6%4]&(1<<(h&63)) == 0 {
		return false
	}
	_, ok := t.words[h]
	return ok
}

// addWord records a token's hash in the map and in wordBits, a 256-bit
// filter: most words a pattern names are in no sentence, and a clear bit
// says so without a map lookup (a sentence of 30 tokens sets at most 60
// of the 256 bits).
func (t *tree) addWord(h uint64) {
	t.words[h] = struct{}{}
	t.wordBits[h>>6%4] |= 1 << (h & 63)
}
