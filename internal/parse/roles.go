package parse

import (
	"sync"

	"github.com/newsgraph/newsgraph/internal/perceptron"
)

// Roles are the positions of a configuration whose features read one
// word alone: its word, tag (and label, for a child), under the role's
// templates. A word keeps its features in a role for the whole sentence
// (a child's label is fixed once it is attached), so the sum of their
// rows is looked up the first time the word takes the role and kept: the
// word on top of the stack is there for several transitions, a word
// returns to a role it held, and a child slot is empty ("<none>") in most
// configurations. Of a transition's 83 look-ups about a quarter are
// answered this way (EWT dev: the roles' words recur 46–89% of the time).
const (
	rBias = iota // the bias, one vector a sentence
	rS0
	rS1
	rS2
	rB0
	rB1
	rB2
	rS0l
	rS0r
	rB0l
	rS0l2
	rS0r2
	rB0l2
	nRoles
)

// roleWords is the word in each role of st, -1 where there is none.
func roleWords(st *state) [nRoles]int {
	s0, b0 := st.s(0), st.buf(0)
	at := st.child
	return [nRoles]int{
		rBias: -1,
		rS0:   s0, rS1: st.s(1), rS2: st.s(2),
		rB0: b0, rB1: st.buf(1), rB2: st.buf(2),
		rS0l: at(st.lc, s0), rS0r: at(st.rc, s0), rB0l: at(st.lc, b0),
		rS0l2: at(st.lc2, s0), rS0r2: at(st.rc2, s0), rB0l2: at(st.lc2, b0),
	}
}

// roleKeys appends the keys of role r's features for word i, as extract
// lists them.
func roleKeys(dst []uint64, r int, sn *sentence, st *state, i int, labelHashes []uint64) []uint64 {
	w, p := get(sn.w, i), get(sn.p, i)
	lab := noneHash
	if i >= 0 && st.heads[i] >= 0 {
		lab = labelHashes[st.labels[i]]
	}
	switch r {
	case rBias:
		return append(dst, k0(fBias))
	case rS0:
		return append(dst, k1(fS0w, w), k1(fS0p, p), k2(fS0wp, w, p))
	case rS1:
		return append(dst, k1(fS1w, w), k1(fS1p, p), k2(fS1wp, w, p))
	case rS2:
		return append(dst, k1(fS2p, p))
	case rB0:
		return append(dst, k1(fB0w, w), k1(fB0p, p), k2(fB0wp, w, p))
	case rB1:
		return append(dst, k1(fB1w, w), k1(fB1p, p), k2(fB1wp, w, p))
	case rB2:
		return append(dst, k1(fB2w, w), k1(fB2p, p))
	case rS0l:
		return append(dst, k1(fS0lw, w), k1(fS0lp, p), k1(fS0ll, lab))
	case rS0r:
		return append(dst, k1(fS0rw, w), k1(fS0rp, p), k1(fS0rl, lab))
	case rB0l:
		return append(dst, k1(fB0lw, w), k1(fB0lp, p), k1(fB0ll, lab))
	case rS0l2:
		return append(dst, k1(fS0l2w, w), k1(fS0l2p, p), k1(fS0l2l, lab))
	case rS0r2:
		return append(dst, k1(fS0r2w, w), k1(fS0r2p, p), k1(fS0r2l, lab))
	case rB0l2:
		return append(dst, k1(fB0l2w, w), k1(fB0l2p, p), k1(fB0l2l, lab))
	}
	return dst
}

// scoring scores a sentence's configurations: the features of the roles
// from the vectors kept, the rest looked up. One is kept from sentence to
// sentence (scorings), so that its arrays are not made anew.
type scoring struct {
	// at[r*(n+2)+i+1] is the offset in vs of the summed rows of role r
	// for word i (-1 for none), or -1 before the sentence has met them.
	at     []int32
	vs     []float32
	nc     int // classes
	scores []float32
	feats  []uint64
	// ends and dsts cut feats into the parts perceptron.ScoreParts adds
	// up: the rest's features into scores, then each new role vector's.
	ends  [perceptron.MaxParts]int
	dsts  [perceptron.MaxParts][]float32
	known []uint32 // offsets in vs of the vectors kept that st's roles use
	fresh []uint32 // and of those made for this configuration
	// addKnown adds the known vectors to scores: made once, as a closure
	// made per call would be allocated per call.
	addKnown func()
}

var scorings = sync.Pool{New: func() any {
	s := &scoring{feats: make([]uint64, 0, 96), known: make([]uint32, 0, nRoles), fresh: make([]uint32, 0, nRoles)}
	s.addKnown = func() { perceptron.AddVectors(s.scores, s.vs, s.known) }
	return s
}}

// newScoring is a scoring for a sentence of n words and nc classes; give
// it back with done.
func newScoring(n, nc int) *scoring {
	s := scorings.Get().(*scoring)
	s.at = s.at[:0]
	for range nRoles * (n + 2) {
		s.at = append(s.at, -1)
	}
	s.vs = s.vs[:0]
	s.nc = nc
	if cap(s.scores) < nc {
		s.scores = make([]float32, nc)
	}
	s.scores = s.scores[:nc]
	return s
}

func (s *scoring) done() { scorings.Put(s) }

// score returns the classes' scores in configuration st (valid until the
// next call). The vectors kept are added while the look-ups wait on
// memory; the sums differ from extract's order only in rounding, and the
// parses are the same (EWT train and dev, every sentence:
// TestRoleVectorsParseAsEveryFeatureScored).
func (s *scoring) score(p *Parser, sn *sentence, st *state) []float32 {
	s.feats = extractRest(s.feats[:0], sn, st)
	clear(s.scores)
	s.ends[0], s.dsts[0] = len(s.feats), s.scores
	parts := 1
	s.known, s.fresh = s.known[:0], s.fresh[:0]
	for r, i := range roleWords(st) {
		k := r*(st.n+2) + i + 1
		if s.at[k] >= 0 {
			s.known = append(s.known, uint32(s.at[k]))
			continue
		}
		s.at[k] = int32(len(s.vs) + len(s.fresh)*s.nc)
		s.fresh = append(s.fresh, uint32(s.at[k]))
		s.feats = roleKeys(s.feats, r, sn, st, i, p.labelHashes)
		s.ends[parts] = len(s.feats)
		parts++
	}
	// The new vectors' room is made before any is sliced: growing vs
	// moves it.
	at := len(s.vs)
	s.vs = append(s.vs, make([]float32, len(s.fresh)*s.nc)...)
	for g := 1; g < parts; g++ {
		s.dsts[g] = s.vs[at+(g-1)*s.nc:]
	}
	p.model.ScoreParts(s.feats, s.ends[:parts], s.dsts[:parts], s.addKnown)
	perceptron.AddVectors(s.scores, s.vs, s.fresh)
	return s.scores
}
