package perceptron

import (
	"math"
	"slices"
)

// Average returns the model whose weights are the mean of models' (all of
// NClasses classes), dropping mean weights whose magnitude is below prune.
// Models trained on the same data in different orders disagree most where
// the data says least; their mean is a steadier model than any one of
// them, and scores as fast, being one linear model again.
func Average(models []*Model, prune float64) *Model {
	n := models[0].NClasses
	sums := map[uint64][]float64{}
	for _, m := range models {
		m.index.each(func(k uint64, r uint32) {
			row := sums[k]
			if row == nil {
				row = make([]float64, n)
				sums[k] = row
			}
			for j := m.rowStart[r]; j < m.rowStart[r+1]; j++ {
				row[m.classes[j]] += float64(m.weights[j])
			}
		})
	}
	keys := make([]uint64, 0, len(sums))
	for k := range sums {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	out := &Model{NClasses: n, index: newFeatureIndex(len(keys)), rowStart: []uint32{0}}
	for _, k := range keys {
		start := len(out.classes)
		for c, w := range sums[k] {
			if mean := w / float64(len(models)); mean != 0 && math.Abs(mean) >= prune {
				out.classes = append(out.classes, uint16(c))
				out.weights = append(out.weights, float32(mean))
			}
		}
		if len(out.classes) > start {
			out.index.put(k, uint32(len(out.rowStart)-1))
			out.rowStart = append(out.rowStart, uint32(len(out.classes)))
		}
	}
	return out
}
