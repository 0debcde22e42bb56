//go:build !amd64

package perceptron

// addDenseRows adds to scores the dense rows starting at offs, in order.
func addDenseRows(scores, dense []float32, offs []uint32) { addDenseRowsGo(scores, dense, offs) }
