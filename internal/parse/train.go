package parse

import (
	"github.com/newsgraph/newsgraph/internal/cluster"
	"math/rand/v2"
	"slices"

	"github.com/newsgraph/newsgraph/internal/perceptron"
)

// Sentence is a training sentence: words, POS tags, and gold heads (index
// of the head word, -1 for the root) and relations.
type Sentence struct {
	Words, Tags []string
	Heads       []int
	Rels        []string
}

// TrainOptions control training.
type TrainOptions struct {
	Iterations int
	Seed       uint64
	Seeds      int // above 1: train that many parsers, seeds Seed, Seed+1, …, and keep the mean of their weights
	Prune      float64
	Explore    float64 // from the second pass, follow the model's own wrong choice this often; default 0.9
	Clusters   *cluster.Clusters
	Progress   func(iteration int, accuracy float64)
}

// Train learns a parser with the dynamic oracle: at each step the model's
// best transition is compared with the best transition that loses no gold
// arc, and after the first pass the parser follows its own (possibly wrong)
// choice, so that it learns from the states its mistakes lead to.
func Train(sents []Sentence, opt TrainOptions) *Parser {
	if opt.Iterations <= 0 {
		opt.Iterations = 10
	}
	if opt.Explore == 0 {
		opt.Explore = 0.9
	}
	p := &Parser{Labels: labelSet(sents), Clusters: opt.Clusters}
	p.labelHashes = hashLabels(p.Labels)
	labelOf := map[string]int{}
	for i, l := range p.Labels {
		labelOf[l] = i
	}
	gold := make([]goldTree, len(sents))
	for i, s := range sents {
		gold[i] = newGoldTree(s, labelOf)
	}
	if opt.Seeds <= 1 {
		p.model = trainSeed(p, sents, gold, opt.Seed, opt).Model(opt.Prune)
		return p
	}
	// Parsers trained in different orders, exploring different mistakes,
	// disagree most where the data says least; the mean of their weights
	// is one linear model again, as fast as any of them.
	models := make([]*perceptron.Model, opt.Seeds)
	for k := range models {
		models[k] = trainSeed(p, sents, gold, opt.Seed+uint64(k), opt).Model(0)
	}
	p.model = perceptron.Average(models, opt.Prune)
	return p
}

// trainSeed makes opt.Iterations passes over sents, shuffled and
// exploring by seed.
func trainSeed(p *Parser, sents []Sentence, gold []goldTree, seed uint64, opt TrainOptions) *perceptron.Trainer {
	nClasses := 1 + 2*len(p.Labels)
	tr := perceptron.NewTrainer(nClasses)
	rng := rand.New(rand.NewPCG(seed, seed^0x632be59bd9b4e019))
	iteration := 0
	tr.Loop(len(sents), opt.Iterations, seed, 0x94d049bb133111eb, func(i int, learn perceptron.Learn) {
		explore := iteration > 0 && opt.Explore > 0
		trainSentence(tr, p, sents[i], gold[i], nClasses, learn, func() bool { return explore && rng.Float64() < opt.Explore })
	}, func(it int, acc float64) {
		iteration = it
		if opt.Progress != nil {
			opt.Progress(it, acc)
		}
	})
	return tr
}

// goldTree is a sentence's projectivised gold heads (the root as n) and
// label classes.
type goldTree struct {
	heads  []int
	labels []int
}

func newGoldTree(s Sentence, labelOf map[string]int) goldTree {
	n := len(s.Words)
	heads := make([]int, n+1)
	for i, h := range s.Heads {
		if h < 0 {
			h = n
		}
		heads[i] = h
	}
	heads[n] = -1
	projectivize(heads)
	g := goldTree{heads: heads, labels: make([]int, n)}
	for i, r := range s.Rels {
		g.labels[i] = labelOf[r]
	}
	return g
}

func trainSentence(tr *perceptron.Trainer, p *Parser, s Sentence, g goldTree, nClasses int, learn perceptron.Learn, explore func() bool) {
	sn := newSentence(s.Words, s.Tags, p.Clusters)
	st := newState(len(s.Words))
	feats := make([]uint64, 0, 96)
	scores := make([]float32, nClasses)
	allowed := make([]bool, nClasses)
	zeroCost := make([]bool, nClasses)
	for !st.done() {
		feats = extract(feats[:0], sn, st, p.labelHashes)
		allow(st, allowed)
		tr.Scores(feats, scores)
		pred := perceptron.Best(scores, allowed)
		for c := range zeroCost {
			zeroCost[c] = allowed[c] && isZeroCost(st, c, g)
		}
		best := perceptron.Best(scores, zeroCost)
		if !zeroCost[best] { // no transition is free: the tree was already lost; take any
			best = pred
		}
		learn(feats, best, pred)
		next := best
		if pred != best && explore() {
			next = pred
		}
		t, l := transition(next)
		st.apply(t, l)
	}
}

// isZeroCost: the transition loses no gold arc and, when it builds a gold
// arc, gives it the gold label.
func isZeroCost(st *state, c int, g goldTree) bool {
	t, l := transition(c)
	if st.cost(t, g.heads) > 0 {
		return false
	}
	switch t {
	case left:
		if s0 := st.s(0); g.heads[s0] == st.b {
			return l == g.labels[s0]
		}
	case right:
		if s0 := st.s(0); g.heads[s0] == st.s(1) {
			return l == g.labels[s0]
		}
	}
	return true
}

func labelSet(sents []Sentence) []string {
	seen := map[string]bool{}
	for _, s := range sents {
		for _, r := range s.Rels {
			seen[r] = true
		}
	}
	out := make([]string, 0, len(seen))
	for r := range seen {
		out = append(out, r)
	}
	slices.Sort(out)
	return out
}

// projectivize lifts arcs that cross another arc to the head's head until
// the tree has no crossing arcs. heads[n] is -1 (the root).
func projectivize(heads []int) {
	for {
		d := crossing(heads)
		if d < 0 {
			return
		}
		heads[d] = heads[heads[d]]
	}
}

// crossing returns a dependent whose arc crosses another (the shortest such
// arc first), or -1.
func crossing(heads []int) int {
	best, bestLen := -1, 1<<30
	for d, h := range heads {
		if h < 0 {
			continue
		}
		lo, hi := min(d, h), max(d, h)
		for k := lo + 1; k < hi; k++ {
			if kh := heads[k]; kh >= 0 && (kh < lo || kh > hi) {
				if hi-lo < bestLen {
					best, bestLen = d, hi-lo
				}
				break
			}
		}
	}
	return best
}
