package sqlstore

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph"
)

// summaryColumns select an article summary from "a"; scanSummary reads them.
const summaryColumns = `a.id, a.title, a.url, a.site, a.published, a.ingested,
	(SELECT count(*) FROM quotes qq WHERE qq.article_id = a.id)`

type scanner interface{ Scan(dest ...any) error }

func scanSummary(r scanner, extra ...any) (newsgraph.ArticleSummary, error) {
	var a newsgraph.ArticleSummary
	var published, ingested sql.NullString
	dest := append([]any{&a.ID, &a.Title, &a.URL, &a.Site, &published, &ingested, &a.Quotes}, extra...)
	if err := r.Scan(dest...); err != nil {
		return a, err
	}
	a.Published, a.Ingested = parseTime(published), parseTime(ingested)
	return a, nil
}

// Article returns a stored article with its document.
func (s *Store) Article(ctx context.Context, id int64) (*newsgraph.Article, error) {
	var a newsgraph.Article
	var doc []byte
	var ingested sql.NullString
	err := s.db.QueryRowContext(ctx, s.q(`SELECT id, hash, ingested, doc FROM articles WHERE id = ?`), id).
		Scan(&a.ID, &a.Hash, &ingested, &doc)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, newsgraph.Errorf(newsgraph.ENOTFOUND, "no article %d", id)
	}
	if err != nil {
		return nil, err
	}
	a.Ingested = parseTime(ingested)
	if a.Doc, err = decompressDoc(doc); err != nil {
		return nil, fmt.Errorf("article %d: %w", id, err)
	}
	if err := s.duplicates(ctx, &a); err != nil {
		return nil, fmt.Errorf("article %d: %w", id, err)
	}
	return &a, nil
}

// Articles lists articles, newest published first, undated ones last.
func (s *Store) Articles(ctx context.Context, p newsgraph.Page) ([]newsgraph.ArticleSummary, int, error) {
	return s.listArticles(ctx, "", nil, newsgraph.SortNewest, p)
}

func scanOneSummary(r scanner) (newsgraph.ArticleSummary, error) { return scanSummary(r) }

// newestMentioning lists the newest 100 articles among those ids selects
// (a subquery with one ? placeholder, given id). The 100 are chosen first,
// so that only their summaries (each with a count of its quotes) are
// computed, however many articles there are.
func (s *Store) newestMentioning(ctx context.Context, ids string, id int64) ([]newsgraph.ArticleSummary, error) {
	return collect(ctx, s.db, s.q(`SELECT `+summaryColumns+` FROM articles a WHERE a.id IN (
		SELECT a.id FROM articles a WHERE a.id IN (`+ids+`)`+articleOrder+` LIMIT 100)`+articleOrder), []any{id}, scanOneSummary)
}

// DefaultRankWindow is how many matches of a search are ranked by
// relevance: the newest (last stored) ones. Ranking reads every match it
// orders, so a word found in most of a million articles would cost a
// second a query; ranking the newest few keeps a query's cost bounded, and
// the older matches follow them, newest first, so paging still reaches
// every match exactly once.
const DefaultRankWindow = 1000

// Search finds articles by full text, best matches first.
func (s *Store) Search(ctx context.Context, query string, p newsgraph.Page) ([]newsgraph.SearchHit, int, error) {
	if strings.TrimSpace(query) == "" {
		return nil, 0, newsgraph.Errorf(newsgraph.EINVALID, "the query has no words to search for")
	}
	return s.FindArticles(ctx, newsgraph.ArticleFilter{Query: query, Sort: newsgraph.SortRelevance, Page: p})
}

