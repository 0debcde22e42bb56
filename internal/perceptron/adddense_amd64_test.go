package perceptron

import "testing"

// The SSE path adds like Go too, on a processor that would take AVX.
func TestAddDenseSSEAddsLikeGo(t *testing.T) {
	defer func(avx bool) { hasAVX = avx }(hasAVX)
	hasAVX = false
	checkAddsLikeGo(t, addDense)
}
