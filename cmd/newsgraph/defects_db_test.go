package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/sqlite"
)

// Issue 17: search and serve with a mistyped --db created an empty
// database there and reported nothing found.
func TestReadingCommandsRefuseAMissingDatabase(t *testing.T) {
	dir := t.TempDir()
	typo := filepath.Join(dir, "typo.db")
	for _, args := range [][]string{
		{"search", "--db", typo, "ferry"},
		{"serve", "--db", typo, "--addr", "127.0.0.1:0"},
	} {
		_, _, err := run(t, "", args...)
		if err == nil || !strings.Contains(err.Error(), "no database at "+typo) {
			t.Errorf("%s: err = %v, want a missing-database error", args[0], err)
		}
		if _, statErr := os.Stat(typo); !os.IsNotExist(statErr) {
			t.Fatalf("%s created %s", args[0], typo)
		}
	}
	if _, _, err := run(t, "", "search", "--db", dir, "ferry"); err == nil || !strings.Contains(err.Error(), "directory") {
		t.Errorf("a directory as --db: err = %v", err)
	}
}

// An existing database, even an empty one, is searched as before.
func TestSearchOpensAnExistingDatabase(t *testing.T) {
	path := filepath.Join(t.TempDir(), "news.db")
	s, err := sqlite.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	out, _, err := run(t, "", "search", "--db", path, "ferry")
	if err != nil || !strings.Contains(out, "0 articles match") {
		t.Errorf("out %q, err %v", out, err)
	}
}
