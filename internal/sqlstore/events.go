package sqlstore

import (
	"context"
	"database/sql"
	"slices"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/event/cameo"
)

// eventColumns select an event "ev" with its place's entity "pe", the
// quote that reports it "rq", the time expression that dates it "t" and
// its article "a"; scanEvent reads them.
const eventColumns = `ev.id, ev.idx, ev.type, ev.mode, ev.cameo, ev.quad_class, ev.goldstein,
	ev.verb_start, ev.verb_end, ev.verb, ev.sentence, ev.place_start, ev.place_end, ev.place, ev.place_entity, pe.name,
	ev.date, ev.dated, ev.modality, ev.reported_by, ev.reported_quote, rq.speaker,
	t.start_cp, t.end_cp, t.text, t.type, t.value, ` + summaryColumns

// eventJoins is the FROM clause eventColumns read.
const eventJoins = ` FROM events ev JOIN articles a ON a.id = ev.article_id
	LEFT JOIN entities pe ON pe.id = ev.place_entity
	LEFT JOIN quotes rq ON rq.id = ev.reported_quote
	LEFT JOIN times t ON t.article_id = ev.article_id AND t.idx = ev.timex`

// eventOrder lists events by date, newest first, and in text order
// within an article; events_recent and events_type_recent hold it.
const eventOrder = ` ORDER BY ev.dated DESC, ev.article_id DESC, ev.idx`

func scanEvent(r scanner) (newsgraph.EventRecord, error) {
	var e newsgraph.EventRecord
	var placeStart, placeEnd, placeEntity, reportedBy, reportedQuote, timeStart, timeEnd sql.NullInt64
	var place, placeName, date, speaker, timeText, timeType, timeValue sql.NullString
	var modality string
	a := &e.Article
	var published, ingested sql.NullString
	err := r.Scan(&e.ID, &e.Index, &e.Type, &e.Mode, &e.CAMEO, &e.QuadClass, &e.Goldstein,
		&e.Verb.Start, &e.Verb.End, &e.Verb.Text, &e.Sentence, &placeStart, &placeEnd, &place, &placeEntity, &placeName,
		&date, &e.Dated, &modality, &reportedBy, &reportedQuote, &speaker,
		&timeStart, &timeEnd, &timeText, &timeType, &timeValue,
		&a.ID, &a.Title, &a.URL, &a.Site, &published, &ingested, &a.Quotes)
	if err != nil {
		return e, err
	}
	a.Published, a.Ingested = parseTime(published), parseTime(ingested)
	e.Date, e.Modality = date.String, newsgraph.EventModality(modality)
	e.Actor, e.Recipient = []newsgraph.EventParticipant{}, []newsgraph.EventParticipant{}
	if place.Valid {
		e.Place = &newsgraph.EventPlace{TextSpan: newsgraph.TextSpan{Start: int(placeStart.Int64), End: int(placeEnd.Int64), Text: place.String},
			EntityID: placeEntity.Int64, Name: placeName.String}
	}
	if reportedBy.Valid {
		e.ReportedBy = &newsgraph.EventReport{Attribution: int(reportedBy.Int64), QuoteID: reportedQuote.Int64, Speaker: speaker.String}
	}
	if timeText.Valid {
		e.Time = &newsgraph.EventTime{TextSpan: newsgraph.TextSpan{Start: int(timeStart.Int64), End: int(timeEnd.Int64), Text: timeText.String},
			Type: timeType.String, Value: timeValue.String}
	}
	return e, nil
}

// Events lists the events f selects, newest first. The page is chosen
// from the events table alone, and only its rows are joined to the rest.
func (s *Store) Events(ctx context.Context, f newsgraph.EventFilter) ([]newsgraph.EventRecord, int, error) {
	where, args, err := s.eventWhere(f)
	if err != nil {
		return nil, 0, err
	}
	from, total, err := s.filtered(ctx, `events ev`, "events", where, args)
	if err != nil {
		return nil, 0, err
	}
	limit, offset := limits(f.Page)
	out, err := collect(ctx, s.db, s.q(`SELECT `+eventColumns+eventJoins+`
		WHERE ev.id IN (SELECT ev.id`+from+eventOrder+` LIMIT ? OFFSET ?)`+eventOrder), append(args, limit, offset), scanEvent)
	if err != nil {
		return nil, 0, err
	}
	return out, total, s.addParticipants(ctx, out)
}

// eachEventBatch is how many events EachEvent reads at a time.
const eachEventBatch = 500

