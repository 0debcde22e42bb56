//go:build !amd64

package perceptron

// argMaxVector is -1: there is no vector path without assembly for the
// processor.
func argMaxVector(scores []float32) int { return -1 }
