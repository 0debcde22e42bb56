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
	// One prepositional phrase: "images on Russian state television", or
	// one an adjective or a participle takes: "people familiar with the
	// matter", "a source close to him", "officials briefed on the talks".
	if i > lo+1 && i < end && x.Tag(i-1) == "IN" && x.Lower[i-1] != "that" && (view.IsNounTag(x.Tag(i-2)) || x.takesPreposition(lo, i-2)) {
		j := i - 1
		if !view.IsNounTag(x.Tag(j - 1)) {
			j-- // the adjective or the participle
		}
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

// takesPreposition: token i is an adjective or a participle right after
// a noun, which the preposition after it completes ("familiar with",
// "close to", "briefed on").
func (x *Builder) takesPreposition(lo, i int) bool {
	t := x.Tag(i)
	return i > lo && (t == "JJ" || t == "VBN") && view.IsNounTag(x.Tag(i-1))
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