// EachEvent calls fn with every event f selects, in id order, reading
// them a batch at a time after the last id seen, so that no batch costs
// more than the first.
func (s *Store) EachEvent(ctx context.Context, f newsgraph.EventFilter, fn func(newsgraph.EventRecord) error) error {
	where, args, err := s.eventWhere(f)
	if err != nil {
		return err
	}
	if where != "" {
		where += ` AND `
	}
	var last int64
	for {
		batch, err := collect(ctx, s.db, s.q(`SELECT `+eventColumns+eventJoins+` WHERE `+where+`ev.id > ? ORDER BY ev.id LIMIT ?`),
			append(slices.Clip(args), last, eachEventBatch), scanEvent)
		if err != nil {
			return err
		}
		if err := s.addParticipants(ctx, batch); err != nil {
			return err
		}
		for _, e := range batch {
			if err := fn(e); err != nil {
				return err
			}
		}
		if len(batch) < eachEventBatch {
			return nil
		}
		last = batch[len(batch)-1].ID
	}
}

// eventWhere builds the conditions of an event filter on "ev"; every value
// goes in as a parameter.
func (s *Store) eventWhere(f newsgraph.EventFilter) (string, []any, error) {
	var conds []string
	var args []any
	for _, side := range []struct {
		actor int64
		cond  string
	}{
		{f.Actor, `ev.id IN (SELECT event_id FROM event_participants WHERE actor_id = ? AND role = 'actor')`},
		{f.Recipient, `ev.id IN (SELECT event_id FROM event_participants WHERE actor_id = ? AND role = 'recipient')`},
		{f.Involving, `ev.id IN (SELECT event_id FROM event_participants WHERE actor_id = ?)`},
		{f.Article, `ev.article_id = ?`},
	} {
		if side.actor != 0 {
			conds = append(conds, side.cond)
			args = append(args, side.actor)
		}
	}
	if t := strings.TrimSpace(f.Type); t != "" {
		t = strings.ToUpper(t)
		if !slices.Contains(cameo.Types, t) {
			return "", nil, newsgraph.Errorf(newsgraph.EINVALID, "unknown event type %q: the PLOVER types are %s", f.Type,
				strings.Join(cameo.Types, ", "))
		}
		conds = append(conds, `ev.type = ?`)
		args = append(args, t)
	}
	if p := strings.TrimSpace(f.Place); p != "" {
		conds = append(conds, `ev.place_folded LIKE ? ESCAPE '\'`)
		args = append(args, "%"+escapeLike(strings.ToLower(p))+"%")
	}
	if site := strings.TrimSpace(f.Site); site != "" {
		conds = append(conds, `ev.article_id IN (SELECT id FROM articles WHERE site = ?)`)
		args = append(args, site)
	}
	if !f.From.IsZero() && !f.To.IsZero() && f.To.Before(f.From) {
		return "", nil, newsgraph.Errorf(newsgraph.EINVALID, "the dates run backwards: %s is before %s",
			f.To.Format(time.DateOnly), f.From.Format(time.DateOnly))
	}
	if !f.From.IsZero() {
		conds = append(conds, `ev.dated >= ?`)
		args = append(args, f.From.Format(time.DateOnly))
	}
	if !f.To.IsZero() {
		conds = append(conds, `ev.dated <= ?`)
		args = append(args, f.To.Format(time.DateOnly))
	}
	return strings.Join(conds, " AND "), args, nil
}

// addParticipants reads the actors and recipients of events, in their
// order, with the names of the actors they are linked to.
func (s *Store) addParticipants(ctx context.Context, events []newsgraph.EventRecord) error {
	if len(events) == 0 {
		return nil
	}
	at := map[int64]int{}
	args := make([]any, len(events))
	for i, e := range events {
		at[e.ID], args[i] = i, e.ID
	}
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT p.event_id, p.role, p.entity_id, p.actor_id, ac.name, p.kb_id, p.codes,
		p.mention_start, p.mention_end, p.mention
		FROM event_participants p LEFT JOIN actors ac ON ac.id = p.actor_id
		WHERE p.event_id IN (?`+strings.Repeat(`, ?`, len(events)-1)+`) ORDER BY p.event_id, p.role, p.idx`), args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var role, codes string
		var entity, actor sql.NullInt64
		var name sql.NullString
		var p newsgraph.EventParticipant
		if err := rows.Scan(&id, &role, &entity, &actor, &name, &p.KBID, &codes, &p.Mention.Start, &p.Mention.End, &p.Mention.Text); err != nil {
			return err
		}
		p.EntityID, p.ActorID, p.ActorName, p.Codes = entity.Int64, actor.Int64, name.String, append([]string{}, strings.Fields(codes)...)
		e := &events[at[id]]
		if role == "recipient" {
			e.Recipient = append(e.Recipient, p)
		} else {
			e.Actor = append(e.Actor, p)
		}
	}
	return rows.Err()
}
