package validate

import (
	"context"
	"fmt"
	"sort"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/corpus"
	"github.com/newsgraph/newsgraph/internal/event"
)

// Scores are the figures of a run; its JSON is what `newsgraph eval
// events --json` prints.
type Scores struct {
	Triples PRF `json:"triples"`
	Root    PRF `json:"root"`
	Records int `json:"records"`
}

// Report is a run's scores with its failures grouped by cause.
type Report struct {
	Scores
	Failed   int            // records with a missed or extra triple
	Causes   map[string]int // triples missed or extra, by cause
	Examples map[string][]string
	Skipped  []string // records that could not be built, and why
	// Failures are the records with a missed or extra triple, in file
	// order, with how the coder read their verbs.
	Failures []Failure
}

// Failure is one record the coder got wrong.
type Failure struct {
	ID, Text      string
	Gold, Ours    []Triple
	Missed, Extra []Triple
	Readings      []event.Trace
}

// Annotate builds the Doc of a record: from its parse, or by a pipeline.
type Annotate func(ctx context.Context, rec corpus.PetrarchRecord) (*newsgraph.Doc, error)

// FromParse builds Docs from the records' own parses.
func FromParse(_ context.Context, rec corpus.PetrarchRecord) (*newsgraph.Doc, error) {
	return GoldDoc(rec)
}

// Run codes every record and scores it.
func Run(ctx context.Context, c *event.Coder, recs []corpus.PetrarchRecord, annotate Annotate) (*Report, error) {
	r := &Report{Causes: map[string]int{}, Examples: map[string][]string{}}
	var triples, rootCount Count
	for _, rec := range recs {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		d, err := annotate(ctx, rec)
		if err != nil {
			r.Skipped = append(r.Skipped, fmt.Sprintf("%s (line %d): %v", rec.ID, rec.Line, err))
			continue
		}
		r.Records++
		var readings []event.Trace
		traced := *c
		traced.Trace = func(tr event.Trace) { readings = append(readings, tr) }
		events, drops := traced.Code(d)
		pred, gold := Triples(events), Gold(rec)
		missed, extra := triples.Add(pred, gold)
		rootCount.Add(roots(pred), roots(gold))
		if len(missed)+len(extra) > 0 {
			r.Failed++
			r.Failures = append(r.Failures, Failure{ID: rec.ID, Text: d.Text, Gold: gold, Ours: pred,
				Missed: missed, Extra: extra, Readings: readings})
		}
		for _, m := range missed {
			r.note(missCause(m, pred, drops), rec, m)
		}
		for _, x := range extra {
			cause := "extra event"
			if rec.NoEvents {
				cause = "event in a noevents record"
			}
			r.note(cause, rec, x)
		}
	}
	r.Triples, r.Root = triples.PRF(), rootCount.PRF()
	return r, nil
}

func (r *Report) note(cause string, rec corpus.PetrarchRecord, t Triple) {
	r.Causes[cause]++
	if len(r.Examples[cause]) < 5 {
		r.Examples[cause] = append(r.Examples[cause], fmt.Sprintf("%s %s %s %s", rec.ID, t.Source, t.Target, t.Event))
	}
}

// missCause says why a gold triple was missed, as far as the output tells.
func missCause(g Triple, pred []Triple, drops []event.Drop) string {
	for _, p := range pred {
		if p.Source == g.Source && p.Target == g.Target {
			if p.Root().Event == g.Root().Event {
				return "wrong code (same root)"
			}
			return "wrong code"
		}
	}
	for _, p := range pred {
		if p.Event == g.Event {
			return "wrong actor or recipient"
		}
	}
	if len(pred) == 0 {
		for _, d := range drops {
			if d.Reason != "null code" && d.Reason != "" {
				return "verb matched, event dropped: " + d.Reason
			}
		}
		if len(drops) > 0 {
			return "only null-coded verbs"
		}
		return "no verb match"
	}
	return "missed among other events"
}

// Causes lists the causes by count, largest first.
func (r *Report) CauseList() []string {
	var out []string
	for c := range r.Causes {
		out = append(out, c)
	}
	sort.Slice(out, func(i, j int) bool {
		if r.Causes[out[i]] != r.Causes[out[j]] {
			return r.Causes[out[i]] > r.Causes[out[j]]
		}
		return out[i] < out[j]
	})
	return out
}
