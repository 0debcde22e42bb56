package sqlstore

import (
	"cmp"
	"context"
	"database/sql"
	"errors"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/index"
)

// putActors records each stored entity of an article (article_entities),
// with its knowledge-base link and roles, and links it to an actor through
// actor_keys: the actor the last re-linking gave its key, or a new actor of
// its own. Re-linking (Relink) then weighs the whole corpus. It returns the
// actor of each entity.
func (s *Store) putActors(ctx context.Context, tx *sql.Tx, article int64, keys []index.EntityKey,
	linked map[index.EntityKey]index.Linked, ids map[index.EntityKey]int64, counts map[index.EntityKey]*entityCounts) (map[index.EntityKey]int64, error) {
	actorOf := map[index.EntityKey]int64{}
	added := map[int64]*entityCounts{}
	for _, e := range keys {
		l := linked[e]
		a, err := s.actorFor(ctx, tx, newsgraph.ActorKey(l.KBID, e.Type, e.Name), e.Type, e.Name, l.KBID)
		if err != nil {
			return nil, err
		}
		actorOf[e] = a
		if added[a] == nil {
			added[a] = &entityCounts{}
		}
		added[a].mentions += counts[e].mentions
		added[a].quotes += counts[e].quotes
		if _, err := tx.ExecContext(ctx, s.q(`INSERT INTO article_entities (article_id, entity_id, kb_id, mentions, actor_id)
			VALUES (?, ?, ?, ?, ?)`), article, ids[e], l.KBID, counts[e].mentions, a); err != nil {
			return nil, err
		}
		for _, r := range l.Roles {
			if _, err := tx.ExecContext(ctx, s.q(`INSERT INTO entity_roles (article_id, entity_id, title, start_cp, end_cp)
				VALUES (?, ?, ?, ?, ?)`), article, ids[e], strings.Join(strings.Fields(r.Text), " "), r.Start, r.End); err != nil {
				return nil, err
			}
		}
	}
	// In id order, so that concurrent writers lock shared actors in one
	// order.
	for _, a := range slices.Sorted(maps.Keys(added)) {
		if _, err := tx.ExecContext(ctx, s.q(`UPDATE actors SET mentions = mentions + ?, articles = articles + 1, quotes = quotes + ?
			WHERE id = ?`), added[a].mentions, added[a].quotes, a); err != nil {
			return nil, err
		}
	}
	return actorOf, nil
}

// actorFor returns the actor key was linked to, making one if it is new.
func (s *Store) actorFor(ctx context.Context, tx *sql.Tx, key, typ, name, kb string) (int64, error) {
	var id int64
	err := tx.QueryRowContext(ctx, s.q(`SELECT actor_id FROM actor_keys WHERE key = ?`), key).Scan(&id)
	if err == nil || !errors.Is(err, sql.ErrNoRows) {
		return id, err
	}
	// The no-op update makes RETURNING give the existing row's id too.
	if err := tx.QueryRowContext(ctx, s.q(`INSERT INTO actors (key, name, type, kb_id, aliases, folded) VALUES (?, ?, ?, ?, ?, ?)
		ON CONFLICT (key) DO UPDATE SET key = excluded.key RETURNING id`), key, name, typ, kb, name, strings.ToLower(name)).Scan(&id); err != nil {
		return 0, err
	}
	_, err = tx.ExecContext(ctx, s.q(`INSERT INTO actor_keys (key, actor_id) VALUES (?, ?) ON CONFLICT (key) DO NOTHING`), key, id)
	return id, err
}

// actorColumns select an actor "ac"; its quotes in copies are not
// counted (stories_copies.go).
const actorColumns = `ac.id, ac.key, ac.name, ac.type, ac.kb_id, ac.aliases, ac.mentions, ac.articles,
	ac.quotes - ac.copy_quotes`

func scanActor(r scanner) (newsgraph.ActorRecord, error) {
	var a newsgraph.ActorRecord
	var aliases string
	err := r.Scan(&a.ID, &a.Key, &a.Name, &a.Type, &a.KBID, &aliases, &a.Mentions, &a.Articles, &a.Quotes)
	a.Aliases = strings.Split(aliases, "\n")
	if aliases == "" {
		a.Aliases = []string{}
	}
	return a, err
}

