package perceptron

import (
	"math/rand/v2"
	"testing"
)

// Word keeps distinct values apart: from one state, a thousand values
// give a thousand states, and from a thousand states one value does too.
func TestWordKeepsValuesApart(t *testing.T) {
	rng := rand.New(rand.NewPCG(8, 8))
	h := New(3)
	fromValues, fromStates := map[Hasher]bool{}, map[Hasher]bool{}
	for i := range 1000 {
		fromValues[h.Word(uint64(i))] = true // small values: the parser's integers
		fromStates[Hasher(rng.Uint64()).Word(7)] = true
	}
	if len(fromValues) != 1000 || len(fromStates) != 1000 {
		t.Errorf("1000 values gave %d states, 1000 states gave %d", len(fromValues), len(fromStates))
	}
	if h.Word(0) == h || h.Word(1) == h.Word(0)^1 {
		t.Errorf("Word(0) or Word(1) left the state as good as unmixed: %x %x from %x", h.Word(0), h.Word(1), h)
	}
}

// Cat then Str hashes the parts as Str hashes them joined.
func TestCatIsStrOfTheJoin(t *testing.T) {
	for _, parts := range [][]string{{}, {""}, {"a", "bc"}, {", ", "VBG", " ", "advcl"}, {"said", " ", "", " ", "x"}} {
		h, joined := New(7).Int(2), ""
		for _, p := range parts {
			h, joined = h.Cat(p), joined+p
		}
		if got, want := h.Str("").Key(), New(7).Int(2).Str(joined).Key(); got != want {
			t.Errorf("%q: Cat…Str(\"\") %x, Str of the join %x", parts, got, want)
		}
	}
}
