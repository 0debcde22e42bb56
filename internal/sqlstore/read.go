package sqlstore

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

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
	return &a, nil
}

// Articles lists articles, newest published (then newest ingested) first.
func (s *Store) Articles(ctx context.Context, p newsgraph.Page) ([]newsgraph.ArticleSummary, int, error) {
	limit, offset := limits(p)
	var total int
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM articles`).Scan(&total); err != nil {
		return nil, 0, err
	}
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT `+summaryColumns+` FROM articles a
		ORDER BY coalesce(a.published, a.ingested) DESC, a.id DESC LIMIT ? OFFSET ?`), limit, offset)
	if err != nil {
		return nil, 0, err
	}
	defer rows.Close()
	out := []newsgraph.ArticleSummary{}
	for rows.Next() {
		a, err := scanSummary(rows)
		if err != nil {
			return nil, 0, err
		}
		out = append(out, a)
	}
	return out, total, rows.Err()
}

// Search finds articles by full text. The page of matches is chosen from
// the full-text index alone; only its articles are read and given a
// snippet.
func (s *Store) Search(ctx context.Context, query string, p newsgraph.Page) ([]newsgraph.SearchHit, int, error) {
	tq := s.d.TextQuery(query)
	if tq == "" {
		return nil, 0, newsgraph.Errorf(newsgraph.EINVALID, "the query has no words to search for")
	}
	limit, offset := limits(p)
	matches, order, hits, snippet := s.d.ArticleSearch()
	var total int
	if err := s.db.QueryRowContext(ctx, s.q(`SELECT count(*) FROM (`+matches+`) AS m`), tq).Scan(&total); err != nil {
		return nil, 0, err
	}
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT `+summaryColumns+`, `+snippet+` FROM `+hits+
		` AND a.id IN (`+matches+order+` LIMIT ? OFFSET ?)`+order), tq, tq, limit, offset)
	if err != nil {
		return nil, 0, err
	}
	defer rows.Close()
	out := []newsgraph.SearchHit{}
	for rows.Next() {
		var h newsgraph.SearchHit
		if h.Article, err = scanSummary(rows, &h.Snippet); err != nil {
			return nil, 0, err
		}
		out = append(out, h)
	}
	if err := rows.Err(); err != nil {
		return nil, 0, err
	}
	return out, total, nil
}
