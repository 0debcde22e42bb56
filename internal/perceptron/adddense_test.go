package perceptron

import (
	"math"
	"math/rand/v2"
	"testing"
)

// addDense gives each score the bits Go's own float32 addition gives,
// for every length (the vector rounds and the tail), tiny (subnormal) and
// huge weights, and signed zeros.
func TestAddDenseAddsLikeGo(t *testing.T) { checkAddsLikeGo(t, addDense) }

func checkAddsLikeGo(t *testing.T, addDense func(scores, ws []float32)) {
	t.Helper()
	rng := rand.New(rand.NewPCG(4, 4))
	special := []float32{0, float32(math.Copysign(0, -1)), 1e-45, -1e-44, 3e38, -3e38, 1}
	draw := func() float32 {
		if rng.IntN(4) == 0 {
			return special[rng.IntN(len(special))]
		}
		return float32(rng.NormFloat64())
	}
	for n := range 110 { // every path: rounds of 32, of 8, of 4, single adds
		for range 50 {
			scores, ws := make([]float32, n), make([]float32, n+rng.IntN(3))
			for i := range scores {
				scores[i] = draw()
			}
			for i := range ws {
				ws[i] = draw()
			}
			want := make([]float32, n)
			for i := range want {
				want[i] = scores[i] + ws[i]
			}
			addDense(scores, ws)
			for i := range want {
				if math.Float32bits(scores[i]) != math.Float32bits(want[i]) {
					t.Fatalf("length %d, weight %d: %v, want %v", n, i, scores[i], want[i])
				}
			}
		}
	}
}

// A short ws leaves the scores past its end alone.
func TestAddDenseStopsAtTheShorter(t *testing.T) {
	scores := []float32{1, 1, 1, 1, 1, 1, 1, 1, 1, 1}
	addDense(scores, []float32{1, 1, 1})
	for i, s := range scores {
		if want := float32(1 + b2f(i < 3)); s != want {
			t.Errorf("score %d is %v, want %v", i, s, want)
		}
	}
}

func b2f(b bool) float32 {
	if b {
		return 1
	}
	return 0
}

// addDenseRows gives each score the bits Go's additions give adding the
// rows one after another, in order, for every length (rounds of 96, of
// 8, and the overlapping last eight lanes), and for runs of 0 to 5 rows
// anywhere in the weights.
func TestAddDenseRowsAddsLikeGo(t *testing.T) { checkRowsAddLikeGo(t) }

func checkRowsAddLikeGo(t *testing.T) {
	t.Helper()
	rng := rand.New(rand.NewPCG(5, 5))
	for n := range 220 {
		for range 20 {
			dense := make([]float32, 6*n+rng.IntN(3))
			for i := range dense {
				dense[i] = float32(rng.NormFloat64()) * float32(math.Pow(10, float64(rng.IntN(9)-4)))
			}
			offs := make([]uint32, rng.IntN(6))
			for i := range offs {
				offs[i] = uint32(rng.IntN(len(dense) - n + 1))
			}
			scores := make([]float32, n)
			for i := range scores {
				scores[i] = float32(rng.NormFloat64())
			}
			want := append([]float32(nil), scores...)
			for _, off := range offs {
				for i := range want {
					want[i] += dense[int(off)+i]
				}
			}
			addDenseRows(scores, dense, offs)
			for i := range want {
				if math.Float32bits(scores[i]) != math.Float32bits(want[i]) {
					t.Fatalf("length %d, %d rows, weight %d: %v, want %v", n, len(offs), i, scores[i], want[i])
				}
			}
		}
	}
}
