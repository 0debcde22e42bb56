package sqlstore

import (
	"context"
	"database/sql"
	"errors"
	"strings"

	"github.com/newsgraph/newsgraph"
)

// entityColumns select an entity "e" with its counts, which Put keeps
// up to date; its quotes in copies are not counted (stories_copies.go).
const entityColumns = `e.id, e.name, e.type, e.mentions, e.articles, e.quotes - (SELECT count(*) FROM quotes q WHERE q.speaker_entity = e.id AND ` + copyQuote + `)`

func scanEntity(r scanner) (newsgraph.EntityRecord, error) {
	var e newsgraph.EntityRecord
	err := r.Scan(&e.ID, &e.Name, &e.Type, &e.Mentions, &e.Articles, &e.Quotes)
	return e, err
}

// Entities lists entities, most mentioned first.
func (s *Store) Entities(ctx context.Context, f newsgraph.EntityFilter) ([]newsgraph.EntityRecord, int, error) {
	var conds []string
	var args []any
	if f.Type != "" {
		conds = append(conds, `e.type = ?`)
		args = append(args, strings.ToUpper(f.Type))
	}
	if n := strings.TrimSpace(f.Name); n != "" {
		conds = append(conds, `e.name `+s.d.ILike()+` ? ESCAPE '\'`)
		args = append(args, "%"+escapeLike(n)+"%")
	}
	from := ` FROM entities e`
	if len(conds) > 0 {
		from += ` WHERE ` + strings.Join(conds, " AND ")
	}
	var total int
	if err := s.db.QueryRowContext(ctx, s.q(`SELECT count(*)`+from), args...).Scan(&total); err != nil {
		return nil, 0, err
	}
	limit, offset := limits(f.Page)
	out, err := collect(ctx, s.db, s.q(`SELECT `+entityColumns+from+` ORDER BY e.mentions DESC, e.name LIMIT ? OFFSET ?`),
		append(args, limit, offset), scanEntity)
	return out, total, err
}

// Entity returns one entity with the articles that mention it and the
// quotes by and about it (the newest 100 of each).
func (s *Store) Entity(ctx context.Context, id int64) (*newsgraph.EntityDetail, error) {
	e, err := scanEntity(s.db.QueryRowContext(ctx, s.q(`SELECT `+entityColumns+` FROM entities e WHERE e.id = ?`), id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, newsgraph.Errorf(newsgraph.ENOTFOUND, "no entity %d", id)
	}
	if err != nil {
		return nil, err
	}
	d := &newsgraph.EntityDetail{EntityRecord: e}
	page := newsgraph.Page{Limit: 100}
	if d.QuotesBy, _, err = s.quotes(ctx, `q.speaker_entity = ? AND `+notCopy, []any{id}, page); err != nil {
		return nil, err
	}
	if d.QuotesAbout, _, err = s.quotes(ctx, `q.id IN (SELECT quote_id FROM quote_about WHERE entity_id = ?) AND `+notCopy, []any{id}, page); err != nil {
		return nil, err
	}
	d.MentionedIn, err = s.newestMentioning(ctx, `SELECT article_id FROM mentions WHERE entity_id = ?`, id)
	return d, err
}

// Mentions lists the entity mentions of one article, in text order.
func (s *Store) Mentions(ctx context.Context, article int64) ([]newsgraph.EntityMention, error) {
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT m.start_cp, m.end_cp, e.id, e.type, e.name
		FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE m.article_id = ? ORDER BY m.start_cp`), article)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []newsgraph.EntityMention{}
	for rows.Next() {
		var m newsgraph.EntityMention
		if err := rows.Scan(&m.Start, &m.End, &m.EntityID, &m.Type, &m.Name); err != nil {
			return nil, err
		}
		out = append(out, m)
	}
	return out, rows.Err()
}
