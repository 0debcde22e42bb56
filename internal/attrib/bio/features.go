package bio

import (
	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/attrib/cue"
	"github.com/newsgraph/newsgraph/internal/attrib/train"
	"github.com/newsgraph/newsgraph/internal/attrib/view"
	"github.com/newsgraph/newsgraph/internal/perceptron"
)

// FeatureSet versions the features of the learned tagger.
const FeatureSet = "attrib-features.v2"

// roleLabels are the classes, in order.
var roleLabels = []string{"O", "B-SRC", "I-SRC", "B-CUE", "I-CUE", "B-CON", "I-CON"}

const (
	lO = iota
	lBSrc
	lISrc
	lBCue
	lICue
	lBCon
	lICon
)

// roleOf maps a label to its role name, "" for O.
func roleOf(l int) string {
	switch l {
	case lBSrc, lISrc:
		return "source"
	case lBCue, lICue:
		return "cue"
	case lBCon, lICon:
		return "content"
	}
	return ""
}

// allowedBIO[p][c]: I- of a role only after B- or I- of the same role.
var allowedBIO = func() [][]bool {
	a := make([][]bool, len(roleLabels))
	for p := range roleLabels {
		a[p] = make([]bool, len(roleLabels))
		for c := range roleLabels {
			switch c {
			case lISrc, lICue, lICon:
				a[p][c] = roleOf(p) == roleOf(c)
			default:
				a[p][c] = true
			}
		}
	}
	return a
}()

const (
	fBias uint8 = iota
	fWord
	fLemma
	fPOS
	fEntity
	fPrev
	fPrev2
	fPrevWord
	fPrevPOS
	fCueWord
	fQuote
	fRule
	fRuleStart
	fWin
	fWinPOS
	fSentPos
	fSentHasCue
	fSentHasQuote
	fParaStart
	fQuoteEdge
	fCueDist
	fSentEnd
	fPOSBigram
	fCueLemma
	fPrevRule
)

// docFeatures holds what the features need about a document, computed once.
type docFeatures struct {
	d        *newsgraph.Doc
	x        *view.View
	lower    []string
	entity   []string // B-PER, I-ORG, ...
	rule     []string // role the rules gave the token
	ruleB    []bool   // the token starts a rule span
	sentCue  []bool   // per sentence: holds a cue-lexicon verb
	sentQ    []bool   // per sentence: holds a quotation mark
	sentOf   []int
	sentHead []bool // token starts its sentence
	paraHead []bool // token starts its paragraph
	cueDist  []int  // signed distance to the nearest cue-lexicon verb in the sentence, or 99
	cueLemma []string
}

func newDocFeatures(d *newsgraph.Doc, rules []newsgraph.Attribution) *docFeatures {
	x := view.New(d)
	f := &docFeatures{d: d, x: x, lower: x.Lower, entity: make([]string, len(d.Tokens)),
		rule: make([]string, len(d.Tokens)), ruleB: make([]bool, len(d.Tokens)), sentOf: x.Sentence,
		sentCue: make([]bool, len(d.Sentences)), sentQ: make([]bool, len(d.Sentences)),
		sentHead: make([]bool, len(d.Tokens)), paraHead: make([]bool, len(d.Tokens))}
	for _, e := range view.NewIndex(d.Mentions) {
		f.mark(e.Span, func(i int, first bool) {
			f.entity[i] = map[bool]string{true: "B-", false: "I-"}[first] + e.Type
		})
	}
	for _, a := range rules {
		for _, r := range []struct {
			role string
			s    *newsgraph.Span
		}{{"source", a.Source}, {"cue", &a.Cue}, {"content", &a.Content}} {
			if r.s != nil {
				f.mark(*r.s, func(i int, first bool) { f.rule[i], f.ruleB[i] = r.role, first })
			}
		}
	}
	f.cueDist = make([]int, len(d.Tokens))
	f.cueLemma = make([]string, len(d.Tokens))
	for k, s := range d.Sentences {
		f.sentHead[s.FirstToken] = true
		f.nearestCues(s)
		for i := s.FirstToken; i < s.EndToken; i++ {
			if cue.IsCore(d.Tokens[i].Lemma) && view.IsVerbTag(d.Tokens[i].Tag) {
				f.sentCue[k] = true
			}
			if x.QuoteAt[i] >= 0 {
				f.sentQ[k] = true
			}
		}
	}
	p := 0
	for i, t := range d.Tokens {
		for p < len(d.Paragraphs) && d.Paragraphs[p].End <= t.Start {
			p++
		}
		f.paraHead[i] = p < len(d.Paragraphs) && (i == 0 || d.Tokens[i-1].End <= d.Paragraphs[p].Start)
	}
	return f
}

// nearestCues fills cueDist and cueLemma for the tokens of one sentence.
func (f *docFeatures) nearestCues(s newsgraph.Sentence) {
	for i := s.FirstToken; i < s.EndToken; i++ {
		f.cueDist[i] = 99
		for j := s.FirstToken; j < s.EndToken; j++ {
			t := f.d.Tokens[j]
			isCue := cue.IsCore(t.Lemma) && view.IsVerbTag(t.Tag) || f.lower[j] == "according"
			if isCue && view.Abs(j-i) < view.Abs(f.cueDist[i]) {
				f.cueDist[i], f.cueLemma[i] = j-i, t.Lemma
			}
		}
	}
}

