package sqlstore

import (
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/story"
)

// Stored features are read back from the database: a damaged blob is an
// error, never a panic, and features that decode can be replayed.
func FuzzDecodeFeatures(f *testing.F) {
	good, err := encodeFeatures(story.Features{Terms: map[string]float64{"ferry": 2}, Names: map[string]float64{"name:ana": 1}})
	if err != nil {
		f.Fatal(err)
	}
	f.Add(good)
	f.Add(good[:len(good)/2])
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		if feat, err := decodeFeatures(b); err == nil {
			c := story.New(story.DefaultConfig())
			if sid := c.Add(1, feat); sid != 1 {
				t.Fatalf("the first article replayed went to story %d", sid)
			}
		}
	})
}

// Quotations of any quoted text: every quote is counted in at most one
// quotation, once per article, and every quotation has a first printer.
func FuzzQuotations(f *testing.F) {
	f.Add("“We will build it,” she said", "we will build it", "", int64(1), int64(2))
	f.Add("a b c d e f", "a b c d e f g h i", "…", int64(3), int64(3))
	f.Fuzz(func(t *testing.T, one, two, three string, a, b int64) {
		quotes := []newsgraph.QuoteRecord{printed(1, a, one), printed(2, b, two), printed(3, a, three), printed(4, b, one)}
		seen := map[int64]bool{}
		for _, q := range quotations(quotes) {
			articles := map[int64]bool{}
			for _, r := range append([]newsgraph.QuoteRecord{q.First}, q.Repeats...) {
				if seen[r.ID] || articles[r.Article.ID] {
					t.Fatalf("quote %d counted twice, or article %d twice in one quotation", r.ID, r.Article.ID)
				}
				seen[r.ID], articles[r.Article.ID] = true, true
			}
		}
	})
}
