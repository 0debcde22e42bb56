package eval

// PRF is precision, recall and F1 as fractions.
type PRF struct {
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

// Counts turns true positives and the sizes of the predicted and gold sets
// into a PRF.
func Counts(tp, predicted, gold int) PRF {
	var p PRF
	if predicted > 0 {
		p.Precision = float64(tp) / float64(predicted)
	}
	if gold > 0 {
		p.Recall = float64(tp) / float64(gold)
	}
	p.F1 = harmonic(p.Precision, p.Recall)
	return p
}

func harmonic(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}
