package sqlstore

import (
	"context"
	"database/sql"
	"strings"

	"github.com/newsgraph/newsgraph"
)

// The network's edges are counted when articles are written, into
// actor_edges (migration 011), by pair of actors, kind, event type and
// day. Counting them when a network is asked for joined every quote about
// an actor to its articles' entities: 57% of an actor page's time for the
// busiest actors of 10,000 real articles, and its p95 five times the
// 100 ms a page may take. Counts are additive over articles (a quote or
// an event belongs to one article and one day), so Put adds an article's
// and a whole recount is needed only when actors change (Relink).

// Migration 011 counts the edges and copies' quotes of the articles
// stored before it. (Registered here, beside the code it runs, as
// migration 009 is.)
func init() { goSteps["011_actor_counts.sql"] = (*Store).recountEdgesAndCopies }

// recountKept counts again what Put keeps counted for actors (edges,
// copies' quotes, quotes by type), after the actors changed. (Not in
// recount: migration 004 runs that, before these have tables.)
func (s *Store) recountKept(ctx context.Context, tx *sql.Tx) error {
	if err := s.recountEdgesAndCopies(ctx, tx); err != nil {
		return err
	}
	return s.recountQuoteTypes(ctx, tx)
}

// recountEdgesAndCopies counts the edges and the copies' quotes again.
func (s *Store) recountEdgesAndCopies(ctx context.Context, tx *sql.Tx) error {
	if err := s.recountEdges(ctx, tx); err != nil {
		return err
	}
	_, err := tx.ExecContext(ctx, `UPDATE actors SET copy_quotes = (SELECT count(*) FROM quotes q
		WHERE q.speaker_actor = actors.id AND `+copyQuote+`)`)
	return err
}

// edgeCounts select, for each kind of edge, rows of (kind, from, to,
// type, day, count) grouped by all but the count; an article's condition
// goes at edgeMarker. The counts are what a network shows: quotes'
// speakers to their addressees; speakers to the actors whose entities
// are named inside the quote (quote_about), each quote once per actor;
// each actor of an event to each of its recipients, each event once per
// pair. Quotes are dated by q.dated (publication, else storage), events
// by ev.dated (both YYYY-MM-DD at the start of the text).
var edgeCounts = map[string]string{
	newsgraph.EdgeAddresses: `SELECT CAST('addresses' AS TEXT), q.speaker_actor, q.addressee_actor, CAST('' AS TEXT), ` + quoteDay + `, count(*)
		FROM quotes q
		WHERE q.speaker_actor IS NOT NULL AND q.addressee_actor IS NOT NULL AND q.speaker_actor <> q.addressee_actor` + edgeMarker + `
		GROUP BY q.speaker_actor, q.addressee_actor, ` + quoteDay,
	newsgraph.EdgeMentions: `SELECT CAST('mentions' AS TEXT), q.speaker_actor, ae.actor_id, CAST('' AS TEXT), ` + quoteDay + `, count(DISTINCT q.id)
		FROM quotes q
		JOIN quote_about qa ON qa.quote_id = q.id
		JOIN article_entities ae ON ae.article_id = q.article_id AND ae.entity_id = qa.entity_id
		WHERE q.speaker_actor IS NOT NULL AND ae.actor_id IS NOT NULL AND q.speaker_actor <> ae.actor_id` + edgeMarker + `
		GROUP BY q.speaker_actor, ae.actor_id, ` + quoteDay,
	newsgraph.EdgeActs: `SELECT CAST('acts' AS TEXT), pa.actor_id, pr.actor_id, ev.type, ev.dated, count(DISTINCT ev.id)
		FROM events ev
		JOIN event_participants pa ON pa.event_id = ev.id AND pa.role = 'actor'
		JOIN event_participants pr ON pr.event_id = ev.id AND pr.role = 'recipient'
		WHERE pa.actor_id IS NOT NULL AND pr.actor_id IS NOT NULL AND pa.actor_id <> pr.actor_id` + edgeMarker + `
		GROUP BY pa.actor_id, pr.actor_id, ev.type, ev.dated`,
}

// edgeArticle is each kind's condition to one article's rows.
var edgeArticle = map[string]string{
	newsgraph.EdgeAddresses: ` AND q.article_id = ?`,
	newsgraph.EdgeMentions:  ` AND q.article_id = ?`,
	newsgraph.EdgeActs:      ` AND ev.article_id = ?`,
}

// quoteDay is a quote's day; ” for a quote without a date (none is
// stored without one since migration 002, but a day must not be null).
const quoteDay = `coalesce(substr(q.dated, 1, 10), '')`

// edgeMarker is where a counting statement takes more conditions.
const edgeMarker = `/*and*/`

// replaceMarker puts conds (each starting " AND ") at query's marker.
func replaceMarker(query, conds string) string { return strings.Replace(query, edgeMarker, conds, 1) }

const insertEdges = `INSERT INTO actor_edges (kind, from_actor, to_actor, type, day, count) `

// countEdges adds the edges of one just-written article to the counts.
// Put calls it after placing the article in a story, under the story
// clock's lock, so that concurrent PostgreSQL writers updating the same
// busy pairs do so one after the other and cannot deadlock.
func (s *Store) countEdges(ctx context.Context, tx *sql.Tx, article int64) error {
	for _, kind := range newsgraph.EdgeKinds {
		query := insertEdges + replaceMarker(edgeCounts[kind], edgeArticle[kind]) +
			` ON CONFLICT (kind, from_actor, to_actor, type, day) DO UPDATE SET count = actor_edges.count + excluded.count`
		if _, err := tx.ExecContext(ctx, s.q(query), article); err != nil {
			return err
		}
	}
	return nil
}

// recountEdges counts every edge again, after the actors changed.
func (s *Store) recountEdges(ctx context.Context, tx *sql.Tx) error {
	if _, err := tx.ExecContext(ctx, `DELETE FROM actor_edges`); err != nil {
		return err
	}
	for _, kind := range newsgraph.EdgeKinds {
		if _, err := tx.ExecContext(ctx, insertEdges+replaceMarker(edgeCounts[kind], ``)); err != nil {
			return err
		}
	}
	return nil
}
