// Package postgres is the store for many machines: PostgreSQL through pgx,
// with full text through generated tsvector columns and GIN indexes, and
// the same behaviour as the SQLite store (internal/sqlstore holds the SQL
// they share; internal/storetest checks both).
package postgres

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"io/fs"
	"strconv"
	"strings"

	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" driver

	"github.com/newsgraph/newsgraph/internal/sqlstore"
)

//go:embed migration/*.sql
var migrations embed.FS

// Open connects to the database named by dsn (postgres://...).
func Open(ctx context.Context, dsn string) (*sqlstore.Store, error) {
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		return nil, err
	}
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("connect to postgres: %w", err)
	}
	s, err := sqlstore.New(ctx, db, dialect{})
	if err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

type dialect struct{}

func (dialect) Migrations() fs.FS {
	sub, _ := fs.Sub(migrations, "migration")
	return sub
}

// Rebind turns ? placeholders into $1, $2, ... (no query here has a
// literal question mark).
func (dialect) Rebind(q string) string {
	var b strings.Builder
	n := 0
	for _, r := range q {
		if r == '?' {
			n++
			b.WriteString("$" + strconv.Itoa(n))
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// MigrationLock is a session advisory lock on a key of newsgraph's own
// ("ngstore" in ASCII), held while the store migrates.
func (dialect) MigrationLock() (lock, unlock string) {
	return `SELECT pg_advisory_lock(31075993010532965)`, `SELECT pg_advisory_unlock(31075993010532965)`
}

func (dialect) ILike() string { return "ILIKE" }

func (dialect) IndexArticle(context.Context, *sql.Tx, int64, string, string) error { return nil }
func (dialect) IndexQuote(context.Context, *sql.Tx, int64, string) error           { return nil }

func (dialect) ArticleSearch() sqlstore.TextSearch {
	return sqlstore.TextSearch{
		Matches: `SELECT a.id FROM articles a, plainto_tsquery('simple', ?) tsq WHERE a.tsv @@ tsq`,
		ID:      `a.id`,
		Rank:    `ts_rank(a.tsv, tsq) DESC, a.id DESC`,
		Hits:    `articles a, plainto_tsquery('simple', ?) tsq WHERE a.tsv @@ tsq`,
		Snippet: `ts_headline('simple', a.text, tsq, 'StartSel="",StopSel="",MaxWords=24,MinWords=12')`,
	}
}

func (dialect) QuoteMatch() string { return `q.tsv @@ plainto_tsquery('simple', ?)` }

// QuoteRanks scores by ts_rank, negated: higher ts_rank is better.
func (dialect) QuoteRanks() string {
	return `SELECT qr.id, -ts_rank(qr.tsv, tsq) AS score FROM quotes qr, plainto_tsquery('simple', ?) tsq WHERE qr.tsv @@ tsq`
}

// TextQuery passes the words on; plainto_tsquery reads them as plain text.
func (dialect) TextQuery(user string) string { return strings.TrimSpace(user) }
