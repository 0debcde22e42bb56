package feeds

import (
	"bytes"
	"context"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

func TestConditionalGetSendsValidatorsAnd304EnqueuesNothing(t *testing.T) {
	const etag, modified = `"rev-7"`, "Mon, 02 Mar 2026 07:00:00 GMT"
	var mu sync.Mutex
	var got []http.Header
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		got = append(got, r.Header.Clone())
		mu.Unlock()
		if r.Header.Get("If-None-Match") == etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", etag)
		w.Header().Set("Last-Modified", modified)
		w.Write([]byte(rssDoc("Harbour", 0, numbered("https://harbour.example", 0, 3)...)))
	}))
	defer srv.Close()
	store, q := tempStore(t), &memQueue{}
	w := newWatcher(store, q, nil)
	runOnce(t, w, srv.URL)
	runOnce(t, w, srv.URL)
	if len(got) != 2 {
		t.Fatalf("%d requests, want 2", len(got))
	}
	if got[0].Get("If-None-Match") != "" || got[1].Get("If-None-Match") != etag || got[1].Get("If-Modified-Since") != modified {
		t.Errorf("validators sent: first %q, second %q / %q", got[0].Get("If-None-Match"), got[1].Get("If-None-Match"), got[1].Get("If-Modified-Since"))
	}
	if ua := got[0].Get("User-Agent"); !strings.Contains(ua, "newsgraph") || !strings.Contains(ua, "contact") {
		t.Errorf("User-Agent %q does not name newsgraph and a contact", ua)
	}
	if len(q.items) != 3 {
		t.Errorf("%d items enqueued, want the 3 of the first poll only", len(q.items))
	}
	f := feedState(t, store, srv.URL)
	if f.Polls != 2 || f.NotModified != 1 || f.ETag != etag || f.Title != "Harbour" || f.ItemsSeen != 3 {
		t.Errorf("feed state after a 200 and a 304: %+v", f)
	}
}

func TestSeenItemsNotEnqueuedAgainAcrossRestarts(t *testing.T) {
	var served atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// No validators: each poll is a full fetch, so only the store
		// can tell the watcher what it has seen.
		stories := numbered("https://harbour.example", 0, 3+int(served.Add(1)))
		stories = append(stories, stories[0]) // the same item twice in one document
		w.Write([]byte(rssDoc("Harbour", 0, stories...)))
	}))
	defer srv.Close()
	path := filepath.Join(t.TempDir(), "restart.db")
	q := &memQueue{}
	runOnce(t, newWatcher(openStore(t, path), q, nil), srv.URL)
	if len(q.items) != 4 {
		t.Fatalf("first poll enqueued %d items, want 4 (one given twice)", len(q.items))
	}
	runOnce(t, newWatcher(openStore(t, path), q, nil), srv.URL) // a new process on the same store
	urls := q.urls()
	if len(urls) != 5 || urls[4] != "https://harbour.example/harbour-4" {
		t.Errorf("after a restart and one new item, enqueued %v", urls)
	}
	slices.Sort(urls)
	if len(slices.Compact(urls)) != len(q.items) {
		t.Errorf("an item was enqueued twice: %v", q.urls())
	}
}

