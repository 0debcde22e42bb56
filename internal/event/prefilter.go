package event

import (
	"strings"

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
			if isASCII(tm.Text) && !t.hasWord(tm.Text) {
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

// hasWord reports whether w (ASCII) is, in any case, the text or lemma of
// one of t's tokens. The tokens are kept as hashes of their folded bytes,
// made without a string each: two words sharing a hash only make a
// pattern be tried that could not fit, never the reverse.
func (t *tree) hasWord(w string) bool {
	if t.words == nil {
		t.words = make(map[uint64]struct{}, 2*(t.hi-t.lo))
		for i := t.lo; i < t.hi; i++ {
			t.addWord(foldHash(t.d.TokenText(i)))
			t.addWord(foldHash(t.tok(i).Lemma))
		}
	}
	h := foldHash(w)
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

// foldHash hashes s (FNV-1a) as strings.EqualFold compares it with ASCII
// words: ASCII letters in upper case, and the two letters outside ASCII
// that fold to ASCII ones (the Kelvin sign, the long s) as those.
func foldHash(s string) uint64 {
	h := uint64(14695981039346656037)
	add := func(b byte) { h = (h ^ uint64(b)) * 1099511628211 }
	for i := 0; i < len(s); i++ {
		b := s[i]
		switch {
		case b >= 'a' && b <= 'z':
			add(b - 'a' + 'A')
		case b < 0x80:
			add(b)
		case strings.HasPrefix(s[i:], "\u212a"):
			add('K')
			i += len("\u212a") - 1
		case strings.HasPrefix(s[i:], "\u017f"):
			add('S')
			i += len("\u017f") - 1
		default:
			add(b)
		}
	}
	return h
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
