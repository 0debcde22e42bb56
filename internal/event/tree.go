package event

import (
	"slices"
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/deptree"
)

// maxWalk bounds the tokens one subtree walk visits.
const maxWalk = 4096

// tree is one sentence's dependency tree: children by token, heads
// outside the sentence or onto the token itself ignored.
type tree struct {
	d        *newsgraph.Doc
	lo, hi   int     // the sentence's tokens [lo, hi)
	children [][]int // by token - lo, in text order
	// coded memoizes the participants of noun phrases by head token.
	coded map[int][]newsgraph.Participant
	// words are the tokens' texts and lemmas, folded and hashed
	// (hasHash), made on first use.
	words    map[uint64]struct{}
	wordBits [4]uint64 // a filter of words' hashes (addWord)
	// walk is subtreeCut's scratch, reused by every walk of the sentence
	// (a tree belongs to one call of the coder, so no walk runs beside
	// another): seen[i-lo] == pass marks token i visited in the current
	// walk, so that no walk clears or allocates a visited set.
	seen  []uint32
	pass  uint32
	stack []int
	found []int // the walk's tokens, copied out at its end at their size
}

func newTree(d *newsgraph.Doc, s newsgraph.Sentence) *tree {
	lo, hi := max(s.FirstToken, 0), min(s.EndToken, len(d.Tokens))
	t := &tree{d: d, lo: lo, hi: max(hi, lo)}
	t.children = deptree.Children(d, t.lo, t.hi)
	t.seen = make([]uint32, t.hi-t.lo)
	return t
}

func (t *tree) in(i int) bool { return i >= t.lo && i < t.hi }

// headline reports whether the sentence is the article's title or a
// heading.
func (t *tree) headline() bool {
	if t.hi <= t.lo {
		return false
	}
	// Paragraphs are in text order: found by halving, so that a long
	// document's sentences do not each walk all its paragraphs.
	at := t.tok(t.lo).Start
	ps := t.d.Paragraphs
	k := sort.Search(len(ps), func(k int) bool { return ps[k].End > at })
	return k < len(ps) && ps[k].Start <= at && (ps[k].Kind == newsgraph.KindTitle || ps[k].Kind == newsgraph.KindHeading)
}

func (t *tree) tok(i int) *newsgraph.Token { return &t.d.Tokens[i] }

// head returns the head of token i, or -1 when it has none in the
// sentence.
func (t *tree) head(i int) int {
	if h := t.tok(i).Head; t.in(h) && h != i {
		return h
	}
	return -1
}

func (t *tree) kids(i int) []int { return t.children[i-t.lo] }

// subtree returns i and the tokens below it, sorted, leaving out the
// children of i for which skip reports true; cycles are cut.
func (t *tree) subtree(i int, skip func(child int) bool) []int {
	return t.subtreeCut(i, func(parent, c int) bool { return parent == i && skip != nil && skip(c) })
}

// subtreeCut is subtree leaving out, at any depth, each child c of parent
// for which cut reports true, with what is below it.
func (t *tree) subtreeCut(i int, cut func(parent, child int) bool) []int {
	t.nextPass()
	t.seen[i-t.lo] = t.pass
	out := append(t.found[:0], i)
	stack := append(t.stack[:0], i)
	for len(stack) > 0 && len(out) < maxWalk {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for _, c := range t.kids(n) {
			if t.seen[c-t.lo] == t.pass || cut(n, c) {
				continue
			}
			t.seen[c-t.lo] = t.pass
			out = append(out, c)
			stack = append(stack, c)
		}
	}
	t.stack, t.found = stack, out
	slices.Sort(out)
	return slices.Clone(out)
}

// nextPass starts a walk: marks of earlier walks no longer count.
func (t *tree) nextPass() {
	t.pass++
	if t.pass == 0 { // wrapped: old marks could equal the new pass
		clear(t.seen)
		t.pass = 1
	}
}

// dep is token i's relation without its subtype: "nmod:poss" is "nmod".
func (t *tree) dep(i int) string {
	d := t.tok(i).Dep
	for j := 0; j < len(d); j++ {
		if d[j] == ':' {
			return d[:j]
		}
	}
	return d
}

// child returns the first child of i with one of the relations, full or
// without a subtype other than "pass" (a passive subject is no subject).
func (t *tree) child(i int, rels ...string) int {
	for _, c := range t.kids(i) {
		full := t.tok(c).Dep
		if slices.Contains(rels, full) || !strings.HasSuffix(full, ":pass") && slices.Contains(rels, t.dep(c)) {
			return c
		}
	}
	return -1
}

// nominal reports whether token i can head a noun phrase.
func (t *tree) nominal(i int) bool {
	tk := t.tok(i)
	switch tk.UPOS {
	case "NOUN", "PROPN", "PRON", "NUM":
		return true
	case "":
		return len(tk.Tag) >= 2 && (tk.Tag[:2] == "NN" || tk.Tag == "PRP" || tk.Tag == "CD")
	}
	return false
}

// verb reports whether token i can be a coded verb: a main verb, not an
// auxiliary or copula.
func (t *tree) verb(i int) bool {
	tk := t.tok(i)
	switch t.dep(i) {
	case "aux", "cop", "auxpass":
		return false
	}
	if tk.UPOS != "" {
		return tk.UPOS == "VERB"
	}
	return len(tk.Tag) >= 2 && tk.Tag[:2] == "VB"
}

// caseOf returns the preposition (case or mark child) of token i, lower
// case, or "".
func (t *tree) caseOf(i int) string {
	if c := t.child(i, "case"); c >= 0 {
		return lower(t.d.TokenText(c))
	}
	return ""
}

func lower(s string) string { return strings.ToLower(s) }
