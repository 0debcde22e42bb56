package feeds

import (
	"context"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// The soak: 200 local feeds on 4 loopback hosts, each publishing a new
// item every few seconds, watched for NEWSGRAPH_SOAK (default 20s, what
// CI runs; the figure is NEWSGRAPH_SOAK=10m). Goroutines and the
// heap after GC are sampled 20 times; the test fails on a growth trend,
// on an item enqueued twice or never, and on polls that ignore the
// validators.
const (
	soakFeeds    = 200
	soakHosts    = 4
	soakStep     = 5 * time.Second // a new item per feed this often
	soakInterval = 2 * time.Second // the watcher's poll interval
	soakWindow   = 20              // items a feed document shows
)

func TestSoakWatcher(t *testing.T) {
	if testing.Short() {
		t.Skip("soak: not in -short")
	}
	duration := 20 * time.Second
	if v := os.Getenv("NEWSGRAPH_SOAK"); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil {
			t.Fatalf("NEWSGRAPH_SOAK=%q: %v", v, err)
		}
		duration = d
	}
	pub := newPublisher(time.Now())
	urls := pub.serve(t)
	q := &soakQueue{seen: make([][]uint64, soakFeeds)}
	failures := &firstLines{max: 20}
	w := newWatcher(tempStore(t), q, nil)
	w.Log = slog.New(slog.NewTextHandler(failures, &slog.HandlerOptions{Level: slog.LevelWarn}))
	w.Client = NewClient(ClientOptions{AllowPrivate: true, Timeout: 10 * time.Second})
	w.Policy = Policy{Interval: soakInterval, MinInterval: time.Second, HostGap: 5 * time.Millisecond, PerHost: 4, Workers: 8}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- w.Run(ctx, urls, false) }()

	samples := sampleRun(t, duration, duration/20)
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	end := time.Now()
	s := w.Stats()
	t.Logf("%s, %d feeds: %d polls (%d answered 304, %d failed), %d items enqueued, %d enqueued twice",
		duration, soakFeeds, s.Polls, s.NotModified, s.Failures, q.total.Load(), q.dupes.Load())
	t.Logf("goroutines %v", samples.goroutines)
	t.Logf("heap after GC, KB %v", samples.heapKB)
	// Goroutines come and go with the polls in flight: up to 8 workers,
	// each with a connection's two client goroutines and the server's one.
	// A leak of one per poll would add a hundred a second.
	checkNoGrowth(t, "goroutines", samples.goroutines, 0.25, 30)
	checkNoGrowth(t, "heap KB", samples.heapKB, 0.25, 2048)
	if samples.rssKB[0] > 0 { // SQLite's memory is outside the Go heap
		t.Logf("resident set, KB %v", samples.rssKB)
		checkNoGrowth(t, "resident KB", samples.rssKB, 0.25, 8192)
	}
	if q.dupes.Load() != 0 {
		t.Errorf("%d items enqueued twice", q.dupes.Load())
	}
	if missing := q.missing(pub, end.Add(-3*soakInterval)); missing > 0 {
		t.Errorf("%d items published more than 3 intervals before the end were never enqueued", missing)
	}
	if s.NotModified == 0 || pub.unconditional.Load() > int64(soakFeeds) {
		t.Errorf("conditional GETs: %d answered 304, %d requests without validators for %d feeds",
			s.NotModified, pub.unconditional.Load(), soakFeeds)
	}
	if s.Failures != 0 {
		t.Errorf("%d polls failed; the first warnings:\n%s", s.Failures, failures)
	}
}

// publisher serves the soak's feeds: feed i has published
// 1 + (elapsed + i*soakStep/soakFeeds) / soakStep items at any time.
type publisher struct {
	start         time.Time
	unconditional atomic.Int64 // requests that carried no validator
}

func newPublisher(start time.Time) *publisher { return &publisher{start: start} }

func (p *publisher) published(feed int, at time.Time) int {
	phase := time.Duration(feed) * soakStep / soakFeeds
	return 1 + int((at.Sub(p.start)+phase)/soakStep)
}

func (p *publisher) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	feed, err := strconv.Atoi(strings.TrimPrefix(r.URL.Path, "/feed/"))
	if err != nil || feed < 0 || feed >= soakFeeds {
		http.NotFound(w, r)
		return
	}
	n := p.published(feed, time.Now())
	etag := fmt.Sprintf(`"%d-%d"`, feed, n)
	if r.Header.Get("If-None-Match") == "" {
		p.unconditional.Add(1)
	}
	if r.Header.Get("If-None-Match") == etag {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	w.Header().Set("ETag", etag)
	stories := make([]story, 0, soakWindow)
	for k := n - 1; k >= max(0, n-soakWindow); k-- {
		stories = append(stories, story{guid: fmt.Sprintf("soak-%d-%d", feed, k), link: fmt.Sprintf("https://soak.example/%d/%d", feed, k),
			title: fmt.Sprintf("Lighthouse log %d", k), date: p.start.Add(time.Duration(k) * soakStep).Format(time.RFC1123Z)})
	}
	w.Write([]byte(rssDoc(fmt.Sprintf("Soak %d", feed), 0, stories...)))
}

