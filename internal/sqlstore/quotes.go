package sqlstore

import (
	"context"
	"database/sql"
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph"
)

// quoteColumns select a quote from "q" joined to its article "a".
const quoteColumns = `q.id, q.kind, q.type, q.confidence, q.speaker, q.speaker_entity, q.speaker_actor, q.source, q.addressee, q.addressee_actor,
	q.cue_start, q.cue_end, q.cue, q.content_start, q.content_end, q.content, ` + summaryColumns

func scanQuote(r scanner) (newsgraph.QuoteRecord, error) {
	var q newsgraph.QuoteRecord
	var speaker sql.NullString
	var entity, actor, addressee sql.NullInt64
	var published, ingested sql.NullString
	a := &q.Article
	err := r.Scan(&q.ID, &q.Kind, &q.Type, &q.Confidence, &speaker, &entity, &actor, &q.Source, &q.Addressee, &addressee,
		&q.Cue.Start, &q.Cue.End, &q.Cue.Text, &q.Content.Start, &q.Content.End, &q.Content.Text,
		&a.ID, &a.Title, &a.URL, &a.Site, &published, &ingested, &a.Quotes)
	if err != nil {
		return q, err
	}
	a.Published, a.Ingested = parseTime(published), parseTime(ingested)
	q.AddresseeActor = addressee.Int64
	if speaker.Valid && speaker.String != "" {
		q.Speaker = &newsgraph.QuoteSpeaker{Name: speaker.String, EntityID: entity.Int64, ActorID: actor.Int64}
	}
	return q, nil
}

// Quotes lists quotes matching f in f's order, newest first by default.
func (s *Store) Quotes(ctx context.Context, f newsgraph.QuoteFilter) ([]newsgraph.QuoteRecord, int, error) {
	where, args, err := s.quoteWhere(f)
	if err != nil {
		return nil, 0, err
	}
	order, err := listSort(f.Sort, newsgraph.SortNewest, strings.TrimSpace(f.Query) != "")
	if err != nil {
		return nil, 0, err
	}
	if f.Sort == "" {
		order = newsgraph.SortNewest // quotes found by words list newest first unless asked
	}
	if byActorAlone(f) { // counted when stored (quote_counts.go)
		return s.actorQuotes(ctx, f, where, args, order)
	}
	switch order {
	case newsgraph.SortOldest:
		return s.quotesIn(ctx, quoteQuery{table: `quotes q`, where: where, args: args, order: quotesOldest}, f.Page)
	case newsgraph.SortRelevance:
		// where holds the text match, so it is never empty here: the count
		// is of the matches, with the ranking's argument first.
		return s.quotesIn(ctx, quoteQuery{table: `quotes q JOIN (` + s.d.QuoteRanks() + `) r ON r.id = q.id`,
			where: where, args: append([]any{s.d.TextQuery(f.Query)}, args...), order: ` ORDER BY r.score,` + quoteOrder[len(` ORDER BY`):]}, f.Page)
	}
	return s.quotes(ctx, where, args, f.Page)
}

// QuoteTypes counts the quotes f selects by type, leaving out its types
// and page. By an actor or an entity, it reads one range of
// quotes_actor_type_recent or quotes_entity_type_recent.
func (s *Store) QuoteTypes(ctx context.Context, f newsgraph.QuoteFilter) (map[newsgraph.AttributionType]int, error) {
	f.Types = nil
	if byActorAlone(f) {
		return s.actorQuoteTypes(ctx, f.Actor)
	}
	where, args, err := s.quoteWhere(f)
	if err != nil {
		return nil, err
	}
	query := `SELECT q.type, count(*) FROM quotes q`
	if where != "" {
		query += ` WHERE ` + where
	}
	return s.typeCounts(ctx, query+` GROUP BY q.type`, args...)
}

