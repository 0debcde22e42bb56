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

// Trying at each word only the lengths of the names that begin with it
// finds what trying every length up to Longest finds, whatever blanks or
// empty words the tokens hold.
func TestLookupByReachIsLookupOfAllLengths(t *testing.T) {
	doc := Document{
		Words: [][]string{{"Brask", "Harbour", "Board", "of", "New York", "", "Port", "Brask"}},
		Spans: [][]Span{{{Start: 0, End: 3, Type: "ORG"}, {Start: 4, End: 7, Type: "ORG"}, {Start: 7, End: 8, Type: "LOC"}, {Start: 3, End: 5, Type: "MISC"}}},
	}
	names := LearnNames([]Document{doc})
	every := &Names{Phrases: names.Phrases, Longest: names.Longest}
	for _, words := range [][]string{
		{"the", "BRASK", "harbour", "board", "of", "new york", "", "port", "brask"},
		{"new", "york", "", "port"},
		{"of", "New York", "of", "brask", "harbour"},
	} {
		got, want := names.lookup(words, nil), every.lookup(words, nil)
		for i := range want {
			if got[i] != want[i] {
				t.Errorf("%q word %d: %+v, every length gives %+v", words, i, got[i], want[i])
			}
		}
	}
}

// isUpper is strings.ToUpper(w) == w.
func TestIsUpperIsToUpperUnchanged(t *testing.T) {
	for _, w := range []string{"", "NATO", "Nato", "U.S.", "123", "ΣΟΦΙΑ", "Σοφια", "ß", "İ", "ǅ", "bad\xff", "\xc3", "OK\uFFFD", "—", "ﬁ"} {
		if got, want := isUpper(w), strings.ToUpper(w) == w; got != want {
			t.Errorf("isUpper(%q) = %v, strings.ToUpper says %v", w, got, want)
		}
	}
}
