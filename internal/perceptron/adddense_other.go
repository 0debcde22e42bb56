//go:build !amd64

package perceptron

// addDense adds ws to scores, weight by weight (up to the shorter's
// length), four at a time: the adds are independent, and unrolled they
// keep the processor's adders busy.
func addDense(scores, ws []float32) {
	n := min(len(scores), len(ws))
	scores, ws = scores[:n], ws[:n]
	i := 0
	for ; i+4 <= n; i += 4 {
		s, w := scores[i:i+4:i+4], ws[i:i+4:i+4]
		s[0] += w[0]
		s[1] += w[1]
		s[2] += w[2]
		s[3] += w[3]
	}
	for ; i < n; i++ {
		scores[i] += ws[i]
	}
}
