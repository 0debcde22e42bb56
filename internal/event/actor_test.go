package event

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/actors"
)

// The names a window gives are the words joined by spaces, up to
// maxWindow words, whatever the words hold, and its keys are theirs.
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
			if got, want := w.key(n), actors.Normalize(w.first(n)); got != want {
				t.Errorf("%q: key(%d) = %q, Normalize gives %q", words, n, got, want)
			}
		}
	}
}
