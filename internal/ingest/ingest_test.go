package ingest

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/analyze"
	"github.com/newsgraph/newsgraph/internal/pipeline"
	"github.com/newsgraph/newsgraph/internal/segment"
)

// trapStore keeps hashes in memory and panics on an article whose text
// holds "PANIC", fails like a broken disk on "BROKEN" and refuses the
// document as invalid on "INVALID". The rest of the
// Store interface is left nil: Run uses only Put and Has.
type trapStore struct {
	newsgraph.Store
	mu   sync.Mutex // Run asks Has from its reader while it Puts: a Store is safe for concurrent use
	kept map[string]bool
}

func (s *trapStore) Has(_ context.Context, hash string) (bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.kept[hash], nil
}

func (s *trapStore) Put(_ context.Context, a *newsgraph.Article) (int64, bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	switch {
	case strings.Contains(a.Doc.Text, "PANIC"):
		var rows []int
		_ = rows[len(a.Doc.Text)]
	case strings.Contains(a.Doc.Text, "BROKEN"):
		return 0, false, errors.New("disk I/O error")
	case strings.Contains(a.Doc.Text, "INVALID"):
		return 0, false, newsgraph.Errorf(newsgraph.EINVALID, "document has annotations that do not fit its text")
	}
	if s.kept[a.Hash] {
		return 0, false, nil
	}
	s.kept[a.Hash] = true
	return int64(len(s.kept)), true, nil
}

func run(t *testing.T, store *trapStore, bodies ...string) (Stats, error) {
	t.Helper()
	p, err := pipeline.New(segment.Stage{})
	if err != nil {
		t.Fatal(err)
	}
	items := make(chan analyze.Item)
	go func() {
		for i, b := range bodies {
			items <- analyze.Item{Source: fmt.Sprint(i), Raw: []byte("Title\n\n" + b)}
		}
		close(items)
	}()
	return Run(context.Background(), store, &analyze.Analyzer{Pipeline: p}, items, 1, nil)
}

// A panic while storing one article skips that article; the run goes on.
func TestStorePanicSkipsTheArticle(t *testing.T) {
	store := &trapStore{kept: map[string]bool{}}
	stats, err := run(t, store, "First.", "A PANIC here.", "Third.")
	if err != nil || stats.Added != 2 || stats.Failed != 1 {
		t.Errorf("stats %+v, err %v; want 2 added, 1 failed, no error", stats, err)
	}
}

// A store that fails for its own reasons stops the run: writing on would
// lose every article after it.
func TestStoreErrorStopsTheRun(t *testing.T) {
	store := &trapStore{kept: map[string]bool{}}
	stats, err := run(t, store, "First.", "A BROKEN disk.", "Third.")
	if err == nil || stats.Added != 1 {
		t.Errorf("stats %+v, err %v; want the store's error after 1 added", stats, err)
	}
}