// typeCounts reads rows of (type, count).
func (s *Store) typeCounts(ctx context.Context, query string, args ...any) (map[newsgraph.AttributionType]int, error) {
	rows, err := s.db.QueryContext(ctx, s.q(query), args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[newsgraph.AttributionType]int{}
	for rows.Next() {
		var t string
		var n int
		if err := rows.Scan(&t, &n); err != nil {
			return nil, err
		}
		out[newsgraph.AttributionType(t)] = n
	}
	return out, rows.Err()
}

// quoteOrder is the order quotes are listed in, newest first; the
// quotes_recent, quotes_speaker_recent and quotes_entity_recent indexes
// hold it (and the *_type_recent ones within one type). quotesOldest is
// that order reversed, which the same indexes hold read backwards.
const (
	quoteOrder   = ` ORDER BY q.dated DESC, q.article_id DESC, q.content_start, q.id`
	quotesOldest = ` ORDER BY q.dated, q.article_id, q.content_start DESC, q.id DESC`
)

// quotes lists a page of the quotes meeting where, newest first.
func (s *Store) quotes(ctx context.Context, where string, args []any, p newsgraph.Page) ([]newsgraph.QuoteRecord, int, error) {
	return s.quotesIn(ctx, quoteQuery{table: `quotes q`, where: where, args: args, order: quoteOrder}, p)
}

// quoteQuery selects quotes "q" from table (which may join others) where
// a condition holds, in an order; args fill the table's placeholders, then
// the condition's.
type quoteQuery struct {
	table, where string
	args         []any
	order        string
	// uncounted is set by callers that do not read the total, which is
	// then not counted (a busy speaker's quotes are counted by the
	// thousand).
	uncounted bool
}

// quotesIn lists a page of the quotes qq selects. The page is chosen from
// the quotes table alone (from an index, when one holds the condition and
// the order), and only its rows are joined to their articles.
func (s *Store) quotesIn(ctx context.Context, qq quoteQuery, p newsgraph.Page) ([]newsgraph.QuoteRecord, int, error) {
	from, total, err := ` FROM `+qq.table+` WHERE `+qq.where, 0, error(nil)
	if !qq.uncounted {
		from, total, err = s.quotesFrom(ctx, qq)
	}
	if err != nil {
		return nil, 0, err
	}
	limit, offset := limits(p)
	ids, err := s.ids(ctx, `SELECT q.id`+from+qq.order+` LIMIT ? OFFSET ?`, append(slices.Clip(qq.args), limit, offset)...)
	if err != nil || len(ids) == 0 {
		return []newsgraph.QuoteRecord{}, total, err
	}
	args := make([]any, len(ids))
	for i, id := range ids {
		args[i] = id
	}
	rows, err := collect(ctx, s.db, s.q(`SELECT `+quoteColumns+` FROM quotes q JOIN articles a ON a.id = q.article_id
		WHERE q.id IN (?`+strings.Repeat(`, ?`, len(ids)-1)+`)`), args, scanQuote)
	if err != nil {
		return nil, 0, err
	}
	byID := make(map[int64]newsgraph.QuoteRecord, len(rows))
	for _, q := range rows {
		byID[q.ID] = q
	}
	out := make([]newsgraph.QuoteRecord, 0, len(ids))
	for _, id := range ids {
		if q, ok := byID[id]; ok {
			out = append(out, q)
		}
	}
	return out, total, nil
}

// filtered is a FROM clause on table narrowed by where, and how many rows
// it selects: the total Put keeps under name (in totals) when nothing
// narrows it, so that an unfiltered list is not counted row by row.
func (s *Store) filtered(ctx context.Context, table, name, where string, args []any) (string, int, error) {
	from := ` FROM ` + table
	count := `SELECT n FROM totals WHERE name = ?`
	countArgs := []any{name}
	if where != "" {
		from += ` WHERE ` + where
		count, countArgs = `SELECT count(*)`+from, args
	}
	var total int
	err := s.db.QueryRowContext(ctx, s.q(count), countArgs...).Scan(&total)
	return from, total, err
}

// quoteWhere builds the conditions of a quote filter; every value goes in
// as a parameter.
func (s *Store) quoteWhere(f newsgraph.QuoteFilter) (string, []any, error) {
	var conds []string
	var args []any
	if sp := strings.TrimSpace(f.Speaker); sp != "" {
		cond, a := speakerMatch(sp)
		conds = append(conds, cond)
		args = append(args, a...)
	}
	if f.EntityID != 0 {
		conds = append(conds, `q.speaker_entity = ?`)
		args = append(args, f.EntityID)
	}
	if f.Actor != 0 {
		conds = append(conds, `q.speaker_actor = ?`)
		args = append(args, f.Actor)
	}
	if f.AddressedTo != 0 {
		conds = append(conds, `q.addressee_actor = ?`)
		args = append(args, f.AddressedTo)
	}
	if strings.TrimSpace(f.Query) != "" {
		tq := s.d.TextQuery(f.Query)
		if tq == "" {
			return "", nil, newsgraph.Errorf(newsgraph.EINVALID, "the query has no words to search for")
		}
		conds = append(conds, s.d.QuoteMatch())
		args = append(args, tq)
	}
	if len(f.Types) > 0 {
		marks := make([]string, len(f.Types))
		for i, t := range f.Types {
			if !slices.Contains(newsgraph.AttributionTypes, t) {
				return "", nil, newsgraph.Errorf(newsgraph.EINVALID, "unknown quote type %q: the types are %s", t, typeNames())
			}
			marks[i] = "?"
			args = append(args, string(t))
		}
		conds = append(conds, `q.type IN (`+strings.Join(marks, ", ")+`)`)
	}
	if !(f.MinConfidence >= 0 && f.MinConfidence <= 1) { // NaN too
		return "", nil, newsgraph.Errorf(newsgraph.EINVALID, "the minimum confidence must be from 0 to 1")
	}
	if f.MinConfidence > 0 {
		// Unscored quotes stay: 0 is "not scored", not a low score.
		conds = append(conds, `(q.confidence = 0 OR q.confidence >= ?)`)
		args = append(args, f.MinConfidence)
	}
	if site := strings.TrimSpace(f.Site); site != "" {
		conds = append(conds, `q.article_id IN (SELECT id FROM articles WHERE site = ?)`)
		args = append(args, site)
	}
	if f.Article != 0 {
		conds = append(conds, `q.article_id = ?`)
		args = append(args, f.Article)
	}
	if f.About != 0 {
		conds = append(conds, `q.id IN (SELECT quote_id FROM quote_about WHERE entity_id = ?)`)
		args = append(args, f.About)
	}
	if f.Story != 0 {
		conds = append(conds, `q.article_id IN (SELECT id FROM articles WHERE story_id = ?)`)
		args = append(args, f.Story)
	}
	if !f.Copies && f.Article == 0 {
		conds = append(conds, notCopy)
	}
	// By the date the quote is listed by (published, else stored), as
	// events are and as timelines count them: an undated article's quote
	// is found on the day it was stored.
	conds, args, err := dateRange(`q.dated`, f.From, f.To, conds, args)
	if err != nil {
		return "", nil, err
	}
	return strings.Join(conds, " AND "), args, nil
}

// typeNames lists the attribution types for an error message.
func typeNames() string {
	names := make([]string, len(newsgraph.AttributionTypes))
	for i, t := range newsgraph.AttributionTypes {
		names[i] = string(t)
	}
	return strings.Join(names, ", ")
}
