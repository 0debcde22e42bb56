package sqlstore

import (
	"context"
	"slices"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph"
)

// Article lists go by publication date and put undated articles after
// every dated one, in both orders: an article without a date is not
// newer than all the others because it was stored last. Within the
// undated, newest means last stored. The articles_newest and
// articles_oldest indexes hold these orders.
const (
	articlesNewest = ` ORDER BY (a.published IS NULL), a.published DESC, a.id DESC`
	articlesOldest = ` ORDER BY (a.published IS NULL), a.published, a.id`
)

// articleOrder is the order of article lists by default.
const articleOrder = articlesNewest

// listSort checks a list's order, giving "" the default: relevance for a
// search, else def.
func listSort(s newsgraph.Sort, def newsgraph.Sort, query bool) (newsgraph.Sort, error) {
	switch {
	case s == "" && query:
		return newsgraph.SortRelevance, nil
	case s == "":
		return def, nil
	case s == newsgraph.SortRelevance && !query:
		return "", newsgraph.Errorf(newsgraph.EINVALID, "sorting by relevance needs words to search for")
	case slices.Contains(newsgraph.Sorts, s):
		return s, nil
	}
	names := make([]string, len(newsgraph.Sorts))
	for i, o := range newsgraph.Sorts {
		names[i] = string(o)
	}
	return "", newsgraph.Errorf(newsgraph.EINVALID, "unknown sort %q: the orders are %s", s, strings.Join(names, ", "))
}

// dateRange adds the conditions of an inclusive range of days on column,
// refusing one that runs backwards.
func dateRange(column string, from, to time.Time, conds []string, args []any) ([]string, []any, error) {
	if !from.IsZero() && !to.IsZero() && to.Before(from) {
		return nil, nil, newsgraph.Errorf(newsgraph.EINVALID, "the dates run backwards: %s is before %s",
			to.Format(time.DateOnly), from.Format(time.DateOnly))
	}
	if !from.IsZero() {
		conds = append(conds, column+` >= ?`)
		args = append(args, timeText(from))
	}
	if !to.IsZero() {
		conds = append(conds, column+` < ?`)
		args = append(args, timeText(to.AddDate(0, 0, 1))) // "to" is inclusive of its day
	}
	return conds, args, nil
}

// articleWhere builds the conditions of an article filter on "a", its
// query left out; every value goes in as a parameter.
func articleWhere(f newsgraph.ArticleFilter) (string, []any, error) {
	var conds []string
	var args []any
	if site := strings.TrimSpace(f.Site); site != "" {
		conds = append(conds, `a.site = ?`)
		args = append(args, site)
	}
	if f.Actor != 0 {
		conds = append(conds, `a.id IN (SELECT article_id FROM article_entities WHERE actor_id = ?)`)
		args = append(args, f.Actor)
	}
	if f.Entity != 0 {
		conds = append(conds, `a.id IN (SELECT article_id FROM mentions WHERE entity_id = ?)`)
		args = append(args, f.Entity)
	}
	if f.Story != 0 {
		conds = append(conds, `a.story_id = ?`)
		args = append(args, f.Story)
	}
	conds, args, err := dateRange(`a.published`, f.From, f.To, conds, args)
	return strings.Join(conds, " AND "), args, err
}

// FindArticles lists the articles f selects in f's order; with a query,
// each with a snippet.
func (s *Store) FindArticles(ctx context.Context, f newsgraph.ArticleFilter) ([]newsgraph.SearchHit, int, error) {
	query := strings.TrimSpace(f.Query) != ""
	order, err := listSort(f.Sort, newsgraph.SortNewest, query)
	if err != nil {
		return nil, 0, err
	}
	where, args, err := articleWhere(f)
	if err != nil {
		return nil, 0, err
	}
	if query {
		return s.search(ctx, f.Query, where, args, order, f.Page)
	}
	list, total, err := s.listArticles(ctx, where, args, order, f.Page)
	hits := make([]newsgraph.SearchHit, len(list))
	for i, a := range list {
		hits[i].Article = a
	}
	return hits, total, err
}

// listArticles lists a page of the articles meeting where. The page is
// chosen first, so that only its articles' quotes are counted.
func (s *Store) listArticles(ctx context.Context, where string, args []any, order newsgraph.Sort, p newsgraph.Page) ([]newsgraph.ArticleSummary, int, error) {
	from, total, err := s.filtered(ctx, `articles a`, "articles", where, args)
	if err != nil {
		return nil, 0, err
	}
	by := articlesNewest
	if order == newsgraph.SortOldest {
		by = articlesOldest
	}
	limit, offset := limits(p)
	list, err := collect(ctx, s.db, s.q(`SELECT `+summaryColumns+` FROM articles a WHERE a.id IN (SELECT a.id`+from+by+` LIMIT ? OFFSET ?)`+by),
		append(slices.Clip(args), limit, offset), scanOneSummary)
	return list, total, err
}

// Sites lists the outlets, those with the most articles first.
func (s *Store) Sites(ctx context.Context) ([]newsgraph.SiteCount, error) {
	return collect(ctx, s.db, `SELECT site, count(*) FROM articles WHERE site <> '' GROUP BY site ORDER BY count(*) DESC, site LIMIT 500`, nil,
		func(r scanner) (newsgraph.SiteCount, error) {
			var c newsgraph.SiteCount
			err := r.Scan(&c.Site, &c.Articles)
			return c, err
		})
}
