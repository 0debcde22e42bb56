package perceptron

// Average returns the model whose weights are the mean of models' (all of
// NClasses classes), dropping mean weights whose magnitude is below prune.
// Models trained on the same data in different orders disagree most where
// the data says least; their mean is a steadier model than any one of
// them, and scores as fast, being one linear model again.
//
// The models must have been made in this process (by Trainer.Model): a
// model read from an image keeps fingerprints of its features, not the
// features.
func Average(models []*Model, prune float64) *Model {
	n := models[0].NClasses
	sums := map[uint64][]float64{}
	for _, m := range models {
		if m.keys == nil {
			panic("perceptron: Average of a model read from an image")
		}
		m.keys.each(func(k uint64, r row) {
			sum := sums[k]
			if sum == nil {
				sum = make([]float64, n)
				sums[k] = sum
			}
			m.eachWeight(r, func(c int, w float32) { sum[c] += float64(w) })
		})
	}
	keys := make([]uint64, 0, len(sums))
	for k := range sums {
		keys = append(keys, k)
	}
	return compact(n, keys, func(k uint64, c int) float64 { return sums[k][c] / float64(len(models)) }, prune)
}
