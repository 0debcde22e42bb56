// Package sqlstore implements newsgraph.Store over database/sql. The SQL
// that SQLite and PostgreSQL share lives here; what differs (placeholders,
// full-text search, case-insensitive matching, migrations) is behind
// Dialect, which the sqlite and postgres adapter packages provide. One
// implementation for both keeps their behaviour the same by construction,
// and internal/storetest checks it on each.
package sqlstore

import (
	"context"
	"database/sql"
	"fmt"
	"io/fs"
	"sort"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph"
)

// Dialect is what differs between databases.
type Dialect interface {
	// Migrations holds NNN_name.sql files, applied in name order.
	Migrations() fs.FS
	// Rebind rewrites ? placeholders for the database.
	Rebind(query string) string
	// ILike is the case-insensitive LIKE operator.
	ILike() string
	// IndexArticle and IndexQuote add full-text entries inside tx (a no-op
	// where the database indexes generated columns itself).
	IndexArticle(ctx context.Context, tx *sql.Tx, id int64, title, text string) error
	IndexQuote(ctx context.Context, tx *sql.Tx, id int64, content string) error
	// ArticleSearch is full-text search over articles.
	ArticleSearch() TextSearch
	// QuoteMatch returns a condition on quotes "q" with one ? placeholder.
	QuoteMatch() string
	// QuoteRanks selects (id, score) of the quotes matching its one ?
	// placeholder, the best matches with the lowest score.
	QuoteRanks() string
	// TextQuery turns what a user typed into the value for those
	// placeholders, or "" when nothing searchable is left.
	TextQuery(user string) string
}

// TextSearch is full-text search over articles, in SQL fragments that
// each take the query as their one ? placeholder.
type TextSearch struct {
	// Matches selects the ids of the matching articles from the full-text
	// index alone; it ends in its WHERE clause, so conditions can follow.
	Matches string
	// ID is the article id, in Matches and in Hits.
	ID string
	// Rank orders matches best first, the newest first among equals, in
	// Matches and in Hits (ORDER BY terms).
	Rank string
	// Hits is a FROM … WHERE fragment selecting the matching articles as
	// "a", and Snippet the snippet of one of them.
	Hits, Snippet string
}

// Store is a newsgraph.Store on a database.
type Store struct {
	db  *sql.DB
	d   Dialect
	Now func() time.Time // the ingestion clock; tests fix it
	// RankWindow is how many of the newest matches a search ranks by
	// relevance (DefaultRankWindow); the others follow, newest first.
	RankWindow int
}

// New wraps an open database and applies pending migrations.
func New(ctx context.Context, db *sql.DB, d Dialect) (*Store, error) {
	s := &Store{db: db, d: d, Now: time.Now, RankWindow: DefaultRankWindow}
	if err := s.migrate(ctx); err != nil {
		return nil, fmt.Errorf("migrate: %w", err)
	}
	return s, nil
}

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

func (s *Store) q(query string) string { return s.d.Rebind(query) }

// migrationLocker is a Dialect whose database many processes may open at
// once (workers starting together on a new PostgreSQL database): lock and
// unlock are statements that hold and release a lock for the session, so
// that one process migrates while the others wait and then find the work
// done.
type migrationLocker interface {
	MigrationLock() (lock, unlock string)
}

// migrate applies each migration not yet recorded, each in its own
// transaction together with its record, under the dialect's migration
// lock when it has one.
func (s *Store) migrate(ctx context.Context) error {
	l, ok := s.d.(migrationLocker)
	if !ok {
		return s.migrateAll(ctx)
	}
	lock, unlock := l.MigrationLock()
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, lock); err != nil {
		return fmt.Errorf("migration lock: %w", err)
	}
	defer conn.ExecContext(context.WithoutCancel(ctx), unlock)
	return s.migrateAll(ctx)
}

func (s *Store) migrateAll(ctx context.Context) error {
	if _, err := s.db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY)`); err != nil {
		return err
	}
	names, err := fs.Glob(s.d.Migrations(), "*.sql")
	if err != nil {
		return err
	}
	sort.Strings(names)
	for _, name := range names {
		if err := s.migrateOne(ctx, name); err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
	}
	return nil
}

// goSteps finish migrations whose work is easier in Go than in SQL (the
// same in both databases); each runs after its file's statements, in the
// same transaction.
var goSteps = map[string]func(*Store, context.Context, *sql.Tx) error{
	"002_lists_by_index.sql": (*Store).fillSpeakers,
	"004_actors.sql":         (*Store).linkByKeys,
	"008_duplicates.sql":     (*Store).signStored,
}

func (s *Store) migrateOne(ctx context.Context, name string) error {
	var n int
	if err := s.db.QueryRowContext(ctx, s.q(`SELECT count(*) FROM schema_migrations WHERE name = ?`), name).Scan(&n); err != nil {
		return err
	}
	if n > 0 {
		return nil
	}
	body, err := fs.ReadFile(s.d.Migrations(), name)
	if err != nil {
		return err
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	for _, stmt := range splitStatements(string(body)) {
		if _, err := tx.ExecContext(ctx, stmt); err != nil {
			return fmt.Errorf("%w\n%s", err, stmt)
		}
	}
	if step := goSteps[name]; step != nil {
		if err := step(s, ctx, tx); err != nil {
			return err
		}
	}
	if _, err := tx.ExecContext(ctx, s.q(`INSERT INTO schema_migrations (name) VALUES (?)`), name); err != nil {
		return err
	}
	return tx.Commit()
}

// splitStatements splits a migration at lines that end with ";".
func splitStatements(body string) []string {
	var out []string
	var cur strings.Builder
	for _, line := range strings.Split(body, "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), "--") {
			continue
		}
		cur.WriteString(line + "\n")
		if strings.HasSuffix(strings.TrimSpace(line), ";") {
			if st := strings.TrimSpace(cur.String()); st != ";" {
				out = append(out, st)
			}
			cur.Reset()
		}
	}
	if st := strings.TrimSpace(cur.String()); st != "" {
		out = append(out, st)
	}
	return out
}

// escapeLike escapes LIKE wildcards in user input (ESCAPE '\').
func escapeLike(s string) string {
	return strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(s)
}

func timeText(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t.UTC().Format(time.RFC3339)
}

func parseTime(s sql.NullString) time.Time {
	if !s.Valid {
		return time.Time{}
	}
	t, _ := time.Parse(time.RFC3339, s.String)
	return t
}

// limits bounds a page: at most 100 rows, 20 by default.
func limits(p newsgraph.Page) (int, int) {
	limit := p.Limit
	if limit <= 0 {
		limit = 20
	}
	return min(limit, 100), max(p.Offset, 0)
}

// collect runs a query and reads each row with scan.
func collect[T any](ctx context.Context, db querier, query string, args []any, scan func(scanner) (T, error)) ([]T, error) {
	rows, err := db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []T{}
	for rows.Next() {
		v, err := scan(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}
