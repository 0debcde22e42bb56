package ner

import (
	"github.com/newsgraph/newsgraph/internal/cluster"
	"github.com/newsgraph/newsgraph/internal/intern"
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
	feats := make([]uint64, 0, 64)
	scores := make([]float32, len(Labels))
	tr.Loop(len(docs), opt.Iterations, opt.Seed, 0x5851f42d4c957f2d, func(di int, learn perceptron.Learn) {
		d := docs[di]
		sents := make([]*sentence, len(d.Words))
		in := intern.Strings{}
		for k := range d.Words {
			sents[k] = newSentence(d.Words[k], d.POS[k], opt.Clusters, in)
			sents[k].findNames(names, d.Words[k], exclude[di])
		}
		runDocument(tr, sents, newDocState(d.Words), feats, scores, d.Spans, learn)
	}, opt.Progress)
	return &Tagger{model: tr.Model(opt.Prune), Clusters: opt.Clusters, Names: names}
}
