package view

// The models of attribution (cue classifier, keeper, boundaries, the BIO
// tagger) fold numbers into the same few feature values.

// B2I is 1 for true, 0 for false.
func B2I(b bool) int {
	if b {
		return 1
	}
	return 0
}

// Bucket folds a distance into a few classes; 99 stands for none.
func Bucket(d int) int {
	switch {
	case d == 99:
		return 99
	case d > 3:
		return 4 + min(d/8, 3)
	case d < -3:
		return -4 - min(-d/8, 3)
	}
	return d
}

// Clip bounds a difference to [-5, 5].
func Clip(d int) int { return max(-5, min(5, d)) }

// Abs is |x|.
func Abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
