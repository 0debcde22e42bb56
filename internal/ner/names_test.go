package ner

import (
	"strings"
	"testing"
)

// lookup builds its keys word by word; they must be the keys phraseKey
// builds when names are learned, whatever the case, script or bytes.
func TestLookupKeysAreLearnedKeys(t *testing.T) {
	for _, words := range [][]string{
		strings.Fields("Oskar ØDEGÅRD of Brask"),
		{"İSTANBUL", "Port", "AUTHORITY"}, // İ lower-cases to two runes
		{"bad\xffUTF8", "Name\xc3"},       // invalid bytes become U+FFFD in both
		{"ΣΟΦΙΑ", "Ξ"},
		{"x"},
	} {
		lower := make([]string, len(words))
		for i, w := range words {
			lower[i] = strings.ToLower(w)
		}
		if got, want := string(appendPhrase(nil, lower)), phraseKey(words); got != want {
			t.Errorf("%q: key %q, names are learned as %q", words, got, want)
		}
	}
}

// The longest known name wins, in any case, and each of its words gets
// its place in it.
func TestLookupFindsTheLongestName(t *testing.T) {
	doc := Document{
		Words: [][]string{strings.Fields("Brask Harbour Board met Brask today")},
		Spans: [][]Span{{{Start: 0, End: 3, Type: "ORG"}, {Start: 4, End: 5, Type: "LOC"}}},
	}
	names := LearnNames([]Document{doc})
	got := names.lookup(strings.Fields("the BRASK harbour board of brask"), nil)
	want := []nameMatch{{}, {"ORG", 'B'}, {"ORG", 'I'}, {"ORG", 'L'}, {}, {"LOC", 'U'}}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("word %d: %+v, want %+v", i, got[i], want[i])
		}
	}
}
