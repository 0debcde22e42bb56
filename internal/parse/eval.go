package parse

import "github.com/newsgraph/newsgraph/internal/corpus"

// Score is attachment accuracy over all words, punctuation included, as
// the CoNLL 2018 shared task counts it.
type Score struct {
	UAS    float64 `json:"uas"`
	LAS    float64 `json:"las"`
	Tokens int     `json:"tokens"`
}

// Evaluate parses gold sentences, with the tags given in them, and scores
// heads and relations.
func (p *Parser) Evaluate(gold []Sentence) Score {
	var u, l, n int
	for _, s := range gold {
		heads, rels := p.Parse(s.Words, s.Tags)
		for i := range heads {
			n++
			if heads[i] == s.Heads[i] {
				u++
				if rels[i] == s.Rels[i] {
					l++
				}
			}
		}
	}
	d := float64(max(n, 1))
	return Score{UAS: float64(u) / d, LAS: float64(l) / d, Tokens: n}
}

// FromCoNLLU turns treebank sentences into parser sentences with gold tags.
// Relations keep their subtypes (nmod:poss), as UD's basic trees do.
func FromCoNLLU(sents []corpus.Sentence) []Sentence {
	out := make([]Sentence, len(sents))
	for i, s := range sents {
		var ps Sentence
		for _, w := range s.Words {
			ps.Words = append(ps.Words, w.Form)
			ps.Tags = append(ps.Tags, w.XPOS)
			ps.Heads = append(ps.Heads, w.Head-1)
			ps.Rels = append(ps.Rels, w.Deprel)
		}
		out[i] = ps
	}
	return out
}

// Retag replaces the gold tags with a tagger's, as the parser will see at
// run time.
func Retag(sents []Sentence, tag func([]string) []string) {
	for i := range sents {
		sents[i].Tags = tag(sents[i].Words)
	}
}
