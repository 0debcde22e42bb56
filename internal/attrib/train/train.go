// Package train holds what the attribution models share in training:
// documents annotated with gold spans, the options every learner takes,
// and the two-class perceptron loop the cue classifier and the keeper
// are trained with.
package train

import (
	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/perceptron"
)

// Doc is an annotated document: analysed through tagging, parsing and
// entities (not attribution), with its gold role spans.
type Doc struct {
	Doc   *newsgraph.Doc
	Spans []RoleSpan
}

// RoleSpan is a gold span of one role, in byte offsets of the Doc's text.
type RoleSpan struct {
	Role        string // "source", "cue", "content"
	Fragments   []newsgraph.Span
	Attribution int // which gold attribution it belongs to, from 1; 0 when unknown
}

// Options control training.
type Options struct {
	Iterations int
	Seed       uint64
	// Seeds, when above 1, trains that many models, shuffled by seeds
	// Seed, Seed+1, …, and keeps the mean of their weights (perceptron.Average):
	// one model is as much its shuffling as its data.
	Seeds    int
	Prune    float64
	Progress func(iteration int, tokenAccuracy float64)
}

// Binary learns a two-class perceptron over n examples, example(k)
// giving the features and class of the k'th; stream keeps each learner's
// shuffling its own.
func Binary(n int, example func(k int) ([]uint64, int), stream uint64, opt Options) *perceptron.Model {
	return OverSeeds(opt, func(seed uint64) *perceptron.Trainer {
		tr := perceptron.NewTrainer(2)
		scores := make([]float32, 2)
		tr.Loop(n, max(opt.Iterations, 1), seed, stream, func(k int, learn perceptron.Learn) {
			f, class := example(k)
			learn(f, class, tr.Predict(f, scores, nil))
		}, opt.Progress)
		return tr
	})
}

// OverSeeds trains with each of opt's seeds and returns the mean model,
// pruned as opt says.
func OverSeeds(opt Options, train func(seed uint64) *perceptron.Trainer) *perceptron.Model {
	if opt.Seeds <= 1 {
		return train(opt.Seed).Model(opt.Prune)
	}
	models := make([]*perceptron.Model, opt.Seeds)
	for i := range models {
		models[i] = train(opt.Seed + uint64(i)).Model(0)
	}
	return perceptron.Average(models, opt.Prune)
}

// GoldCueTokens marks the tokens a gold cue span covers.
func GoldCueTokens(td Doc) []bool {
	in := make([]bool, len(td.Doc.Tokens))
	for _, s := range td.Spans {
		if s.Role != "cue" {
			continue
		}
		for _, f := range s.Fragments {
			for i, t := range td.Doc.Tokens {
				if t.Start < f.End && f.Start < t.End {
					in[i] = true
				}
			}
		}
	}
	return in
}
