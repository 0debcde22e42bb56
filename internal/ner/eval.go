package ner

// PRF is precision, recall and F1 as fractions.
type PRF struct {
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

// Score is entity-level exact-match scoring, as conlleval counts it.
type Score struct {
	PRF
	PerType map[string]PRF `json:"per_type"`
}

type counts struct{ tp, pred, gold int }

func (c counts) prf() PRF {
	var p PRF
	if c.pred > 0 {
		p.Precision = float64(c.tp) / float64(c.pred)
	}
	if c.gold > 0 {
		p.Recall = float64(c.tp) / float64(c.gold)
	}
	if p.Precision+p.Recall > 0 {
		p.F1 = 2 * p.Precision * p.Recall / (p.Precision + p.Recall)
	}
	return p
}

// Evaluate tags the gold documents and compares entities span by span.
func (t *Tagger) Evaluate(gold []Document) Score {
	all := counts{}
	per := map[string]*counts{}
	for _, typ := range Types {
		per[typ] = &counts{}
	}
	for _, d := range gold {
		pred := t.Document(d.Words, d.POS)
		for k := range d.Words {
			goldSet := map[Span]bool{}
			for _, s := range d.Spans[k] {
				goldSet[s] = true
				all.gold++
				per[s.Type].gold++
			}
			for _, s := range pred[k] {
				all.pred++
				per[s.Type].pred++
				if goldSet[s] {
					all.tp++
					per[s.Type].tp++
				}
			}
		}
	}
	sc := Score{PRF: all.prf(), PerType: map[string]PRF{}}
	for typ, c := range per {
		sc.PerType[typ] = c.prf()
	}
	return sc
}
