package sqlstore

import (
	"context"
	"database/sql"
	"errors"
	"slices"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph"
)

// storyColumns select a story "st" as lists show it; the count of its
// outlets is made for the rows of a page only.
const storyColumns = `st.id, st.title, st.first_at, st.last_at, st.articles,
	(SELECT count(DISTINCT sa.site) FROM articles sa WHERE sa.story_id = st.id AND sa.site <> '')`

func scanStory(r scanner) (newsgraph.StoryRecord, error) {
	var st newsgraph.StoryRecord
	var first, last sql.NullString
	err := r.Scan(&st.ID, &st.Title, &first, &last, &st.Articles, &st.Sites)
	st.First, st.Last = parseTime(first), parseTime(last)
	return st, err
}

// The orders of story lists; the stories_newest and stories_oldest
// indexes hold them.
const (
	storiesNewest = ` ORDER BY st.last_at DESC, st.id DESC`
	storiesOldest = ` ORDER BY st.first_at, st.id`
)

// Stories lists the stories f selects, the latest first unless f asks
// for the earliest.
func (s *Store) Stories(ctx context.Context, f newsgraph.StoryFilter) ([]newsgraph.StoryRecord, int, error) {
	query := strings.TrimSpace(f.Query) != ""
	order, err := listSort(f.Sort, newsgraph.SortNewest, query)
	if err != nil {
		return nil, 0, err
	}
	where, args, err := s.storyWhere(f)
	if err != nil {
		return nil, 0, err
	}
	from := ` FROM stories st`
	if where != "" {
		from += ` WHERE ` + where
	}
	var total int
	if err := s.db.QueryRowContext(ctx, s.q(`SELECT count(*)`+from), args...).Scan(&total); err != nil {
		return nil, 0, err
	}
	by := storiesNewest
	if order == newsgraph.SortOldest {
		by = storiesOldest
	}
	limit, offset := limits(f.Page)
	list, err := collect(ctx, s.db, s.q(`SELECT `+storyColumns+from+by+` LIMIT ? OFFSET ?`), append(slices.Clip(args), limit, offset), scanStory)
	return list, total, err
}

// storyWhere builds the conditions of a story filter on "st"; every value
// goes in as a parameter. A story is in a date range when one of its
// articles is: it began before the range ended and ended after it began.
func (s *Store) storyWhere(f newsgraph.StoryFilter) (string, []any, error) {
	var conds []string
	var args []any
	if q := strings.TrimSpace(f.Query); q != "" {
		tq := s.d.TextQuery(q)
		if tq == "" {
			return "", nil, newsgraph.Errorf(newsgraph.EINVALID, "the query has no words to search for")
		}
		conds = append(conds, `st.id IN (SELECT m.story_id FROM articles m WHERE m.id IN (`+s.d.ArticleSearch().Matches+`))`)
		args = append(args, tq)
	}
	if site := strings.TrimSpace(f.Site); site != "" {
		conds = append(conds, `st.id IN (SELECT story_id FROM articles WHERE site = ?)`)
		args = append(args, site)
	}
	if f.Article != 0 {
		conds = append(conds, `st.id = (SELECT story_id FROM articles WHERE id = ?)`)
		args = append(args, f.Article)
	}
	// A story spans two columns: it must end on or after From and begin
	// on or before To. The first call only refuses a backwards range.
	if _, _, err := dateRange(`st.first_at`, f.From, f.To, nil, nil); err != nil {
		return "", nil, err
	}
	conds, args, _ = dateRange(`st.last_at`, f.From, time.Time{}, conds, args)
	conds, args, _ = dateRange(`st.first_at`, time.Time{}, f.To, conds, args)
	return strings.Join(conds, " AND "), args, nil
}

// Limits of a story's page: its articles, actors and quotes read.
const (
	storyArticles = 500
	storyActors   = 30
	storyQuotes   = 2000
)

// Story returns a story with its articles, the earliest first, its most
// mentioned actors and its quotations with where each was printed first.
func (s *Store) Story(ctx context.Context, id int64) (*newsgraph.StoryDetail, error) {
	rec, err := scanStory(s.db.QueryRowContext(ctx, s.q(`SELECT `+storyColumns+` FROM stories st WHERE st.id = ?`), id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, newsgraph.Errorf(newsgraph.ENOTFOUND, "no story %d", id)
	}
	if err != nil {
		return nil, err
	}
	d := &newsgraph.StoryDetail{StoryRecord: rec}
	if d.ArticleList, err = collect(ctx, s.db, s.q(`SELECT `+summaryColumns+` FROM articles a WHERE a.story_id = ?
		ORDER BY coalesce(a.published, a.ingested), a.id LIMIT ?`), []any{id, storyArticles}, scanOneSummary); err != nil {
		return nil, err
	}
	if d.Actors, err = s.storyActors(ctx, id); err != nil {
		return nil, err
	}
	quotes, err := collect(ctx, s.db, s.q(`SELECT `+quoteColumns+` FROM quotes q JOIN articles a ON a.id = q.article_id
		WHERE a.story_id = ? ORDER BY coalesce(a.published, a.ingested), a.id, q.content_start, q.id LIMIT ?`), []any{id, storyQuotes}, scanQuote)
	if err != nil {
		return nil, err
	}
	d.Quotations = quotations(quotes)
	d.QuotationCount = len(d.Quotations)
	err = s.db.QueryRowContext(ctx, s.q(`SELECT count(*) FROM quotes q WHERE q.article_id IN (SELECT id FROM articles WHERE story_id = ?)`), id).Scan(&d.Quotes)
	return d, err
}

// storyActors are the actors the story's articles name, the most
// mentioned first; copies are left out, so that a story printed ten times
// does not name its people ten times over.
func (s *Store) storyActors(ctx context.Context, id int64) ([]newsgraph.StoryActor, error) {
	return collect(ctx, s.db, s.q(`SELECT ac.id, ac.name, ac.type, count(DISTINCT ae.article_id), sum(ae.mentions)
		FROM article_entities ae JOIN actors ac ON ac.id = ae.actor_id
		WHERE ae.article_id IN (SELECT id FROM articles WHERE story_id = ? AND duplicate_of IS NULL)
		GROUP BY ac.id, ac.name, ac.type ORDER BY sum(ae.mentions) DESC, ac.name, ac.id LIMIT ?`), []any{id, storyActors},
		func(r scanner) (newsgraph.StoryActor, error) {
			var a newsgraph.StoryActor
			err := r.Scan(&a.ID, &a.Name, &a.Type, &a.Articles, &a.Mentions)
			return a, err
		})
}
