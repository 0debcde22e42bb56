package perceptron

import (
	"math"
	"math/rand/v2"
	"testing"
)

// randomModel makes a model of nClasses whose rows name from one to all
// of the classes, so both of Model's row layouts are used, and returns
// with it each feature's weights as a plain map, to score by hand.
func randomModel(t testing.TB, nClasses, nFeatures int, seed uint64) (*Model, map[uint64]map[int]float32) {
	rng := rand.New(rand.NewPCG(seed, 7))
	want := map[uint64]map[int]float32{}
	keys := make([]uint64, 0, nFeatures)
	for len(keys) < nFeatures {
		k := rng.Uint64() >> rng.IntN(64) // small keys too, 0 among them
		if want[k] != nil {
			continue
		}
		row := map[int]float32{}
		for range 1 + rng.IntN(nClasses)*rng.IntN(2) {
			row[rng.IntN(nClasses)] = float32(rng.NormFloat64())
		}
		want[k] = row
		keys = append(keys, k)
	}
	m := compact(nClasses, keys, func(k uint64, c int) float64 { return float64(want[k][c]) }, 0)
	if len(m.dense) == 0 || len(m.sparse) == 0 {
		t.Fatalf("the model uses one row layout only (%d dense weights, %d sparse)", len(m.dense), len(m.sparse))
	}
	return m, want
}

// Score must give every class the sum of its weights added in feature
// order, to the bit, whichever layout a row has: the taggers' and the
// parser's outputs must not move with the layout.
func TestScoreAddsWeightsInFeatureOrder(t *testing.T) {
	for _, nClasses := range []int{1, 2, 8, 9, 17, 103, 200} {
		m, want := randomModel(t, max(nClasses, 2), 3000, uint64(nClasses))
		keys := make([]uint64, 0, len(want))
		for k := range want {
			keys = append(keys, k)
		}
		rng := rand.New(rand.NewPCG(1, 2))
		for trial := range 200 {
			n := 90
			if trial%3 == 0 {
				n = 2*scoreBatch + 7 // Score's batches: several, the last short
			}
			feats := make([]uint64, 0, n)
			for range n {
				if rng.IntN(5) == 0 {
					feats = append(feats, rng.Uint64()) // a feature the model lacks
				} else {
					feats = append(feats, keys[rng.IntN(len(keys))])
				}
			}
			got, ref := make([]float32, m.NClasses), make([]float32, m.NClasses)
			m.Score(feats, got)
			for _, f := range feats {
				for c, w := range want[f] {
					ref[c] += w
				}
			}
			for c := range got {
				if math.Float32bits(got[c]) != math.Float32bits(ref[c]) && got[c] != ref[c] {
					t.Fatalf("%d classes: class %d scores %v, want %v", m.NClasses, c, got[c], ref[c])
				}
			}
		}
	}
}
