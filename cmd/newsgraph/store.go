package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/postgres"
	"github.com/newsgraph/newsgraph/sqlite"
)

// openStore opens the store named by --db: a PostgreSQL URL, or else the
// path of a SQLite file (created if missing). Only ingest, which fills a
// store, should create one; other commands use openExistingStore.
func openStore(ctx context.Context, db string) (newsgraph.Store, error) {
	if isPostgresURL(db) {
		return postgres.Open(ctx, db)
	}
	if info, err := os.Stat(db); err == nil && info.IsDir() {
		return nil, fmt.Errorf("--db %s is a directory: give a SQLite file in it, or a postgres:// URL", db)
	}
	return sqlite.Open(ctx, db)
}

// openExistingStore opens the store named by --db, refusing a SQLite file
// that does not exist: reading from a mistyped path would otherwise create
// an empty database there and report that nothing was found. PostgreSQL
// URLs name servers, not files, and are opened as they are.
func openExistingStore(ctx context.Context, db string) (newsgraph.Store, error) {
	if !isPostgresURL(db) && db != ":memory:" {
		if err := mustExist(db); err != nil {
			return nil, err
		}
	}
	return openStore(ctx, db)
}

func isPostgresURL(db string) bool {
	return strings.HasPrefix(db, "postgres://") || strings.HasPrefix(db, "postgresql://")
}

// mustExist checks that a SQLite database path names an existing file.
func mustExist(path string) error {
	info, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("no database at %s: check --db, or create one with `newsgraph ingest --db %s FILE...`", path, path)
	case err != nil:
		return fmt.Errorf("cannot open database %s: %w", path, err)
	case info.IsDir():
		return fmt.Errorf("--db %s is a directory, not a database file", path)
	}
	return nil
}
