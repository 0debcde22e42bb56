package perceptron

// ArgMax returns the index of the highest of scores, the first of equals:
// Best with every class allowed. It is 0 for no scores.
func ArgMax(scores []float32) int {
	if i := argMaxVector(scores); i >= 0 {
		return i
	}
	return argMaxGo(scores)
}

// argMaxGo is ArgMax one score at a time.
func argMaxGo(scores []float32) int {
	best := 0
	for c, s := range scores {
		if s > scores[best] {
			best = c
		}
	}
	return best
}
