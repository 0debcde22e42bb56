package main

import (
	"errors"
	"fmt"
	"io"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/eval"
)

// How far PolNeAR's annotators agree with each other, beside how far
// newsgraph agrees with them, on the articles several annotators marked
// (16 of train's). Every score takes the first annotator as gold; the
// annotators' agreement with that gold is what the annotation lets any
// system reach, and newsgraph's out-of-fold output is scored on the same
// pairs, so that the two figures compare like with like.

// agreementTally pools, over the held-out articles with more than one
// annotation file, one pair per other annotator: that annotator against
// the first, newsgraph against the first, and newsgraph against that
// annotator.
type agreementTally struct {
	Articles int `json:"articles"`
	Pairs    int `json:"pairs"`
	// Annotators is each other annotator's marks scored against the first's.
	Annotators eval.AttributionScore `json:"annotators_vs_first"`
	// Newsgraph is newsgraph's output scored against the first
	// annotator's, counted once per pair.
	Newsgraph eval.AttributionScore `json:"newsgraph_vs_first"`
	// NewsgraphOthers is newsgraph's output scored against each other
	// annotator's marks.
	NewsgraphOthers eval.AttributionScore `json:"newsgraph_vs_others"`

	annotators, newsgraph, others *eval.AttributionTally
}

func newAgreementTally() *agreementTally {
	return &agreementTally{annotators: eval.NewAttributionTally(), newsgraph: eval.NewAttributionTally(), others: eval.NewAttributionTally()}
}

// add counts held-out article h, which newsgraph annotated as d.
func (a *agreementTally) add(d *newsgraph.Doc, h heldOutDoc) error {
	if len(h.Others) == 0 {
		return nil
	}
	a.Articles++
	for _, o := range h.Others {
		a.Pairs++
		if err := errors.Join(a.annotators.Add(eval.AsPrediction(d, o), h.Gold), a.newsgraph.Add(d, h.Gold), a.others.Add(d, o)); err != nil {
			return err
		}
	}
	return nil
}

// finish fills the scores from the tallies.
func (a *agreementTally) finish() {
	a.Annotators, a.Newsgraph, a.NewsgraphOthers = a.annotators.Score(), a.newsgraph.Score(), a.others.Score()
}

func printAgreement(w io.Writer, a *agreementTally) {
	if a.Pairs == 0 {
		return
	}
	fmt.Fprintf(w, "agreement on the %d articles several annotators marked (%d pairs; exact F1 cue, source, content; content overlap F1):\n", a.Articles, a.Pairs)
	for _, r := range []struct {
		name string
		s    eval.AttributionScore
	}{{"other annotators vs the first", a.Annotators}, {"newsgraph vs the first", a.Newsgraph}, {"newsgraph vs the others", a.NewsgraphOthers}} {
		fmt.Fprintf(w, "  %-30s %.4f %.4f %.4f %.4f\n", r.name, r.s.Cue.Exact.F1, r.s.Source.Exact.F1, r.s.Content.Exact.F1, r.s.Content.Overlap.F1)
	}
}
