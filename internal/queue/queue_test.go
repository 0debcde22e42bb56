package queue

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/analyze"
	"github.com/newsgraph/newsgraph/internal/fetch"
	"github.com/newsgraph/newsgraph/internal/pipeline"
	"github.com/newsgraph/newsgraph/internal/segment"
	"github.com/newsgraph/newsgraph/sqlite"
)

// fixture is a SQLite file holding a store and a queue, and an analyzer
// that only segments (the queue's tests are about jobs, not language).
type fixture struct {
	store    newsgraph.Store
	queue    *Queue
	analyzer *analyze.Analyzer
}

func newFixture(t *testing.T) *fixture {
	t.Helper()
	path := filepath.Join(t.TempDir(), "ng.db")
	ctx := context.Background()
	store, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	q, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { q.Close() })
	p, err := pipeline.New(segment.Stage{})
	if err != nil {
		t.Fatal(err)
	}
	return &fixture{store: store, queue: q, analyzer: &analyze.Analyzer{Pipeline: p}}
}

// invented returns the text of an invented article, distinct for each i.
func invented(i int) string {
	return fmt.Sprintf("Harbour board meets, number %d\n\nThe harbour board of Lowmere met on day %d. "+
		"Its chair said the new crane would arrive in spring.", i, i)
}

// workUntil runs workers until cond holds on the queue's status, then
// stops them and returns the last status.
func (f *fixture) workUntil(t *testing.T, store newsgraph.Store, o WorkOptions, cond func(Status) bool) Status {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	errc := make(chan error, 1)
	go func() { errc <- f.queue.Work(ctx, store, f.analyzer, o) }()
	defer func() {
		cancel()
		if err := <-errc; err != nil {
			t.Errorf("Work: %v", err)
		}
	}()
	deadline := time.Now().Add(30 * time.Second)
	for {
		s, err := f.queue.Status(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		if cond(s) {
			return s
		}
		if time.Now().After(deadline) {
			t.Fatalf("queue did not reach the wanted state: %+v", s)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func TestEnqueueWorkStoresEachArticleOnce(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	var items []Item
	for i := range 6 {
		items = append(items, Item{Text: invented(i), Source: fmt.Sprintf("test:%d", i)})
	}
	items = append(items, Item{Text: invented(2)}, Item{Title: "nothing to read"})
	n, err := f.queue.Enqueue(ctx, items)
	if n != 6 {
		t.Errorf("inserted %d, want 6 (one duplicate, one bad item)", n)
	}
	if err == nil || !strings.Contains(err.Error(), "item 8") {
		t.Errorf("error %v does not name the bad item 8", err)
	}
	var outcomes atomic.Int64
	s := f.workUntil(t, f.store, WorkOptions{Concurrency: 2, Done: func(Outcome) { outcomes.Add(1) }},
		func(s Status) bool { return s.Done == 6 })
	if s.Queued+s.Running+s.Failed != 0 || s.DoneLastMinute != 6 || s.DoneLastHour != 6 {
		t.Errorf("status after the run: %+v", s)
	}
	if outcomes.Load() != 6 {
		t.Errorf("%d outcomes reported, want 6", outcomes.Load())
	}
	for i := range 6 {
		ok, err := f.store.Has(ctx, analyze.HashRaw([]byte(invented(i))))
		if err != nil || !ok {
			t.Errorf("article %d not stored (%v)", i, err)
		}
	}
	if n, err := f.queue.Enqueue(ctx, items[:6]); n != 0 || err != nil {
		t.Errorf("queued again: %d new jobs (%v), want 0", n, err)
	}
}

func TestBadArticleFailsAtOnceAndIsShown(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	if _, err := f.queue.Enqueue(ctx, []Item{{Text: "\x00\x01\x02GIF89a binary", Source: "broken.bin"}}); err != nil {
		t.Fatal(err)
	}
	s := f.workUntil(t, f.store, WorkOptions{}, func(s Status) bool { return s.Failed == 1 })
	if len(s.Errors) != 1 {
		t.Fatalf("errors %+v, want one", s.Errors)
	}
	e := s.Errors[0]
	if e.Source != "broken.bin" || !e.Final || e.Attempt != 1 || !strings.HasPrefix(e.Error, "input is binary") {
		t.Errorf("error shown as %+v: want broken.bin, final after one attempt", e)
	}
}

// A URL whose fetch fails for good (here a private address, refused by a
// fetcher that does not allow it) is given up after one try, not retried
// eight times.
func TestRefusedURLFailsAtOnce(t *testing.T) {
	f := newFixture(t)
	f.analyzer.Fetcher = fetch.New(fetch.Options{})
	ctx := context.Background()
	if _, err := f.queue.Enqueue(ctx, []Item{{URL: "http://127.0.0.1:9/harbour.html"}}); err != nil {
		t.Fatal(err)
	}
	s := f.workUntil(t, f.store, WorkOptions{Backoff: time.Hour}, func(s Status) bool { return s.Failed == 1 })
	if len(s.Errors) != 1 || !s.Errors[0].Final || s.Errors[0].Attempt != 1 {
		t.Errorf("errors %+v: want one, final after one attempt", s.Errors)
	}
}

// flakyStore fails its first Puts, as a database restarting would.
type flakyStore struct {
	newsgraph.Store
	failures atomic.Int64
}

func (s *flakyStore) Put(ctx context.Context, a *newsgraph.Article) (int64, bool, error) {
	if s.failures.Add(-1) >= 0 {
		return 0, false, errors.New("connection reset by the test")
	}
	return s.Store.Put(ctx, a)
}

func TestStoreFailureIsRetried(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	if _, err := f.queue.Enqueue(ctx, []Item{{Text: invented(1)}}); err != nil {
		t.Fatal(err)
	}
	flaky := &flakyStore{Store: f.store}
	flaky.failures.Store(2)
	var sawRetry atomic.Bool
	s := f.workUntil(t, flaky, WorkOptions{Backoff: 10 * time.Millisecond, PollInterval: 20 * time.Millisecond},
		func(s Status) bool {
			if s.Retries > 0 && len(s.Errors) > 0 && !s.Errors[0].Final {
				sawRetry.Store(true)
			}
			return s.Done == 1
		})
	if s.Failed != 0 || flaky.failures.Load() >= 0 {
		t.Errorf("status %+v, %d failures left unused", s, flaky.failures.Load())
	}
	if !sawRetry.Load() {
		t.Log("the retry was too quick to be seen in the status (not an error)")
	}
	if ok, _ := f.store.Has(ctx, analyze.HashRaw([]byte(invented(1)))); !ok {
		t.Error("article not stored after the retries")
	}
}
