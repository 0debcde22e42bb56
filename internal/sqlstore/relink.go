package sqlstore

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/newsgraph/newsgraph"
)

// relinkBatch is how many items Relink writes between progress reports.
const relinkBatch = 2000

// Relink regroups every entity of every stored article into actors: it
// reads them all, lets link decide with the stored corrections, and
// writes the result in one transaction, so that readers see the old
// grouping or the new one, never half of each. Actors keep their ids
// where their keys stay; actors left without entities are removed.
func (s *Store) Relink(ctx context.Context, link newsgraph.Linker, progress func(done, total int)) (newsgraph.RelinkStats, error) {
	var st newsgraph.RelinkStats
	items, current, err := linkItems(ctx, s.db)
	if err != nil {
		return st, err
	}
	st.Items = len(items)
	corrections, err := s.Corrections(ctx)
	if err != nil {
		return st, err
	}
	l, err := link.Link(ctx, items, corrections)
	if err != nil {
		return st, fmt.Errorf("link: %w", err)
	}
	st.Actors = len(l.Actors)
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return st, err
	}
	defer tx.Rollback()
	ids, err := s.upsertActors(ctx, tx, l.Actors)
	if err != nil {
		return st, err
	}
	for i, it := range items {
		if a := ids[l.Actor[i]]; a != current[i] {
			st.Changed++
			if _, err := tx.ExecContext(ctx, s.q(`UPDATE article_entities SET actor_id = ? WHERE article_id = ? AND entity_id = ?`),
				a, it.Article, it.Entity); err != nil {
				return st, err
			}
		}
		if progress != nil && (i+1)%relinkBatch == 0 {
			progress(i+1, len(items))
		}
	}
	if err := s.rebuildActorKeys(ctx, tx, items, l, ids); err != nil {
		return st, err
	}
	// Before recount, which removes the actors no entity is linked to.
	if _, err := tx.ExecContext(ctx, relinkParticipants); err != nil {
		return st, err
	}
	if err := s.recount(ctx, tx); err != nil {
		return st, err
	}
	if err := s.recountKept(ctx, tx); err != nil {
		return st, err
	}
	if progress != nil {
		progress(len(items), len(items))
	}
	return st, tx.Commit()
}

// linkItems reads every entity of every article, in article order, with
// the actor it is linked to now.
func linkItems(ctx context.Context, db querier) ([]newsgraph.LinkItem, []int64, error) {
	rows, err := db.QueryContext(ctx, `SELECT ae.article_id, ae.entity_id, e.type, e.name, ae.kb_id, ae.mentions,
		coalesce(a.published, a.ingested), ae.actor_id
		FROM article_entities ae JOIN entities e ON e.id = ae.entity_id JOIN articles a ON a.id = ae.article_id
		ORDER BY ae.article_id, ae.entity_id`)
	if err != nil {
		return nil, nil, err
	}
	defer rows.Close()
	var items []newsgraph.LinkItem
	var current []int64
	for rows.Next() {
		var it newsgraph.LinkItem
		var date sql.NullString
		var actor sql.NullInt64
		if err := rows.Scan(&it.Article, &it.Entity, &it.Type, &it.Name, &it.KBID, &it.Mentions, &date, &actor); err != nil {
			return nil, nil, err
		}
		it.Published = parseTime(date)
		items = append(items, it)
		current = append(current, actor.Int64)
	}
	return items, current, rows.Err()
}

// relinkParticipants points the participants of events at their
// entities' actors, as recount does quotes' speakers. (Not in recount:
// migration 004 runs that, before events have a table.)
const relinkParticipants = `UPDATE event_participants SET actor_id = (SELECT ae.actor_id FROM article_entities ae
	JOIN events ev ON ev.article_id = ae.article_id
	WHERE ev.id = event_participants.event_id AND ae.entity_id = event_participants.entity_id)
	WHERE entity_id IS NOT NULL`

