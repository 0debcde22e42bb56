package perceptron

// addDenseRows adds to scores the dense rows starting at offs, in order:
// dense[off:off+len(scores)] for each off. With AVX and eight scores or
// more, the scores stay in registers across the rows (addDenseRowsAVX)
// instead of being loaded and stored once a row: a parser transition
// adds some forty rows of 103 weights.
// The caller has checked that every row lies inside dense.
func addDenseRows(scores, dense []float32, offs []uint32) {
	if !hasAVX || len(scores) < 8 {
		addDenseRowsGo(scores, dense, offs)
		return
	}
	addDenseRowsAVX(scores, dense, offs)
}

//go:noescape
func addDenseRowsAVX(scores, dense []float32, offs []uint32)
