package perceptron

// Model is a trained, read-only perceptron. It is safe for concurrent use.
//
// Rows are stored compressed (CSR): feature f's row r = index[f] holds the
// classes classes[rowStart[r]:rowStart[r+1]] with their weights.
type Model struct {
	NClasses int
	index    *featureIndex
	rowStart []uint32
	classes  []uint16
	weights  []float32
}

// Features is the number of features with a row.
func (m *Model) Features() int { return m.index.len() }

// Score adds the weights of feats to scores, which must have NClasses
// entries.
func (m *Model) Score(feats []uint64, scores []float32) {
	for _, f := range feats {
		r, ok := m.index.get(f)
		if !ok {
			continue
		}
		lo, hi := m.rowStart[r], m.rowStart[r+1]
		cls, ws := m.classes[lo:hi], m.weights[lo:hi]
		ws = ws[:len(cls)] // one bounds check for the loop, not one per weight
		for j, c := range cls {
			scores[c] += ws[j]
		}
	}
}

// Predict returns the best class for feats among those allowed (all when
// allowed is nil). scores is scratch space of NClasses entries. Ties go to
// the lower class index, so prediction is deterministic.
func (m *Model) Predict(feats []uint64, scores []float32, allowed []bool) int {
	clear(scores)
	m.Score(feats, scores)
	return Best(scores, allowed)
}

// Best returns the index of the highest score among those allowed.
func Best(scores []float32, allowed []bool) int {
	best := -1
	for c, s := range scores {
		if allowed != nil && !allowed[c] {
			continue
		}
		if best < 0 || s > scores[best] {
			best = c
		}
	}
	return max(best, 0)
}
