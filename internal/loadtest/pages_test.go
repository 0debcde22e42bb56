package loadtest_test

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/loadtest"
	"github.com/newsgraph/newsgraph/sqlite"
	"github.com/newsgraph/newsgraph/web"
)

// TestPageLatency measures what one reader waits for the heaviest pages —
// an actor's page (quotes, events, timeline, network) — with one client,
// so the percentiles are a page's own time and not a queue's. Plain "go
// test" runs it on 300 articles and checks the pages answer; to measure
// the 10,000 (the store is kept and reused like TestLoad's):
//
//	NEWSGRAPH_PAGES=10000 NEWSGRAPH_LOAD_DIR=/tmp/ngload go test -count=1 ./internal/loadtest -run TestPageLatency -v -timeout 1h
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
	s, err := sqlite.Open(ctx, filepath.Join(dir, fmt.Sprintf("load-%d.db", n)))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := loadtest.Fill(ctx, s, n, nil); err != nil {
		t.Fatal(err)
	}
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

// pageEndpoints asks for the pages of the corpus's most mentioned actors, the
// ones readers open most and the heaviest to draw.
func pageEndpoints(t *testing.T, s newsgraph.Store) []loadtest.Endpoint {
	actors, _, err := s.Actors(context.Background(), newsgraph.ActorFilter{Page: newsgraph.Page{Limit: 50}})
	if err != nil || len(actors) == 0 {
		t.Fatalf("no actors to ask for: %v", err)
	}
	path := func(prefix string) func(int) string {
		return func(i int) string { return fmt.Sprintf("%s%d", prefix, actors[i%len(actors)].ID) }
	}
	return []loadtest.Endpoint{
		{Name: "/actors/{id}", Path: path("/actors/")},
		{Name: "/api/actors/{id}", Path: path("/api/actors/")},
	}
}
