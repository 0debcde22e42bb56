package sqlstore_test

import (
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/storetest"
	"github.com/newsgraph/newsgraph/sqlite"
)

// syntheticArticle is an invented article of about 300 words on one of
// 200 topics: words drawn from the topic's own and a shared vocabulary,
// and three of the topic's names, so that the clusterer has candidates
// to score and stories to join.
func syntheticArticle(r *rand.Rand, n int) *newsgraph.Article {
	topic := r.IntN(200)
	var b strings.Builder
	for i := range 300 {
		if i%12 == 0 && i > 0 {
			b.WriteString(". ")
		}
		if r.IntN(3) == 0 {
			fmt.Fprintf(&b, "topic%dword%d ", topic, r.IntN(40))
		} else {
			fmt.Fprintf(&b, "common%d ", r.IntN(2000))
		}
	}
	names := []string{fmt.Sprintf("Name%dA", topic), fmt.Sprintf("Name%dB", topic), fmt.Sprintf("Name%dC", r.IntN(200))}
	body := b.String() + strings.Join(names, " met ") + "."
	d := newsgraph.NewDoc(newsgraph.Metadata{Published: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, n/20)},
		[]newsgraph.Block{{Kind: newsgraph.KindTitle, Text: fmt.Sprintf("Topic %d news %d", topic, n)}, {Kind: newsgraph.KindBody, Text: body}})
	d.Tokens = storetest.WordTokens(d.Text)
	for i, name := range names {
		at := strings.LastIndex(d.Text, name)
		d.Entities = append(d.Entities, newsgraph.Entity{Type: "PER", Name: name})
		d.Mentions = append(d.Mentions, newsgraph.Mention{Span: newsgraph.Span{Start: at, End: at + len(name)}, Kind: newsgraph.MentionName, Type: "PER", Entity: i})
	}
	return &newsgraph.Article{Hash: fmt.Sprint("synthetic-", n), Doc: d}
}

// BenchmarkPut stores synthetic articles one after another into a store
// that already holds 1,000: the cost of Put as a stream goes on.
func BenchmarkPut(b *testing.B) {
	s, err := sqlite.Open(ctx, filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	r := rand.New(rand.NewPCG(1, 2))
	for n := range 1000 {
		put(b, s, syntheticArticle(r, n))
	}
	articles := make([]*newsgraph.Article, b.N)
	for i := range articles {
		articles[i] = syntheticArticle(r, 1000+i)
	}
	b.ResetTimer()
	for _, a := range articles {
		put(b, s, a)
	}
}

// BenchmarkFirstPutAfterOpen is what a new writer pays once: opening a
// store of 1,000 articles and putting one, which replays the stored
// features of all of them into its clusterer.
func BenchmarkFirstPutAfterOpen(b *testing.B) {
	path := filepath.Join(b.TempDir(), "bench.db")
	s, err := sqlite.Open(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	r := rand.New(rand.NewPCG(1, 2))
	for n := range 1000 {
		put(b, s, syntheticArticle(r, n))
	}
	s.Close()
	b.ResetTimer()
	for i := range b.N {
		s, err := sqlite.Open(ctx, path)
		if err != nil {
			b.Fatal(err)
		}
		put(b, s, syntheticArticle(r, 1000+i))
		s.Close()
	}
}
