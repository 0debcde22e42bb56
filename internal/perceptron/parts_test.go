package perceptron

import (
	"math"
	"math/rand/v2"
	"testing"
)

// Each part of ScoreParts must get, to the bit, what Score gives that
// part's features alone, with the parts in one batch or, past a batch,
// one by one; and meanwhile runs once.
func TestScorePartsScoresEachPartAsScore(t *testing.T) {
	for _, nClasses := range []int{2, 17, 103} {
		m, want := randomModel(t, nClasses, 2000, uint64(nClasses))
		keys := make([]uint64, 0, len(want))
		for k := range want {
			keys = append(keys, k)
		}
		rng := rand.New(rand.NewPCG(3, 4))
		for trial := range 100 {
			n := 60 + rng.IntN(30)
			if trial%4 == 0 {
				n = scoreBatch + 20
			}
			feats := make([]uint64, n)
			for i := range feats {
				feats[i] = keys[rng.IntN(len(keys))]
				if rng.IntN(6) == 0 {
					feats[i] = rng.Uint64() // one the model lacks
				}
			}
			ends := []int{n / 2, n/2 + 1, n/2 + 1, n} // an empty part too
			dsts := make([][]float32, len(ends))
			for g := range dsts {
				dsts[g] = make([]float32, nClasses)
			}
			calls := 0
			m.ScoreParts(feats, ends, dsts, func() { calls++ })
			if calls != 1 {
				t.Fatalf("meanwhile ran %d times", calls)
			}
			start := 0
			for g, e := range ends {
				ref := make([]float32, nClasses)
				m.Score(feats[start:e], ref)
				for c := range ref {
					if math.Float32bits(dsts[g][c]) != math.Float32bits(ref[c]) {
						t.Fatalf("%d features, part %d, class %d: %v, Score gives %v", n, g, c, dsts[g][c], ref[c])
					}
				}
				start = e
			}
		}
	}
}

// AddVectors adds each vector in order, as a loop would.
func TestAddVectorsAddsInOrder(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for _, n := range []int{3, 8, 103} {
		vs := make([]float32, 5*n)
		for i := range vs {
			vs[i] = float32(rng.NormFloat64())
		}
		offs := []uint32{uint32(2 * n), 0, uint32(4 * n), uint32(2 * n)}
		got, want := make([]float32, n), make([]float32, n)
		AddVectors(got, vs, offs)
		for _, off := range offs {
			for c := range want {
				want[c] += vs[int(off)+c]
			}
		}
		for c := range want {
			if math.Float32bits(got[c]) != math.Float32bits(want[c]) {
				t.Fatalf("%d classes, class %d: %v, want %v", n, c, got[c], want[c])
			}
		}
	}
}

// A vector that runs past the end of vs is refused, not read past.
func TestAddVectorsChecksBounds(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Fatal("a vector past the end was added")
		}
	}()
	AddVectors(make([]float32, 8), make([]float32, 12), []uint32{5})
}
