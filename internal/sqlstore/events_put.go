package sqlstore

import (
	"context"
	"database/sql"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/index"
)

// articleRows are what Put has written of an article by the time its
// events are written: the ids of its entities, of their actors, and of
// its quotes in the order of the document's attributions.
type articleRows struct {
	article int64
	ids     map[index.EntityKey]int64
	actors  map[index.EntityKey]int64
	quotes  []int64
}

// putEvents writes an article's time expressions and events with their
// participants.
func (s *Store) putEvents(ctx context.Context, tx *sql.Tx, w articleRows, times []timeRow, events []eventRow) error {
	for i, t := range times {
		if _, err := tx.ExecContext(ctx, s.q(`INSERT INTO times (article_id, idx, start_cp, end_cp, text, type, value, unresolved)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)`), w.article, i, t.span.Start, t.span.End, t.span.Text, string(t.Type), t.Value, t.Unresolved); err != nil {
			return err
		}
	}
	for i, e := range events {
		id, err := s.putEvent(ctx, tx, w, i, e)
		if err != nil {
			return err
		}
		for j, p := range e.participants {
			var entity, actor any
			if p.entity != nil {
				entity, actor = w.ids[*p.entity], w.actors[*p.entity]
			}
			if _, err := tx.ExecContext(ctx, s.q(`INSERT INTO event_participants (event_id, role, idx, entity_id, actor_id, kb_id, codes,
				mention_start, mention_end, mention) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
				id, p.role, j, entity, actor, p.kbID, p.codes, p.mention.Start, p.mention.End, p.mention.Text); err != nil {
				return err
			}
		}
	}
	return nil
}

func (s *Store) putEvent(ctx context.Context, tx *sql.Tx, w articleRows, i int, e eventRow) (int64, error) {
	var placeStart, placeEnd, placeText, placeEntity, timex, reportedBy, reportedQuote any
	if e.place != nil {
		placeStart, placeEnd, placeText = e.place.Start, e.place.End, e.place.Text
	}
	if e.placeEntity != nil {
		placeEntity = w.ids[*e.placeEntity]
	}
	if e.Timex != newsgraph.NoTimex {
		timex = e.Timex
	}
	if e.ReportedBy >= 0 {
		reportedBy = e.ReportedBy
		if e.ReportedBy < len(w.quotes) {
			reportedQuote = w.quotes[e.ReportedBy]
		}
	}
	var id int64
	err := tx.QueryRowContext(ctx, s.q(`INSERT INTO events (article_id, idx, type, mode, cameo, quad_class, goldstein,
		verb_start, verb_end, verb, sentence, place_start, place_end, place, place_entity, place_folded,
		date, timex, modality, reported_by, reported_quote, dated)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`),
		w.article, i, e.Type, e.Mode, e.CAMEO, e.QuadClass, e.Goldstein,
		e.verb.Start, e.verb.End, e.verb.Text, e.Sentence, placeStart, placeEnd, placeText, placeEntity, e.placeFolded,
		e.date, timex, string(e.Modality), reportedBy, reportedQuote, e.dated).Scan(&id)
	return id, err
}
