package parse

import (
	"github.com/newsgraph/newsgraph/internal/cluster"
	"github.com/newsgraph/newsgraph/internal/modelfile"
	"github.com/newsgraph/newsgraph/internal/perceptron"
)

// Parser assigns heads and relations. It is read-only and safe for
// concurrent use.
type Parser struct {
	Labels   []string // relation names; classes are shift, then left-l, right-l per label
	Manifest *modelfile.Manifest
	Clusters *cluster.Clusters
	model    *perceptron.Model

	labelHashes []uint64 // Labels hashed, for features
}

// Classes: 0 is shift; 1+2l is left with label l, 2+2l right with label l.
func transition(c int) (t, label int) {
	if c == 0 {
		return shift, 0
	}
	return left + (c-1)%2, (c - 1) / 2
}

// Parse returns each word's head (an index into words, -1 for the root)
// and relation.
func (p *Parser) Parse(words, tags []string) ([]int, []string) {
	sn := newSentence(words, tags, p.Clusters)
	st := newState(len(words))
	feats := make([]uint64, 0, 96)
	scores := make([]float32, 1+2*len(p.Labels))
	allowed := make([]bool, len(scores))
	for !st.done() {
		feats = extract(feats[:0], sn, st, p.labelHashes)
		allow(st, allowed)
		oneRoot(st, allowed)
		t, l := transition(p.model.Predict(feats, scores, allowed))
		st.apply(t, l)
	}
	return outputs(st, p.Labels)
}

// allow marks the classes whose transition is possible in st.
func allow(st *state, allowed []bool) {
	for c := range allowed {
		t, _ := transition(c)
		allowed[c] = st.can(t)
	}
}

// oneRoot forbids hanging a second word on the root: a sentence has one
// root in Universal Dependencies, and a second one cuts a clause off from
// what it governs ("The mine will close, said Mr. Berg": the parse
// would leave "said" a root of its own, beside what he said). Training
// leaves this to the gold trees, which never have two roots, so the
// constraint applies when parsing only and training is unchanged.
func oneRoot(st *state, allowed []bool) {
	if st.b < st.n || len(st.stack) < 2 {
		return
	}
	for c := range allowed {
		if t, _ := transition(c); t == left {
			allowed[c] = false
		}
	}
}

func outputs(st *state, labels []string) ([]int, []string) {
	heads := make([]int, st.n)
	rels := make([]string, st.n)
	for i := 0; i < st.n; i++ {
		heads[i] = st.heads[i]
		if heads[i] == st.n {
			heads[i] = -1
		}
		rels[i] = labels[st.labels[i]]
	}
	return heads, rels
}
