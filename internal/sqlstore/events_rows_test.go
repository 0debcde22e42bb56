package sqlstore

import (
	"testing"
	"time"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/index"
	"github.com/newsgraph/newsgraph/internal/storetest"
)

// Whatever spans and indices a document's events carry, building their
// rows refuses them or gives rows whose text is the text's, and never
// panics.
func FuzzEventRows(f *testing.F) {
	f.Add(0, 7, 8, 15, -1, 3, "2026-03-02")
	f.Add(-4, 2, 99, 3, 7, 0, "")
	f.Add(31, 32, 0, 0, 2, -9, "2026-02-30")
	f.Fuzz(func(t *testing.T, verbStart, verbEnd, mentionStart, mentionEnd, entity, mention int, date string) {
		d := storetest.EventArticle("f", time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC), "2026-03-02").Doc
		e := &d.Events[0]
		e.Verb = newsgraph.Span{Start: verbStart, End: verbEnd}
		e.Actor[0] = newsgraph.Participant{Entity: entity, Mention: newsgraph.Span{Start: mentionStart, End: mentionEnd}}
		e.Date = date
		// index.Build trusts entities' mention lists (Validate rebuilds
		// them), so this one names a mention there is.
		d.Entities = []newsgraph.Entity{{Type: "LOC", Name: "Norland", Mentions: []int{(mention%len(d.Mentions) + len(d.Mentions)) % len(d.Mentions)}}}
		rows, err := eventRows(d, newsgraph.NewCodePoints(d.Text), index.Build(d))
		if err != nil {
			if newsgraph.ErrorCode(err) != newsgraph.EINVALID {
				t.Fatalf("error %v is not a refusal", err)
			}
			return
		}
		if len(rows) != 2 || rows[0].verb.Text != d.Text[verbStart:verbEnd] || len(rows[0].dated) != 0 && len(rows[0].dated) != 10 {
			t.Errorf("rows %+v", rows[0])
		}
	})
}
