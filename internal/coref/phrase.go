package coref

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/deptree"
)

// A mention is the whole noun phrase that refers, not only the name in it:
// "the United States", "Professor Cres Eastman", "Byron's". That is how
// noun phrases are drawn in the treebanks coreference is annotated on
// (OntoNotes takes the Penn Treebank's NP, which holds the determiner, the
// title and the possessive ending; GUM and the other CorefUD corpora take
// the head's subtree), and it is what a reader points at: "the United
// States" refers, "United States" is only its name. The NER draws names
// alone, so once the entities are built (on the names, which is what
// matching reads), each name is widened to the phrase it heads.

// parsed: sentence s has a dependency parse: every token has a relation,
// and a head inside the sentence or none. Without one, names keep the
// NER's spans.
func (r *resolver) parsed(s newsgraph.Sentence) bool {
	for i := s.FirstToken; i < s.EndToken; i++ {
		t := r.d.Tokens[i]
		if t.Dep == "" || t.Head == i || t.Head != -1 && (t.Head < s.FirstToken || t.Head >= s.EndToken) {
			return false
		}
	}
	return true
}

// dependents returns, per token of sentence s, its dependents in order;
// kids[i-s.FirstToken] for token i.
func (r *resolver) dependents(s newsgraph.Sentence) [][]int {
	return deptree.Children(r.d, s.FirstToken, s.EndToken)
}

// nameHead returns the token that heads the name [a, b) in the parse: the
// one token whose head lies outside it. When the name hangs by flat or
// compound from the capitalised word right before it, that word heads the
// phrase: UD parses "Professor Cres Eastman" and "President Trump" with
// the title on top. -1 when the name has no single head.
func (r *resolver) nameHead(a, b int) int {
	head, n, fromBefore := -1, 0, true
	for i := a; i < b; i++ {
		t := r.d.Tokens[i]
		if t.Dep == "punct" || t.Head >= a && t.Head < b {
			continue
		}
		head, n = i, n+1
		fromBefore = fromBefore && t.Head == a-1 && nameLink[t.Dep]
	}
	switch {
	case n == 0:
		return -1
	case fromBefore && a > 0 && r.capitalised(a-1):
		return a - 1
	case n > 1:
		return -1
	}
	return head
}

var nameLink = map[string]bool{"flat": true, "flat:name": true, "compound": true}

// Relations that make a word part of the phrase its head heads: the
// determiner, the possessor, adjectives, numbers, titles (nmod:desc is how
// UD English hangs "Mr." and "President" on a name) and name parts on the
// left; the name's own parts and the possessive ending on the right.
// Prepositional phrases and clauses after the head are left out: where
// they attach is the parser's least sure call, and a phrase drawn too wide
// matches nothing. Appositives, conjuncts and parentheticals are phrases
// of their own.
var (
	leftOfHead  = map[string]bool{"det": true, "det:predet": true, "nmod:desc": true, "amod": true, "compound": true, "flat": true, "flat:name": true, "nmod:poss": true, "nummod": true}
	rightOfHead = map[string]bool{"flat": true, "flat:name": true, "case": true, "nummod": true}
	// withinPhrase are the relations that keep a word inside the phrase
	// below its first level: "very old", "Bangladesh's", "Major-General".
	withinPhrase = map[string]bool{"det": true, "det:predet": true, "nmod:desc": true, "amod": true, "advmod": true, "compound": true, "flat": true,
		"flat:name": true, "nmod:poss": true, "nummod": true, "case": true, "punct": true, "fixed": true, "goeswith": true}
)

// phrase returns the token range [first, end) of the noun phrase headed by
// h in sentence s: h and the subtrees of its dependents by the relations
// above, as far as they run on from h without a gap.
func (r *resolver) phrase(h int, s newsgraph.Sentence, kids [][]int) (int, int) {
	in := map[int]bool{h: true}
	for _, k := range kids[h-s.FirstToken] {
		dep := r.d.Tokens[k].Dep
		switch {
		case k < h && leftOfHead[dep]:
		case k > h && rightOfHead[dep] && (dep != "case" || r.d.Tokens[k].Tag == "POS") && !strings.HasPrefix(r.d.Tokens[k].Tag, "VB"):
			// A verb is no part of a name, whatever the parse hangs on it:
			// "Hale pleaded not guilty" parsed with "pleaded" a flat of Hale.
		default:
			continue
		}
		r.mark(k, s, kids, in)
	}
	first, end := h, h+1
	for first > s.FirstToken && in[first-1] {
		first--
	}
	for end < s.EndToken && in[end] {
		end++
	}
	return first, end
}

// mark puts t and the words below it that belong to its phrase into in:
// no preposition but the possessive ending, no punctuation but a hyphen.
func (r *resolver) mark(t int, s newsgraph.Sentence, kids [][]int, in map[int]bool) {
	stack := []int{t}
	for len(stack) > 0 && len(in) < 64 {
		t, stack = stack[len(stack)-1], stack[:len(stack)-1]
		if in[t] {
			continue
		}
		in[t] = true
		for _, k := range kids[t-s.FirstToken] {
			tok := r.d.Tokens[k]
			if withinPhrase[tok.Dep] && (tok.Dep != "case" || tok.Tag == "POS") && (tok.Dep != "punct" || tok.Tag == "HYPH") {
				stack = append(stack, k)
			}
		}
	}
}

// widenNames widens each name to the phrase it heads. A name that is only
// a modifier ("the Obama administration": Obama is a compound) heads no
// phrase and keeps its span.
func (r *resolver) widenNames() {
	var kids [][]int
	sent := -1
	for k := range r.mentions {
		m := &r.mentions[k]
		if m.Kind != newsgraph.MentionName {
			continue
		}
		a, b := r.tokens(m.Span)
		if a >= b || r.sentOf[a] != r.sentOf[b-1] {
			continue
		}
		s := r.d.Sentences[r.sentOf[a]]
		if r.sentOf[a] != sent {
			sent, kids = r.sentOf[a], nil
			if r.parsed(s) {
				kids = r.dependents(s)
			}
		}
		if kids == nil {
			continue
		}
		for b > a+1 && r.punctuation(b-1) {
			b-- // the NER's name ran on over a full stop or a comma
		}
		h := r.nameHead(a, b)
		if h < 0 {
			continue
		}
		if dep := r.d.Tokens[h].Dep; dep == "compound" || dep == "flat" || dep == "flat:name" {
			continue // a modifier of another noun, or part of a longer name
		}
		first, end := r.phrase(h, s, kids)
		first, end = min(first, a), max(end, b)
		if end-first > 12 {
			continue // no name's phrase is that long; the parse went astray
		}
		m.Span = newsgraph.Span{Start: r.d.Tokens[first].Start, End: r.d.Tokens[end-1].End}
	}
	slices.SortStableFunc(r.mentions, func(a, b newsgraph.Mention) int { return a.Start - b.Start })
}

// punctuation: token i is a punctuation mark.
func (r *resolver) punctuation(i int) bool {
	switch r.d.Tokens[i].Tag {
	case ".", ",", ":", "``", "''", "-LRB-", "-RRB-", "NFP":
		return true
	}
	return false
}
