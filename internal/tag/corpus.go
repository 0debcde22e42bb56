package tag

import "github.com/newsgraph/newsgraph/internal/corpus"

// FromCoNLLU turns treebank sentences into tagger sentences (syntactic
// words, as Penn Treebank tokenisation splits them).
func FromCoNLLU(sents []corpus.Sentence) []Sentence {
	out := make([]Sentence, len(sents))
	for i, s := range sents {
		t := Sentence{}
		for _, w := range s.Words {
			t.Words = append(t.Words, w.Form)
			t.Tags = append(t.Tags, w.XPOS)
			t.UPOS = append(t.UPOS, w.UPOS)
			t.Lemmas = append(t.Lemmas, w.Lemma)
		}
		out[i] = t
	}
	return out
}
