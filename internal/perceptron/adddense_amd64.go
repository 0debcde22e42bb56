package perceptron

import "golang.org/x/sys/cpu"

// addDense adds ws to scores, weight by weight (up to the shorter's
// length). A dense row is about a hundred weights for the parser, and
// the parser adds tens of them per transition: many lanes at a time is
// the biggest single saving in prediction after the memory waits. AVX
// adds eight weights an instruction where the processor has it (every
// amd64 of the last decade), SSE2 four elsewhere.
//
//go:noescape
func addDense(scores, ws []float32)

// hasAVX says which path addDense takes (a byte, for the assembly).
var hasAVX = cpu.X86.HasAVX
