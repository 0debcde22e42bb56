package perceptron

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestArgMaxIsTheFirstHighest checks ArgMax against a scan of one score at
// a time, for every length up to past two rounds of eight lanes, with the
// highest score placed anywhere, repeated (the first must win), or among
// scores of few distinct values, zeros of both signs included.
func TestArgMaxIsTheFirstHighest(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	negZero := float32(math.Copysign(0, -1))
	for n := 1; n <= 40; n++ {
		for trial := range 300 {
			s := make([]float32, n)
			for i := range s {
				switch trial % 3 {
				case 0:
					s[i] = r.Float32()*20 - 10
				case 1:
					s[i] = float32(r.IntN(3))
				default:
					s[i] = []float32{0, negZero, -1}[r.IntN(3)]
				}
			}
			want := -1
			for c := range s {
				if want < 0 || s[c] > s[want] {
					want = c
				}
			}
			if got := ArgMax(s); got != want {
				t.Fatalf("%v: ArgMax %d, the first highest is %d", s, got, want)
			}
		}
	}
}

func TestArgMaxOfNothingIsZero(t *testing.T) {
	if got := ArgMax(nil); got != 0 {
		t.Fatalf("ArgMax(nil) = %d", got)
	}
}
