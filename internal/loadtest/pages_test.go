package loadtest_test

import (
	"cmp"
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/loadtest"
	"github.com/newsgraph/newsgraph/postgres"
	"github.com/newsgraph/newsgraph/sqlite"
	"github.com/newsgraph/newsgraph/web"
)

// TestPageLatency measures what one reader waits for the heaviest pages —
// an actor's page (quotes, events, timeline, network) and a story's
// (articles, actors, quotations with their first printers) — with one client,
// so the percentiles are a page's own time and not a queue's. Plain "go
// test" runs it on 300 articles and checks the pages answer; to measure
// the 10,000 (the store is kept and reused like TestLoad's):
//
//	NEWSGRAPH_PAGES=10000 NEWSGRAPH_LOAD_DIR=/tmp/ngload go test -count=1 ./internal/loadtest -run TestPageLatency -v -timeout 1h
//
// and on copies of real analysed articles (an ingested SQLite store), whose
// stories and actors are as dense as the news makes them:
//
//	NEWSGRAPH_PAGES=10000 NEWSGRAPH_PAGES_FROM=/tmp/corpus.db NEWSGRAPH_LOAD_DIR=/tmp/ngreal go test -count=1 ./internal/loadtest -run TestPageLatency -v -timeout 1h
//
// NEWSGRAPH_PAGES_POSTGRES=postgres://... measures a PostgreSQL store
// instead of the SQLite file; it is filled the same way, and a store
// already holding articles (one TestLoad left) is used as it is, not wiped.
func TestPageLatency(t *testing.T) {
	n, requests := 300, 50
	if env := os.Getenv("NEWSGRAPH_PAGES"); env != "" {
		v, err := strconv.Atoi(env)
		if err != nil || v <= 0 {
			t.Fatalf("NEWSGRAPH_PAGES: %q is not a number of articles", env)
		}
		n, requests = v, 400
	}
	dir := os.Getenv("NEWSGRAPH_LOAD_DIR")
	if dir == "" {
		dir = t.TempDir()
	}
	ctx := context.Background()
	s := openPagesStore(t, filepath.Join(dir, fmt.Sprintf("load-%d.db", n)))
	defer s.Close()
	fillForPages(t, s, n)
	if _, total, err := s.Actors(ctx, newsgraph.ActorFilter{Page: newsgraph.Page{Limit: 1}}); err != nil || total == 0 {
		relinkTimed(t, s, n)
	}
	srv, err := web.New(s, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	hs := httptest.NewServer(srv)
	defer hs.Close()
	endpoints := pageEndpoints(t, s)
	results, err := loadtest.Run(ctx, hs.URL, endpoints, 1, requests, 5*time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range results {
		t.Logf("%d articles, 1 client: %s", n, r)
		if r.Failed > 0 {
			t.Errorf("%s: %d of %d requests failed", r.Endpoint, r.Failed, r.Requests)
		}
	}
}

// openPagesStore opens the PostgreSQL store NEWSGRAPH_PAGES_POSTGRES
// names, or else the SQLite file at path.
func openPagesStore(t *testing.T, path string) newsgraph.Store {
	ctx := context.Background()
	var s newsgraph.Store
	var err error
	if dsn := os.Getenv("NEWSGRAPH_PAGES_POSTGRES"); dsn != "" {
		s, err = postgres.Open(ctx, dsn)
	} else {
		s, err = sqlite.Open(ctx, path)
	}
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// fillForPages fills s to n generated articles or, when
// NEWSGRAPH_PAGES_FROM names a SQLite store of analysed real articles, to
// as many copies of those as make n (each article stored again under new
// hashes: its copies join its story, so stories grow as large as real
// wire stories do). A store already filled is used as it is.
func fillForPages(t *testing.T, s newsgraph.Store, n int) {
	ctx := context.Background()
	from := os.Getenv("NEWSGRAPH_PAGES_FROM")
	if from == "" {
		if err := loadtest.Fill(ctx, s, n, nil); err != nil {
			t.Fatal(err)
		}
		return
	}
	if _, have, err := s.Articles(ctx, newsgraph.Page{Limit: 1}); err != nil || have > 0 {
		return
	}
	src, err := sqlite.Open(ctx, from)
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	_, total, err := src.Articles(ctx, newsgraph.Page{Limit: 1})
	if err != nil || total == 0 {
		t.Fatalf("%s: %d articles, %v", from, total, err)
	}
	copyTimes(t, src, s, total, max(1, n/total))
}

// largestStories are the n stories with the most articles, the heaviest
// story pages.
func largestStories(t *testing.T, s newsgraph.Store, n int) []newsgraph.StoryRecord {
	var all []newsgraph.StoryRecord
	err := s.EachStory(context.Background(), newsgraph.StoryFilter{}, func(r newsgraph.StoryRow) error {
		all = append(all, r.StoryRecord)
		return nil
	})
	if err != nil || len(all) == 0 {
		t.Fatalf("no stories to ask for: %v", err)
	}
	slices.SortStableFunc(all, func(a, b newsgraph.StoryRecord) int { return cmp.Compare(b.Articles, a.Articles) })
	return all[:min(n, len(all))]
}

// pageEndpoints asks for the pages of the corpus's most mentioned actors,
// the ones readers open most and the heaviest to draw, and of its latest
// largest stories.
func pageEndpoints(t *testing.T, s newsgraph.Store) []loadtest.Endpoint {
	actors, _, err := s.Actors(context.Background(), newsgraph.ActorFilter{Page: newsgraph.Page{Limit: 50}})
	if err != nil || len(actors) == 0 {
		t.Fatalf("no actors to ask for: %v", err)
	}
	path := func(prefix string) func(int) string {
		return func(i int) string { return fmt.Sprintf("%s%d", prefix, actors[i%len(actors)].ID) }
	}
	stories := largestStories(t, s, 50)
	story := func(prefix string) func(int) string {
		return func(i int) string { return fmt.Sprintf("%s%d", prefix, stories[i%len(stories)].ID) }
	}
	return []loadtest.Endpoint{
		{Name: "/actors/{id}", Path: path("/actors/")},
		{Name: "/api/actors/{id}", Path: path("/api/actors/")},
		{Name: "/stories/{id}", Path: story("/stories/")},
		{Name: "/api/stories/{id}", Path: story("/api/stories/")},
	}
}

// BenchmarkNearDuplicateLookup is the near-duplicate lookup a new article
// makes against a store of NEWSGRAPH_PAGES articles (10,000 unless set;
// the store is kept in NEWSGRAPH_LOAD_DIR like TestLoad's): a retitled,
// trimmed copy of a stored article, which must be found, and a new text.
//
//	NEWSGRAPH_LOAD_DIR=/tmp/ngload go test -run '^$' -bench NearDuplicateLookup -benchmem ./internal/loadtest
func BenchmarkNearDuplicateLookup(b *testing.B) {
	n := 10000
	if env := os.Getenv("NEWSGRAPH_PAGES"); env != "" {
		if v, err := strconv.Atoi(env); err == nil && v > 0 {
			n = v
		}
	}
	dir := os.Getenv("NEWSGRAPH_LOAD_DIR")
	if dir == "" {
		dir = b.TempDir()
	}
	ctx := context.Background()
	s, err := sqlite.Open(ctx, filepath.Join(dir, fmt.Sprintf("load-%d.db", n)))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	if err := loadtest.Fill(ctx, s, n, nil); err != nil {
		b.Fatal(err)
	}
	stored := loadtest.Article(n / 2).Doc.Text
	copied := "Retitled. " + stored[len(stored)/10:]
	fresh := loadtest.Article(n + 1).Doc.Text
	for _, c := range []struct {
		name  string
		text  string
		found bool
	}{{"copy", copied, true}, {"new", fresh, false}} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				id, err := s.NearDuplicateOf(ctx, c.text)
				if err != nil || (id != 0) != c.found {
					b.Fatalf("lookup: original %d, %v", id, err)
				}
			}
		})
	}
}
