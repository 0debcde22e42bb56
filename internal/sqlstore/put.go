package sqlstore

import (
	"bytes"
	"cmp"
	"compress/gzip"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"slices"
	"time"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/index"
)

// compressDoc encodes a document for the doc column: its JSON, gzipped.
// Token-level annotations make the JSON large (about 30 kB for a news
// article); gzip takes it to a fifth.
func compressDoc(d *newsgraph.Doc) ([]byte, error) {
	var buf bytes.Buffer
	z := gzip.NewWriter(&buf)
	if err := json.NewEncoder(z).Encode(d); err != nil {
		return nil, err
	}
	if err := z.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func decompressDoc(b []byte) (*newsgraph.Doc, error) {
	z, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	d := &newsgraph.Doc{}
	if err := json.NewDecoder(z).Decode(d); err != nil {
		return nil, err
	}
	return d, nil
}

// Has reports whether an article with this hash is stored.
func (s *Store) Has(ctx context.Context, hash string) (bool, error) {
	var n int
	err := s.db.QueryRowContext(ctx, s.q(`SELECT count(*) FROM articles WHERE hash = ?`), hash).Scan(&n)
	return n > 0, err
}

// Put stores an article and everything indexed from it in one transaction,
// unless its hash is already there.
func (s *Store) Put(ctx context.Context, a *newsgraph.Article) (int64, bool, error) {
	if a.Hash == "" || a.Doc == nil {
		return 0, false, newsgraph.Errorf(newsgraph.EINVALID, "article needs a hash and a document")
	}
	// Rows first: a document whose spans do not fit its text is refused
	// with a clear error before anything is encoded or written.
	// Validate first: a document built outside analysis (a library
	// user's) may hold an index that names nothing, which would panic
	// index.Build. Analysis validates every document it builds, so only
	// such a document is refused here (Validate has then dropped what did
	// not fit, and says what in its diagnostics).
	d := a.Doc
	if !d.Validate() {
		return 0, false, newsgraph.Errorf(newsgraph.EINVALID, "document has annotations that do not fit its text: %s", d.Diagnostics[len(d.Diagnostics)-1].Message)
	}
	rows := index.Build(d)
	cp := newsgraph.NewCodePoints(d.Text)
	events, err := eventRows(d, cp, rows)
	if err != nil {
		return 0, false, err
	}
	times, err := timeRows(d, cp)
	if err != nil {
		return 0, false, err
	}
	doc, err := compressDoc(a.Doc)
	if err != nil {
		return 0, false, err
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, false, err
	}
	defer tx.Rollback()
	ingested := a.Ingested
	if ingested.IsZero() {
		ingested = s.Now()
	}
	var id int64
	err = tx.QueryRowContext(ctx, s.q(`INSERT INTO articles (hash, url, title, site, published, ingested, text, doc)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (hash) DO NOTHING RETURNING id`),
		a.Hash, d.Meta.URL, d.Title(), d.Meta.Site, timeText(d.Meta.Published), timeText(ingested), d.Text, doc).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		var existing int64
		err = tx.QueryRowContext(ctx, s.q(`SELECT id FROM articles WHERE hash = ?`), a.Hash).Scan(&existing)
		return existing, false, err
	}
	if err != nil {
		return 0, false, err
	}
	if err := s.d.IndexArticle(ctx, tx, id, d.Title(), d.Text); err != nil {
		return 0, false, err
	}
	copied, err := s.putSignature(ctx, tx, id, d.Text, rows.Entities)
	if err != nil {
		return 0, false, err
	}
	dates := quoteDates{published: timeText(d.Meta.Published), dated: timeText(ingested)}
	if !d.Meta.Published.IsZero() {
		dates.dated = dates.published
	}
	datedByArticle(events, dayOf(dates.dated))
	written, err := s.putRows(ctx, tx, id, dates, rows)
	if err != nil {
		return 0, false, err
	}
	if copied {
		if err := s.countCopyQuotes(ctx, tx, id); err != nil {
			return 0, false, err
		}
	}
	if err := s.putEvents(ctx, tx, written, times, events); err != nil {
		return 0, false, err
	}
	// Near the end: placing the article takes the story clock's row lock
	// until commit, and every writer waits on it (docs/capacity.md), so
	// the article's other rows are written before it is taken.
	if err := s.placeStory(ctx, tx, id, d); err != nil {
		return 0, false, err
	}
	if err := s.countEdges(ctx, tx, id); err != nil {
		return 0, false, fmt.Errorf("network edges: %w", err)
	}
	if !copied {
		if err := s.countQuoteTypes(ctx, tx, id); err != nil {
			return 0, false, fmt.Errorf("quote counts: %w", err)
		}
	}
	// Last, so that concurrent writers hold the totals' rows only briefly.
	if _, err := tx.ExecContext(ctx, s.q(`UPDATE totals SET n = n + CASE name WHEN 'articles' THEN 1 WHEN 'quotes' THEN ? ELSE ? END
		WHERE name IN ('articles', 'quotes', 'events')`), len(rows.Quotes), len(events)); err != nil {
		return 0, false, err
	}
	return id, true, tx.Commit()
}