// mark calls fn for every token inside span, telling the first.
func (f *docFeatures) mark(s newsgraph.Span, fn func(i int, first bool)) {
	first := true
	for i, t := range f.d.Tokens {
		if t.Start >= s.Start && t.End <= s.End {
			fn(i, first)
			first = false
		}
	}
}

func (f *docFeatures) at(list []string, i int) string {
	if i < 0 || i >= len(list) {
		return "<>"
	}
	return list[i]
}

func (f *docFeatures) tag(i int) string {
	if i < 0 || i >= len(f.d.Tokens) {
		return "<>"
	}
	return f.d.Tokens[i].Tag
}

func (f *docFeatures) extract(dst []uint64, i, prev1, prev2 int) []uint64 {
	h := perceptron.New
	t := f.d.Tokens[i]
	p1, p2 := roleLabels[prev1], roleLabels[prev2]
	k := f.sentOf[i]
	quote := "out"
	if f.x.QuoteAt[i] >= 0 {
		quote = "in"
	}
	dst = append(dst,
		h(fBias).Key(),
		h(fWord).Str(f.lower[i]).Key(),
		h(fLemma).Str(t.Lemma).Str(t.Tag).Key(),
		h(fPOS).Str(t.Tag).Key(),
		h(fEntity).Str(f.entity[i]).Key(),
		h(fPrev).Str(p1).Key(),
		h(fPrev2).Str(p1).Str(p2).Key(),
		h(fPrevWord).Str(p1).Str(f.lower[i]).Key(),
		h(fPrevPOS).Str(p1).Str(t.Tag).Key(),
		h(fCueWord).Int(view.B2I(cue.IsCore(t.Lemma))).Str(t.Tag).Key(),
		h(fQuote).Str(quote).Str(p1).Key(),
		h(fRule).Str(f.rule[i]).Str(p1).Key(),
		h(fRuleStart).Int(view.B2I(f.ruleB[i])).Str(f.rule[i]).Key(),
		h(fSentPos).Int(view.B2I(f.sentHead[i])).Str(p1).Key(),
		h(fSentHasCue).Int(view.B2I(f.sentCue[k])).Int(view.B2I(f.sentQ[k])).Str(quote).Key(),
		h(fParaStart).Int(view.B2I(f.paraHead[i])).Str(p1).Key(),
		h(fQuoteEdge).Str(f.at(f.lower, i-1)).Str(quote).Str(p1).Key(),
	)
	for _, off := range [...]int{-2, -1, 1, 2} {
		dst = append(dst, h(fWin).Int(off).Str(f.at(f.lower, i+off)).Key(), h(fWinPOS).Int(off).Str(f.tag(i+off)).Key())
	}
	if i+1 < len(f.d.Tokens) {
		dst = append(dst, h(fRule).Int(1).Str(f.rule[i+1]).Key())
	}
	last := i+1 >= len(f.d.Tokens) || f.sentOf[i+1] != k
	dst = append(dst,
		h(fCueDist).Int(view.Bucket(f.cueDist[i])).Str(p1).Key(),
		h(fCueDist).Int(view.Bucket(f.cueDist[i])).Str(quote).Key(),
		h(fSentEnd).Int(view.B2I(last)).Str(t.Tag).Str(p1).Key(),
		h(fPOSBigram).Str(f.tag(i-1)).Str(t.Tag).Str(p1).Key(),
		h(fCueLemma).Str(f.cueLemma[i]).Int(view.Bucket(f.cueDist[i])).Key(),
		h(fPrevRule).Str(f.at(f.rule, i-1)).Str(f.rule[i]).Str(p1).Key(),
	)
	return dst
}

// tagger is a trained model or a trainer during training.
type predictor interface {
	Predict(feats []uint64, scores []float32, allowed []bool) int
}

// label tags a document; with gold and learn set it also trains.
func label(p predictor, f *docFeatures, gold []int, learn func([]uint64, int, int)) []int {
	out := make([]int, len(f.d.Tokens))
	feats := make([]uint64, 0, 48)
	scores := make([]float32, len(roleLabels))
	prev1, prev2 := lO, lO
	for i := range f.d.Tokens {
		feats = f.extract(feats[:0], i, prev1, prev2)
		c := p.Predict(feats, scores, allowedBIO[prev1])
		if learn != nil {
			g := gold[i]
			if !allowedBIO[prev1][g] {
				g-- // an I- label the path so far cannot reach: learn its B- instead
			}
			learn(feats, g, c)
		}
		out[i] = c
		prev2, prev1 = prev1, c
	}
	return out
}

// goldLabels turns role spans (byte offsets, possibly several fragments)
// into token labels.
func goldLabels(d *newsgraph.Doc, spans []train.RoleSpan) []int {
	out := make([]int, len(d.Tokens))
	for _, s := range spans {
		b, in := lBCon, lICon
		switch s.Role {
		case "source":
			b, in = lBSrc, lISrc
		case "cue":
			b, in = lBCue, lICue
		}
		for _, fr := range s.Fragments {
			first := true
			for i, t := range d.Tokens {
				if t.End <= fr.Start || t.Start >= fr.End {
					continue
				}
				if first {
					out[i] = b
					first = false
				} else {
					out[i] = in
				}
			}
		}
	}
	return out
}
