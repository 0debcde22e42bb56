package tag

import (
	"github.com/newsgraph/newsgraph/internal/affix"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/internal/cluster"
	"github.com/newsgraph/newsgraph/internal/intern"
	"github.com/newsgraph/newsgraph/internal/perceptron"
)

// FeatureSet names the features extract computes. A model records the
// version it was trained with and is refused by code with another.
const FeatureSet = "pos-features.v4"

// Feature templates.
const (
	fBias uint8 = iota
	fWord
	fSuffix2
	fSuffix3
	fSuffix4
	fPrefix1
	fPrefix3
	fShape
	fPrev1Tag
	fPrev2Tag
	fPrevTags
	fPrevTagWord
	fPrevWord
	fPrevSuffix3
	fPrev2Word
	fNextWord
	fNextSuffix3
	fNext2Word
	fPrevWordWord
	fWordNextWord
	fFirstCapital
	fSuffix1
	fPrevShape
	fNextShape
	fPrevTagNextWord
	fPrefix2
	fSuffix5
	fCapitalLowerKnown
	fCluster
	fPrevCluster
	fNextCluster
	fAmbiguity
	fNextAmbiguity
	fAmbiguityPrevTag
	fStemAmbiguity
)

// sentCtx is a sentence prepared for feature extraction: normalised forms
// and shapes, computed once per token.
type sentCtx struct {
	norm  []string
	shape []string
	lower map[string]bool // words seen in lower case in training
	cl    []int           // fine word cluster, -1 for none
	amb   []uint64        // ambiguity class: the tags the word has in the tag lexicon, 0 if unseen
	stem  []uint64        // for an unseen word ending in -s, the ambiguity class of its stem
}

// newContext prepares a sentence's words; in, when not nil, interns their
// shapes across the calls it is given to.
func newContext(words []string, lower map[string]bool, amb map[string]uint64, clusters *cluster.Clusters, in intern.Strings) *sentCtx {
	n := len(words)
	c := &sentCtx{norm: make([]string, n), shape: make([]string, n), lower: lower,
		cl: make([]int, n), amb: make([]uint64, n), stem: make([]uint64, n)}
	for i, w := range words {
		c.cl[i] = -1
		if f, _, ok := clusters.Lookup(w); ok {
			c.cl[i] = f
		}
		c.norm[i] = normalize(w)
		c.shape[i] = shape(w, in)
		c.amb[i] = amb[c.norm[i]]
		if c.amb[i] == 0 {
			c.stem[i] = stemAmbiguity(c.norm[i], amb)
		}
	}
	return c
}

// stemAmbiguity looks an unseen word ending in -s up by its stem: when
// "reveals" is missing from the lexicon but "reveal" is there as a verb,
// "reveals" is more likely a present-tense verb than the plural noun its
// suffix suggests. 0 when there is no known stem.
func stemAmbiguity(w string, amb map[string]uint64) uint64 {
	if len(w) < 4 || w[len(w)-1] != 's' || strings.HasSuffix(w, "ss") {
		return 0
	}
	if strings.HasSuffix(w, "ies") {
		if a := amb[w[:len(w)-3]+"y"]; a != 0 {
			return a
		}
	}
	if a := amb[w[:len(w)-1]]; a != 0 {
		return a
	}
	if strings.HasSuffix(w, "es") {
		return amb[w[:len(w)-2]]
	}
	return 0
}

