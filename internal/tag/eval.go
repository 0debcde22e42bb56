package tag

// Score is a tagger's accuracy on gold-tokenised sentences.
type Score struct {
	XPOS   float64 `json:"xpos_accuracy"`
	UPOS   float64 `json:"upos_accuracy"`
	Lemma  float64 `json:"lemma_accuracy"`
	Tokens int     `json:"tokens"`
}

// Evaluate tags gold sentences and counts matches. The tags are the
// stage's, with the repairs it makes from the words alone (tagRepaired);
// those that need a document's quotations are left out, since gold
// sentences come without them.
func (t *Tagger) Evaluate(gold []Sentence) Score {
	var x, u, l, n int
	for _, s := range gold {
		tags, known := make([]string, len(s.Words)), make([]string, len(s.Words))
		t.tagRepaired(s.Words, tags, known, nil)
		for i, tg := range tags {
			n++
			if tg == s.Tags[i] {
				x++
			}
			if s.UPOS != nil && t.UPOS.UPOS(s.Words[i], tg) == s.UPOS[i] {
				u++
			}
			if s.Lemmas != nil && t.Lemmas.Lemma(s.Words[i], tg) == s.Lemmas[i] {
				l++
			}
		}
	}
	d := float64(max(n, 1))
	return Score{XPOS: float64(x) / d, UPOS: float64(u) / d, Lemma: float64(l) / d, Tokens: n}
}
