package perceptron

// addDense adds ws to scores, weight by weight (up to the shorter's
// length). A dense row is about a hundred weights for the parser, and
// the parser adds tens of them per transition: four lanes at a time is
// the biggest single saving in prediction after the memory waits.
//
//go:noescape
func addDense(scores, ws []float32)
