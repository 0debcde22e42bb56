package ner

import (
	"github.com/newsgraph/newsgraph/internal/cluster"
	"math/rand/v2"

	"github.com/newsgraph/newsgraph/internal/perceptron"
)

// Document is a training document: sentences of words, POS tags and gold
// entities.
type Document struct {
	Words [][]string
	POS   [][]string
	Spans [][]Span
}

// TrainOptions control training.
type TrainOptions struct {
	Iterations int
	Seed       uint64
	Prune      float64
	Clusters   *cluster.Clusters
	Progress   func(iteration int, tokenAccuracy float64)
}

// Train learns a tagger. Documents are shuffled each pass with the seed;
// the same data and options give the same model.
func Train(docs []Document, opt TrainOptions) *Tagger {
	if opt.Iterations <= 0 {
		opt.Iterations = 10
	}
	names := LearnNames(docs)
	exclude := make([]map[string][]int, len(docs))
	for i, d := range docs {
		exclude[i] = docNames(d)
	}
	tr := perceptron.NewTrainer(len(Labels))
	order := make([]int, len(docs))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(opt.Seed, opt.Seed^0x5851f42d4c957f2d))
	feats := make([]uint64, 0, 64)
	scores := make([]float32, len(Labels))
	for it := 0; it < opt.Iterations; it++ {
		correct, total := 0, 0
		learn := func(f []uint64, truth, guess int) {
			tr.Update(f, truth, guess)
			total++
			if truth == guess {
				correct++
			}
		}
		for _, di := range order {
			d := docs[di]
			sents := make([]*sentence, len(d.Words))
			for k := range d.Words {
				sents[k] = newSentence(d.Words[k], d.POS[k], opt.Clusters)
				sents[k].names = names.lookup(d.Words[k], exclude[di])
			}
			runDocument(tr, sents, newDocState(d.Words), feats, scores, d.Spans, learn)
		}
		if opt.Progress != nil {
			opt.Progress(it+1, float64(correct)/float64(max(total, 1)))
		}
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
	}
	return &Tagger{model: tr.Model(opt.Prune), Clusters: opt.Clusters, Names: names}
}
