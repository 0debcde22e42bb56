package loadtest_test

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/corpuslink"
	"github.com/newsgraph/newsgraph/internal/loadtest"
	"github.com/newsgraph/newsgraph/postgres"
	"github.com/newsgraph/newsgraph/sqlite"
	"github.com/newsgraph/newsgraph/web"
)

// The load test runs on a small corpus in every "go test"; these variables
// make it measure:
//
//	NEWSGRAPH_LOAD=10000,100000   corpus sizes to measure (articles)
//	NEWSGRAPH_LOAD_DIR=/tmp/ngload  keep the SQLite stores there (load-N.db) and reuse them
//	NEWSGRAPH_LOAD_REQUESTS=2000  requests per endpoint (default 2000)
//	NEWSGRAPH_LOAD_POSTGRES=postgres://...  measure PostgreSQL too, on a database it may wipe
//
// For example:
//
//	NEWSGRAPH_LOAD=10000,100000 NEWSGRAPH_LOAD_DIR=/tmp/ngload go test -count=1 ./internal/loadtest -run 'TestLoad$' -v -timeout 2h
//
// (-count=1: the stores are not files "go test" knows to watch, so it
// would otherwise replay a cached result.)
const (
	clients = 20
	budget  = 2 * time.Minute // per endpoint and size
)

func TestLoad(t *testing.T) {
	sizes, requests := []int{300}, 100
	if env := os.Getenv("NEWSGRAPH_LOAD"); env != "" {
		sizes = nil
		for _, f := range strings.Split(env, ",") {
			n, err := strconv.Atoi(strings.TrimSpace(f))
			if err != nil || n <= 0 {
				t.Fatalf("NEWSGRAPH_LOAD: %q is not a number of articles", f)
			}
			sizes = append(sizes, n)
		}
		requests = 2000
	}
	if env := os.Getenv("NEWSGRAPH_LOAD_REQUESTS"); env != "" {
		n, err := strconv.Atoi(env)
		if err != nil || n <= 0 {
			t.Fatalf("NEWSGRAPH_LOAD_REQUESTS: %q", env)
		}
		requests = n
	}
	dir := os.Getenv("NEWSGRAPH_LOAD_DIR")
	if dir == "" {
		dir = t.TempDir()
	}
	for _, n := range sizes {
		t.Run(fmt.Sprintf("sqlite/%d", n), func(t *testing.T) {
			s, err := sqlite.Open(context.Background(), filepath.Join(dir, fmt.Sprintf("load-%d.db", n)))
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			measure(t, s, n, requests)
		})
		if dsn := os.Getenv("NEWSGRAPH_LOAD_POSTGRES"); dsn != "" {
			t.Run(fmt.Sprintf("postgres/%d", n), func(t *testing.T) {
				wipe(t, dsn)
				s, err := postgres.Open(context.Background(), dsn)
				if err != nil {
					t.Fatal(err)
				}
				defer s.Close()
				measure(t, s, n, requests)
			})
		}
	}
}

