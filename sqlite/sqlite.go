// Package sqlite is the embedded store: SQLite through the pure-Go
// modernc.org/sqlite driver (so the binary stays static), in WAL mode with
// foreign keys on, FTS5 full-text indexes over article text and quote
// content, and versioned migrations in migration/.
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"io/fs"
	"runtime"
	"strings"
	"unicode"

	_ "modernc.org/sqlite" // registers the "sqlite" driver

	"github.com/newsgraph/newsgraph/internal/sqlstore"
)

//go:embed migration/*.sql
var migrations embed.FS

// Open opens (creating if needed) the database at path.
func Open(ctx context.Context, path string) (*sqlstore.Store, error) {
	// Transactions (only Put and migrations open them) begin IMMEDIATE:
	// they take the write lock at once, waiting up to the busy timeout for
	// another writer, rather than failing when a read turns into a write.
	dsn := "file:" + path + "?_pragma=journal_mode(WAL)&_pragma=foreign_keys(ON)&_pragma=busy_timeout(10000)&_pragma=synchronous(NORMAL)&_pragma=mmap_size(1073741824)&_txlock=immediate"
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, err
	}
	// WAL lets readers run beside the one writer, so requests are served on
	// every core instead of queueing for a single connection.
	db.SetMaxOpenConns(max(4, 2*runtime.NumCPU()))
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
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

func (dialect) Rebind(q string) string { return q }
func (dialect) ILike() string          { return "LIKE" } // case-insensitive for ASCII in SQLite

func (dialect) IndexArticle(ctx context.Context, tx *sql.Tx, id int64, title, text string) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)`, id, title, text)
	return err
}

func (dialect) IndexQuote(ctx context.Context, tx *sql.Tx, id int64, content string) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO quotes_fts (rowid, content) VALUES (?, ?)`, id, content)
	return err
}

func (dialect) ArticleSearch() sqlstore.TextSearch {
	return sqlstore.TextSearch{
		Matches: `SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?`,
		ID:      `articles_fts.rowid`,
		Rank:    `articles_fts.rank, articles_fts.rowid DESC`,
		Hits:    `articles_fts JOIN articles a ON a.id = articles_fts.rowid WHERE articles_fts MATCH ?`,
		Snippet: `snippet(articles_fts, 1, '', '', '…', 24)`,
	}
}

func (dialect) QuoteMatch() string {
	return `q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)`
}

// QuoteRanks scores by FTS5's rank, bm25: lower is better.
func (dialect) QuoteRanks() string {
	return `SELECT rowid AS id, rank AS score FROM quotes_fts WHERE quotes_fts MATCH ?`
}

// TextQuery keeps the words of what the user typed and quotes each, so no
// FTS5 syntax from outside is ever interpreted: all words must match.
func (dialect) TextQuery(user string) string {
	words := strings.FieldsFunc(user, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) })
	for i, w := range words {
		words[i] = `"` + w + `"`
	}
	return strings.Join(words, " ")
}
