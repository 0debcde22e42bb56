package main

import (
	"database/sql"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/analyze"
	"github.com/newsgraph/newsgraph/internal/queue"
)

// quotesByHash counts each stored article's quote rows, by the article's
// hash, reading the database's tables directly (driver "sqlite" or "pgx").
func quotesByHash(t testing.TB, driver, dsn string) map[string]int {
	t.Helper()
	db, err := sql.Open(driver, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	rows, err := db.Query(`SELECT a.hash, count(q.id) FROM articles a LEFT JOIN quotes q ON q.article_id = a.id GROUP BY a.hash`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	out := map[string]int{}
	for rows.Next() {
		var hash string
		var n int
		if err := rows.Scan(&hash, &n); err != nil {
			t.Fatal(err)
		}
		out[hash] = n
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// sameQuotes reports the articles whose quote rows differ between two
// stores, and those only one of them holds.
func sameQuotes(t testing.TB, got, want map[string]int) {
	t.Helper()
	bad := 0
	for hash, n := range want {
		if m, ok := got[hash]; !ok || m != n {
			bad++
			if bad <= 5 {
				t.Errorf("article %.12s: %d quote rows (stored: %v), %d when ingested alone", hash, m, ok, n)
			}
		}
	}
	if len(got) != len(want) || bad > 0 {
		t.Errorf("%d articles stored, %d expected; %d differ", len(got), len(want), bad)
	}
}

// On SQLite the queue runs in one process at a time: queue a folder and
// JSON Lines from standard input, work them, and find what an in-process
// ingest of the same input stores.
func TestQueueThenWorkOnSQLite(t *testing.T) {
	dir := writeInventedArticles(t, 6)
	os.WriteFile(filepath.Join(dir, "broken.txt"), []byte("\x00\x01\x02binary"), 0o644)
	lines := jsonLine(t, map[string]string{"id": "inline-1", "text": inventedArticle(100), "published": "2026-11-02"}) +
		jsonLine(t, map[string]string{"id": "inline-2", "html": "<html><body><p>" + inventedArticle(101) + "</p></body></html>"})
	db := filepath.Join(t.TempDir(), "queue.db")

	_, stderr, err := run(t, lines, "ingest", "--queue", "--db", db, dir, "-")
	if err != nil || !strings.Contains(stderr, "9 queued, 0 queued or done already") {
		t.Fatalf("ingest --queue: %v, %q", err, stderr)
	}
	_, stderr, err = run(t, lines, "ingest", "--queue", "--db", db, dir, "-")
	if err != nil || !strings.Contains(stderr, "0 queued, 9 queued or done already") {
		t.Fatalf("ingest --queue again: %v, %q", err, stderr)
	}
	_, stderr, err = run(t, "", "worker", "--db", db, "--drain", "--concurrency", "2")
	if err != nil || !strings.Contains(stderr, "8 added, 0 already stored, 1 failed") || !strings.Contains(stderr, "broken.txt") || !strings.Contains(stderr, "relink:") {
		t.Fatalf("worker (drained, then re-linked as ingest does): %v, %q", err, stderr)
	}
	out, _, err := run(t, "", "status", "--db", db, "--json")
	if err != nil {
		t.Fatal(err)
	}
	var st struct{ Queue queue.Status }
	if err := json.Unmarshal([]byte(out), &st); err != nil {
		t.Fatal(err)
	}
	if s := st.Queue; s.Done != 8 || s.Failed != 1 || s.Queued+s.Running != 0 || len(s.Errors) != 1 || !strings.HasSuffix(s.Errors[0].Source, "broken.txt") {
		t.Errorf("status: %+v", s)
	}

	alone := filepath.Join(t.TempDir(), "alone.db")
	run(t, lines, "ingest", "--relink=false", "--db", alone, dir, "-")
	queued, want := quotesByHash(t, "sqlite", db), quotesByHash(t, "sqlite", alone)
	sameQuotes(t, queued, want)
	if n := want[analyze.HashRaw([]byte(inventedArticle(3)))]; n < 2 {
		t.Errorf("an invented article has %d quotes, want its two: the comparison would prove little", n)
	}
}

func jsonLine(t *testing.T, record map[string]string) string {
	b, err := json.Marshal(record)
	if err != nil {
		t.Fatal(err)
	}
	return string(b) + "\n"
}
