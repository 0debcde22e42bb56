package main

import (
	"context"
	"strings"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/postgres"
	"github.com/newsgraph/newsgraph/sqlite"
)

// openStore opens the store named by --db: a PostgreSQL URL, or else the
// path of a SQLite file (created if missing).
func openStore(ctx context.Context, db string) (newsgraph.Store, error) {
	if strings.HasPrefix(db, "postgres://") || strings.HasPrefix(db, "postgresql://") {
		return postgres.Open(ctx, db)
	}
	return sqlite.Open(ctx, db)
}