// serve starts the feeds on soakHosts loopback addresses and returns
// their URLs.
func (p *publisher) serve(t *testing.T) []string {
	var urls []string
	for h := range soakHosts {
		l, err := net.Listen("tcp", fmt.Sprintf("127.0.0.%d:0", h+1))
		if err != nil {
			t.Fatal(err)
		}
		srv := httptest.NewUnstartedServer(p)
		srv.Listener.Close()
		srv.Listener = l
		srv.Start()
		t.Cleanup(srv.Close)
		for i := h; i < soakFeeds; i += soakHosts {
			urls = append(urls, fmt.Sprintf("%s/feed/%d", srv.URL, i))
		}
	}
	return urls
}

// soakQueue records which items of each feed were enqueued, in a bitset
// per feed, so that its own memory hardly grows.
type soakQueue struct {
	mu           sync.Mutex
	seen         [][]uint64
	total, dupes atomic.Int64
}

func (q *soakQueue) Enqueue(_ context.Context, items []Item) (int, error) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for _, it := range items {
		var feed, k int
		if _, err := fmt.Sscanf(it.Key, "soak-%d-%d", &feed, &k); err != nil || feed < 0 || feed >= soakFeeds || k < 0 {
			return 0, fmt.Errorf("unexpected item %q", it.Key)
		}
		for len(q.seen[feed]) <= k/64 {
			q.seen[feed] = append(q.seen[feed], 0)
		}
		if q.seen[feed][k/64]&(1<<(k%64)) != 0 {
			q.dupes.Add(1)
		}
		q.seen[feed][k/64] |= 1 << (k % 64)
		q.total.Add(1)
	}
	return len(items), nil
}

// missing counts the items published by before that were not enqueued.
func (q *soakQueue) missing(p *publisher, before time.Time) int {
	q.mu.Lock()
	defer q.mu.Unlock()
	n := 0
	for feed := range soakFeeds {
		for k := range p.published(feed, before) {
			if k/64 >= len(q.seen[feed]) || q.seen[feed][k/64]&(1<<(k%64)) == 0 {
				n++
			}
		}
	}
	return n
}

type soakSamples struct{ goroutines, heapKB, rssKB []int }

// sampleRun waits out d, sampling every step.
func sampleRun(t *testing.T, d, step time.Duration) soakSamples {
	var s soakSamples
	deadline := time.Now().Add(d)
	for time.Now().Before(deadline) {
		time.Sleep(min(step, time.Until(deadline)))
		runtime.GC()
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		s.goroutines = append(s.goroutines, runtime.NumGoroutine())
		s.heapKB = append(s.heapKB, int(m.HeapAlloc>>10))
		s.rssKB = append(s.rssKB, residentKB())
	}
	return s
}

// checkNoGrowth compares the median of the last quarter of the samples
// with that of the second (the first quarter is warm-up: every feed's
// first full fetch, connections opening): growth past frac, and past
// slack in absolute terms, is a trend.
func checkNoGrowth(t *testing.T, what string, samples []int, frac float64, slack int) {
	t.Helper()
	if len(samples) < 8 {
		t.Logf("%s: %d samples, too few to judge a trend", what, len(samples))
		return
	}
	q := len(samples) / 4
	early, late := median(samples[q:2*q]), median(samples[len(samples)-q:])
	if float64(late) > float64(early)*(1+frac) && late-early > slack {
		t.Errorf("%s grew from a median of %d to %d", what, early, late)
	}
}

func median(xs []int) int {
	s := slices.Clone(xs)
	slices.Sort(s)
	return s[len(s)/2]
}

// residentKB is the process's resident set from /proc (0 where there is
// none).
func residentKB() int {
	b, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		return 0
	}
	f := strings.Fields(string(b))
	if len(f) < 2 {
		return 0
	}
	pages, _ := strconv.Atoi(f[1])
	return pages * os.Getpagesize() >> 10
}

// firstLines keeps the first max lines written to it.
type firstLines struct {
	mu    sync.Mutex
	max   int
	lines []string
}

func (f *firstLines) Write(b []byte) (int, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if len(f.lines) < f.max {
		f.lines = append(f.lines, string(b))
	}
	return len(b), nil
}

func (f *firstLines) String() string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return strings.Join(f.lines, "")
}
