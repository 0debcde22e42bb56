package view

import (
	"slices"
	"sort"

	"github.com/newsgraph/newsgraph"
)

// Index finds the names (the NER's mentions) that overlap a span by
// binary search. The rules ask once per cue or attribution, and a scan of
// all the names each time made long documents quadratic.
type Index []newsgraph.Mention // names, in order of their starts

// NewIndex indexes the names among ms.
func NewIndex(ms []newsgraph.Mention) Index {
	var names Index
	for _, m := range ms {
		if m.Kind == newsgraph.MentionName {
			names = append(names, m)
		}
	}
	slices.SortStableFunc(names, func(a, b newsgraph.Mention) int { return a.Start - b.Start })
	return names
}

// Overlapping returns the names that overlap s, in order. The NER's names
// never overlap one another, so their ends are in order too; overlapping
// names from elsewhere may be missed, never mis-indexed.
func (ix Index) Overlapping(s newsgraph.Span) []newsgraph.Mention {
	lo := sort.Search(len(ix), func(k int) bool { return ix[k].End > s.Start })
	hi := lo
	for hi < len(ix) && ix[hi].Start < s.End {
		hi++
	}
	return ix[lo:hi]
}

// MentionOf is the span of a referent's mention, or nil.
func MentionOf(r *newsgraph.Referent) *newsgraph.Span {
	if r == nil {
		return nil
	}
	return &r.Mention
}