// Actors lists actors, most mentioned first. A query matches any part of
// a name or alias; it reads every actor (there are far fewer actors than
// quotes, and no index serves a match inside words).
func (s *Store) Actors(ctx context.Context, f newsgraph.ActorFilter) ([]newsgraph.ActorRecord, int, error) {
	where, args := actorWhere(f)
	from := ` FROM actors ac`
	if where != "" {
		from += ` WHERE ` + where
	}
	var total int
	if err := s.db.QueryRowContext(ctx, s.q(`SELECT count(*)`+from), args...).Scan(&total); err != nil {
		return nil, 0, err
	}
	limit, offset := limits(f.Page)
	out, err := collect(ctx, s.db, s.q(`SELECT `+actorColumns+from+` ORDER BY ac.mentions DESC, ac.name, ac.id LIMIT ? OFFSET ?`),
		append(args, limit, offset), scanActor)
	return out, total, err
}

// Actor returns one actor with its roles, what it said and was told, and
// the articles that mention it (the newest 100 of each).
func (s *Store) Actor(ctx context.Context, id int64) (*newsgraph.ActorDetail, error) {
	a, err := s.actorRecord(ctx, id)
	if err != nil {
		return nil, err
	}
	d := &newsgraph.ActorDetail{ActorRecord: a}
	page := newsgraph.Page{Limit: 100}
	for list, who := range map[*[]newsgraph.QuoteRecord]string{&d.QuotesBy: `q.speaker_actor`, &d.QuotesTo: `q.addressee_actor`} {
		qq := quoteQuery{table: `quotes q`, where: who + ` = ? AND ` + notCopy, args: []any{id}, order: quoteOrder, uncounted: true}
		if *list, _, err = s.quotesIn(ctx, qq, page); err != nil {
			return nil, err
		}
	}
	if d.Roles, err = s.actorRoles(ctx, id); err != nil {
		return nil, err
	}
	if d.MentionedIn, err = s.newestMentioning(ctx, `SELECT article_id FROM article_entities WHERE actor_id = ?`, id); err != nil {
		return nil, err
	}
	all, err := s.Corrections(ctx)
	for _, c := range all {
		if c.Actor == a.Key || c.Other == a.Key {
			d.Corrections = append(d.Corrections, c)
		}
	}
	return d, err
}

// maxRoleEvidence bounds the spans listed per role.
const maxRoleEvidence = 3

// actorRoles gathers the roles read for an actor's entities by title,
// oldest first, each with its dates, count and first spans.
func (s *Store) actorRoles(ctx context.Context, id int64) ([]newsgraph.ActorRole, error) {
	// Only the evidence shown needs the article's text, and reading it
	// for each of a busy actor's thousands of roles was most of the
	// query's time: each title's first few (in list order; the titles
	// compared exactly, so that the few of each title compared without
	// case are among them) read it.
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT r.title, r.article_id, r.start_cp, r.end_cp,
		CASE WHEN r.nth <= ? THEN (SELECT substr(a.text, r.start_cp + 1, r.end_cp - r.start_cp) FROM articles a WHERE a.id = r.article_id)
			ELSE '' END, r.dated
		FROM (SELECT er.title, er.article_id, er.start_cp, er.end_cp, coalesce(a.published, a.ingested) AS dated,
			row_number() OVER (PARTITION BY er.title ORDER BY coalesce(a.published, a.ingested), er.article_id, er.start_cp) AS nth
			FROM article_entities ae JOIN entity_roles er ON er.article_id = ae.article_id AND er.entity_id = ae.entity_id
			JOIN articles a ON a.id = ae.article_id WHERE ae.actor_id = ?) r
		ORDER BY r.dated, r.article_id, r.start_cp LIMIT 10000`), maxRoleEvidence, id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []newsgraph.ActorRole{}
	index := map[string]int{}
	for rows.Next() {
		var ev newsgraph.RoleEvidence
		var title string
		var date sql.NullString
		if err := rows.Scan(&title, &ev.Article, &ev.Start, &ev.End, &ev.Text, &date); err != nil {
			return nil, err
		}
		k := strings.ToLower(title)
		i, ok := index[k]
		if !ok {
			i = len(out)
			index[k] = i
			out = append(out, newsgraph.ActorRole{Title: title, First: parseTime(date)})
		}
		r := &out[i]
		r.Count++
		r.Last = parseTime(date)
		if len(r.Evidence) < maxRoleEvidence {
			r.Evidence = append(r.Evidence, ev)
		}
	}
	slices.SortStableFunc(out, func(a, b newsgraph.ActorRole) int { return cmp.Compare(b.Count, a.Count) })
	return out, rows.Err()
}

// Corrections lists the users' corrections in the order they were made.
func (s *Store) Corrections(ctx context.Context) ([]newsgraph.Correction, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, kind, actor, other, name, made FROM actor_corrections ORDER BY id`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []newsgraph.Correction
	for rows.Next() {
		var c newsgraph.Correction
		var made sql.NullString
		if err := rows.Scan(&c.ID, &c.Kind, &c.Actor, &c.Other, &c.Name, &made); err != nil {
			return nil, err
		}
		c.Made = parseTime(made)
		out = append(out, c)
	}
	return out, rows.Err()
}

