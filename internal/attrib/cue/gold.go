package cue

import "github.com/newsgraph/newsgraph"

// GoldClassifier is a classifier for measurement, not for use: it answers
// from gold annotation (isCue: token i of d lies in a gold cue), so that an
// evaluation can say how far the rest of attribution, the rules and the
// ranker, would go if the decision the classifier and keeper make, which
// verbs are cues, were made perfectly (newsgraph eval attribution
// --gold-cues). It decides only the verbs the rules ask about; nouns and
// marks that gold calls cues stay to the rules.
func GoldClassifier(isCue func(d *newsgraph.Doc, i int) bool) *Classifier {
	return &Classifier{gold: isCue}
}

// goldMargin is the margin a gold classifier gives: far from any
// threshold.
const goldMargin = 100

// decideByGold answers verb i from gold when the classifier is a
// GoldClassifier, reporting false when it is not.
func (x *Detector) decideByGold(i int) (margin float32, ok bool) {
	if x.classifier.gold == nil {
		return 0, false
	}
	if x.classifier.gold(x.D, i) {
		return goldMargin, true
	}
	return -goldMargin, true
}
