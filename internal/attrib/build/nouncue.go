package build

import (
	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/attrib/view"
)

// Noun cues: PolNeAR marks nouns of saying, believing and intending as
// cues ("Trump's claim that the vote was rigged", "her criticism of the
// plan", "her vow to go after companies"), some 776 of the gold cues on
// PolNeAR train that the verb rules never reach. Only the clear shapes
// are built: a source the parse hangs on the noun (a possessor, or "by"
// someone) and a content it hangs there too (a clause opened by "that",
// a quotation, or for some nouns an infinitive or a prepositional
// object). A noun with either part missing is left alone: without the
// parse to tie them, nouns such as "support" or "call" are as often plain
// nouns as cues.
//
// The lexicon is hand-written, not learned as cue.Learn learns verbs:
// the nouns of the gold cues share their spelling with verbs ("calls",
// "plans", "support"), and telling them apart needs the parse the
// learner does not read.

// nounCueLemmas take a "that"-clause or a quotation for content.
var nounCueLemmas = view.Set("claim statement criticism call view question support attack " +
	"accusation complaint note allegation assertion argument warning promise pledge vow comment remark " +
	"suggestion insistence belief hope fear concern demand threat announcement opinion charge " +
	"assessment message denial admission prediction contention conclusion")

// nounInfinitiveLemmas take a "to"-infinitive for content too: "her vow
// to go after companies". Plans, proposals and decisions are left out:
// on 250 PolNeAR train articles, 6 of the 8 the rules built ("Trump's
// plan to deport immigrants") were no gold attribution.
var nounInfinitiveLemmas = view.Set("promise pledge vow call demand threat")

// nounObjectCases are the prepositions whose object is the content of
// each noun that takes one: "criticism of the plan", "call for a recount",
// "support for Mr. Trump", "attack on the press", "question about it".
// PolNeAR's content keeps the preposition.
var nounObjectCases = map[string]map[string]bool{
	"call":      view.Set("for"),
	"support":   view.Set("for of"),
	"criticism": view.Set("of"),
	"attack":    view.Set("on against"),
	"question":  view.Set("about"),
	"praise":    view.Set("for of"),
	"demand":    view.Set("for"),
}

// nounCues builds the attributions of sentence k's noun cues, after its
// verb cues have taken their tokens: a noun inside what a verb's source
// said is part of that content, not an attribution of its own.
func (x *Builder) nounCues(k int) {
	s := x.D.Sentences[k]
	for n := s.FirstToken; n < s.EndToken; n++ {
		if x.taken[n] || x.QuoteAt[n] >= 0 || !view.IsNounTag(x.Tag(n)) || x.Tag(n) == "NNP" || x.Tag(n) == "NNPS" {
			continue
		}
		lemma := x.Lemma(n)
		if !nounCueLemmas[lemma] && nounObjectCases[lemma] == nil {
			continue
		}
		sa, sb := x.nounSource(s, n)
		if sa < 0 {
			continue
		}
		ca, cb := x.nounContent(s, n, lemma)
		if ca < 0 || x.anyTaken(sa, sb) || x.anyTaken(ca, cb) || sa < cb && ca < sb {
			continue
		}
		src := x.Span(sa, sb)
		x.add(x.KindOf(ca, cb), &src, x.Span(n, n+1), x.Span(ca, cb), nil)
	}
}

// nounSource returns the tokens of noun n's source: its possessor with
// the possessive mark ("the judges’", "Trump's", "his"), as PolNeAR marks
// it, or the object of "by" after it, without the preposition.
func (x *Builder) nounSource(s newsgraph.Sentence, n int) (int, int) {
	for i := s.FirstToken; i < s.EndToken; i++ {
		t := x.D.Tokens[i]
		if t.Head != n {
			continue
		}
		switch {
		case t.Dep == "nmod:poss" && i < n:
			return x.subtree(s, i)
		case t.Dep == "nmod" && i > n:
			if c := x.caseOf(s, i); c >= 0 && x.Lower[c] == "by" {
				_, b := x.subtree(s, i)
				return c + 1, b
			}
		}
	}
	return -1, -1
}

// nounContent returns the tokens of noun n's content, or -1, -1.
func (x *Builder) nounContent(s newsgraph.Sentence, n int, lemma string) (int, int) {
	for i := n + 1; i < s.EndToken; i++ {
		t := x.D.Tokens[i]
		if t.Head != n {
			continue
		}
		switch {
		case x.QuoteAt[i] >= 0:
			// A quotation hung on the noun: "his statement, “We will
			// win”": the whole quotation, marks and all.
			if a, b := x.QuoteTokens(x.QuoteAt[i]); b > a && a > n {
				return a, b
			}
		case t.Dep == "acl" || t.Dep == "ccomp" || t.Dep == "dep":
			m := x.markOf(s, i)
			if m < 0 || m < n {
				continue
			}
			if x.Lower[m] == "that" || x.Lower[m] == "to" && nounInfinitiveLemmas[lemma] {
				a, b := x.subtree(s, i)
				return min(a, m), b
			}
		case t.Dep == "nmod" && nounObjectCases[lemma] != nil:
			if c := x.caseOf(s, i); c > n && nounObjectCases[lemma][x.Lower[c]] {
				a, b := x.subtree(s, i)
				return min(a, c), b
			}
		}
	}
	return -1, -1
}

// markOf returns the "that" or "to" opening clause v, or -1.
func (x *Builder) markOf(s newsgraph.Sentence, v int) int {
	for i := s.FirstToken; i < v; i++ {
		if t := x.D.Tokens[i]; t.Head == v && t.Dep == "mark" && (x.Lower[i] == "that" || x.Lower[i] == "to") {
			return i
		}
	}
	return -1
}

// caseOf returns the preposition of nominal h, or -1.
func (x *Builder) caseOf(s newsgraph.Sentence, h int) int {
	for i := s.FirstToken; i < h; i++ {
		if t := x.D.Tokens[i]; t.Head == h && t.Dep == "case" {
			return i
		}
	}
	return -1
}

// subtree returns the tokens [a, b) of sentence s that h dominates, from
// the first to the last, less the punctuation at its end ("…, which" or
// the full stop): PolNeAR's spans do not end in a comma.
func (x *Builder) subtree(s newsgraph.Sentence, h int) (int, int) {
	a, b := h, h+1
	for i := s.FirstToken; i < s.EndToken; i++ {
		if view.Dominates(x.D, h, i) {
			a, b = min(a, i), max(b, i+1)
		}
	}
	for b-1 > a && x.Tag(b-1) != "''" && (x.Lower[b-1] == "," || x.Lower[b-1] == "." || x.Lower[b-1] == ";" || x.Lower[b-1] == ":") {
		b--
	}
	return a, b
}
