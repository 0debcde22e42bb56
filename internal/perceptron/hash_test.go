package perceptron

import (
	"math/rand/v2"
	"testing"
)

// HashAll gives every feature the key its Hasher chain gives.
func TestHashAllIsTheChain(t *testing.T) {
	rng := rand.New(rand.NewPCG(8, 8))
	feats := make([]Feature, 200)
	for i := range feats {
		f := Feature{Template: uint8(rng.IntN(256)), NParts: uint8(rng.IntN(5)), HasInt: rng.IntN(2) == 0, Int: rng.IntN(20) - 5}
		for p := range f.Parts {
			f.Parts[p] = rng.Uint64()
		}
		feats[i] = f
	}
	got := HashAll([]uint64{42}, feats)
	if len(got) != 1+len(feats) || got[0] != 42 {
		t.Fatalf("HashAll appended %d keys after %v, want %d after 42", len(got)-1, got[:1], len(feats))
	}
	for i, f := range feats {
		h := New(f.Template)
		for p := range f.NParts {
			h = h.Word(f.Parts[p])
		}
		if f.HasInt {
			h = h.Word(uint64(f.Int))
		}
		if got[1+i] != h.Key() {
			t.Errorf("feature %d (%d parts, int %v): key %x, the chain gives %x", i, f.NParts, f.HasInt, got[1+i], h.Key())
		}
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
