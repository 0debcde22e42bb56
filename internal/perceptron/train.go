package perceptron

import (
	"math"
	"slices"
)

// Trainer learns a Model from examples, one update at a time. Weights are
// averaged over every update (the "averaged" perceptron), computed lazily:
// each weight remembers when it last changed.
type Trainer struct {
	n     int
	index map[uint64]int // feature -> first slot of its dense row
	w     []float32      // current weights
	total []float64      // sum of weights over time, up to stamp
	stamp []int32        // update count when the weight last changed
	steps int32          // examples seen
}

// NewTrainer returns a trainer for nClasses classes.
func NewTrainer(nClasses int) *Trainer {
	return &Trainer{n: nClasses, index: map[uint64]int{}}
}

// Scores computes the current (unaveraged) scores of feats into scores.
func (t *Trainer) Scores(feats []uint64, scores []float32) {
	clear(scores)
	for _, f := range feats {
		if base, ok := t.index[f]; ok {
			for c := 0; c < t.n; c++ {
				scores[c] += t.w[base+c]
			}
		}
	}
}

// Predict returns the current best class.
func (t *Trainer) Predict(feats []uint64, scores []float32, allowed []bool) int {
	t.Scores(feats, scores)
	return Best(scores, allowed)
}

// Update counts one example: when guess is wrong, the features' weights move
// toward truth and away from guess.
func (t *Trainer) Update(feats []uint64, truth, guess int) {
	t.steps++
	if truth == guess {
		return
	}
	for _, f := range feats {
		base := t.row(f)
		t.bump(base+truth, 1)
		t.bump(base+guess, -1)
	}
}

// UpdateBy adds delta to the weights of feats for one class, for learners
// (like a structured parser) that score updates themselves. Call Tick once
// per example.
func (t *Trainer) UpdateBy(feats []uint64, class int, delta float32) {
	for _, f := range feats {
		base := t.row(f)
		t.bump(base+class, delta)
	}
}

// Tick counts one example for UpdateBy users.
func (t *Trainer) Tick() { t.steps++ }

// row returns the first slot of f's dense row, adding the row if f is new.
func (t *Trainer) row(f uint64) int {
	base, ok := t.index[f]
	if !ok {
		base = len(t.w)
		t.index[f] = base
		t.w = append(t.w, make([]float32, t.n)...)
		t.total = append(t.total, make([]float64, t.n)...)
		t.stamp = append(t.stamp, make([]int32, t.n)...)
	}
	return base
}

func (t *Trainer) bump(k int, delta float32) {
	t.total[k] += float64(t.steps-t.stamp[k]) * float64(t.w[k])
	t.stamp[k] = t.steps
	t.w[k] += delta
}

// Model returns the averaged model, dropping weights whose magnitude is
// below prune (0 keeps every non-zero weight). Features are laid out in key
// order, so the same training gives the same bytes.
func (t *Trainer) Model(prune float64) *Model {
	keys := make([]uint64, 0, len(t.index))
	for f := range t.index {
		keys = append(keys, f)
	}
	steps := math.Max(float64(t.steps), 1)
	return compact(t.n, keys, func(f uint64, c int) float64 {
		k := t.index[f] + c
		return (t.total[k] + float64(t.steps-t.stamp[k])*float64(t.w[k])) / steps
	}, prune)
}

// compact lays out a model over keys, in key order so that the same
// weights give the same bytes, keeping each class's weight(key, class)
// whose magnitude reaches prune.
func compact(n int, keys []uint64, weight func(key uint64, class int) float64, prune float64) *Model {
	slices.Sort(keys)
	m := newModel(n, len(keys))
	var cls []uint16
	var ws []float32
	for _, f := range keys {
		cls, ws = cls[:0], ws[:0]
		for c := 0; c < n; c++ {
			if w := weight(f, c); w != 0 && math.Abs(w) >= prune {
				cls = append(cls, uint16(c))
				ws = append(ws, float32(w))
			}
		}
		if len(cls) > 0 {
			m.putRow(f, cls, ws)
		}
	}
	m.seal()
	return m
}
