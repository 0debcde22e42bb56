package situate

import (
	"sort"

	"github.com/newsgraph/newsgraph"
)

// maxClimb bounds every walk up the heads: deeper than any real clause, and
// a guard against cycles in a parse read from outside.
const maxClimb = 12

// tokensIn returns the range [first, end) of the tokens inside s.
func tokensIn(d *newsgraph.Doc, s newsgraph.Span) (int, int) {
	first := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Start >= s.Start })
	end := first
	for end < len(d.Tokens) && d.Tokens[end].End <= s.End {
		end++
	}
	return first, end
}

// headOf is the token of s whose head lies outside s (its syntactic head),
// or -1 when s holds no token.
func headOf(d *newsgraph.Doc, s newsgraph.Span) int {
	first, end := tokensIn(d, s)
	for i := first; i < end; i++ {
		if h := d.Tokens[i].Head; h < first || h >= end {
			return i
		}
	}
	if first < end {
		return first
	}
	return -1
}

// verbOf is the token that heads an event's verb phrase: its first verb,
// else its syntactic head ("took part in" → "took").
func verbOf(d *newsgraph.Doc, s newsgraph.Span) int {
	first, end := tokensIn(d, s)
	for i := first; i < end; i++ {
		if isVerb(d.Tokens[i]) {
			return i
		}
	}
	return headOf(d, s)
}

func isVerb(t newsgraph.Token) bool {
	return len(t.Tag) >= 2 && t.Tag[:2] == "VB" || t.UPOS == "VERB"
}

// children returns the dependents of each token of sentence s, by index.
func children(d *newsgraph.Doc, s newsgraph.Sentence) map[int][]int {
	kids := map[int][]int{}
	for i := s.FirstToken; i < s.EndToken; i++ {
		if h := d.Tokens[i].Head; h >= s.FirstToken && h < s.EndToken && h != i {
			kids[h] = append(kids[h], i)
		}
	}
	return kids
}

// lemma is a token's lemma, or its text lowered when no tagger set one.
func lemma(d *newsgraph.Doc, i int) string {
	if l := d.Tokens[i].Lemma; l != "" {
		return l
	}
	return d.TokenText(i)
}
