package sqlstore

import (
	"context"
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph"
)

// Exports walk a whole list by keyset: each batch is the next rows by id
// after the last one seen, so every batch costs what the first did and
// nothing but one batch is held, however long the list (OFFSET paging
// would read every skipped row again on each page).

// eachBatch is how many rows an export reads at a time unless its
// filter's page says otherwise.
const eachBatch = 500

// batchSize is the batch an export reads: the page's limit when one is
// set (bounded like a page, so a caller cannot ask for everything at
// once), else eachBatch.
func batchSize(p newsgraph.Page) int {
	if p.Limit > 0 {
		return min(p.Limit, 1000)
	}
	return eachBatch
}

// keyset is an export's query: selectFrom is "SELECT … FROM …" and where
// the filter's conditions ("" for none), with args their values; idColumn
// orders the rows and keys the batches. fill completes a batch after it
// is read (nil when the rows are whole).
type keyset[T any] struct {
	selectFrom, where, idColumn string
	args                        []any
	scan                        func(scanner) (T, error)
	id                          func(T) int64
	fill                        func(context.Context, []T) error
	batch                       int
}

// each calls fn with every row k selects, in id order.
func each[T any](ctx context.Context, s *Store, k keyset[T], fn func(T) error) error {
	where := k.idColumn + ` > ?`
	if k.where != "" {
		where = k.where + ` AND ` + where
	}
	query := s.q(k.selectFrom + ` WHERE ` + where + ` ORDER BY ` + k.idColumn + ` LIMIT ?`)
	var last int64
	for {
		batch, err := collect(ctx, s.db, query, append(slices.Clip(k.args), last, k.batch), k.scan)
		if err != nil {
			return err
		}
		if k.fill != nil {
			if err := k.fill(ctx, batch); err != nil {
				return err
			}
		}
		for _, row := range batch {
			if err := fn(row); err != nil {
				return err
			}
		}
		if len(batch) < k.batch {
			return nil
		}
		last = k.id(batch[len(batch)-1])
	}
}

// EachQuote calls fn with every quote f selects, in id order.
func (s *Store) EachQuote(ctx context.Context, f newsgraph.QuoteFilter, fn func(newsgraph.QuoteRecord) error) error {
	where, args, err := s.quoteWhere(f)
	if err != nil {
		return err
	}
	return each(ctx, s, keyset[newsgraph.QuoteRecord]{
		selectFrom: `SELECT ` + quoteColumns + ` FROM quotes q JOIN articles a ON a.id = q.article_id`,
		where:      where, args: args, idColumn: `q.id`, batch: batchSize(f.Page),
		scan: scanQuote, id: func(q newsgraph.QuoteRecord) int64 { return q.ID },
	}, fn)
}

// EachArticle calls fn with the summary of every article f selects, in
// id order; with a query, of those matching it.
func (s *Store) EachArticle(ctx context.Context, f newsgraph.ArticleFilter, fn func(newsgraph.ArticleSummary) error) error {
	where, args, err := articleWhere(f)
	if err != nil {
		return err
	}
	if strings.TrimSpace(f.Query) != "" {
		tq := s.d.TextQuery(f.Query)
		if tq == "" {
			return newsgraph.Errorf(newsgraph.EINVALID, "the query has no words to search for")
		}
		ts := s.d.ArticleSearch()
		match := `a.id IN (` + ts.Matches + `)`
		if where != "" {
			match += ` AND ` + where
		}
		where, args = match, append([]any{tq}, args...)
	}
	return each(ctx, s, keyset[newsgraph.ArticleSummary]{
		selectFrom: `SELECT ` + summaryColumns + ` FROM articles a`,
		where:      where, args: args, idColumn: `a.id`, batch: batchSize(f.Page),
		scan: scanOneSummary, id: func(a newsgraph.ArticleSummary) int64 { return a.ID },
	}, fn)
}

// EachActor calls fn with every actor f selects, in id order.
func (s *Store) EachActor(ctx context.Context, f newsgraph.ActorFilter, fn func(newsgraph.ActorRecord) error) error {
	where, args := actorWhere(f)
	return each(ctx, s, keyset[newsgraph.ActorRecord]{
		selectFrom: `SELECT ` + actorColumns + ` FROM actors ac`,
		where:      where, args: args, idColumn: `ac.id`, batch: batchSize(f.Page),
		scan: scanActor, id: func(a newsgraph.ActorRecord) int64 { return a.ID },
	}, fn)
}

// actorWhere builds the conditions of an actor filter on "ac"; every
// value goes in as a parameter.
func actorWhere(f newsgraph.ActorFilter) (string, []any) {
	var conds []string
	var args []any
	if f.Type != "" {
		conds = append(conds, `ac.type = ?`)
		args = append(args, strings.ToUpper(f.Type))
	}
	if q := strings.TrimSpace(f.Query); q != "" {
		conds = append(conds, `ac.folded LIKE ? ESCAPE '\'`)
		args = append(args, "%"+escapeLike(strings.ToLower(q))+"%")
	}
	return strings.Join(conds, " AND "), args
}
