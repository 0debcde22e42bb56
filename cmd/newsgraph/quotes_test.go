package main

import (
	"encoding/csv"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

// quotes lists a speaker's quotes from a store in text, CSV and JSON
// Lines, to the limit asked.
func TestQuotesListsASpeakersQuotes(t *testing.T) {
	db := filepath.Join(t.TempDir(), "q.db")
	if _, stderr, err := run(t, "", "ingest", "--db", db, "--workers", "1", "--published", "2026-03-14", "../../examples/port-strike.txt"); err != nil {
		t.Fatalf("%v: %s", err, stderr)
	}
	out, stderr, err := run(t, "", "quotes", "--db", db, "--speaker", "Olander", "--format", "csv", "--limit", "0")
	if err != nil {
		t.Fatalf("%v: %s", err, stderr)
	}
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) < 3 || rows[0][1] != "speaker" {
		t.Fatalf("csv: %q", rows)
	}
	for _, r := range rows[1:] {
		if r[1] != "Piet Olander" || r[0] != "2026-03-14" {
			t.Errorf("row %q: want Piet Olander's, dated 2026-03-14", r)
		}
	}
	out, _, err = run(t, "", "quotes", "--db", db, "--speaker", "Olander", "--format", "jsonl", "--limit", "1")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	var q struct{ Content struct{ Text string } }
	if len(lines) != 1 || json.Unmarshal([]byte(lines[0]), &q) != nil || q.Content.Text == "" {
		t.Errorf("--limit 1 --format jsonl gave %q", out)
	}
	// In text, as analyze prints it: the speaker, whom they told, the cue;
	// and a speaker found by the name with the title the article gives.
	out, _, err = run(t, "", "quotes", "--db", db, "--speaker", "Mayor Elena Varga")
	if err != nil || !strings.Contains(out, "Elena Varga → dock workers — told —") {
		t.Errorf("text with an addressee: %v %q", err, out)
	}
	if _, _, err := run(t, "", "quotes", "--db", db, "--format", "xml"); err == nil {
		t.Error("an unknown format was accepted")
	}
}

// search finds quotes as well as articles.
func TestSearchFindsQuotes(t *testing.T) {
	db := filepath.Join(t.TempDir(), "s.db")
	if _, stderr, err := run(t, "", "ingest", "--db", db, "--workers", "1", "../../examples/port-strike.txt"); err != nil {
		t.Fatalf("%v: %s", err, stderr)
	}
	out, stderr, err := run(t, "", "search", "--db", db, "insult")
	if err != nil {
		t.Fatalf("%v: %s", err, stderr)
	}
	if !strings.Contains(out, "1 articles match") || !strings.Contains(out, "1 quotes match") || !strings.Contains(out, "Piet Olander → reporters — told") {
		t.Errorf("search output:\n%s", out)
	}
}
