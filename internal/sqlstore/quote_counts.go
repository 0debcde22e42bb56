package sqlstore

import (
	"context"
	"database/sql"
	"slices"

	"github.com/newsgraph/newsgraph"
)

// Migration 012 counts the quotes by actor and type of the articles
// stored before it. (Registered here, beside the code it runs, as
// migration 009 is.)
func init() { goSteps["012_actor_quote_types.sql"] = (*Store).recountQuoteTypes }

// countQuotesByType selects, per speaker actor and type, the count of the
// quotes it selects; its conditions go at edgeMarker.
const countQuotesByType = `SELECT q.speaker_actor, q.type, count(*) FROM quotes q
	WHERE q.speaker_actor IS NOT NULL` + edgeMarker + ` GROUP BY q.speaker_actor, q.type`

// countQuoteTypes adds the quotes of a just-written original article (not
// a copy) to actor_quote_types. Put calls it under the story clock's
// lock, as countEdges, so that concurrent writers updating one busy
// actor's rows take turns rather than deadlock.
func (s *Store) countQuoteTypes(ctx context.Context, tx *sql.Tx, article int64) error {
	_, err := tx.ExecContext(ctx, s.q(`INSERT INTO actor_quote_types (actor_id, type, quotes) `+
		replaceMarker(countQuotesByType, ` AND q.article_id = ?`)+
		` ON CONFLICT (actor_id, type) DO UPDATE SET quotes = actor_quote_types.quotes + excluded.quotes`), article)
	return err
}

// recountQuoteTypes counts every actor's quotes by type again.
func (s *Store) recountQuoteTypes(ctx context.Context, tx *sql.Tx) error {
	if _, err := tx.ExecContext(ctx, `DELETE FROM actor_quote_types`); err != nil {
		return err
	}
	_, err := tx.ExecContext(ctx, `INSERT INTO actor_quote_types (actor_id, type, quotes) `+
		replaceMarker(countQuotesByType, ` AND `+notCopy))
	return err
}

// byActorAlone reports whether f selects quotes by its actor alone, as
// actor_quote_types counts them: no other condition than the types (and
// the page and order, which do not change a count). Every field of
// QuoteFilter must be named here (TestByActorAloneKnowsEveryField).
func byActorAlone(f newsgraph.QuoteFilter) bool {
	return f.Actor != 0 && f.Speaker == "" && f.EntityID == 0 && f.AddressedTo == 0 && f.Query == "" &&
		f.From.IsZero() && f.To.IsZero() && f.MinConfidence == 0 && f.Site == "" && f.Article == 0 &&
		f.About == 0 && f.Story == 0 && !f.Copies && f.Sort != newsgraph.SortRelevance
}

// actorQuoteTypes reads an actor's counts by type.
func (s *Store) actorQuoteTypes(ctx context.Context, actor int64) (map[newsgraph.AttributionType]int, error) {
	return s.typeCounts(ctx, `SELECT type, quotes FROM actor_quote_types WHERE actor_id = ? AND quotes > 0`, actor)
}

// countOfTypes sums counts over types, or over all when types is empty.
func countOfTypes(counts map[newsgraph.AttributionType]int, types []newsgraph.AttributionType) int {
	n := 0
	for t, c := range counts {
		if len(types) == 0 || slices.Contains(types, t) {
			n += c
		}
	}
	return n
}

// actorQuotes lists the quotes of a filter by its actor alone, their
// total read from the counts kept, not counted from the quotes.
func (s *Store) actorQuotes(ctx context.Context, f newsgraph.QuoteFilter, where string, args []any, order newsgraph.Sort) ([]newsgraph.QuoteRecord, int, error) {
	counts, err := s.actorQuoteTypes(ctx, f.Actor)
	if err != nil {
		return nil, 0, err
	}
	qq := quoteQuery{table: `quotes q`, where: where, args: args, order: quoteOrder, uncounted: true}
	if order == newsgraph.SortOldest {
		qq.order = quotesOldest
	}
	list, _, err := s.quotesIn(ctx, qq, f.Page)
	return list, countOfTypes(counts, f.Types), err
}