// querier is a database or a transaction.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// linkByKeys is migration 004's Go step: it links the entities of the
// articles stored before it each to the actor of its key, as Put would
// have, so that actors are listed at once; `newsgraph actors relink` then
// weighs the corpus.
func (s *Store) linkByKeys(ctx context.Context, tx *sql.Tx) error {
	items, _, err := linkItems(ctx, tx)
	if err != nil {
		return err
	}
	for _, it := range items {
		a, err := s.actorFor(ctx, tx, newsgraph.ActorKey(it.KBID, it.Type, it.Name), it.Type, it.Name, it.KBID)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, s.q(`UPDATE article_entities SET actor_id = ? WHERE article_id = ? AND entity_id = ?`),
			a, it.Article, it.Entity); err != nil {
			return err
		}
	}
	return s.recount(ctx, tx)
}

// upsertActors writes each actor under its key, keeping the id of an
// actor whose key is stored, and returns their ids.
func (s *Store) upsertActors(ctx context.Context, tx *sql.Tx, actors []newsgraph.LinkedActor) ([]int64, error) {
	ids := make([]int64, len(actors))
	for i, a := range actors {
		folded := strings.ToLower(a.Name + "\n" + strings.Join(a.Aliases, "\n"))
		if err := tx.QueryRowContext(ctx, s.q(`INSERT INTO actors (key, name, type, kb_id, aliases, folded) VALUES (?, ?, ?, ?, ?, ?)
			ON CONFLICT (key) DO UPDATE SET name = excluded.name, type = excluded.type, kb_id = excluded.kb_id,
				aliases = excluded.aliases, folded = excluded.folded RETURNING id`),
			a.Key, a.Name, a.Type, a.KBID, strings.Join(a.Aliases, "\n"), folded).Scan(&ids[i]); err != nil {
			return nil, err
		}
	}
	return ids, nil
}

// rebuildActorKeys points each key before linking (newsgraph.ActorKey)
// at the actor most of its items went to, for Put to link new articles
// by.
func (s *Store) rebuildActorKeys(ctx context.Context, tx *sql.Tx, items []newsgraph.LinkItem, l newsgraph.Linking, ids []int64) error {
	votes := map[string]map[int64]int{}
	var order []string
	for i, it := range items {
		k := newsgraph.ActorKey(it.KBID, it.Type, it.Name)
		if votes[k] == nil {
			votes[k] = map[int64]int{}
			order = append(order, k)
		}
		votes[k][ids[l.Actor[i]]]++
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM actor_keys`); err != nil {
		return err
	}
	for _, k := range order {
		best, n := int64(0), 0
		for a, c := range votes[k] {
			if c > n || c == n && a < best {
				best, n = a, c
			}
		}
		if _, err := tx.ExecContext(ctx, s.q(`INSERT INTO actor_keys (key, actor_id) VALUES (?, ?)`), k, best); err != nil {
			return err
		}
	}
	return nil
}

// recount points quotes at their speakers' and addressees' actors,
// removes actors left without entities, and recounts the rest.
func (s *Store) recount(ctx context.Context, tx *sql.Tx) error {
	for _, stmt := range []string{
		`UPDATE quotes SET speaker_actor = (SELECT ae.actor_id FROM article_entities ae
			WHERE ae.article_id = quotes.article_id AND ae.entity_id = quotes.speaker_entity)
			WHERE speaker_entity IS NOT NULL`,
		`UPDATE quotes SET addressee_actor = (SELECT ae.actor_id FROM article_entities ae
			WHERE ae.article_id = quotes.article_id AND ae.entity_id = quotes.addressee_entity)
			WHERE addressee_entity IS NOT NULL`,
		`DELETE FROM actors WHERE NOT EXISTS (SELECT 1 FROM article_entities ae WHERE ae.actor_id = actors.id)`,
		`UPDATE actors SET
			mentions = (SELECT coalesce(sum(ae.mentions), 0) FROM article_entities ae WHERE ae.actor_id = actors.id),
			articles = (SELECT count(DISTINCT ae.article_id) FROM article_entities ae WHERE ae.actor_id = actors.id),
			quotes = (SELECT count(*) FROM quotes q WHERE q.speaker_actor = actors.id)`,
	} {
		if _, err := tx.ExecContext(ctx, stmt); err != nil {
			return err
		}
	}
	return nil
}
