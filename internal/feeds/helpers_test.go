package feeds

import (
	"bytes"
	"context"
	"fmt"
	"html"
	"log/slog"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/sqlite"
)

// story is one invented feed item; empty fields are left out.
type story struct{ guid, link, title, date string }

// rssDoc writes an RSS 2.0 document of the stories, with <ttl> when
// ttlMinutes > 0.
func rssDoc(title string, ttlMinutes int, stories ...story) string {
	var b strings.Builder
	fmt.Fprintf(&b, "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>%s</title>", html.EscapeString(title))
	if ttlMinutes > 0 {
		fmt.Fprintf(&b, "<ttl>%d</ttl>", ttlMinutes)
	}
	for _, s := range stories {
		b.WriteString("<item>")
		tag := func(name, v string) {
			if v != "" {
				fmt.Fprintf(&b, "<%s>%s</%s>", name, html.EscapeString(v), name)
			}
		}
		tag("guid", s.guid)
		tag("link", s.link)
		tag("title", s.title)
		tag("pubDate", s.date)
		b.WriteString("</item>")
	}
	b.WriteString("</channel></rss>\n")
	return b.String()
}

// numbered returns n invented stories, story i dated i minutes after a
// fixed morning, oldest first.
func numbered(site string, from, n int) []story {
	base := time.Date(2026, 3, 2, 6, 0, 0, 0, time.UTC)
	out := make([]story, n)
	for i := range out {
		k := from + i
		out[i] = story{link: fmt.Sprintf("%s/harbour-%d", site, k), title: fmt.Sprintf("Ferry timetable change %d", k),
			date: base.Add(time.Duration(k) * time.Minute).Format(time.RFC1123Z)}
	}
	return out
}

// memQueue is an Enqueuer that keeps what it is given.
type memQueue struct {
	mu    sync.Mutex
	items []Item
	fail  error
}

func (q *memQueue) Enqueue(_ context.Context, items []Item) (int, error) {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.fail != nil {
		return 0, q.fail
	}
	q.items = append(q.items, items...)
	return len(items), nil
}

func (q *memQueue) urls() []string {
	q.mu.Lock()
	defer q.mu.Unlock()
	out := make([]string, len(q.items))
	for i, it := range q.items {
		out[i] = it.URL
	}
	return out
}

// openStore opens a SQLite store in the test's folder; the same path
// opened again is the watcher after a restart.
func openStore(t *testing.T, path string) newsgraph.Store {
	t.Helper()
	s, err := sqlite.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func tempStore(t *testing.T) newsgraph.Store {
	return openStore(t, filepath.Join(t.TempDir(), "feeds.db"))
}

// testPolicy polls fast and without jitter, so that tests can wait for it.
func testPolicy() Policy {
	return Policy{Interval: 50 * time.Millisecond, MinInterval: 10 * time.Millisecond, Jitter: -1,
		HostGap: time.Millisecond, PerHost: 4, Workers: 4, MaxBackoff: 10 * time.Second}
}

// newWatcher is a watcher on local test servers, logging into log.
func newWatcher(store newsgraph.Store, q Enqueuer, log *bytes.Buffer) *Watcher {
	w := &Watcher{Store: store, Queue: q, Policy: testPolicy(),
		Client: NewClient(ClientOptions{AllowPrivate: true, Timeout: 2 * time.Second})}
	if log != nil {
		w.Log = slog.New(slog.NewTextHandler(log, nil))
	}
	return w
}

func runOnce(t *testing.T, w *Watcher, urls ...string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := w.Run(ctx, urls, true); err != nil {
		t.Fatal(err)
	}
	if ctx.Err() != nil {
		t.Fatal("a run with once did not end")
	}
}

func feedState(t *testing.T, s newsgraph.Store, url string) newsgraph.Feed {
	t.Helper()
	list, err := s.Feeds(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range list {
		if f.URL == url {
			return f
		}
	}
	t.Fatalf("feed %s not in the store", url)
	return newsgraph.Feed{}
}
