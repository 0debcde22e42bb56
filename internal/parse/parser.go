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
	sc := newScoring(len(words), 1+2*len(p.Labels))
	defer sc.done()
	for !st.done() {
		m := possible(st)
		if m == onlyShift {
			// An empty stack leaves nothing to choose: the scores would
			// be read for shift alone. About one transition in thirteen.
			st.apply(shift, 0)
			continue
		}
		t, l := transition(bestAllowed(sc.score(p, sn, st), m))
		st.apply(t, l)
	}
	return outputs(st, p.Labels)
}

// moves says which transitions a configuration allows, by transition
// (shift, left, right). Parsing picks its class through it rather than
// through a mask of every class, which took a tenth of the parser's time
// to fill and read for a hundred classes that share three answers.
type moves [3]bool

// onlyShift is the moves of a configuration whose stack is empty.
var onlyShift = moves{shift: true}

// possible is the transitions st allows. It forbids hanging a second
// word on the root: a sentence has one root in Universal Dependencies, and
// a second one cuts a clause off from what it governs ("The mine will
// close, said Mr. Berg": the parse would leave "said" a root of its own,
// beside what he said). Training leaves this to the gold trees, which
// never have two roots, so the constraint applies when parsing only and
// training is unchanged.
func possible(st *state) moves {
	m := moves{st.can(shift), st.can(left), st.can(right)}
	if st.b >= st.n && len(st.stack) >= 2 {
		m[left] = false
	}
	return m
}

// bestAllowed is perceptron.Best over the classes whose transition m
// allows: the highest score, ties to the lower class.
func bestAllowed(scores []float32, m moves) int {
	best := -1
	if m[shift] {
		best = 0
	}
	if m[left] && m[right] {
		// Both arcs allowed, as in most configurations: every class, or
		// every class after shift, in one run without a test of the move
		// per class.
		if best == 0 {
			return perceptron.ArgMax(scores)
		}
		return 1 + perceptron.ArgMax(scores[1:])
	}
	for c := 1; c+1 < len(scores); c += 2 {
		if m[left] && (best < 0 || scores[c] > scores[best]) {
			best = c
		}
		if m[right] && (best < 0 || scores[c+1] > scores[best]) {
			best = c + 1
		}
	}
	return max(best, 0)
}

// allow marks the classes whose transition is possible in st.
func allow(st *state, allowed []bool) {
	for c := range allowed {
		t, _ := transition(c)
		allowed[c] = st.can(t)
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
