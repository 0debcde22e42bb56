package perceptron

import "math/rand/v2"

// Learn counts one decision during training: the features, the gold class
// and the class predicted.
type Learn func(feats []uint64, truth, guess int)

// Loop makes iterations passes over n training examples, the first in
// order and each later one in an order shuffled by a generator seeded with
// (seed, stream), so the same inputs give the same model. visit decodes
// example i, calling learn for each decision; progress, if set, hears each
// pass's accuracy over those decisions.
func (t *Trainer) Loop(n, iterations int, seed, stream uint64, visit func(i int, learn Learn), progress func(iteration int, accuracy float64)) {
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(seed, seed^stream))
	for it := 0; it < iterations; it++ {
		correct, total := 0, 0
		learn := func(f []uint64, truth, guess int) {
			t.Update(f, truth, guess)
			total++
			if truth == guess {
				correct++
			}
		}
		for _, i := range order {
			visit(i, learn)
		}
		if progress != nil {
			progress(it+1, float64(correct)/float64(max(total, 1)))
		}
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
	}
}
