package event

import (
	"strings"
	"testing"
)

// The names a window gives are the words joined by spaces, up to
// maxWindow words, whatever the words hold.
func TestWindowPrefixesAreTheJoinedWords(t *testing.T) {
	for _, words := range [][]string{
		{"Gondor"},
		{"the", "foreign", "minister", "of", "Gondor"},
		{"a", "b", "c", "d", "e", "f", "g", "h", "i"},
		{"", "government-held", " ", "Édoras"},
	} {
		w := joinWindow(words)
		if want := min(len(words), maxWindow); w.size != want {
			t.Errorf("%q: %d words, want %d", words, w.size, want)
		}
		for n := 1; n <= w.size; n++ {
			if got, want := w.first(n), strings.Join(words[:n], " "); got != want {
				t.Errorf("%q: first(%d) = %q, want %q", words, n, got, want)
			}
		}
	}
}
