package deptree

import (
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph"
)

// Each token's dependents come in text order, those outside the range
// and a token's own loop left out, and appending to one list leaves the
// next alone.
func TestChildren(t *testing.T) {
	heads := []int{-1, 2, 5, 2, 2, -1, 5, 6, 0}
	d := &newsgraph.Doc{Tokens: make([]newsgraph.Token, len(heads))}
	for i, h := range heads {
		d.Tokens[i].Head = h
	}
	d.Tokens[7].Head = 7
	got := Children(d, 1, 8)
	want := [][]int{{}, {1, 3, 4}, {}, {}, {2, 6}, {}, {}}
	if len(got) != len(want) {
		t.Fatalf("%d lists, want %d", len(got), len(want))
	}
	for k := range want {
		if !slices.Equal(got[k], want[k]) {
			t.Errorf("token %d: %v, want %v", k+1, got[k], want[k])
		}
	}
	_ = append(got[1], 99)
	if !slices.Equal(got[4], []int{2, 6}) {
		t.Errorf("an append to one list changed the next: %v", got[4])
	}
}
