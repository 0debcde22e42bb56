package ner

import (
	"github.com/newsgraph/newsgraph/internal/affix"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/internal/cluster"
	"github.com/newsgraph/newsgraph/internal/gazetteer"
	"github.com/newsgraph/newsgraph/internal/intern"
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

// newSentence prepares one sentence's words for the features; in interns
// the words' shapes across the document.
func newSentence(words, pos []string, cl *cluster.Clusters, in intern.Strings) *sentence {
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
		s.shape[i], s.short[i] = shapes(w, in)
	}
	s.gaz = gazetteer.Default().LookupLower(s.lower)
	s.case_ = sentenceCase(s.words)
	return s
}

// findNames marks the words of known names, looked up in words as the
// caller gave them, before newSentence folded their quotation marks (as
// the tagger was trained): the sentence's own lower-cased words serve
// unless a word was folded.
func (s *sentence) findNames(n *Names, words []string, exclude map[string][]int) {
	if len(words) > 0 && &s.words[0] != &words[0] {
		s.names = n.lookup(words, exclude)
		return
	}
	s.names = n.lookupLower(s.lower, exclude)
}

var quoteFold = strings.NewReplacer("’", "'", "‘", "'", "“", "\"", "”", "\"")

// shapes returns the word's shape with runs of a class capped at two
// ("Xxx-Xx") and fully collapsed ("Xx-Xx"), interned by in.
func shapes(w string, in intern.Strings) (string, string) {
	var longBuf, shortBuf [64]byte
	long, short := longBuf[:0], shortBuf[:0]
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
			short = utf8.AppendRune(short, c)
		}
		if run <= 2 {
			long = utf8.AppendRune(long, c)
		}
		last = c
	}
	return in.Of(long), in.Of(short)
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
		if isUpper(w) {
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

// isUpper reports whether strings.ToUpper(w) == w, without building the
// upper-cased copy (an allocation for most words): no rune has another
// upper case, and no byte is invalid UTF-8, which ToUpper would rewrite
// as U+FFFD.
func isUpper(w string) bool {
	for i := 0; i < len(w); {
		r, size := utf8.DecodeRuneInString(w[i:])
		if r == utf8.RuneError && size == 1 || unicode.ToUpper(r) != r {
			return false
		}
		i += size
	}
	return true
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