// search finds the articles matching a full-text query and meeting where
// (conditions on "a"), in order. The page of matches is chosen from the
// full-text index and those conditions alone; only its articles are read
// and given a snippet.
func (s *Store) search(ctx context.Context, query, where string, args []any, order newsgraph.Sort, p newsgraph.Page) ([]newsgraph.SearchHit, int, error) {
	tq := s.d.TextQuery(query)
	if tq == "" {
		return nil, 0, newsgraph.Errorf(newsgraph.EINVALID, "the query has no words to search for")
	}
	ts := s.d.ArticleSearch()
	m := matches{TextSearch: ts, sql: ts.Matches, args: []any{tq}}
	if where != "" {
		m.sql += ` AND ` + ts.ID + ` IN (SELECT a.id FROM articles a WHERE ` + where + `)`
		m.args = append(m.args, args...)
	}
	var total int
	if err := s.db.QueryRowContext(ctx, s.q(`SELECT count(*) FROM (`+m.sql+`) AS m`), m.args...).Scan(&total); err != nil {
		return nil, 0, err
	}
	var ids []int64
	var err error
	switch order {
	case newsgraph.SortRelevance:
		ids, err = s.rankedIDs(ctx, m, total, p)
	default:
		by := articlesNewest
		if order == newsgraph.SortOldest {
			by = articlesOldest
		}
		limit, offset := limits(p)
		ids, err = s.ids(ctx, `SELECT a.id FROM articles a WHERE a.id IN (`+m.sql+`)`+by+` LIMIT ? OFFSET ?`, append(m.args, limit, offset)...)
	}
	if err != nil {
		return nil, 0, err
	}
	hits, err := s.hits(ctx, ts, tq, ids)
	return hits, total, err
}

// matches is a full-text search's query selecting the ids of the
// matching articles, narrowed by any other conditions, and its arguments.
type matches struct {
	TextSearch
	sql  string
	args []any
}

// rankedIDs chooses a page of the total matches, best first among the
// newest RankWindow of them, then the older ones newest first.
func (s *Store) rankedIDs(ctx context.Context, m matches, total int, p newsgraph.Page) ([]int64, error) {
	limit, offset := limits(p)
	ranked := min(total, s.RankWindow)
	var oldest int64 // the oldest ranked match's id; 0 when all are ranked
	if total > s.RankWindow {
		err := s.db.QueryRowContext(ctx, s.q(m.sql+` ORDER BY `+m.ID+` DESC LIMIT 1 OFFSET ?`), append(slices.Clip(m.args), s.RankWindow-1)...).Scan(&oldest)
		if err != nil {
			return nil, err
		}
	}
	var ids []int64
	if offset < ranked {
		page, err := s.ids(ctx, m.sql+` AND `+m.ID+` >= ? ORDER BY `+m.Rank+` LIMIT ? OFFSET ?`,
			append(slices.Clip(m.args), oldest, min(limit, ranked-offset), offset)...)
		if err != nil {
			return nil, err
		}
		ids = page
	}
	if rest := limit - len(ids); rest > 0 && oldest > 0 {
		page, err := s.ids(ctx, m.sql+` AND `+m.ID+` < ? ORDER BY `+m.ID+` DESC LIMIT ? OFFSET ?`,
			append(slices.Clip(m.args), oldest, rest, max(offset-ranked, 0))...)
		if err != nil {
			return nil, err
		}
		ids = append(ids, page...)
	}
	return ids, nil
}

// hits reads the articles ids name, in that order, each with its snippet
// for the text query tq.
func (s *Store) hits(ctx context.Context, ts TextSearch, tq string, ids []int64) ([]newsgraph.SearchHit, error) {
	out := []newsgraph.SearchHit{}
	if len(ids) == 0 {
		return out, nil
	}
	args := []any{tq}
	for _, id := range ids {
		args = append(args, id)
	}
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT `+summaryColumns+`, `+ts.Snippet+` FROM `+ts.Hits+
		` AND `+ts.ID+` IN (?`+strings.Repeat(`, ?`, len(ids)-1)+`)`), args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	hits := map[int64]newsgraph.SearchHit{}
	for rows.Next() {
		var h newsgraph.SearchHit
		if h.Article, err = scanSummary(rows, &h.Snippet); err != nil {
			return nil, err
		}
		hits[h.Article.ID] = h
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	for _, id := range ids {
		if h, ok := hits[id]; ok {
			out = append(out, h)
		}
	}
	return out, nil
}

// ids runs a query selecting ids.
func (s *Store) ids(ctx context.Context, query string, args ...any) ([]int64, error) {
	rows, err := s.db.QueryContext(ctx, s.q(query), args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		out = append(out, id)
	}
	return out, rows.Err()
}
