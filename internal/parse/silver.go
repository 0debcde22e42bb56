package parse

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/corpus"
)

// FromCoreNLP converts silver CoreNLP parses (Universal Dependencies v1, as
// PolNeAR ships them) to the conventions of the EWT treebank the parser
// learns from (UD v2), so that news can be added to its training data.
// Sentences CoreNLP could not analyse (any "dep" relation) are left out.
func FromCoreNLP(sents []corpus.CoreNLPSentence) []Sentence {
	var out []Sentence
	for _, s := range sents {
		if len(s.Heads) != len(s.Words) || len(s.Words) == 0 || hasRel(s.Rels, "dep") {
			continue
		}
		ps := Sentence{Words: make([]string, len(s.Words)), Tags: s.Tags,
			Heads: append([]int(nil), s.Heads...), Rels: make([]string, len(s.Rels))}
		for i, w := range s.Words {
			ps.Words[i] = surface(w)
			ps.Rels[i] = udv2(s.Rels[i], s.Tags, s.Heads[i])
		}
		ccToNextConjunct(&ps)
		flatNames(&ps, s.NER)
		out = append(out, ps)
	}
	return out
}

func hasRel(rels []string, rel string) bool {
	for _, r := range rels {
		if r == rel {
			return true
		}
	}
	return false
}

// surface undoes CoreNLP's Penn Treebank escapes.
func surface(w string) string {
	switch w {
	case "-LRB-":
		return "("
	case "-RRB-":
		return ")"
	case "-LCB-":
		return "{"
	case "-RCB-":
		return "}"
	case "``", "''":
		return `"`
	case "`":
		return "'"
	}
	return w
}

// v1Renamed are the UD v1 relations UD v2 renamed.
var v1Renamed = map[string]string{
	"dobj": "obj", "nsubjpass": "nsubj:pass", "auxpass": "aux:pass", "csubjpass": "csubj:pass",
	"neg": "advmod", "mwe": "fixed", "name": "flat", "nmod:tmod": "obl:tmod", "nmod:npmod": "obl:npmod",
}

// udv2 renames a v1 relation. v1's nmod is v2's obl when it hangs on a
// predicate (verb, adjective, adverb) rather than a noun.
func udv2(rel string, tags []string, head int) string {
	if r, ok := v1Renamed[rel]; ok {
		return r
	}
	if rel == "nmod" && head >= 0 {
		if t := tags[head]; strings.HasPrefix(t, "VB") || strings.HasPrefix(t, "JJ") || strings.HasPrefix(t, "RB") {
			return "obl"
		}
	}
	return rel
}

// ccToNextConjunct moves each coordinating conjunction from the first
// conjunct (v1) to the conjunct it introduces (v2).
func ccToNextConjunct(s *Sentence) {
	for c, rel := range s.Rels {
		if rel != "cc" {
			continue
		}
		h := s.Heads[c]
		for j := c + 1; j < len(s.Words); j++ {
			if s.Heads[j] == h && s.Rels[j] == "conj" {
				s.Heads[c] = j
				break
			}
		}
	}
}

// flatNames turns a person's name from a chain of compounds headed by the
// surname (CoreNLP) into EWT's flat structure headed by the first name:
// "Hillary ← Clinton" becomes "Hillary → Clinton".
func flatNames(s *Sentence, ner []string) {
	for a := 0; a < len(s.Words); {
		b := a
		for b < len(s.Words) && ner[b] == "PERSON" && strings.HasPrefix(s.Tags[b], "NNP") {
			b++
		}
		if b-a >= 2 && namePhrase(s, a, b) {
			last := b - 1
			s.Heads[a], s.Rels[a] = s.Heads[last], s.Rels[last]
			for j := range s.Words {
				if s.Heads[j] == last && (j < a || j >= b) {
					s.Heads[j] = a
				}
			}
			for j := a + 1; j < b; j++ {
				s.Heads[j], s.Rels[j] = a, "flat"
			}
		}
		a = max(b, a+1)
	}
}

// namePhrase reports whether words [a, b) are compounds of the last.
func namePhrase(s *Sentence, a, b int) bool {
	for j := a; j < b-1; j++ {
		if s.Heads[j] != b-1 || s.Rels[j] != "compound" {
			return false
		}
	}
	return true
}
