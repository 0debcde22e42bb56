package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/newsgraph/newsgraph/internal/corpus"
)

// export brat writes every stored article as a .txt and an .ann that the
// BRAT reader takes, with an attribution event per stored attribution.
func TestExportBRATWritesReadableStandoff(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "b.db")
	if _, stderr, err := run(t, "", "ingest", "--db", db, "--workers", "1", "../../examples/port-strike.txt"); err != nil {
		t.Fatalf("%v: %s", err, stderr)
	}
	out := filepath.Join(dir, "brat")
	if _, stderr, err := run(t, "", "export", "brat", "--db", db, "--out", out); err != nil {
		t.Fatalf("%v: %s", err, stderr)
	}
	text, err := os.ReadFile(filepath.Join(out, "1.txt"))
	if err != nil || len(text) == 0 {
		t.Fatalf("1.txt: %v", err)
	}
	ann, err := corpus.ReadBrat(filepath.Join(out, "1.ann"))
	if err != nil {
		t.Fatal(err)
	}
	if len(ann.Relations) < 10 {
		t.Errorf("%d attribution events; the example has 15 attributions", len(ann.Relations))
	}
	runes := []rune(string(text))
	for _, s := range ann.Spans {
		if a, b := s.Covering(); b > len(runes) || a > b {
			t.Errorf("span %s %v outside the text", s.ID, s.Fragments)
		}
	}
}
