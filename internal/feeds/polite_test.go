package feeds

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

// hitLog records when each request reached a test server.
type hitLog struct {
	mu   sync.Mutex
	hits map[string][]time.Time // by path
}

func (h *hitLog) add(path string) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.hits == nil {
		h.hits = map[string][]time.Time{}
	}
	h.hits[path] = append(h.hits[path], time.Now())
}

func (h *hitLog) all() []time.Time {
	h.mu.Lock()
	defer h.mu.Unlock()
	var out []time.Time
	for _, ts := range h.hits {
		out = append(out, ts...)
	}
	slices.SortFunc(out, func(a, b time.Time) int { return a.Compare(b) })
	return out
}

func (h *hitLog) count(path string) int {
	h.mu.Lock()
	defer h.mu.Unlock()
	return len(h.hits[path])
}

func feedPaths(srv *httptest.Server, n int) []string {
	urls := make([]string, n)
	for i := range urls {
		urls[i] = fmt.Sprintf("%s/feed/%d", srv.URL, i)
	}
	return urls
}

func TestPerHostGapBetweenRequests(t *testing.T) {
	var log hitLog
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		log.add(r.URL.Path)
		w.Write([]byte(rssDoc("Feed "+r.URL.Path, 0, numbered("https://gap.example"+r.URL.Path, 0, 1)...)))
	}))
	defer srv.Close()
	w := newWatcher(tempStore(t), &memQueue{}, nil)
	w.Policy.HostGap, w.Policy.PerHost, w.Policy.Workers = 200*time.Millisecond, 3, 8
	runOnce(t, w, feedPaths(srv, 5)...)
	hits := log.all()
	if len(hits) != 5 {
		t.Fatalf("%d requests for 5 feeds", len(hits))
	}
	for i := 1; i < len(hits); i++ {
		// The gap is kept between starts as the watcher sends them; the
		// server sees them a little later, by a jitter of the loopback.
		if gap := hits[i].Sub(hits[i-1]); gap < 150*time.Millisecond {
			t.Errorf("requests %d and %d to one host %s apart, want at least 200ms", i-1, i, gap)
		}
	}
}

func TestPerHostConcurrencyCap(t *testing.T) {
	var mu sync.Mutex
	now, most := 0, 0
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		now++
		most = max(most, now)
		mu.Unlock()
		time.Sleep(60 * time.Millisecond)
		mu.Lock()
		now--
		mu.Unlock()
		w.Write([]byte(rssDoc("Slowish", 0)))
	}))
	defer srv.Close()
	w := newWatcher(tempStore(t), &memQueue{}, nil)
	w.Policy.HostGap, w.Policy.PerHost, w.Policy.Workers = time.Millisecond, 2, 8
	runOnce(t, w, feedPaths(srv, 8)...)
	if most != 2 {
		t.Errorf("at most %d requests to one host at once, want the cap of 2", most)
	}
}

func TestRetryAfterHoldsBackTheWholeHost(t *testing.T) {
	var log hitLog
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		log.add(r.URL.Path)
		w.Header().Set("Retry-After", "2")
		http.Error(w, "slow down", http.StatusTooManyRequests)
	}))
	defer srv.Close()
	store := tempStore(t)
	w := newWatcher(store, &memQueue{}, nil)
	w.Policy.PerHost = 1
	ctx, cancel := context.WithTimeout(context.Background(), 1500*time.Millisecond)
	defer cancel()
	urls := feedPaths(srv, 3)
	w.Run(ctx, urls, false) // every 50ms, were it not for Retry-After
	if n := len(log.all()); n != 1 {
		t.Errorf("%d requests in 1.5s to a host that asked for 2s of quiet, want 1", n)
	}
	for _, u := range urls {
		f := feedState(t, store, u)
		if f.Polls == 0 {
			continue // held back with its host
		}
		if f.Errors != 1 || !strings.Contains(f.LastError, "429") || f.NextPoll.Sub(f.LastPolled) < 2*time.Second {
			t.Errorf("after a 429 with Retry-After 2: %+v", f)
		}
	}
}

func TestErrorsBackOffExponentially(t *testing.T) {
	var log hitLog
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		log.add(r.URL.Path)
		http.Error(w, "broken", http.StatusInternalServerError)
	}))
	defer srv.Close()
	store := tempStore(t)
	w := newWatcher(store, &memQueue{}, nil)
	w.Policy.Interval = 20 * time.Millisecond
	ctx, cancel := context.WithTimeout(context.Background(), 700*time.Millisecond)
	defer cancel()
	w.Run(ctx, []string{srv.URL + "/broken"}, false)
	// Waits of 40, 80, 160, 320ms: 4 or 5 polls in 700ms, where a
	// steady 20ms would make 35.
	if n := log.count("/broken"); n < 3 || n > 6 {
		t.Errorf("%d polls of a failing feed in 700ms", n)
	}
	if f := feedState(t, store, srv.URL+"/broken"); f.Errors != log.count("/broken") || !strings.Contains(f.LastError, "500") {
		t.Errorf("error count %d after %d failed polls (%q)", f.Errors, log.count("/broken"), f.LastError)
	}
}

func TestSlowHostHoldsUpOnlyItsOwnFeeds(t *testing.T) {
	release := make(chan struct{})
	slow := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select { // hangs, as a host that accepts and never answers
		case <-release:
		case <-r.Context().Done():
		}
	}))
	defer slow.Close()
	defer close(release)
	var log hitLog
	fast := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		log.add(r.URL.Path)
		w.Write([]byte(rssDoc("Fast", 0, numbered("https://fast.example"+r.URL.Path, 0, 1)...)))
	}))
	defer fast.Close()
	// The fast server by another name, so that it is another host.
	fastURLs := feedPaths(fast, 6)
	for i, u := range fastURLs {
		fastURLs[i] = strings.Replace(u, "127.0.0.1", "localhost", 1)
	}
	store, q := tempStore(t), &memQueue{}
	w := newWatcher(store, q, nil)
	w.Client = NewClient(ClientOptions{AllowPrivate: true, Timeout: time.Second})
	w.Policy.PerHost, w.Policy.Workers = 1, 2
	start := time.Now()
	runOnce(t, w, append(feedPaths(slow, 4), fastURLs...)...)
	took := time.Since(start)
	if len(q.items) != 6 {
		t.Errorf("%d items from the 6 fast feeds", len(q.items))
	}
	// Were the slow host to hold both workers, the fast feeds would wait
	// two seconds (four slow polls of 1s, two at a time).
	if hits := log.all(); len(hits) != 6 || hits[5].Sub(start) > time.Second {
		t.Errorf("the fast feeds waited for the slow host: %d polled, the last after %v", len(hits), hits[len(hits)-1].Sub(start))
	}
	// Four slow feeds one at a time, each cut at 1s.
	if took > 8*time.Second {
		t.Errorf("the run took %v", took)
	}
	if f := feedState(t, store, slow.URL+"/feed/0"); f.Errors != 1 || !strings.Contains(f.LastError, "Timeout") {
		t.Errorf("slow feed: %+v", f)
	}
}
