package ingest_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/analyze"
	"github.com/newsgraph/newsgraph/internal/ingest"
	"github.com/newsgraph/newsgraph/internal/shipped"
	"github.com/newsgraph/newsgraph/sqlite"
)

var (
	firstNames = strings.Fields("Elena Piet Marek Anja Tomas Ivana Jonas Sofia Karel Mira Lukas Nadia Otto Vera Emil Lena Viktor Ines Jan Hana")
	lastNames  = strings.Fields("Varga Olander Stoyan Meer Reinholt Kovac Brandt Novak Holm Lindqvist Petrov Sandor Weiss Moreau Duarte Falk")
	places     = strings.Fields("Brask Kesh Vall Ostmark Tirn Halden Corvo Leska Marrow Pelt")
	topics     = []string{"the port strike", "the new budget", "the rail tunnel", "water prices", "the election", "the fishing quota", "the hospital merger"}
	verbs      = []string{"said", "told reporters", "warned", "added", "insisted"}
)

// generated writes a synthetic news article: a headline, a byline and
// paragraphs of direct and reported speech by invented people.
func generated(r *rand.Rand, i int) string {
	name := func() string { return firstNames[r.IntN(len(firstNames))] + " " + lastNames[r.IntN(len(lastNames))] }
	place, topic := places[r.IntN(len(places))], topics[r.IntN(len(topics))]
	speaker, other := name(), name()
	var b strings.Builder
	fmt.Fprintf(&b, "%s: “We will not give up on %s” (%d)\n\nBy %s\n\n", speaker, topic, i, name())
	fmt.Fprintf(&b, "%s told reporters in %s on Tuesday that the council would decide on %s within weeks.\n\n", speaker, place, topic)
	for p := 0; p < 6; p++ {
		s := []string{speaker, other}[p%2]
		fmt.Fprintf(&b, "“We have waited %d months for a decision on %s, and people in %s are tired of waiting,” %s %s.\n\n",
			r.IntN(30)+2, topic, places[r.IntN(len(places))], s, verbs[r.IntN(len(verbs))])
		fmt.Fprintf(&b, "Officials in %s said the plan would cost about $%d million, according to the city's own figures.\n\n", place, r.IntN(500)+10)
	}
	return b.String()
}

// BenchmarkIngest10k ingests 10,000 generated articles into a fresh SQLite
// store, then times quote and full-text queries on it. Run with
// -benchtime 1x: go test ./internal/ingest -run '^$' -bench Ingest10k -benchtime 1x
func BenchmarkIngest10k(b *testing.B) {
	m, err := shipped.Load()
	if err != nil {
		b.Fatal(err)
	}
	// The pipeline of `newsgraph ingest`.
	p, err := m.Pipeline(m.Attribution())
	if err != nil {
		b.Fatal(err)
	}
	const n = 10000
	for b.Loop() {
		dir := b.TempDir()
		path := filepath.Join(dir, "ng.db")
		store, err := sqlite.Open(context.Background(), path)
		if err != nil {
			b.Fatal(err)
		}
		items := make(chan analyze.Item)
		go func() {
			r := rand.New(rand.NewPCG(1, 2))
			for i := range n {
				items <- analyze.Item{Source: fmt.Sprint(i), Raw: []byte(generated(r, i)), Format: analyze.FormatText}
			}
			close(items)
		}()
		start := time.Now()
		stats, err := ingest.Run(context.Background(), store, &analyze.Analyzer{Pipeline: p}, items, 0, nil)
		elapsed := time.Since(start)
		if err != nil || stats.Added != n {
			b.Fatalf("ingest: %+v, %v", stats, err)
		}
		b.ReportMetric(float64(n)/elapsed.Seconds(), "articles/s")
		b.ReportMetric(float64(fileSize(path))/(1<<20), "db-MiB")
		b.ReportMetric(p95(b, 200, func(i int) error {
			_, _, err := store.Quotes(context.Background(), newsgraph.QuoteFilter{Speaker: lastNames[i%len(lastNames)]})
			return err
		}), "p95-quote-ms")
		b.ReportMetric(p95(b, 200, func(i int) error {
			_, _, err := store.Search(context.Background(), topics[i%len(topics)], newsgraph.Page{})
			return err
		}), "p95-search-ms")
		store.Close()
	}
}

func fileSize(path string) int64 {
	var total int64
	for _, p := range []string{path, path + "-wal"} {
		if fi, err := os.Stat(p); err == nil {
			total += fi.Size()
		}
	}
	return total
}

// p95 runs q n times and returns the 95th-percentile latency in ms.
func p95(b *testing.B, n int, q func(int) error) float64 {
	lat := make([]time.Duration, n)
	for i := range n {
		start := time.Now()
		if err := q(i); err != nil {
			b.Fatal(err)
		}
		lat[i] = time.Since(start)
	}
	slices.Sort(lat)
	return float64(lat[n*95/100].Microseconds()) / 1000
}
