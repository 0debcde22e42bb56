package parse

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/affix"
	"github.com/newsgraph/newsgraph/internal/cluster"
	"github.com/newsgraph/newsgraph/internal/perceptron"
)

// FeatureSet versions the parser's features.
//
// v2 adds Zhang & Nivre's (2011) "rich non-local features", read off the
// arc-hybrid configuration: words of the stack's and buffer's children, the
// second-leftmost/rightmost children (third-order), the label sets of each
// side, and distance and valency combined with words. With them the greedy
// parser gained about two points of attachment on EWT dev.
const FeatureSet = "parse-features.v2"

// sentence is what features read, hashed once per word: lower-cased word,
// POS tag, word cluster and 3-letter suffix; index n is the root.
type sentence struct {
	w, p, c, sfx []uint64
}

// Sentinel values for the positions a configuration does not have.
var (
	noneHash = perceptron.StrHash("<none>")
	rootHash = perceptron.StrHash("<root>")
)

func newSentence(words, tags []string, clusters *cluster.Clusters) *sentence {
	n := len(words)
	s := &sentence{w: make([]uint64, n+1), p: make([]uint64, n+1), c: make([]uint64, n+1), sfx: make([]uint64, n+1)}
	for i, w := range words {
		lw := strings.ToLower(w)
		s.w[i] = perceptron.StrHash(lw)
		s.p[i] = perceptron.StrHash(tags[i])
		s.sfx[i] = perceptron.StrHash(affix.Suffix(lw, 3))
		s.c[i] = noneHash
		if f, _, ok := clusters.Lookup(w); ok {
			s.c[i] = uint64(f)
		}
	}
	s.w[n], s.p[n], s.c[n], s.sfx[n] = rootHash, rootHash, rootHash, rootHash
	return s
}

func get(a []uint64, i int) uint64 {
	if i < 0 {
		return noneHash
	}
	return a[i]
}

// Templates. Each names the configuration positions it reads: s0 is the
// stack's top, b0 the buffer's front, l/r a word's leftmost/rightmost child
// so far, l2/r2 the second ones, d the s0–b0 distance, v valency, ls/rs the
// set of left/right children's labels.
const (
	fBias uint8 = iota
	fS0w
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
	fB1wp
	fB2w
	fB2p
	fS0wpB0wp
	fS0wpB0w
	fS0wB0wp
	fS0wpB0p
	fS0pB0wp
	fS0wB0w
	fS0pB0p
	fB0pB1p
	fB0pB1pB2p
	fS0pB0pB1p
	fS1pS0pB0p
	fS2pS1pS0p
	fS1pS0p
	fS1wS0w
	fS1wpS0p
	fS1pS0wp
	fB0wB1w
	fS0pS0lpB0p
	fS0pS0rpB0p
	fS0pB0pB0lp
	fS1pS1rpS0p
	fS0wd
	fS0pd
	fB0wd
	fB0pd
	fS0wB0wd
	fS0pB0pd
	fS0wvr
	fS0pvr
	fS0wvl
	fS0pvl
	fB0wvl
	fB0pvl
	fS0lw
	fS0lp
	fS0ll
	fS0rw
	fS0rp
	fS0rl
	fB0lw
	fB0lp
	fB0ll
	fS0l2w
	fS0l2p
	fS0l2l
	fS0r2w
	fS0r2p
	fS0r2l
	fB0l2w
	fB0l2p
	fB0l2l
	fS0pS0lpS0l2p
	fS0pS0rpS0r2p
	fB0pB0lpB0l2p
	fS0wsr
	fS0psr
	fS0wsl
	fS0psl
	fB0wsl
	fB0psl
	fS0sfxB0p
	fS0pB0sfx
	fS0cB0p
	fS0pB0c
	fS0cB0c
	fS1cS0p
	fS1rwS0p
)

