package main

import (
	"context"
	"encoding/json"
	"io"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/web"
)

// TestIngestThenServe is the corpus workflow end to end: ingest a folder
// twice (the second run adds nothing), then ask the API for a speaker's
// quotes and open the article page.
func TestIngestThenServe(t *testing.T) {
	dir := t.TempDir()
	raw, err := os.ReadFile("../../examples/port-strike.txt")
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "strike.txt"), raw, 0o644)
	os.WriteFile(filepath.Join(dir, "bad.txt"), []byte("\x00\x01binary"), 0o644)
	db := filepath.Join(t.TempDir(), "ng.db")

	_, stderr, err := run(t, "", "ingest", "--db", db, dir)
	if err == nil || !strings.Contains(stderr, "1 added, 0 already stored, 1 failed") || !strings.Contains(stderr, "bad.txt") {
		t.Fatalf("first ingest: err %v, stderr %q", err, stderr)
	}
	os.Remove(filepath.Join(dir, "bad.txt"))
	_, stderr, err = run(t, "", "ingest", "--db", db, dir)
	if err != nil || !strings.Contains(stderr, "0 added, 1 already stored, 0 failed") {
		t.Fatalf("second ingest: err %v, stderr %q", err, stderr)
	}

	out, _, err := run(t, "", "search", "--db", db, "cranes")
	if err != nil || !strings.Contains(out, "1 articles match") {
		t.Errorf("search: %v %q", err, out)
	}

	store, err := openStore(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	h, err := web.New(store, nil)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	defer srv.Close()
	resp, err := srv.Client().Get(srv.URL + "/api/quotes?speaker=olander")
	if err != nil {
		t.Fatal(err)
	}
	var quotes struct {
		Quotes []newsgraph.QuoteRecord
		Total  int
	}
	json.NewDecoder(resp.Body).Decode(&quotes)
	resp.Body.Close()
	if quotes.Total < 3 {
		t.Fatalf("%d quotes by Olander", quotes.Total)
	}
	for _, q := range quotes.Quotes {
		if q.Speaker.Name != "Piet Olander" {
			t.Errorf("quote by %q in speaker=olander", q.Speaker.Name)
		}
	}
	resp, err = srv.Client().Get(srv.URL + "/articles/1")
	if err != nil {
		t.Fatal(err)
	}
	page, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if !strings.Contains(string(page), `<span class="content" title="Piet Olander">“They want us to work nights for the same money as days,”</span>`) {
		t.Errorf("article page does not highlight Olander's quote")
	}
}

// A mistyped source is refused before the store is opened, so no empty
// database is left behind; a --db that is a directory is named as such.
func TestIngestRefusesMissingSourcesAndADirectoryStore(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "ng.db")
	_, _, err := run(t, "", "ingest", "--db", db, filepath.Join(dir, "nosuch.txt"))
	if err == nil || !strings.Contains(err.Error(), "nosuch.txt") {
		t.Errorf("missing source: got %v, want an error naming it", err)
	}
	if _, err := os.Stat(db); err == nil {
		t.Error("a missing source left a database behind")
	}
	text := filepath.Join(dir, "a.txt")
	os.WriteFile(text, []byte("Ferry resumes\n\nThe ferry to Kesh sailed again on Sunday, the harbour master said.\n"), 0o644)
	_, _, err = run(t, "", "ingest", "--db", dir, text)
	if err == nil || !strings.Contains(err.Error(), "is a directory") {
		t.Errorf("--db a directory: got %v, want it named as a directory", err)
	}
}
