package build

import (
	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/attrib/view"
)

// reportedlyCue builds the attribution of "reportedly" in sentence k:
// "The Club is reportedly spending $1.5 million" reports what others have
// reported, not the writer's own finding, and a journalist checking the
// claim needs it marked as such. It has no source; its content is the
// clause the adverb sits in, from its subject to its end, as PolNeAR draws
// it (about half of train's "reportedly" are marked, always so), without
// a participle or relative clause set off after it (", leaving …").
func (x *Builder) reportedlyCue(k int) {
	s := x.D.Sentences[k]
	for i := s.FirstToken; i < s.EndToken; i++ {
		if x.Lower[i] != "reportedly" || x.taken[i] || x.QuoteAt[i] >= 0 {
			continue
		}
		v := x.D.Tokens[i].Head
		if v < s.FirstToken || v >= s.EndToken {
			continue
		}
		subj := x.subjectOf(s, v)
		if subj < 0 || subj > i {
			continue
		}
		a, b := x.subtreeRange(s, subj)
		_, e := x.subtreeRange(s, v)
		e = x.beforeSetOffClause(i, e)
		for e > i+1 && (x.Tag(e-1) == "." || x.Lower[e-1] == ",") {
			e--
		}
		if b > i || e <= i+1 || x.anyTaken(a, e) {
			continue
		}
		x.add(x.KindOf(a, e), nil, x.Span(i, i+1), x.Span(a, e), nil)
	}
}

// subtreeRange is the tokens [a, b) from the first to the last that
// token t dominates in sentence s, t included.
func (x *Builder) subtreeRange(s newsgraph.Sentence, t int) (int, int) {
	a, b := t, t+1
	for k := s.FirstToken; k < s.EndToken; k++ {
		if (k < a || k >= b) && view.Dominates(x.D, t, k) {
			a, b = min(a, k), max(b, k+1)
		}
	}
	return a, b
}

// beforeSetOffClause returns where a clause set off by a comma after token
// from begins (", leaving progressives fearful", ", which …", ", though
// …"), or end.
func (x *Builder) beforeSetOffClause(from, end int) int {
	for j := from + 1; j+1 < end; j++ {
		if x.Lower[j] == "," && (x.Tag(j+1) == "VBG" || relativeWords[x.Lower[j+1]]) {
			return j
		}
	}
	return end
}

var relativeWords = map[string]bool{"which": true, "who": true, "while": true, "but": true, "though": true, "although": true, "whereas": true}