// measure fills the store to n articles, then loads each endpoint and
// logs the table; on the small default corpus it also checks the answers.
func measure(t *testing.T, s newsgraph.Store, n, requests int) {
	ctx := context.Background()
	start := time.Now()
	err := loadtest.Fill(ctx, s, n, func(done int) {
		if done%10000 == 0 {
			t.Logf("%d articles stored (%s)", done, time.Since(start).Round(time.Second))
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d articles ready in %s", n, time.Since(start).Round(time.Millisecond))
	relinkTimed(t, s, n)
	srv, err := web.New(s, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	hs := httptest.NewServer(srv) // listens on 127.0.0.1
	defer hs.Close()
	if n <= 1000 {
		checkAnswers(t, hs.URL)
	}
	results, err := loadtest.Run(ctx, hs.URL, loadtest.Endpoints(), clients, requests, budget)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range results {
		t.Logf("%d articles, %d clients: %s", n, clients, r)
		if r.Failed > 0 {
			t.Errorf("%s: %d of %d requests failed", r.Endpoint, r.Failed, r.Requests)
		}
		if r.Requests != requests {
			t.Errorf("%s: %d of %d requests finished within %s", r.Endpoint, r.Requests, requests, budget)
		}
	}
}

// checkAnswers makes sure the load is real: the speakers, words and pages
// the endpoints ask for find something.
func checkAnswers(t *testing.T, base string) {
	for _, e := range loadtest.Endpoints() {
		empty := 0
		for i := range 20 {
			resp, err := http.Get(base + e.Path(i))
			if err != nil {
				t.Fatal(err)
			}
			var body struct{ Total int }
			err = json.NewDecoder(resp.Body).Decode(&body)
			resp.Body.Close()
			if err != nil || resp.StatusCode != http.StatusOK {
				t.Fatalf("%s: status %d, %v", e.Path(i), resp.StatusCode, err)
			}
			if body.Total == 0 {
				empty++
			}
		}
		if empty > 10 {
			t.Errorf("%s: %d of 20 requests found nothing", e.Name, empty)
		}
	}
}

func wipe(t *testing.T, dsn string) {
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec(`DROP SCHEMA public CASCADE; CREATE SCHEMA public`); err != nil {
		t.Fatal(err)
	}
}

func TestRunRefusesOtherAddresses(t *testing.T) {
	for _, base := range []string{"http://192.0.2.1:80", "http://example.org", "http://[::ffff:10.0.0.1]:80"} {
		if _, err := loadtest.Run(context.Background(), base, loadtest.Endpoints(), 1, 1, time.Second); err == nil {
			t.Errorf("Run(%s) was allowed", base)
		}
	}
}

func TestArticleSpans(t *testing.T) {
	for i := range 50 {
		a := loadtest.Article(i)
		d := a.Doc
		if len(d.Attributions) != 3 || len(d.Mentions) < 4 {
			t.Fatalf("article %d: %d attributions, %d mentions", i, len(d.Attributions), len(d.Mentions))
		}
		for _, at := range d.Attributions {
			if got := d.Slice(*at.Source); got != at.Speaker.Name {
				t.Errorf("article %d: source span %q, speaker %q", i, got, at.Speaker.Name)
			}
			if cue := d.Slice(at.Cue); cue == "" || strings.ContainsAny(cue, ".“”") {
				t.Errorf("article %d: cue %q", i, cue)
			}
		}
		if again := loadtest.Article(i); again.Doc.Text != d.Text {
			t.Fatalf("article %d differs between calls", i)
		}
	}
}

// relinkTimed re-links the whole store, as `newsgraph actors relink` does
// (without the knowledge base, which the generated names are not in), and
// logs how long it took.
func relinkTimed(t *testing.T, s newsgraph.Store, n int) {
	start := time.Now()
	st, err := s.Relink(context.Background(), corpuslink.Linker{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d articles re-linked in %s: %d article entities, %d actors, %d moved", n, time.Since(start).Round(time.Millisecond), st.Items, st.Actors, st.Changed)
	if st.Items == 0 || st.Actors == 0 {
		t.Errorf("re-linking found nothing: %+v", st)
	}
}

// TestRelinkAtRealDensity times re-linking a store of real articles,
// which hold about thirty entities each against the generated articles'
// four: NEWSGRAPH_RELINK_FROM names a SQLite store (of ingested news),
// whose articles are stored NEWSGRAPH_RELINK_TIMES times over (10 by
// default) under new hashes into a fresh store, then re-linked with the
// shipped linker's rules (without the knowledge base).
//
//	NEWSGRAPH_RELINK_FROM=/tmp/corpus.db go test -count=1 ./internal/loadtest -run RelinkAtRealDensity -v -timeout 1h
func TestRelinkAtRealDensity(t *testing.T) {
	from := os.Getenv("NEWSGRAPH_RELINK_FROM")
	if from == "" {
		t.Skip("skipping: set NEWSGRAPH_RELINK_FROM to a SQLite store of ingested articles")
	}
	times := 10
	if v := os.Getenv("NEWSGRAPH_RELINK_TIMES"); v != "" {
		fmt.Sscan(v, &times)
	}
	ctx := context.Background()
	src, err := sqlite.Open(ctx, from)
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	dst, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "dense.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer dst.Close()
	_, total, err := src.Articles(ctx, newsgraph.Page{})
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	copyTimes(t, src, dst, total, times)
	t.Logf("%d articles stored in %s", total*times, time.Since(start).Round(time.Second))
	relinkTimed(t, dst, total*times)
}

// copyTimes stores each of src's articles times over into dst, under new
// hashes: copies of real articles, each a near duplicate of the first.
func copyTimes(t *testing.T, src, dst newsgraph.Store, total, times int) {
	ctx := context.Background()
	for id := int64(1); id <= int64(total); id++ {
		a, err := src.Article(ctx, id)
		if err != nil {
			continue // ids may have gaps
		}
		hash := a.Hash
		for k := range times {
			a.Hash = fmt.Sprintf("%s-%d", hash, k)
			if _, _, err := dst.Put(ctx, a); err != nil {
				t.Fatal(err)
			}
		}
	}
}
