package event

import (
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/attrib/handbuilt"
)

// heldTalks is "Rohan held talks in Edoras.", parsed, with talks spelt
// as given, and its tree.
func heldTalks(t *testing.T, talks string) (*newsgraph.Doc, *tree) {
	d := handbuilt.Parsed(t, "Rohan held "+talks+" in Edoras.",
		"Rohan/NNP/Rohan/1/nsubj held/VBD/hold/-1/root "+talks+"/NNS/talk/1/obj in/IN/in/4/case Edoras/NNP/Edoras/1/obl ./././1/punct")
	return d, newTree(d, d.Sentences[0])
}

// One tree serves every walk of its sentence with one visited set: a
// walk sees none of the marks an earlier walk left, also once the pass
// counter wraps, and a cycle in a broken parse is still cut.
func TestSubtreeWalksShareTheirScratch(t *testing.T) {
	d, tr := heldTalks(t, "talks")
	noCase := func(c int) bool { return tr.dep(c) == "case" }
	for _, c := range []struct {
		name string
		walk func() []int
		want []int
	}{
		{"whole clause", func() []int { return tr.subtree(1, nil) }, []int{0, 1, 2, 3, 4, 5}},
		{"again, after a walk marked every token", func() []int { return tr.subtree(1, nil) }, []int{0, 1, 2, 3, 4, 5}},
		{"a phrase without its case marker", func() []int { return tr.subtree(4, noCase) }, []int{4}},
		{"after the pass counter wrapped", func() []int { tr.pass = ^uint32(0); return tr.subtree(4, nil) }, []int{3, 4}},
		{"and once more", func() []int { return tr.subtree(1, nil) }, []int{0, 1, 2, 3, 4, 5}},
	} {
		if got := c.walk(); !slices.Equal(got, c.want) {
			t.Errorf("%s: %v, want %v", c.name, got, c.want)
		}
	}
	// Walks return their own slices: a later walk leaves an earlier
	// one's tokens as they were.
	first := tr.subtree(1, nil)
	tr.subtree(4, noCase)
	if want := []int{0, 1, 2, 3, 4, 5}; !slices.Equal(first, want) {
		t.Errorf("a walk's tokens after another walk: %v, want %v", first, want)
	}
	// A fresh tree's marks are all zero, what a wrapped counter would be.
	fresh := newTree(d, d.Sentences[0])
	fresh.pass = ^uint32(0)
	if got, want := fresh.subtree(1, nil), []int{0, 1, 2, 3, 4, 5}; !slices.Equal(got, want) {
		t.Errorf("first walk after the counter wrapped: %v, want %v", got, want)
	}
	// "talks" and "in" made each other's head: the walk stops at the cycle.
	d.Tokens[2].Head, d.Tokens[3].Head = 3, 2
	cyc := newTree(d, d.Sentences[0])
	if got, want := cyc.subtree(1, nil), []int{0, 1, 4, 5}; !slices.Equal(got, want) {
		t.Errorf("with a cycle off the tree: %v, want %v", got, want)
	}
	if got, want := cyc.subtree(2, nil), []int{2, 3}; !slices.Equal(got, want) {
		t.Errorf("walking the cycle: %v, want %v", got, want)
	}
}
