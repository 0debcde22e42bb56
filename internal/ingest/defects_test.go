package ingest

import (
	"bytes"
	"compress/gzip"
	"context"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/analyze"
	"github.com/newsgraph/newsgraph/internal/pipeline"
	"github.com/newsgraph/newsgraph/internal/segment"
)

func gzipped(t *testing.T, s string) []byte {
	t.Helper()
	var b bytes.Buffer
	z := gzip.NewWriter(&b)
	if _, err := z.Write([]byte(s)); err != nil {
		t.Fatal(err)
	}
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// runItems runs items through Run and counts the results it reports, one
// per item that went through analysis.
func runItems(t *testing.T, store newsgraph.Store, items ...analyze.Item) (Stats, int, error) {
	t.Helper()
	p, err := pipeline.New(segment.Stage{})
	if err != nil {
		t.Fatal(err)
	}
	ch := make(chan analyze.Item, len(items))
	for _, it := range items {
		ch <- it
	}
	close(ch)
	analysed := 0
	stats, err := Run(context.Background(), store, &analyze.Analyzer{Pipeline: p}, ch, 1,
		func(analyze.Result, bool, Stats) { analysed++ })
	return stats, analysed, err
}

// Issue 17: saved pages (.html.gz) were hashed compressed before analysis
// but stored under the hash of their decompressed bytes, so a second run
// analysed every page again before finding it stored.
func TestStoredGzipPagesAreSkippedBeforeAnalysis(t *testing.T) {
	store := &trapStore{kept: map[string]bool{}}
	pages := []string{"Ferry resumes\n\nThe ferry to Kesh sailed again on Sunday.", "Port reopens\n\nCrews were back on Tuesday."}
	var items []analyze.Item
	for i, p := range pages {
		items = append(items, analyze.Item{Source: string(rune('a' + i)), Raw: gzipped(t, p)})
	}
	if stats, _, err := runItems(t, store, items...); err != nil || stats.Added != len(pages) {
		t.Fatalf("first run: %+v, %v", stats, err)
	}
	for hash := range store.kept {
		if hash != analyze.HashRaw([]byte(pages[0])) && hash != analyze.HashRaw([]byte(pages[1])) {
			t.Errorf("stored under %s, not the hash of a decompressed page", hash)
		}
	}
	stats, analysed, err := runItems(t, store, items...)
	if err != nil || stats.Skipped != len(pages) || analysed != 0 {
		t.Errorf("second run: %+v, %d analysed, err %v; want all skipped before analysis", stats, analysed, err)
	}
}

// Corrupt gzip input is that item's error, reported in place.
func TestBadGzipFailsTheItem(t *testing.T) {
	store := &trapStore{kept: map[string]bool{}}
	bad := append(gzipped(t, "Port reopens\n\nCrews were back on Tuesday.")[:12], 0xff, 0xff)
	stats, analysed, err := runItems(t, store, analyze.Item{Source: "bad.gz", Raw: bad})
	if err != nil || stats.Failed != 1 || analysed != 1 {
		t.Errorf("%+v, %d reported, err %v; want one failure reported", stats, analysed, err)
	}
}

// Issue 17: a document the store refused as invalid stopped every write
// after it, and the articles after it were counted "already stored".
func TestInvalidArticleDoesNotStopTheRun(t *testing.T) {
	store := &trapStore{kept: map[string]bool{}}
	stats, err := run(t, store, "First.", "An INVALID one.", "Third.")
	if err != nil || stats.Added != 2 || stats.Failed != 1 || stats.Skipped != 0 {
		t.Errorf("stats %+v, err %v; want 2 added, 1 failed, no error", stats, err)
	}
}

// After the store fails, the articles not written are failures, not
// "already stored".
func TestUnwrittenArticlesAreNotCountedStored(t *testing.T) {
	store := &trapStore{kept: map[string]bool{}}
	stats, err := run(t, store, "First.", "A BROKEN disk.", "Third.", "Fourth.")
	if err == nil || stats.Added != 1 || stats.Skipped != 0 || stats.Failed != 3 {
		t.Errorf("stats %+v, err %v; want 1 added, 3 failed, the store's error", stats, err)
	}
}
