package sqlstore

import (
	"bytes"
	"compress/gzip"
	"context"
	"database/sql"
	"encoding/json"
	"errors"

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
	doc, err := compressDoc(a.Doc)
	if err != nil {
		return 0, false, err
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, false, err
	}
	defer tx.Rollback()
	d := a.Doc
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
	if err := s.putRows(ctx, tx, id, timeText(d.Meta.Published), index.Build(d)); err != nil {
		return 0, false, err
	}
	return id, true, tx.Commit()
}

func (s *Store) putRows(ctx context.Context, tx *sql.Tx, article int64, published any, r index.Rows) error {
	ids := map[index.EntityKey]int64{}
	for _, e := range r.Entities {
		id, err := s.entityID(ctx, tx, e)
		if err != nil {
			return err
		}
		ids[e] = id
	}
	for _, m := range r.Mentions {
		if _, err := tx.ExecContext(ctx, s.q(`INSERT INTO mentions (article_id, entity_id, start_cp, end_cp) VALUES (?, ?, ?, ?)`),
			article, ids[m.Entity], m.Start, m.End); err != nil {
			return err
		}
	}
	for _, q := range r.Quotes {
		if err := s.putQuote(ctx, tx, article, published, q, ids); err != nil {
			return err
		}
	}
	return nil
}

func (s *Store) entityID(ctx context.Context, tx *sql.Tx, e index.EntityKey) (int64, error) {
	if _, err := tx.ExecContext(ctx, s.q(`INSERT INTO entities (type, name) VALUES (?, ?) ON CONFLICT (type, name) DO NOTHING`), e.Type, e.Name); err != nil {
		return 0, err
	}
	var id int64
	err := tx.QueryRowContext(ctx, s.q(`SELECT id FROM entities WHERE type = ? AND name = ?`), e.Type, e.Name).Scan(&id)
	return id, err
}

func (s *Store) putQuote(ctx context.Context, tx *sql.Tx, article int64, published any, q index.Quote, ids map[index.EntityKey]int64) error {
	var speaker any
	if q.SpeakerID != nil {
		speaker = ids[*q.SpeakerID]
	}
	var id int64
	err := tx.QueryRowContext(ctx, s.q(`INSERT INTO quotes (article_id, kind, speaker, speaker_entity, source, addressee,
		cue_start, cue_end, cue, content_start, content_end, content, published)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`),
		article, q.Kind, q.Speaker, speaker, q.Source, q.Addressee, q.Cue.Start, q.Cue.End, q.Cue.Text,
		q.Content.Start, q.Content.End, q.Content.Text, published).Scan(&id)
	if err != nil {
		return err
	}
	if err := s.d.IndexQuote(ctx, tx, id, q.Content.Text); err != nil {
		return err
	}
	for _, e := range q.About {
		if _, err := tx.ExecContext(ctx, s.q(`INSERT INTO quote_about (quote_id, entity_id) VALUES (?, ?) ON CONFLICT DO NOTHING`), id, ids[e]); err != nil {
			return err
		}
	}
	return nil
}
