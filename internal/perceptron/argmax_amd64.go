package perceptron

import "golang.org/x/sys/cpu"

// argMaxVector is ArgMax eight scores an instruction, for eight scores or
// more on a processor with AVX2, -1 otherwise (or when a score is NaN,
// which no weight makes). A parser's transition picks one of 103
// classes: one score at a time, picking cost about a tenth of the
// parser's instructions.
func argMaxVector(scores []float32) int {
	if !hasAVX2 || len(scores) < 8 {
		return -1
	}
	return argMaxAVX2(scores)
}

// hasAVX2 says whether argMaxVector has a vector path.
var hasAVX2 = cpu.X86.HasAVX2

//go:noescape
func argMaxAVX2(scores []float32) int
