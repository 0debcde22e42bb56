// Package queue is newsgraph's work queue: articles to ingest wait as jobs
// in River (github.com/riverqueue/river), stored in the same database as the
// articles (PostgreSQL, or the same SQLite file), and any number of worker
// processes, on any number of machines sharing a PostgreSQL, take them one
// at a time, analyze them and store them.
//
// Jobs are idempotent twice over: River refuses a second job with the same
// key (a URL, a file's path and version, a text's hash) while the first is
// waiting, running or recently done, and the worker skips an article whose
// hash is stored already, as `ingest` does. A worker killed mid-job leaves
// its job "running" until River's rescuer, past RescueAfter, schedules it
// again; the article is written in one transaction, so it is stored once.
package queue

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"strings"

	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" driver
	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver"
	"github.com/riverqueue/river/riverdriver/riverdatabasesql"
	"github.com/riverqueue/river/riverdriver/riversqlite"
	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// Queue is the job table of one database, open for enqueuing, reading its
// status, and working (Work).
type Queue struct {
	db       *sql.DB
	sqlite   bool
	driver   riverdriver.Driver[*sql.Tx]
	inserter *river.Client[*sql.Tx]
	logger   *slog.Logger
}

// IsPostgres tells a PostgreSQL URL from a SQLite path.
func IsPostgres(dsn string) bool {
	return strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://")
}

// Open opens the queue in the database named by dsn (a postgres:// URL or
// a SQLite file path) and brings River's tables up to date.
func Open(ctx context.Context, dsn string) (*Queue, error) {
	q := &Queue{sqlite: !IsPostgres(dsn), logger: quietLogger()}
	var err error
	if q.db, err = openDB(ctx, dsn, q.sqlite); err != nil {
		return nil, err
	}
	if q.sqlite {
		q.driver = riversqlite.New(q.db)
	} else {
		q.driver = riverdatabasesql.New(q.db)
	}
	if err := migrate(ctx, q.db, q.driver, q.sqlite, q.logger); err != nil {
		q.db.Close()
		return nil, fmt.Errorf("queue: migrate: %w", err)
	}
	// An insert-only client: no queues, so it works no jobs.
	q.inserter, err = river.NewClient(q.driver, &river.Config{Logger: q.logger})
	if err != nil {
		q.db.Close()
		return nil, fmt.Errorf("queue: %w", err)
	}
	return q, nil
}

func openDB(ctx context.Context, dsn string, sqlite bool) (*sql.DB, error) {
	if !sqlite {
		db, err := sql.Open("pgx", dsn)
		if err != nil {
			return nil, err
		}
		if err := db.PingContext(ctx); err != nil {
			db.Close()
			return nil, fmt.Errorf("queue: connect to postgres: %w", err)
		}
		return db, nil
	}
	if dsn == "" || dsn == ":memory:" {
		// The queue and the store keep separate connections: an in-memory
		// database would be a different one for each.
		return nil, errors.New("queue: needs a database file or a postgres:// URL, not an in-memory database")
	}
	// River's SQLite driver wants one connection (its own advice: SQLite
	// allows one writer); transactions take the write lock when they begin,
	// waiting for the store's writers instead of failing mid-transaction.
	db, err := sql.Open("sqlite", "file:"+dsn+"?_pragma=busy_timeout(20000)&_pragma=journal_mode(WAL)&_txlock=immediate")
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(1)
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("queue: open %s: %w", dsn, err)
	}
	return db, nil
}

// quietLogger keeps River's informational lines (one per client start and
// stop, leadership changes) out of the command's output; warnings stay.
func quietLogger() *slog.Logger {
	return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
}

// Close closes the queue's database connections. Work must have returned.
func (q *Queue) Close() error { return q.db.Close() }
