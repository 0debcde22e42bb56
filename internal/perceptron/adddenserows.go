package perceptron

// addDenseRowsGo adds the dense rows at offs to scores one row after
// another: addDenseRows where the vector path does not apply.
func addDenseRowsGo(scores, dense []float32, offs []uint32) {
	for _, off := range offs {
		addDense(scores, dense[off:int(off)+len(scores)])
	}
}
