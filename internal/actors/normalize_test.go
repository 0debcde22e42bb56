package actors

import (
	"strings"
	"testing"
)

// NormalizePrefixes gives each prefix of a phrase the key Normalize
// gives it alone.
func TestNormalizePrefixesIsNormalizeOfEach(t *testing.T) {
	for _, text := range []string{
		"the United Nations Security Council", "The the Hague", "U.S. & Allies", "A & B .",
		"Zéroual 's men", "O'Neil , said", "bad\xff byte", "“Quoted” words", "the", "& the", "x",
	} {
		words := strings.Split(text, " ")
		ends := []int{0}
		for n := range words {
			ends = append(ends, len(strings.Join(words[:n+1], " ")))
		}
		keys := make([]string, len(ends))
		NormalizePrefixes(text, ends, keys)
		for n := 1; n < len(ends); n++ {
			if want := Normalize(text[:ends[n]]); keys[n] != want {
				t.Errorf("%q, first %d words: key %q, Normalize gives %q", text, n, keys[n], want)
			}
		}
	}
}
