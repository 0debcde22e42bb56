package perceptron

import "testing"

// The SSE path adds like Go too, on a processor that would take AVX.
func TestAddDenseSSEAddsLikeGo(t *testing.T) {
	defer func(avx bool) { hasAVX = avx }(hasAVX)
	hasAVX = false
	checkAddsLikeGo(t, addDense)
}

// Without AVX, addDenseRows adds row by row, and the same bits.
func TestAddDenseRowsSSEAddsLikeGo(t *testing.T) {
	defer func(avx bool) { hasAVX = avx }(hasAVX)
	hasAVX = false
	checkRowsAddLikeGo(t)
}
