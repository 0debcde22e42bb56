package sqlstore

import (
	"context"
	"database/sql"
)

// Quotes counted once. A wire story printed by ten outlets is stored as
// an original and nine near duplicates (articles.duplicate_of); their
// quotes are the original's, printed again. Lists of quotes and the
// quote counts of entities and actors leave the copies' quotes out, so
// that syndication does not make a speaker look ten times as talkative;
// a story's provenance lists them as the repeats they are.
//
// The conditions look the quote's article up, row by row, rather than
// test membership in the list of all copies ("IN (SELECT id FROM articles
// WHERE duplicate_of IS NOT NULL)"), which both databases built again for
// every query: a cost that grew with the store's copies, not with the
// quotes listed.
const (
	copyQuote = `EXISTS (SELECT 1 FROM articles cpy WHERE cpy.id = q.article_id AND cpy.duplicate_of IS NOT NULL)`
	notCopy   = `NOT ` + copyQuote
)

// quotesFrom is filtered for quote lists: a list narrowed by nothing but
// the copies is counted as the stored total less the copies' quotes,
// rather than quote by quote.
func (s *Store) quotesFrom(ctx context.Context, qq quoteQuery) (string, int, error) {
	if qq.where != notCopy || qq.table != `quotes q` {
		return s.filtered(ctx, qq.table, "quotes", qq.where, qq.args)
	}
	var total int
	err := s.db.QueryRowContext(ctx, `SELECT n - (SELECT count(*) FROM articles cpy JOIN quotes q ON q.article_id = cpy.id
		WHERE cpy.duplicate_of IS NOT NULL) FROM totals WHERE name = 'quotes'`).Scan(&total)
	return ` FROM quotes q WHERE ` + notCopy, total, err
}

// countCopyQuotes adds the quotes of an article stored as a copy to its
// speakers' copy_quotes, which ActorRecord.Quotes leaves out. Put has
// locked those actors' rows already (putActors), so this takes no new
// lock.
func (s *Store) countCopyQuotes(ctx context.Context, tx *sql.Tx, article int64) error {
	_, err := tx.ExecContext(ctx, s.q(`UPDATE actors SET copy_quotes = copy_quotes +
		(SELECT count(*) FROM quotes q WHERE q.article_id = ? AND q.speaker_actor = actors.id)
		WHERE id IN (SELECT speaker_actor FROM quotes WHERE article_id = ?)`), article, article)
	return err
}
