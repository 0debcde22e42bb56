package actors

import (
	"bytes"
	"strings"
)

// indexStarts records the first word of every name and agent phrase, so
// that a coder scanning a phrase word by word for names (up to seven
// words from each) can pass over the words no name begins with: most of
// them, each of which cost a dozen joins, normalisations and look-ups.
func (kb *KB) indexStarts() {
	kb.starts = make(map[string]struct{}, len(kb.byName.one)/2+len(kb.agents)/2)
	for k := range kb.byName.one {
		kb.starts[firstWord(k)] = struct{}{}
	}
	for k := range kb.agents {
		kb.starts[firstWord(k)] = struct{}{}
	}
}

// MayBegin reports whether a name or agent phrase that Lookup finds
// exactly, or Agent finds, may begin with word: false only when the word,
// normalised, is one no name or agent phrase begins with. A word that
// normalises to nothing, or to "the" (which Normalize drops from a
// name's start), may begin anything.
func (kb *KB) MayBegin(word string) bool {
	var buf [64]byte
	key := trimKey(appendNormal(buf[:0], word)) // asked of every word a coder scans: not made a string
	w, _, _ := bytes.Cut(key, []byte{' '})
	if len(w) == 0 || string(w) == "the" || kb.starts == nil {
		return true
	}
	_, ok := kb.starts[string(w)]
	return ok
}

func firstWord(s string) string {
	w, _, _ := strings.Cut(s, " ")
	return w
}
