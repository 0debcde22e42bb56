package parse

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/affix"
	"github.com/newsgraph/newsgraph/internal/cluster"
	"github.com/newsgraph/newsgraph/internal/perceptron"
)

// FeatureSet versions the parser's features.
const FeatureSet = "parse-features.v1"

// sentence is what features read: lower-cased words and POS tags, with the
// root (index n) as "<root>".
type sentence struct {
	words []string
	tags  []string
	cl    []int // word clusters, -1 for none
}

func newSentence(words, tags []string, clusters *cluster.Clusters) *sentence {
	s := &sentence{words: make([]string, len(words)+1), tags: make([]string, len(tags)+1), cl: make([]int, len(words)+1)}
	for i, w := range words {
		s.words[i] = strings.ToLower(w)
		s.tags[i] = tags[i]
		s.cl[i] = -1
		if f, _, ok := clusters.Lookup(w); ok {
			s.cl[i] = f
		}
	}
	n := len(words)
	s.words[n], s.tags[n], s.cl[n] = "<root>", "<root>", -3
	return s
}

func (s *sentence) c(i int) int {
	if i < 0 {
		return -2
	}
	return s.cl[i]
}

func (s *sentence) w(i int) string {
	if i < 0 {
		return "<none>"
	}
	return s.words[i]
}

func (s *sentence) p(i int) string {
	if i < 0 {
		return "<none>"
	}
	return s.tags[i]
}

const (
	fS0w uint8 = iota
	fS0p
	fS0wp
	fS1w
	fS1p
	fS1wp
	fS2p
	fB0w
	fB0p
	fB0wp
	fB1w
	fB1p
	fB2p
	fS0wB0w
	fS0pB0p
	fS0wpB0p
	fS0pB0wp
	fS0pB0pB1p
	fS1pS0pB0p
	fS1pS0p
	fS1wS0w
	fS0Children
	fS1Children
	fB0Children
	fDistance
	fValency
	fSuffix
	fBias
	fS2pS1pS0p
	fCluster
	fB0wB1w
	fS0rcw
)

// extract appends the features of configuration st.
func extract(dst []uint64, sn *sentence, st *state, labelNames []string) []uint64 {
	h := perceptron.New
	s0, s1, s2 := st.s(0), st.s(1), st.s(2)
	b0, b1, b2 := st.buf(0), st.buf(1), st.buf(2)
	lab := func(i int) string {
		if i < 0 || st.heads[i] < 0 {
			return "<none>"
		}
		return labelNames[st.labels[i]]
	}
	child := func(arr []int, i int) int {
		if i < 0 {
			return -1
		}
		return arr[i]
	}
	s0l, s0r, s1r, b0l := child(st.lc, s0), child(st.rc, s0), child(st.rc, s1), child(st.lc, b0)
	dist := 0
	if s0 >= 0 && b0 >= 0 {
		dist = min(b0-s0, 6)
	}
	nl, nr := 0, 0
	if s0 >= 0 {
		nl, nr = min(st.nl[s0], 3), min(st.nr[s0], 3)
	}
	return append(dst,
		h(fBias).Key(),
		h(fS0w).Str(sn.w(s0)).Key(), h(fS0p).Str(sn.p(s0)).Key(), h(fS0wp).Str(sn.w(s0)).Str(sn.p(s0)).Key(),
		h(fS1w).Str(sn.w(s1)).Key(), h(fS1p).Str(sn.p(s1)).Key(), h(fS1wp).Str(sn.w(s1)).Str(sn.p(s1)).Key(),
		h(fS2p).Str(sn.p(s2)).Key(),
		h(fB0w).Str(sn.w(b0)).Key(), h(fB0p).Str(sn.p(b0)).Key(), h(fB0wp).Str(sn.w(b0)).Str(sn.p(b0)).Key(),
		h(fB1w).Str(sn.w(b1)).Key(), h(fB1p).Str(sn.p(b1)).Key(), h(fB2p).Str(sn.p(b2)).Key(),
		h(fS0wB0w).Str(sn.w(s0)).Str(sn.w(b0)).Key(),
		h(fS0pB0p).Str(sn.p(s0)).Str(sn.p(b0)).Key(),
		h(fS0wpB0p).Str(sn.w(s0)).Str(sn.p(s0)).Str(sn.p(b0)).Key(),
		h(fS0pB0wp).Str(sn.p(s0)).Str(sn.w(b0)).Str(sn.p(b0)).Key(),
		h(fS0pB0pB1p).Str(sn.p(s0)).Str(sn.p(b0)).Str(sn.p(b1)).Key(),
		h(fS1pS0pB0p).Str(sn.p(s1)).Str(sn.p(s0)).Str(sn.p(b0)).Key(),
		h(fS2pS1pS0p).Str(sn.p(s2)).Str(sn.p(s1)).Str(sn.p(s0)).Key(),
		h(fS1pS0p).Str(sn.p(s1)).Str(sn.p(s0)).Key(),
		h(fS1wS0w).Str(sn.w(s1)).Str(sn.w(s0)).Key(),
		h(fS0Children).Str(sn.p(s0)).Str(sn.p(s0l)).Str(lab(s0l)).Str(sn.p(s0r)).Str(lab(s0r)).Key(),
		h(fS0Children).Int(1).Str(sn.p(s0)).Str(lab(s0l)).Key(),
		h(fS0Children).Int(2).Str(sn.p(s0)).Str(lab(s0r)).Key(),
		h(fS1Children).Str(sn.p(s1)).Str(sn.p(s1r)).Str(lab(s1r)).Str(sn.p(s0)).Key(),
		h(fB0Children).Str(sn.p(b0)).Str(sn.p(b0l)).Str(lab(b0l)).Key(),
		h(fDistance).Int(dist).Str(sn.p(s0)).Str(sn.p(b0)).Key(),
		h(fDistance).Int(dist).Str(sn.w(s0)).Str(sn.w(b0)).Key(),
		h(fValency).Int(nl).Int(nr).Str(sn.w(s0)).Key(),
		h(fValency).Int(nl).Int(nr).Str(sn.p(s0)).Key(),
		h(fSuffix).Str(affix.Suffix(sn.w(b0), 3)).Str(sn.p(s0)).Key(),
		h(fSuffix).Int(1).Str(affix.Suffix(sn.w(s0), 3)).Str(sn.p(b0)).Key(),
		h(fCluster).Int(sn.c(s0)).Str(sn.p(b0)).Key(),
		h(fCluster).Int(1).Int(sn.c(b0)).Str(sn.p(s0)).Key(),
		h(fCluster).Int(2).Int(sn.c(s0)).Int(sn.c(b0)).Key(),
		h(fCluster).Int(3).Int(sn.c(s1)).Str(sn.p(s0)).Key(),
		h(fB0wB1w).Str(sn.w(b0)).Str(sn.w(b1)).Key(),
		h(fS0rcw).Str(sn.w(s0r)).Str(sn.p(s0)).Key(),
	)
}
