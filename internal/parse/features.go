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
//
// v3 is v2's features, keyed by a one-multiplication mix (Hasher.Word)
// rather than FNV byte by byte: the same features, so the same weights and
// parses, for far fewer of the parser's instructions.
const FeatureSet = "parse-features.v3"

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

// extract appends the features of configuration st: those of the roles
// (roles.go) and those that read more than one word or the state, in the
// order training has always listed them.
func extract(dst []uint64, sn *sentence, st *state, labelHashes []uint64) []uint64 {
	words := roleWords(st)
	for r := rBias; r <= rB2; r++ {
		dst = roleKeys(dst, r, sn, st, words[r], labelHashes)
	}
	dst = extractPairs(dst, sn, st)
	for r := rS0l; r < nRoles; r++ {
		dst = roleKeys(dst, r, sn, st, words[r], labelHashes)
	}
	return extractTrees(dst, sn, st)
}

// extractPairs appends the features that join words of the stack and the
// buffer, and those of distance and valency.
func extractPairs(dst []uint64, sn *sentence, st *state) []uint64 {
	s0, s1, s2 := st.s(0), st.s(1), st.s(2)
	b0, b1, b2 := st.buf(0), st.buf(1), st.buf(2)
	s0l, s0r, b0l, s1r := st.child(st.lc, s0), st.child(st.rc, s0), st.child(st.lc, b0), st.child(st.rc, s1)
	w, p := func(i int) uint64 { return get(sn.w, i) }, func(i int) uint64 { return get(sn.p, i) }
	s0w, s0p, s1w, s1p, b0w, b0p, b1p := w(s0), p(s0), w(s1), p(s1), w(b0), p(b0), p(b1)

	d := 0
	if s0 >= 0 && b0 >= 0 {
		d = min(b0-s0, 6)
	}
	var s0vl, s0vr, b0vl int
	if s0 >= 0 {
		s0vl, s0vr = min(st.nl[s0], 4), min(st.nr[s0], 4)
	}
	if b0 >= 0 {
		b0vl = min(st.nl[b0], 4)
	}
	return append(dst,
		k4(fS0wpB0wp, s0w, s0p, b0w, b0p),
		k3(fS0wpB0w, s0w, s0p, b0w),
		k3(fS0wB0wp, s0w, b0w, b0p),
		k3(fS0wpB0p, s0w, s0p, b0p),
		k3(fS0pB0wp, s0p, b0w, b0p),
		k2(fS0wB0w, s0w, b0w),
		k2(fS0pB0p, s0p, b0p),
		k2(fB0pB1p, b0p, b1p),
		k3(fB0pB1pB2p, b0p, b1p, p(b2)),
		k3(fS0pB0pB1p, s0p, b0p, b1p),
		k3(fS1pS0pB0p, s1p, s0p, b0p),
		k3(fS2pS1pS0p, p(s2), s1p, s0p),
		k2(fS1pS0p, s1p, s0p),
		k2(fS1wS0w, s1w, s0w),
		k3(fS1wpS0p, s1w, s1p, s0p),
		k3(fS1pS0wp, s1p, s0w, s0p),
		k2(fB0wB1w, b0w, w(b1)),
		k3(fS0pS0lpB0p, s0p, p(s0l), b0p),
		k3(fS0pS0rpB0p, s0p, p(s0r), b0p),
		k3(fS0pB0pB0lp, s0p, b0p, p(b0l)),
		k3(fS1pS1rpS0p, s1p, p(s1r), s0p),

		ki1(fS0wd, d, s0w), ki1(fS0pd, d, s0p),
		ki1(fB0wd, d, b0w), ki1(fB0pd, d, b0p),
		ki2(fS0wB0wd, d, s0w, b0w), ki2(fS0pB0pd, d, s0p, b0p),

		ki1(fS0wvr, s0vr, s0w), ki1(fS0pvr, s0vr, s0p),
		ki1(fS0wvl, s0vl, s0w), ki1(fS0pvl, s0vl, s0p),
		ki1(fB0wvl, b0vl, b0w), ki1(fB0pvl, b0vl, b0p),
	)
}

// extractTrees appends the features of the children's tags, the label
// sets, suffixes and clusters.
func extractTrees(dst []uint64, sn *sentence, st *state) []uint64 {
	s0, s1, b0 := st.s(0), st.s(1), st.buf(0)
	p := func(i int) uint64 { return get(sn.p, i) }
	s0p, b0p := p(s0), p(b0)
	var s0ls, s0rs, b0ls uint64
	if s0 >= 0 {
		s0ls, s0rs = st.ls[s0], st.rs[s0]
	}
	if b0 >= 0 {
		b0ls = st.ls[b0]
	}
	s0w, b0w := get(sn.w, s0), get(sn.w, b0)
	return append(dst,
		k3(fS0pS0lpS0l2p, s0p, p(st.child(st.lc, s0)), p(st.child(st.lc2, s0))),
		k3(fS0pS0rpS0r2p, s0p, p(st.child(st.rc, s0)), p(st.child(st.rc2, s0))),
		k3(fB0pB0lpB0l2p, b0p, p(st.child(st.lc, b0)), p(st.child(st.lc2, b0))),

		k2(fS0wsr, s0w, s0rs), k2(fS0psr, s0p, s0rs),
		k2(fS0wsl, s0w, s0ls), k2(fS0psl, s0p, s0ls),
		k2(fB0wsl, b0w, b0ls), k2(fB0psl, b0p, b0ls),

		k2(fS0sfxB0p, get(sn.sfx, s0), b0p),
		k2(fS0pB0sfx, s0p, get(sn.sfx, b0)),
		k2(fS0cB0p, get(sn.c, s0), b0p),
		k2(fS0pB0c, s0p, get(sn.c, b0)),
		k2(fS0cB0c, get(sn.c, s0), get(sn.c, b0)),
		k2(fS1cS0p, get(sn.c, s1), s0p),
		k2(fS1rwS0p, get(sn.w, st.child(st.rc, s1)), s0p),
	)
}

// k0 to k4 are the keys of features of template t over zero to four
// parts, and ki1 and ki2 over one or two parts and then the small integer
// i: perceptron.New(t), then each part mixed in by Hasher.Word. They are
// small enough to be inlined, template constant and all, so extract's 83
// keys are computed where they are listed, with no feature built first.
func k0(t uint8) uint64                 { return uint64(perceptron.New(t)) }
func k1(t uint8, a uint64) uint64       { return uint64(perceptron.New(t).Word(a)) }
func k2(t uint8, a, b uint64) uint64    { return uint64(perceptron.New(t).Word(a).Word(b)) }
func k3(t uint8, a, b, c uint64) uint64 { return uint64(perceptron.New(t).Word(a).Word(b).Word(c)) }
func k4(t uint8, a, b, c, d uint64) uint64 {
	return uint64(perceptron.New(t).Word(a).Word(b).Word(c).Word(d))
}
func ki1(t uint8, i int, a uint64) uint64 { return uint64(perceptron.New(t).Word(a).Word(uint64(i))) }
func ki2(t uint8, i int, a, b uint64) uint64 {
	return uint64(perceptron.New(t).Word(a).Word(b).Word(uint64(i)))
}

// hashLabels hashes relation names once, for the label features.
func hashLabels(labels []string) []uint64 {
	out := make([]uint64, len(labels))
	for i, l := range labels {
		out[i] = perceptron.StrHash(l)
	}
	return out
}

// extractRest appends the features extract lists that are no role's.
func extractRest(dst []uint64, sn *sentence, st *state) []uint64 {
	return extractTrees(extractPairs(dst, sn, st), sn, st)
}