// Correct checks a correction against the actors as they are and records
// it.
func (s *Store) Correct(ctx context.Context, kind string, actor, other int64, name string) (newsgraph.Correction, error) {
	c := newsgraph.Correction{Kind: kind, Name: strings.Join(strings.Fields(name), " "), Made: s.Now().UTC().Truncate(time.Second)}
	a, err := s.actorRecord(ctx, actor)
	if err != nil {
		return c, err
	}
	c.Actor = a.Key
	switch kind {
	case newsgraph.CorrectMerge:
		o, err := s.actorRecord(ctx, other)
		if err != nil {
			return c, err
		}
		c.Other = o.Key
		if err := s.mergeAllowed(ctx, a, o); err != nil {
			return c, err
		}
	case newsgraph.CorrectSplit:
		if err := splitAllowed(a, c.Name); err != nil {
			return c, err
		}
	case newsgraph.CorrectAlias:
		if err := checkName(c.Name); err != nil {
			return c, err
		}
	default:
		return c, newsgraph.Errorf(newsgraph.EINVALID, "unknown correction %q: merge, split or alias", kind)
	}
	return s.addCorrection(ctx, c)
}

func (s *Store) addCorrection(ctx context.Context, c newsgraph.Correction) (newsgraph.Correction, error) {
	err := s.db.QueryRowContext(ctx, s.q(`INSERT INTO actor_corrections (kind, actor, other, name, made) VALUES (?, ?, ?, ?, ?) RETURNING id`),
		c.Kind, c.Actor, c.Other, c.Name, timeText(c.Made)).Scan(&c.ID)
	return c, err
}

// ImportCorrection records an exported correction, by keys.
func (s *Store) ImportCorrection(ctx context.Context, c newsgraph.Correction) (newsgraph.Correction, error) {
	c.Name = strings.Join(strings.Fields(c.Name), " ")
	if c.Made.IsZero() {
		c.Made = s.Now().UTC().Truncate(time.Second)
	}
	switch {
	case c.Actor == "" || len(c.Actor) > 300 || len(c.Other) > 300:
		return c, newsgraph.Errorf(newsgraph.EINVALID, "a correction needs an actor key of at most 300 bytes")
	case c.Kind == newsgraph.CorrectMerge && (c.Other == "" || c.Other == c.Actor):
		return c, newsgraph.Errorf(newsgraph.EINVALID, "a merge needs another actor's key")
	case c.Kind == newsgraph.CorrectMerge:
		if err := s.noMergeCycle(ctx, c.Actor, c.Other); err != nil {
			return c, err
		}
	case c.Kind == newsgraph.CorrectSplit || c.Kind == newsgraph.CorrectAlias:
		if err := checkName(c.Name); err != nil {
			return c, err
		}
	case c.Kind != newsgraph.CorrectMerge:
		return c, newsgraph.Errorf(newsgraph.EINVALID, "unknown correction %q: merge, split or alias", c.Kind)
	}
	// The same export taken twice records each correction once.
	err := s.db.QueryRowContext(ctx, s.q(`SELECT id FROM actor_corrections WHERE kind = ? AND actor = ? AND other = ? AND name = ? AND made = ?`),
		c.Kind, c.Actor, c.Other, c.Name, timeText(c.Made)).Scan(&c.ID)
	if err == nil {
		return c, nil
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return c, err
	}
	return s.addCorrection(ctx, c)
}

