package gazetteer

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
)

// lookupEveryWindow is Lookup without its shortcuts: every window of
// every length up to the longest phrase's from every word joined and
// looked up.
func lookupEveryWindow(g *Gazetteer, longest int, words []string) [][]Match {
	out := make([][]Match, len(words))
	for i := range words {
		for n := min(longest, len(words)-i); n >= 1; n-- {
			if lists, ok := g.phrases[strings.ToLower(strings.Join(words[i:i+n], " "))]; ok {
				mark(out, lists, i, n)
				break
			}
		}
	}
	return out
}

// Lookup finds what trying every window finds, on runs of words drawn
// from the gazetteer's own phrases (in any case) and from words it lacks.
func TestLookupAsEveryWindow(t *testing.T) {
	g := Default()
	var vocab []string
	longest := 0
	for k := range g.phrases {
		vocab = append(vocab, strings.Fields(k)...)
		longest = max(longest, len(strings.Fields(k)))
	}
	vocab = append(vocab, "the", "talks", "said", "harbour", "of", "New", "SOUTH", "Republic")
	r := rand.New(rand.NewPCG(5, 6))
	for n := range 2000 {
		words := make([]string, 1+r.IntN(10))
		for i := range words {
			w := vocab[r.IntN(len(vocab))]
			if r.IntN(3) == 0 {
				w = strings.ToUpper(w[:1]) + w[1:]
			}
			words[i] = w
		}
		if got, want := g.Lookup(words), lookupEveryWindow(g, longest, words); !reflect.DeepEqual(got, want) {
			t.Fatalf("case %d, %q:\n got %v\nwant %v", n, words, got, want)
		}
	}
	if ms := g.Lookup([]string{"New", "Zealand", "talks"}); len(ms[0]) == 0 || ms[0][0].Pos != 'B' || len(ms[2]) != 0 {
		t.Errorf("New Zealand talks: %v", ms)
	}
}
