package ner

import (
	"github.com/newsgraph/newsgraph/internal/cluster"
	"github.com/newsgraph/newsgraph/internal/intern"
	"github.com/newsgraph/newsgraph/internal/modelfile"
	"github.com/newsgraph/newsgraph/internal/perceptron"
)

// Tagger finds entities. It is read-only and safe for concurrent use.
type Tagger struct {
	Manifest *modelfile.Manifest
	Clusters *cluster.Clusters
	Names    *Names
	model    *perceptron.Model
}

// predictor is what decoding needs from a model or a trainer.
type predictor interface {
	Predict(feats []uint64, scores []float32, allowed []bool) int
}

// decode labels one sentence greedily under the BILOU constraints.
func decode(p predictor, s *sentence, doc *docState, feats []uint64, scores []float32, gold []int, learn func([]uint64, int, int)) []int {
	out := make([]int, len(s.words))
	mask := make([]bool, len(Labels))
	prev1, prev2 := 0, 0
	for i := range s.words {
		copy(mask, allowedAfter[prev1])
		if i == len(s.words)-1 {
			for c := range mask {
				mask[c] = mask[c] && atEnd[c]
			}
		}
		feats = s.extract(feats[:0], i, Labels[prev1], Labels[prev2], doc)
		c := p.Predict(feats, scores, mask)
		if learn != nil {
			learn(feats, gold[i], c)
		}
		out[i] = c
		prev2, prev1 = prev1, c
	}
	return out
}

// Document tags the sentences of one document (words and POS tags per
// sentence) and returns each sentence's entities.
func (t *Tagger) Document(words, pos [][]string) [][]Span {
	sents := make([]*sentence, len(words))
	in := intern.Strings{}
	for k := range words {
		sents[k] = newSentence(words[k], pos[k], t.Clusters, in)
		sents[k].findNames(t.Names, words[k], nil)
	}
	feats := make([]uint64, 0, 64)
	scores := make([]float32, len(Labels))
	out := runDocument(t.model, sents, newDocState(words), feats, scores, nil, nil)
	consistentTypes(words, pos, out)
	return out
}

// runDocument decodes every sentence in order, remembering entities as it
// goes; with gold and learn set it also trains.
func runDocument(p predictor, sents []*sentence, state *docState, feats []uint64, scores []float32,
	gold [][]Span, learn func([]uint64, int, int)) [][]Span {
	out := make([][]Span, len(sents))
	for k, s := range sents {
		var g []int
		if gold != nil {
			g = bilou(len(s.words), gold[k])
		}
		out[k] = repair(s, spansFromBILOU(decode(p, s, state, feats, scores, g, learn)))
		state.remember(s, out[k])
	}
	return out
}
