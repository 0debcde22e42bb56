package attrib

import (
	"slices"
	"sort"

	"github.com/newsgraph/newsgraph"
)

// entityIndex finds the entities that overlap a span by binary search. The
// rules ask once per cue or attribution, and a scan of all the entities
// each time made long documents quadratic.
type entityIndex []newsgraph.Entity // in order of their starts

func newEntityIndex(es []newsgraph.Entity) entityIndex {
	byStart := func(a, b newsgraph.Entity) int { return a.Start - b.Start }
	if slices.IsSortedFunc(es, byStart) {
		return es // the NER's own order: no copy
	}
	c := slices.Clone(es)
	slices.SortStableFunc(c, byStart)
	return c
}

// overlapping returns the entities that overlap s, in order. The NER's
// entities never overlap one another, so their ends are in order too;
// overlapping entities from elsewhere may be missed, never mis-indexed.
func (ix entityIndex) overlapping(s newsgraph.Span) []newsgraph.Entity {
	lo := sort.Search(len(ix), func(k int) bool { return ix[k].End > s.Start })
	hi := lo
	for hi < len(ix) && ix[hi].Start < s.End {
		hi++
	}
	return ix[lo:hi]
}