func TestQueueFailureKeepsItemsForTheNextPoll(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("ETag", `"same"`)
		if r.Header.Get("If-None-Match") == `"same"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Write([]byte(rssDoc("Harbour", 0, numbered("https://harbour.example", 0, 2)...)))
	}))
	defer srv.Close()
	store, q := tempStore(t), &memQueue{fail: context.DeadlineExceeded}
	runOnce(t, newWatcher(store, q, nil), srv.URL)
	if f := feedState(t, store, srv.URL); f.Errors != 1 || f.ETag != "" || f.ItemsSeen != 0 {
		t.Fatalf("after the queue failed: %+v", f)
	}
	q.fail = nil
	runOnce(t, newWatcher(store, q, nil), srv.URL)
	if len(q.items) != 2 {
		t.Errorf("the items were lost when the queue failed: %d enqueued on the next poll", len(q.items))
	}
}

func TestHTMLPageAsFeedIsAnErrorOnTheFeed(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte("<!DOCTYPE html><html><head><title>Harbour Gazette</title></head><body><p>Today’s ferries</p></body></html>"))
	}))
	defer srv.Close()
	store, q := tempStore(t), &memQueue{}
	runOnce(t, newWatcher(store, q, nil), srv.URL)
	f := feedState(t, store, srv.URL)
	if f.Errors != 1 || !strings.Contains(f.LastError, "HTML page") || len(q.items) != 0 {
		t.Errorf("an HTML page as a feed: errors %d, last error %q, %d items", f.Errors, f.LastError, len(q.items))
	}
	if !f.NextPoll.After(f.LastPolled) {
		t.Errorf("no backoff after the error: next %v, polled %v", f.NextPoll, f.LastPolled)
	}
}

func TestInvalidDatesKeptUndatedAndLoggedOncePerFeed(t *testing.T) {
	var n atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		k := int(n.Add(1))
		var stories []story
		for i := range 2 * k {
			stories = append(stories, story{guid: "tide-" + string(rune('a'+i)), link: "https://tide.example/" + string(rune('a'+i)),
				title: "Tide table", date: "the thirty-second of Smarch"})
		}
		w.Write([]byte(rssDoc("Tides", 0, stories...)))
	}))
	defer srv.Close()
	var log bytes.Buffer
	store, q := tempStore(t), &memQueue{}
	w := newWatcher(store, q, &log)
	runOnce(t, w, srv.URL)
	ctx, cancel := context.WithTimeout(context.Background(), 400*time.Millisecond)
	defer cancel()
	w.Run(ctx, []string{srv.URL}, false) // polls again every 50ms
	if n.Load() < 3 {
		t.Fatalf("only %d polls", n.Load())
	}
	for _, it := range q.items {
		if it.Published != "" {
			t.Errorf("an unreadable date became %q", it.Published)
		}
	}
	// Poll k serves items a… up to 2k, each new one kept; the deadline may
	// cut the last poll after the server counted it and before its items
	// were queued (CI saw 16 items from 9 polls), so that poll may add none.
	if polls := int(n.Load()); len(q.items) != 2*polls && len(q.items) != 2*(polls-1) {
		t.Errorf("%d items enqueued from %d polls, want every item kept", len(q.items), polls)
	}
	if c := strings.Count(log.String(), "without a readable date"); c != 2 {
		// once per feed per run: two runs
		t.Errorf("the bad dates were logged %d times over two runs, want 2:\n%s", c, log.String())
	}
}

func TestHugeFeedReadsOnlyTheNewest(t *testing.T) {
	stories := numbered("https://big.example", 0, 100_000) // oldest first
	slices.Reverse(stories[50_000:])                       // and not in order
	body := []byte(rssDoc("Big", 0, stories...))
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.Write(body) }))
	defer srv.Close()
	store, q := tempStore(t), &memQueue{}
	w := newWatcher(store, q, nil)
	w.Policy.MaxItems = 150
	w.Client = NewClient(ClientOptions{AllowPrivate: true, Timeout: 20 * time.Second, MaxBytes: 32 << 20})
	start, before := time.Now(), heapAfterGC()
	var peak atomic.Uint64
	stop := sampleHeap(&peak)
	runOnce(t, w, srv.URL)
	took := time.Since(start)
	stop()
	after := heapAfterGC()
	if len(q.items) != 150 {
		t.Fatalf("%d items enqueued from a feed of 100,000, want the cap of 150", len(q.items))
	}
	if q.items[0].URL != "https://big.example/harbour-99999" || q.items[149].URL != "https://big.example/harbour-99850" {
		t.Errorf("not the newest first: %s … %s", q.items[0].URL, q.items[149].URL)
	}
	t.Logf("a feed of %d bytes and 100,000 items polled in %s; heap %d MB before, %d MB at the most seen during, %d MB after",
		len(body), took, before>>20, peak.Load()>>20, after>>20)
	if after > before+8<<20 {
		t.Errorf("the poll left %d MB more on the heap", (after-before)>>20)
	}
}

func TestFeedPastTheSizeCapRefused(t *testing.T) {
	body := []byte(rssDoc("Big", 0, numbered("https://big.example", 0, 2000)...))
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.Write(body) }))
	defer srv.Close()
	store, q := tempStore(t), &memQueue{}
	w := newWatcher(store, q, nil)
	w.Client = NewClient(ClientOptions{AllowPrivate: true, MaxBytes: int64(len(body) / 2)})
	runOnce(t, w, srv.URL)
	if f := feedState(t, store, srv.URL); !strings.Contains(f.LastError, "larger than") || len(q.items) != 0 {
		t.Errorf("a feed twice the cap: last error %q, %d items", f.LastError, len(q.items))
	}
}

func TestPrivateAddressRefusedUnlessAllowed(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(rssDoc("Local", 0, numbered("https://local.example", 0, 1)...)))
	}))
	defer srv.Close()
	store, q := tempStore(t), &memQueue{}
	w := newWatcher(store, q, nil)
	w.Client = NewClient(ClientOptions{})
	runOnce(t, w, srv.URL)
	if f := feedState(t, store, srv.URL); !strings.Contains(f.LastError, "allow-private") || len(q.items) != 0 {
		t.Errorf("a loopback feed without --allow-private: %q, %d items", f.LastError, len(q.items))
	}
}

func heapAfterGC() uint64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}

// sampleHeap records the largest heap seen every 50ms until stopped.
func sampleHeap(peak *atomic.Uint64) (stop func()) {
	done := make(chan struct{})
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		var m runtime.MemStats
		for {
			runtime.ReadMemStats(&m)
			if m.HeapAlloc > peak.Load() {
				peak.Store(m.HeapAlloc)
			}
			select {
			case <-done:
				return
			case <-time.After(50 * time.Millisecond):
			}
		}
	}()
	return func() { close(done); <-finished }
}

func TestFeedsPastTheMaximumNotFollowed(t *testing.T) {
	var log hitLog
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		log.add(r.URL.Path)
		w.Write([]byte(rssDoc("F", 0)))
	}))
	defer srv.Close()
	var out bytes.Buffer
	w := newWatcher(tempStore(t), &memQueue{}, &out)
	w.Policy.MaxFeeds = 3
	runOnce(t, w, feedPaths(srv, 6)...)
	if n := len(log.all()); n != 3 || strings.Count(out.String(), "past the maximum") != 1 {
		t.Errorf("%d feeds polled with a maximum of 3; log:\n%s", n, out.String())
	}
}

// The new items counted are those the queue took as new: an item whose
// article is queued already (the same link under another guid) is not
// counted twice.
func TestNewItemsCountWhatTheQueueTook(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(rssDoc("Harbour", 0, numbered("https://harbour.example", 0, 3)...)))
	}))
	defer srv.Close()
	took := EnqueueFunc(func(_ context.Context, items []Item) (int, error) { return len(items) - 1, nil })
	w := newWatcher(tempStore(t), took, nil)
	runOnce(t, w, srv.URL)
	if got := w.Stats().NewItems; got != 2 {
		t.Errorf("new items %d, want the 2 the queue took of 3", got)
	}
}