// dayOf is the day (YYYY-MM-DD) of a time stored as text.
func dayOf(t any) string {
	s, _ := t.(string)
	return s[:min(len(s), len(time.DateOnly))]
}

// quoteDates are the dates stored with an article's quotes: its
// publication date (filtered on) and the date it is listed by (the
// publication date, or the ingestion time when there is none).
type quoteDates struct{ published, dated any }

// putRows writes what was indexed from an article. Entities and speakers
// are written in sorted order, so that concurrent writers (PostgreSQL)
// lock the rows they share in the same order and cannot deadlock.
func (s *Store) putRows(ctx context.Context, tx *sql.Tx, article int64, dates quoteDates, r index.Rows) (articleRows, error) {
	written := articleRows{article: article}
	counts := map[index.EntityKey]*entityCounts{}
	for _, e := range r.Entities {
		counts[e] = &entityCounts{}
	}
	for _, m := range r.Mentions {
		counts[m.Entity].mentions++
	}
	for _, q := range r.Quotes {
		if q.SpeakerID != nil {
			counts[*q.SpeakerID].quotes++
		}
	}
	keys := slices.SortedFunc(maps.Keys(counts), func(a, b index.EntityKey) int {
		return cmp.Or(cmp.Compare(a.Type, b.Type), cmp.Compare(a.Name, b.Name))
	})
	ids := map[index.EntityKey]int64{}
	for _, e := range keys {
		id, err := s.entityID(ctx, tx, e, counts[e])
		if err != nil {
			return written, err
		}
		ids[e] = id
	}
	speakers := map[string]int64{}
	for _, q := range r.Quotes {
		if q.Speaker != "" {
			speakers[q.Speaker] = 0
		}
	}
	for _, name := range slices.Sorted(maps.Keys(speakers)) {
		id, err := s.speakerID(ctx, tx, name)
		if err != nil {
			return written, err
		}
		speakers[name] = id
	}
	for _, m := range r.Mentions {
		if _, err := tx.ExecContext(ctx, s.q(`INSERT INTO mentions (article_id, entity_id, start_cp, end_cp) VALUES (?, ?, ?, ?)`),
			article, ids[m.Entity], m.Start, m.End); err != nil {
			return written, err
		}
	}
	actors, err := s.putActors(ctx, tx, article, keys, r.Linked, ids, counts)
	if err != nil {
		return written, err
	}
	for _, q := range r.Quotes {
		id, err := s.putQuote(ctx, tx, article, dates, q, ids, actors, speakers)
		if err != nil {
			return written, err
		}
		written.quotes = append(written.quotes, id)
	}
	written.ids, written.actors = ids, actors
	return written, nil
}

// entityCounts are what one article adds to an entity's counts.
type entityCounts struct{ mentions, quotes int }

// entityID adds the entity if it is new and what this article adds to its
// counts (it mentions the entity, so it adds one article), and returns its
// id.
func (s *Store) entityID(ctx context.Context, tx *sql.Tx, e index.EntityKey, c *entityCounts) (int64, error) {
	var id int64
	err := tx.QueryRowContext(ctx, s.q(`INSERT INTO entities (type, name, mentions, articles, quotes) VALUES (?, ?, ?, 1, ?)
		ON CONFLICT (type, name) DO UPDATE SET mentions = entities.mentions + excluded.mentions,
			articles = entities.articles + 1, quotes = entities.quotes + excluded.quotes
		RETURNING id`), e.Type, e.Name, c.mentions, c.quotes).Scan(&id)
	return id, err
}

func (s *Store) putQuote(ctx context.Context, tx *sql.Tx, article int64, dates quoteDates, q index.Quote,
	ids, actors map[index.EntityKey]int64, speakers map[string]int64) (int64, error) {
	var entity, speaker, speakerActor, addressee, addresseeActor any
	if q.SpeakerID != nil {
		entity, speakerActor = ids[*q.SpeakerID], actors[*q.SpeakerID]
	}
	if q.AddresseeID != nil {
		addressee, addresseeActor = ids[*q.AddresseeID], actors[*q.AddresseeID]
	}
	if q.Speaker != "" {
		speaker = speakers[q.Speaker]
	}
	var id int64
	err := tx.QueryRowContext(ctx, s.q(`INSERT INTO quotes (article_id, kind, type, confidence, speaker, speaker_entity, speaker_id, speaker_actor, source,
		addressee, addressee_entity, addressee_actor, cue_start, cue_end, cue, content_start, content_end, content, published, dated)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`),
		article, q.Kind, q.Type, q.Confidence, q.Speaker, entity, speaker, speakerActor, q.Source, q.Addressee, addressee, addresseeActor,
		q.Cue.Start, q.Cue.End, q.Cue.Text, q.Content.Start, q.Content.End, q.Content.Text, dates.published, dates.dated).Scan(&id)
	if err != nil {
		return 0, err
	}
	if err := s.d.IndexQuote(ctx, tx, id, q.Content.Text); err != nil {
		return 0, err
	}
	for _, e := range q.About {
		if _, err := tx.ExecContext(ctx, s.q(`INSERT INTO quote_about (quote_id, entity_id) VALUES (?, ?) ON CONFLICT DO NOTHING`), id, ids[e]); err != nil {
			return 0, err
		}
	}
	return id, nil
}