// extract appends the features of configuration st.
func extract(dst []uint64, sn *sentence, st *state, labelHashes []uint64) []uint64 {
	h := perceptron.New
	s0, s1, s2 := st.s(0), st.s(1), st.s(2)
	b0, b1, b2 := st.buf(0), st.buf(1), st.buf(2)
	at := func(arr []int, i int) int {
		if i < 0 {
			return -1
		}
		return arr[i]
	}
	lab := func(i int) uint64 {
		if i < 0 || st.heads[i] < 0 {
			return noneHash
		}
		return labelHashes[st.labels[i]]
	}
	s0l, s0r, s0l2, s0r2 := at(st.lc, s0), at(st.rc, s0), at(st.lc2, s0), at(st.rc2, s0)
	b0l, b0l2, s1r := at(st.lc, b0), at(st.lc2, b0), at(st.rc, s1)
	w, p := func(i int) uint64 { return get(sn.w, i) }, func(i int) uint64 { return get(sn.p, i) }
	s0w, s0p, s1w, s1p, b0w, b0p, b1p := w(s0), p(s0), w(s1), p(s1), w(b0), p(b0), p(b1)

	d := 0
	if s0 >= 0 && b0 >= 0 {
		d = min(b0-s0, 6)
	}
	var s0vl, s0vr, b0vl int
	var s0ls, s0rs, b0ls uint64
	if s0 >= 0 {
		s0vl, s0vr, s0ls, s0rs = min(st.nl[s0], 4), min(st.nr[s0], 4), st.ls[s0], st.rs[s0]
	}
	if b0 >= 0 {
		b0vl, b0ls = min(st.nl[b0], 4), st.ls[b0]
	}
	return append(dst,
		h(fBias).Key(),
		h(fS0w).U64(s0w).Key(), h(fS0p).U64(s0p).Key(), h(fS0wp).U64(s0w).U64(s0p).Key(),
		h(fS1w).U64(s1w).Key(), h(fS1p).U64(s1p).Key(), h(fS1wp).U64(s1w).U64(s1p).Key(),
		h(fS2p).U64(p(s2)).Key(),
		h(fB0w).U64(b0w).Key(), h(fB0p).U64(b0p).Key(), h(fB0wp).U64(b0w).U64(b0p).Key(),
		h(fB1w).U64(w(b1)).Key(), h(fB1p).U64(b1p).Key(), h(fB1wp).U64(w(b1)).U64(b1p).Key(),
		h(fB2w).U64(w(b2)).Key(), h(fB2p).U64(p(b2)).Key(),

		h(fS0wpB0wp).U64(s0w).U64(s0p).U64(b0w).U64(b0p).Key(),
		h(fS0wpB0w).U64(s0w).U64(s0p).U64(b0w).Key(),
		h(fS0wB0wp).U64(s0w).U64(b0w).U64(b0p).Key(),
		h(fS0wpB0p).U64(s0w).U64(s0p).U64(b0p).Key(),
		h(fS0pB0wp).U64(s0p).U64(b0w).U64(b0p).Key(),
		h(fS0wB0w).U64(s0w).U64(b0w).Key(),
		h(fS0pB0p).U64(s0p).U64(b0p).Key(),
		h(fB0pB1p).U64(b0p).U64(b1p).Key(),
		h(fB0pB1pB2p).U64(b0p).U64(b1p).U64(p(b2)).Key(),
		h(fS0pB0pB1p).U64(s0p).U64(b0p).U64(b1p).Key(),
		h(fS1pS0pB0p).U64(s1p).U64(s0p).U64(b0p).Key(),
		h(fS2pS1pS0p).U64(p(s2)).U64(s1p).U64(s0p).Key(),
		h(fS1pS0p).U64(s1p).U64(s0p).Key(),
		h(fS1wS0w).U64(s1w).U64(s0w).Key(),
		h(fS1wpS0p).U64(s1w).U64(s1p).U64(s0p).Key(),
		h(fS1pS0wp).U64(s1p).U64(s0w).U64(s0p).Key(),
		h(fB0wB1w).U64(b0w).U64(w(b1)).Key(),
		h(fS0pS0lpB0p).U64(s0p).U64(p(s0l)).U64(b0p).Key(),
		h(fS0pS0rpB0p).U64(s0p).U64(p(s0r)).U64(b0p).Key(),
		h(fS0pB0pB0lp).U64(s0p).U64(b0p).U64(p(b0l)).Key(),
		h(fS1pS1rpS0p).U64(s1p).U64(p(s1r)).U64(s0p).Key(),

		h(fS0wd).U64(s0w).Int(d).Key(), h(fS0pd).U64(s0p).Int(d).Key(),
		h(fB0wd).U64(b0w).Int(d).Key(), h(fB0pd).U64(b0p).Int(d).Key(),
		h(fS0wB0wd).U64(s0w).U64(b0w).Int(d).Key(), h(fS0pB0pd).U64(s0p).U64(b0p).Int(d).Key(),

		h(fS0wvr).U64(s0w).Int(s0vr).Key(), h(fS0pvr).U64(s0p).Int(s0vr).Key(),
		h(fS0wvl).U64(s0w).Int(s0vl).Key(), h(fS0pvl).U64(s0p).Int(s0vl).Key(),
		h(fB0wvl).U64(b0w).Int(b0vl).Key(), h(fB0pvl).U64(b0p).Int(b0vl).Key(),

		h(fS0lw).U64(w(s0l)).Key(), h(fS0lp).U64(p(s0l)).Key(), h(fS0ll).U64(lab(s0l)).Key(),
		h(fS0rw).U64(w(s0r)).Key(), h(fS0rp).U64(p(s0r)).Key(), h(fS0rl).U64(lab(s0r)).Key(),
		h(fB0lw).U64(w(b0l)).Key(), h(fB0lp).U64(p(b0l)).Key(), h(fB0ll).U64(lab(b0l)).Key(),

		h(fS0l2w).U64(w(s0l2)).Key(), h(fS0l2p).U64(p(s0l2)).Key(), h(fS0l2l).U64(lab(s0l2)).Key(),
		h(fS0r2w).U64(w(s0r2)).Key(), h(fS0r2p).U64(p(s0r2)).Key(), h(fS0r2l).U64(lab(s0r2)).Key(),
		h(fB0l2w).U64(w(b0l2)).Key(), h(fB0l2p).U64(p(b0l2)).Key(), h(fB0l2l).U64(lab(b0l2)).Key(),
		h(fS0pS0lpS0l2p).U64(s0p).U64(p(s0l)).U64(p(s0l2)).Key(),
		h(fS0pS0rpS0r2p).U64(s0p).U64(p(s0r)).U64(p(s0r2)).Key(),
		h(fB0pB0lpB0l2p).U64(b0p).U64(p(b0l)).U64(p(b0l2)).Key(),

		h(fS0wsr).U64(s0w).U64(s0rs).Key(), h(fS0psr).U64(s0p).U64(s0rs).Key(),
		h(fS0wsl).U64(s0w).U64(s0ls).Key(), h(fS0psl).U64(s0p).U64(s0ls).Key(),
		h(fB0wsl).U64(b0w).U64(b0ls).Key(), h(fB0psl).U64(b0p).U64(b0ls).Key(),

		h(fS0sfxB0p).U64(get(sn.sfx, s0)).U64(b0p).Key(),
		h(fS0pB0sfx).U64(s0p).U64(get(sn.sfx, b0)).Key(),
		h(fS0cB0p).U64(get(sn.c, s0)).U64(b0p).Key(),
		h(fS0pB0c).U64(s0p).U64(get(sn.c, b0)).Key(),
		h(fS0cB0c).U64(get(sn.c, s0)).U64(get(sn.c, b0)).Key(),
		h(fS1cS0p).U64(get(sn.c, s1)).U64(s0p).Key(),
		h(fS1rwS0p).U64(w(s1r)).U64(s0p).Key(),
	)
}

// hashLabels hashes relation names once, for the label features.
func hashLabels(labels []string) []uint64 {
	out := make([]uint64, len(labels))
	for i, l := range labels {
		out[i] = perceptron.StrHash(l)
	}
	return out
}
