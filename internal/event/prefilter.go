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
	for _, tm := range terms {
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
// one of t's tokens.
func (t *tree) hasWord(w string) bool {
	if t.words == nil {
		t.words = map[string]struct{}{}
		for i := t.lo; i < t.hi; i++ {
			t.words[foldASCII(t.d.TokenText(i))] = struct{}{}
			t.words[foldASCII(t.tok(i).Lemma)] = struct{}{}
		}
	}
	_, ok := t.words[strings.ToUpper(w)]
	return ok
}

// foldASCII is s in upper case with the two letters outside ASCII that
// strings.EqualFold equates with ASCII ones (the Kelvin sign and the long
// s) written as those, so that a token equal to an ASCII word under
// EqualFold is equal to it here.
func foldASCII(s string) string {
	if isASCII(s) {
		return strings.ToUpper(s)
	}
	return strings.ToUpper(strings.Map(func(r rune) rune {
		switch r {
		case '\u212a':
			return 'K'
		case '\u017f':
			return 'S'
		}
		return r
	}, s))
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