// actorExists is ENOTFOUND for an id no actor has: what the readers of
// an actor's timeline and network need, without reading the actor.
func (s *Store) actorExists(ctx context.Context, id int64) error {
	var one int
	err := s.db.QueryRowContext(ctx, s.q(`SELECT 1 FROM actors WHERE id = ?`), id).Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return newsgraph.Errorf(newsgraph.ENOTFOUND, "no actor %d", id)
	}
	return err
}

func (s *Store) actorRecord(ctx context.Context, id int64) (newsgraph.ActorRecord, error) {
	a, err := scanActor(s.db.QueryRowContext(ctx, s.q(`SELECT `+actorColumns+` FROM actors ac WHERE ac.id = ?`), id))
	if errors.Is(err, sql.ErrNoRows) {
		return a, newsgraph.Errorf(newsgraph.ENOTFOUND, "no actor %d", id)
	}
	return a, err
}

// mergeAllowed refuses merging an actor into itself, and merging an actor
// into one that earlier corrections merged into it (directly or through
// others): replayed in order, that would move every item back and forth,
// a cycle. Undoing a merge is a split.
func (s *Store) mergeAllowed(ctx context.Context, into, from newsgraph.ActorRecord) error {
	if into.Key == from.Key {
		return newsgraph.Errorf(newsgraph.EINVALID, "cannot merge actor %d into itself", into.ID)
	}
	return s.noMergeCycle(ctx, into.Key, from.Key)
}

// noMergeCycle refuses a merge of actor key from into actor key into when
// earlier merges put into into from.
func (s *Store) noMergeCycle(ctx context.Context, into, from string) error {
	all, err := s.Corrections(ctx)
	if err != nil {
		return err
	}
	mergedInto := map[string][]string{} // actor → the actors merged into it
	for _, c := range all {
		if c.Kind == newsgraph.CorrectMerge {
			mergedInto[c.Actor] = append(mergedInto[c.Actor], c.Other)
		}
	}
	seen := map[string]bool{}
	stack := []string{from}
	for len(stack) > 0 {
		k := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if k == into {
			return newsgraph.Errorf(newsgraph.ECONFLICT, "actor %s was merged into actor %s: merging it back would make a cycle; split the name off instead",
				into, from)
		}
		if !seen[k] {
			seen[k] = true
			stack = append(stack, mergedInto[k]...)
		}
	}
	return nil
}

// splitAllowed: the name must be one of the actor's, and not its only one.
func splitAllowed(a newsgraph.ActorRecord, name string) error {
	if err := checkName(name); err != nil {
		return err
	}
	folded := newsgraph.FoldName(name)
	has := false
	for _, al := range a.Aliases {
		has = has || newsgraph.FoldName(al) == folded
	}
	switch {
	case !has:
		return newsgraph.Errorf(newsgraph.EINVALID, "actor %d is not called %q (its names: %s)", a.ID, name, strings.Join(a.Aliases, ", "))
	case len(a.Aliases) < 2:
		return newsgraph.Errorf(newsgraph.EINVALID, "%q is actor %d's only name: nothing to split it from", name, a.ID)
	}
	return nil
}

// checkName: a name to link by is one line of text of reasonable length.
func checkName(name string) error {
	switch {
	case newsgraph.FoldName(name) == "":
		return newsgraph.Errorf(newsgraph.EINVALID, "a name is needed")
	case len(name) > 200:
		return newsgraph.Errorf(newsgraph.EINVALID, "a name of %d bytes is too long (200 at most)", len(name))
	case strings.ContainsFunc(name, func(r rune) bool { return r < ' ' || r == 0x7f }):
		return newsgraph.Errorf(newsgraph.EINVALID, "a name cannot hold control characters")
	}
	return nil
}
