package build

import (
	"github.com/newsgraph/newsgraph/internal/attrib/view"
)

// npLeft returns the start of the simple noun phrase that ends at token
// end-1 ("the South Korean military", "US officials and experts"), or -1.
func (x *Builder) npLeft(lo, end int) int {
	if end <= lo || x.Tag(end-1) == "CC" {
		return -1 // "quoting a proverb and referencing": no subject ends in "and"
	}
	i := end
	for i > lo && (view.IsNPTag(x.Tag(i-1)) || x.Tag(i-1) == "CC" && i-2 >= lo && view.IsNounTag(x.Tag(i-2))) {
		i--
	}
	// One prepositional phrase: "images on Russian state television".
	if i > lo+1 && i < end && x.Tag(i-1) == "IN" && view.IsNounTag(x.Tag(i-2)) && x.Lower[i-1] != "that" {
		j := i - 1
		for j > lo && view.IsNPTag(x.Tag(j-1)) {
			j--
		}
		i = j
	}
	for i < end && (x.Tag(i) == "CC" || x.Tag(i) == "POS" || x.Tag(i) == "VBG" || x.Tag(i) == "VBN") {
		i++ // a participle opens a clause, not a subject
	}
	if i == end || !x.hasNoun(i, end) {
		return -1
	}
	return i
}

// npRight returns the end of the simple noun phrase starting at token
// start, or -1.
func (x *Builder) npRight(start, hi int) int {
	i := start
	for i < hi && (view.IsNPTag(x.Tag(i)) && x.Tag(i) != "VBG" && x.Tag(i) != "VBN") {
		if x.Tag(i) == "PRP" && i > start {
			break // "told reporters he saw": a pronoun after a noun starts a clause
		}
		i++
	}
	if i == start || !x.hasNoun(start, i) {
		return -1
	}
	return i
}

func (x *Builder) hasNoun(a, b int) bool {
	for i := a; i < b; i++ {
		if view.IsNounTag(x.Tag(i)) {
			return true
		}
	}
	return false
}
