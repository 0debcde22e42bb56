package main

import (
	"encoding/json"
	"fmt"
	"html"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/queue"
)

// articleSite serves an invented feed of n items at /feed.xml, each item
// an invented article page at /story/i.
func articleSite(t *testing.T, n int) *httptest.Server {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/feed.xml" {
			w.Header().Set("ETag", fmt.Sprintf(`"%d"`, n))
			if r.Header.Get("If-None-Match") == fmt.Sprintf(`"%d"`, n) {
				w.WriteHeader(http.StatusNotModified)
				return
			}
			var items strings.Builder
			for i := range n {
				fmt.Fprintf(&items, "<item><title>Story %d</title><link>/story/%d</link><pubDate>Mon, 02 Nov 2026 0%d:00:00 GMT</pubDate></item>", i, i, i)
			}
			fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Invented Gazette</title>%s</channel></rss>`, items.String())
			return
		}
		var i int
		if _, err := fmt.Sscanf(r.URL.Path, "/story/%d", &i); err != nil || i >= n {
			http.NotFound(w, r)
			return
		}
		fmt.Fprintf(w, "<html><head><title>Story %d</title></head><body><article><p>%s</p></article></body></html>", i, html.EscapeString(inventedArticle(i)))
	}))
	t.Cleanup(srv.Close)
	return srv
}

func queueStatus(t *testing.T, db string) queue.Status {
	t.Helper()
	out, _, err := run(t, "", "status", "--db", db, "--json")
	if err != nil {
		t.Fatal(err)
	}
	var st struct{ Queue queue.Status }
	if err := json.Unmarshal([]byte(out), &st); err != nil {
		t.Fatal(err)
	}
	return st.Queue
}

func TestWatchOnceQueuesNewItemsForWorkers(t *testing.T) {
	srv := articleSite(t, 3)
	db := filepath.Join(t.TempDir(), "watch.db")
	_, stderr, err := run(t, "", "watch", "--db", db, "--allow-private", "--once", srv.URL+"/feed.xml")
	if err != nil || !strings.Contains(stderr, "1 polls (0 unchanged, 0 failed), 3 new items queued") {
		t.Fatalf("watch --once: %v\n%s", err, stderr)
	}
	if s := queueStatus(t, db); s.Queued != 3 {
		t.Fatalf("queued after watching: %+v", s)
	}
	_, stderr, err = run(t, "", "watch", "--db", db, "--allow-private", "--once", srv.URL+"/feed.xml")
	if err != nil || !strings.Contains(stderr, "1 polls (1 unchanged, 0 failed), 0 new items queued") {
		t.Fatalf("watch --once again: %v\n%s", err, stderr)
	}
	_, stderr, err = run(t, "", "worker", "--db", db, "--drain", "--allow-private", "--concurrency", "2")
	if err != nil || !strings.Contains(stderr, "3 added") {
		t.Fatalf("worker: %v\n%s", err, stderr)
	}
}

func TestWatchRefusesPrivateFeedsAndBadLists(t *testing.T) {
	srv := articleSite(t, 1)
	db := filepath.Join(t.TempDir(), "watch.db")
	_, stderr, err := run(t, "", "watch", "--db", db, "--once", srv.URL+"/feed.xml")
	if err != nil || !strings.Contains(stderr, "allow-private") || !strings.Contains(stderr, "0 new items queued") {
		t.Errorf("a loopback feed without --allow-private: %v\n%s", err, stderr)
	}
	notOPML := filepath.Join(t.TempDir(), "list.txt")
	os.WriteFile(notOPML, []byte("these are not feeds"), 0o644)
	empty := filepath.Join(t.TempDir(), "empty.opml")
	os.WriteFile(empty, []byte(`<opml version="2.0"><body><outline text="nothing here"/></body></opml>`), 0o644)
	for _, arg := range []string{notOPML, filepath.Join(t.TempDir(), "missing.opml"), empty} {
		if _, _, err := run(t, "", "watch", "--db", db, arg); err == nil || !strings.Contains(err.Error(), "OPML") && !strings.Contains(err.Error(), "no feeds") {
			t.Errorf("watch %s: %v", arg, err)
		}
	}
}

func TestWatchReadsAnOPMLFile(t *testing.T) {
	srv := articleSite(t, 2)
	dir := t.TempDir()
	list := filepath.Join(dir, "list.opml")
	os.WriteFile(list, []byte(`<opml version="2.0"><body><outline text="Ports"><outline type="rss" xmlUrl="`+srv.URL+`/feed.xml"/></outline>`+
		`<outline type="include" url="list.opml"/></body></opml>`), 0o644)
	db := filepath.Join(dir, "watch.db")
	_, stderr, err := run(t, "", "watch", "--db", db, "--allow-private", "--once", list)
	if err != nil || !strings.Contains(stderr, "2 new items queued") || !strings.Contains(stderr, "includes itself") {
		t.Fatalf("watch on an OPML file that includes itself: %v\n%s", err, stderr)
	}
}
