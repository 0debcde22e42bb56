package cue

import (
	"strings"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/internal/attrib/view"
)

// Detector answers, for one document, whether a word is an attribution
// cue: by the lexicon alone, or, with a classifier, by the classifier
// reading the word in its context. The rules that build attributions ask
// about the same word several times (as a candidate, as the end of a
// sentence, inside another's content), so the classifier's answers and
// margins are kept. A Detector belongs to one goroutine.
type Detector struct {
	*view.View
	cues       map[string]bool // verb lemmas that signal attribution
	classifier *Classifier     // when set, decides which verbs are cues
	buildAt    *float32        // when set, the margin above which a verb is proposed, in place of the classifier's threshold
	children   [][]int         // per token, its dependents (for the classifier)
	feats      []uint64        // the classifier's scratch space
	verdict    []int8          // per token: the classifier's answer, 1 cue, -1 not, 0 not asked yet
	margin     []float32       // per token: the classifier's margin, once asked
	titleCase  []int8          // per sentence: 1 title-cased, -1 not, 0 not read yet
}

// NewDetector detects cues in v's document with the lexicon cues (the
// hand-written one when nil) and, when cl is not nil, the classifier,
// which then proposes the verbs whose margin is above *buildAt when that
// is set (a keeper decides later, on the whole attribution) and above its
// own threshold otherwise.
func NewDetector(v *view.View, cues map[string]bool, cl *Classifier, buildAt *float32) *Detector {
	if cues == nil {
		cues = coreLemmas
	}
	x := &Detector{View: v, cues: cues, classifier: cl, buildAt: buildAt}
	if cl != nil {
		x.children = childrenOf(v.D)
	}
	return x
}

// Contextual: a classifier decides, not the lexicon alone.
func (x *Detector) Contextual() bool { return x.classifier != nil }

// Margin returns the classifier's margin on word i (0 when it was never
// asked about it), and false when the classifier has been asked about no
// word at all.
func (x *Detector) Margin(i int) (float32, bool) {
	if x.margin == nil {
		return 0, false
	}
	return x.margin[i], true
}

// IsCue: word i is a verb of saying, believing or showing. "show" counts
// only as a finite verb: "images showed" reports, "footage showing"
// describes.
func (x *Detector) IsCue(i int) bool {
	t := x.Tag(i)
	if (!view.IsVerbTag(t) || t == "MD") && (x.classifier == nil || !nounReadVerb(x.D, i)) {
		return false
	}
	if i >= 2 && x.Lower[i-2] == "according" && x.Lower[i-1] == "to" {
		return false // "according to footage": a source mistagged as a verb
	}
	if i >= 1 && (x.Tag(i-1) == "POS" && !x.hasContracted(i) || x.Tag(i-1) == "PRP$") {
		return false // "to keep Norway's hopes alive", "his claims": a noun the tagger read as a verb
	}
	if x.Lemma(i) == "think" && i+1 < len(x.Lower) && (x.Lower[i+1] == "tank" || x.Lower[i+1] == "tanks") {
		return false // "an analyst at the energy think tank told …"
	}
	if x.insideName(i) {
		return false // "shown at the Oslo Boat Show", "Face the Nation": a word of a name
	}
	if x.Lemma(i) == "decline" && x.fellBy(i) {
		return false // "the index declined 0.3%": a fall, not a refusal
	}
	if x.classifier != nil {
		return x.inContext(i)
	}
	if !x.cues[x.Lemma(i)] {
		return false
	}
	return x.Lemma(i) != "show" || t == "VBD" || t == "VBZ" || t == "VBP"
}

// inContext asks the classifier about verb i.
// The rules ask about the same verb several times (as a candidate, as the
// end of a sentence, inside another's content), so answers are kept.
func (x *Detector) inContext(i int) bool {
	if !Candidate(x.D, i) {
		return false
	}
	if x.verdict == nil {
		x.verdict = make([]int8, len(x.D.Tokens))
	}
	if v := x.verdict[i]; v != 0 {
		return v > 0
	}
	margin, byGold := x.decideByGold(i)
	if !byGold {
		x.feats = x.features(x.feats[:0], i)
		var scores [2]float32
		x.classifier.weights.Score(x.feats, scores[:])
		margin = scores[1] - scores[0]
	}
	if x.margin == nil {
		x.margin = make([]float32, len(x.D.Tokens))
	}
	x.margin[i] = margin
	threshold := x.classifier.Threshold
	if x.buildAt != nil {
		threshold = *x.buildAt // a keeper decides later, on the whole attribution
	}
	x.verdict[i] = -1
	if margin > threshold {
		x.verdict[i] = 1
	}
	return x.verdict[i] > 0
}

// fellBy: verb i takes an amount of a fall, "0.3%", "by 12 points",
// "5 cents": a number with a unit or nothing after it ("declined three
// requests" refused them).
func (x *Detector) fellBy(i int) bool {
	j := i + 1
	if j < len(x.Lower) && x.Lower[j] == "by" {
		j++
	}
	if j >= len(x.Lower) || x.Tag(j) != "CD" {
		return false
	}
	if j+1 >= len(x.Lower) {
		return true
	}
	switch n := x.Lower[j+1]; {
	case n == "%" || n == "percent" || n == "points" || n == "point" || n == "cents" || n == "per":
		return true
	case x.Sentence[j+1] != x.Sentence[j]:
		return true
	default:
		t := x.Tag(j + 1)
		return t == "," || t == "." || t == "IN" || t == "TO"
	}
}

// insideName: capitalised word i lies inside a name the NER found, after
// its first word, in a sentence written in sentence case. (In a title-cased
// headline the NER runs names on over the verb: "Mayor Lind Says …".)
func (x *Detector) insideName(i int) bool {
	t := x.D.Tokens[i]
	if !view.Capitalised(x.D.TokenText(i)) || x.titleCased(x.Sentence[i]) {
		return false
	}
	for _, m := range x.Names.Overlapping(t.Span) {
		if m.Start < t.Start && m.End >= t.End {
			return true
		}
	}
	return false
}

// titleCased: most of sentence k's words of four letters or more are
// capitalised. Each sentence is read once.
func (x *Detector) titleCased(k int) bool {
	if x.titleCase == nil {
		x.titleCase = make([]int8, len(x.D.Sentences))
	}
	if v := x.titleCase[k]; v != 0 {
		return v > 0
	}
	s := x.D.Sentences[k]
	words, capitals := 0, 0
	for i := s.FirstToken; i < s.EndToken; i++ {
		if w := x.D.TokenText(i); utf8.RuneCountInString(w) >= 4 {
			words++
			capitals += view.B2I(view.Capitalised(w))
		}
	}
	x.titleCase[k] = -1
	if 2*capitals > words {
		x.titleCase[k] = 1
	}
	return x.titleCase[k] > 0
}

// hasContracted: the "'s" before verb i is "has", a past form after it
// and the verb's subject before it ("The company's said it will
// appeal"), not a possessive ("Norway's hopes").
func (x *Detector) hasContracted(i int) bool {
	if i < 2 || x.Tag(i) != "VBN" && x.Tag(i) != "VBD" {
		return false
	}
	t := x.D.Tokens[i-2]
	return t.Head == i && strings.HasPrefix(t.Dep, "nsubj")
}
