package attrib

import (
	"slices"
	"sort"

	"github.com/newsgraph/newsgraph"
)

// entityIndex finds the names (the NER's mentions) that overlap a span by
// binary search. The rules ask once per cue or attribution, and a scan of
// all the names each time made long documents quadratic.
type entityIndex []newsgraph.Mention // names, in order of their starts

func newEntityIndex(ms []newsgraph.Mention) entityIndex {
	var names entityIndex
	for _, m := range ms {
		if m.Kind == newsgraph.MentionName {
			names = append(names, m)
		}
	}
	slices.SortStableFunc(names, func(a, b newsgraph.Mention) int { return a.Start - b.Start })
	return names
}

// overlapping returns the names that overlap s, in order. The NER's names
// never overlap one another, so their ends are in order too; overlapping
// names from elsewhere may be missed, never mis-indexed.
func (ix entityIndex) overlapping(s newsgraph.Span) []newsgraph.Mention {
	lo := sort.Search(len(ix), func(k int) bool { return ix[k].End > s.Start })
	hi := lo
	for hi < len(ix) && ix[hi].Start < s.End {
		hi++
	}
	return ix[lo:hi]
}

// mentionOf is the span of a referent's mention, or nil.
func mentionOf(r *newsgraph.Referent) *newsgraph.Span {
	if r == nil {
		return nil
	}
	return &r.Mention
}
