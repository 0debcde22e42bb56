package eval

import (
	"fmt"

	"github.com/newsgraph/newsgraph"
)

// AttributionTally adds up, one document at a time, the counts that
// ScoreAttribution scores. It is for documents analysed elsewhere:
// cross-validation analyses each article once, for training and for
// scoring, which ScoreAttribution (text in, pipeline run inside) cannot
// do. Tallies are counts, not scores, so the counts of several folds
// pool into one score as if the folds had been one corpus.
type AttributionTally struct {
	counts *attributionCounts
	docs   int
}

// NewAttributionTally returns an empty tally.
func NewAttributionTally() *AttributionTally {
	return &AttributionTally{counts: newAttributionCounts()}
}

// Add counts d, which the whole pipeline has annotated, against gd's gold,
// as ScoreAttribution counts a document. d must hold gd's text: the gold
// offsets are code points of that text.
func (t *AttributionTally) Add(d *newsgraph.Doc, gd AttributionDoc) error {
	if d.Text != gd.Text {
		return fmt.Errorf("eval: document %s: the analysed text is not the gold's", gd.Name)
	}
	t.counts.add(d, gd.Gold)
	t.docs++
	return nil
}

// Score is the tally's score, as ScoreAttribution reports it.
func (t *AttributionTally) Score() AttributionScore { return t.counts.score(t.docs) }
