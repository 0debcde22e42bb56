package ner

import (
	"github.com/newsgraph/newsgraph/internal/affix"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/internal/cluster"
	"github.com/newsgraph/newsgraph/internal/gazetteer"
	"github.com/newsgraph/newsgraph/internal/perceptron"
)

// FeatureSet names the features below; a model trained with another set is
// refused.
const FeatureSet = "ner-features.v2"

const (
	fBias uint8 = iota
	fWord
	fLower
	fShape
	fShort
	fPrefix
	fSuffix
	fWindowWord
	fWindowShape
	fPOS
	fWindowPOS
	fPrev1
	fPrev2
	fPrev1Word
	fGaz
	fWindowGaz
	fSentenceCase
	fHistory
	fCapsElsewhere
	fWordPOS
	fNextPairShape
	fCluster
	fWindowCluster
	fName
	fWindowName
)

// sentence holds what features need about one sentence.
type sentence struct {
	words    []string
	clusters []int // fine cluster per word, -1 for none
	lower    []string
	shape    []string
	short    []string
	pos      []string
	gaz      [][]gazetteer.Match
	names    []nameMatch
	case_    string // "upper" (all caps), "title" (every word capitalised) or "mixed"
}

func newSentence(words, pos []string, cl *cluster.Clusters) *sentence {
	s := &sentence{words: words, pos: pos, lower: make([]string, len(words)),
		shape: make([]string, len(words)), short: make([]string, len(words)), clusters: make([]int, len(words))}
	for i, w := range words {
		if strings.ContainsAny(w, "’‘“”") {
			if &s.words[0] == &words[0] {
				s.words = slices.Clone(words) // copy before changing: words is the caller's
			}
			w = quoteFold.Replace(w) // the training data writes 's and " in ASCII
			s.words[i] = w
		}
		s.clusters[i] = -1
		if f, _, ok := cl.Lookup(w); ok {
			s.clusters[i] = f
		}
		s.lower[i] = strings.ToLower(w)
		s.shape[i], s.short[i] = shapes(w)
	}
	s.gaz = gazetteer.Default().Lookup(s.words)
	s.case_ = sentenceCase(s.words)
	return s
}

var quoteFold = strings.NewReplacer("’", "'", "‘", "'", "“", "\"", "”", "\"")

// shapes returns the word's shape with runs of a class capped at two
// ("Xxx-Xx") and fully collapsed ("Xx-Xx").
func shapes(w string) (string, string) {
	var long, short strings.Builder
	var last rune
	run := 0
	for _, r := range w {
		c := r
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLetter(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		}
		if c == last {
			run++
		} else {
			run = 1
			short.WriteRune(c)
		}
		if run <= 2 {
			long.WriteRune(c)
		}
		last = c
	}
	return long.String(), short.String()
}

// sentenceCase tells headlines from running text: with most words
// capitalised, capitals say little about names.
func sentenceCase(words []string) string {
	letters, upper, capital := 0, 0, 0
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) {
			continue
		}
		letters++
		if unicode.IsUpper(r) {
			capital++
		}
		if strings.ToUpper(w) == w {
			upper++
		}
	}
	switch {
	case letters >= 3 && upper*10 >= letters*9:
		return "upper"
	case letters >= 4 && capital*10 >= letters*8:
		return "title"
	}
	return "mixed"
}

func (s *sentence) at(list []string, i int) string {
	switch {
	case i < 0:
		return "<s>"
	case i >= len(list):
		return "</s>"
	}
	return list[i]
}

// docState is what the tagger remembers across the sentences of a document.
type docState struct {
	history       map[string]string // lower word -> type it was last tagged with
	capsElsewhere map[string]bool   // lower words written with a capital mid-sentence
}

func newDocState(sentences [][]string) *docState {
	d := &docState{history: map[string]string{}, capsElsewhere: map[string]bool{}}
	for _, ws := range sentences {
		for i, w := range ws {
			r, _ := utf8.DecodeRuneInString(w)
			if i > 0 && unicode.IsUpper(r) {
				d.capsElsewhere[strings.ToLower(w)] = true
			}
		}
	}
	return d
}

// remember records the types of the entities found in a sentence.
func (d *docState) remember(s *sentence, spans []Span) {
	for _, sp := range spans {
		for k := sp.Start; k < sp.End; k++ {
			d.history[s.lower[k]] = sp.Type
		}
	}
}

func (s *sentence) extract(dst []uint64, i int, prev1, prev2 string, doc *docState) []uint64 {
	h := perceptron.New
	w, lw := s.words[i], s.lower[i]
	dst = append(dst,
		h(fBias).Key(),
		h(fWord).Str(w).Key(),
		h(fLower).Str(lw).Key(),
		h(fShape).Str(s.shape[i]).Key(),
		h(fShort).Str(s.short[i]).Key(),
		h(fPOS).Str(s.pos[i]).Key(),
		h(fWordPOS).Str(lw).Str(s.pos[i]).Key(),
		h(fPrev1).Str(prev1).Key(),
		h(fPrev2).Str(prev1).Str(prev2).Key(),
		h(fPrev1Word).Str(prev1).Str(lw).Key(),
		h(fSentenceCase).Str(s.case_).Str(s.short[i]).Key(),
		h(fNextPairShape).Str(s.at(s.short, i-1)).Str(s.short[i]).Str(s.at(s.short, i+1)).Key(),
	)
	for n := 1; n <= 4; n++ {
		dst = append(dst, h(fPrefix).Int(n).Str(affix.Prefix(lw, n)).Key(), h(fSuffix).Int(n).Str(affix.Suffix(lw, n)).Key())
	}
	for _, off := range [...]int{-2, -1, 1, 2} {
		dst = append(dst,
			h(fWindowWord).Int(off).Str(s.at(s.lower, i+off)).Key(),
			h(fWindowPOS).Int(off).Str(s.at(s.pos, i+off)).Key())
		if off == -1 || off == 1 {
			dst = append(dst, h(fWindowShape).Int(off).Str(s.at(s.short, i+off)).Key())
		}
	}
	dst = append(dst, h(fCluster).Int(s.clusters[i]).Key())
	if m := s.names[i]; m.Type != "" {
		dst = append(dst, h(fName).Str(m.Type).Int(int(m.Pos)).Key(), h(fName).Str(m.Type).Str(s.short[i]).Key())
	}
	for _, off := range [...]int{-1, 1} {
		if j := i + off; j >= 0 && j < len(s.words) && s.names[j].Type != "" {
			dst = append(dst, h(fWindowName).Int(off).Str(s.names[j].Type).Key())
		}
	}
	for _, off := range [...]int{-1, 1} {
		if j := i + off; j >= 0 && j < len(s.words) {
			dst = append(dst, h(fWindowCluster).Int(off).Int(s.clusters[j]).Key())
		}
	}
	for _, m := range s.gaz[i] {
		dst = append(dst, h(fGaz).Str(string(m.List)).Int(int(m.Pos)).Key())
	}
	for _, off := range [...]int{-1, 1} {
		if j := i + off; j >= 0 && j < len(s.words) {
			for _, m := range s.gaz[j] {
				dst = append(dst, h(fWindowGaz).Int(off).Str(string(m.List)).Key())
			}
		}
	}
	if t, ok := doc.history[lw]; ok {
		dst = append(dst, h(fHistory).Str(t).Key())
	}
	if i == 0 || s.case_ != "mixed" {
		dst = append(dst, h(fCapsElsewhere).Int(b2i(doc.capsElsewhere[lw])).Str(s.case_).Key())
	}
	return dst
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