func (c *sentCtx) ambAt(i int) uint64 {
	if i < 0 || i >= len(c.amb) {
		return 1<<64 - 1 // outside the sentence: a class no word has
	}
	return c.amb[i]
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func (c *sentCtx) clusterAt(i int) int {
	if i < 0 || i >= len(c.cl) {
		return -2
	}
	return c.cl[i]
}

func (c *sentCtx) shapeAt(i int) string {
	if i < 0 || i >= len(c.shape) {
		return "-"
	}
	return c.shape[i]
}

// quoteFold maps typographic quotes and apostrophes to the ASCII ones most
// of the training data uses, so “ and ’s look like " and 's to the model.
var quoteFold = strings.NewReplacer("“", "\"", "”", "\"", "‘", "'", "’", "'", "«", "\"", "»", "\"")

// normalize lower-cases a word, folds quotes, and folds numbers into classes.
func normalize(w string) string {
	if strings.ContainsAny(w, "“”‘’«»") {
		w = quoteFold.Replace(w)
	}
	if len(w) == 4 && isDigits(w) {
		return "!YEAR"
	}
	if w != "" && w[0] >= '0' && w[0] <= '9' {
		return "!DIGITS"
	}
	return strings.ToLower(w)
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// shape maps letters to X/x, digits to d, keeps other characters, and
// collapses runs longer than two: "McDonald's" -> "XxXxx'x". The shape
// is interned by in.
func shape(w string, in intern.Strings) string {
	var buf [64]byte
	b := buf[:0]
	var last rune
	run := 0
	for _, r := range w {
		var c rune
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLetter(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		default:
			c = r
		}
		if c == last {
			run++
			if run > 2 {
				continue
			}
		} else {
			run = 1
		}
		last = c
		b = utf8.AppendRune(b, c)
	}
	return in.Of(b)
}

const (
	startTag = "-START-"
	start2   = "-START2-"
	endWord  = "-END-"
	end2Word = "-END2-"
)

// extract appends the features of token i, given the tags already
// predicted for the tokens before it.
func (c *sentCtx) extract(dst []uint64, words []string, i int, prev1, prev2 string) []uint64 {
	n := len(words)
	w := c.norm[i]
	word := words[i]
	pw, ppw := startTag, start2
	if i > 0 {
		pw = c.norm[i-1]
	}
	if i > 1 {
		ppw = c.norm[i-2]
	}
	nw, nnw := endWord, end2Word
	if i+1 < n {
		nw = c.norm[i+1]
	}
	if i+2 < n {
		nnw = c.norm[i+2]
	}
	h := perceptron.New
	r0, _ := utf8.DecodeRuneInString(word)
	first := i == 0 && unicode.IsUpper(r0)
	dst = append(dst,
		h(fBias).Key(),
		h(fWord).Str(w).Key(),
		h(fSuffix2).Str(affix.Suffix(word, 2)).Key(),
		h(fSuffix3).Str(affix.Suffix(w, 3)).Key(),
		h(fSuffix4).Str(affix.Suffix(w, 4)).Key(),
		h(fPrefix1).Str(affix.Prefix(word, 1)).Key(),
		h(fPrefix3).Str(affix.Prefix(w, 3)).Key(),
		h(fShape).Str(c.shape[i]).Key(),
		h(fPrev1Tag).Str(prev1).Key(),
		h(fPrev2Tag).Str(prev2).Key(),
		h(fPrevTags).Str(prev1).Str(prev2).Key(),
		h(fPrevTagWord).Str(prev1).Str(w).Key(),
		h(fPrevWord).Str(pw).Key(),
		h(fPrevSuffix3).Str(affix.Suffix(pw, 3)).Key(),
		h(fPrev2Word).Str(ppw).Key(),
		h(fNextWord).Str(nw).Key(),
		h(fNextSuffix3).Str(affix.Suffix(nw, 3)).Key(),
		h(fNext2Word).Str(nnw).Key(),
		h(fPrevWordWord).Str(pw).Str(w).Key(),
		h(fWordNextWord).Str(w).Str(nw).Key(),
		h(fSuffix1).Str(affix.Suffix(w, 1)).Key(),
		h(fPrevShape).Str(c.shapeAt(i-1)).Key(),
		h(fNextShape).Str(c.shapeAt(i+1)).Key(),
		h(fPrevTagNextWord).Str(prev1).Str(nw).Key(),
		h(fPrefix2).Str(affix.Prefix(w, 2)).Key(),
		h(fSuffix5).Str(affix.Suffix(w, 5)).Key(),
	)
	dst = append(dst, h(fAmbiguity).U64(c.amb[i]).Key(),
		h(fNextAmbiguity).U64(c.ambAt(i+1)).Key(),
		h(fAmbiguityPrevTag).U64(c.amb[i]).Str(prev1).Key())
	if c.stem[i] != 0 {
		dst = append(dst, h(fStemAmbiguity).U64(c.stem[i]).Key())
	}
	if first {
		dst = append(dst, h(fFirstCapital).Str(w).Key())
	}
	dst = append(dst, h(fCluster).Int(c.cl[i]).Key(),
		h(fPrevCluster).Int(c.clusterAt(i-1)).Key(), h(fNextCluster).Int(c.clusterAt(i+1)).Key())
	if unicode.IsUpper(r0) {
		// A capitalised word never seen in lower case is most likely a name,
		// even at the start of a sentence, where capitals say nothing.
		dst = append(dst, h(fCapitalLowerKnown).Int(b2i(c.lower[w])).Int(b2i(i == 0)).Key())
	}
	return dst
}
