package sqlstore

import (
	"context"
	"database/sql"
	"encoding/binary"
	"fmt"
	"strings"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/dedup"
	"github.com/newsgraph/newsgraph/internal/index"
)

// putSignature signs an article's text, marks the article a copy of the
// stored original it repeats, if any, and stores its signature and band
// keys, so that later articles are compared with it. A text too short to
// judge gets nothing: it is neither a copy nor compared with later ones.
// It says whether the article is a copy.
func (s *Store) putSignature(ctx context.Context, tx *sql.Tx, id int64, text string, names []index.EntityKey) (bool, error) {
	sig, ok := dedup.Sign(text)
	if !ok {
		return false, nil
	}
	keys := sig.BandKeys()
	original, err := s.originalOf(ctx, tx, sig, keys, names)
	if err != nil {
		return false, fmt.Errorf("near duplicates: %w", err)
	}
	if original != 0 {
		if _, err := tx.ExecContext(ctx, s.q(`UPDATE articles SET duplicate_of = ? WHERE id = ?`), original, id); err != nil {
			return false, err
		}
	}
	if _, err := tx.ExecContext(ctx, s.q(`INSERT INTO article_signatures (article_id, version, shingles, minhash) VALUES (?, ?, ?, ?)`),
		id, dedup.Version, sig.Shingles, encodeMinHash(sig)); err != nil {
		return false, err
	}
	values := make([]string, len(keys))
	args := make([]any, 0, 3*len(keys))
	for band, key := range keys {
		values[band] = `(?, ?, ?)`
		args = append(args, id, band, int64(key)) // the key's bits: the columns are signed
	}
	_, err = tx.ExecContext(ctx, s.q(`INSERT INTO article_bands (article_id, band, key) VALUES `+strings.Join(values, ", ")), args...)
	return original != 0, err
}

// originalOf is the stored article that a text with this signature
// copies, or 0: among the stored articles sharing a band key with it and
// similar enough (dedup.Threshold), the earliest original, a copy counting
// as the article it copies. Going to the original keeps every copy of a
// story pointing at one article rather than forming chains. A similar
// article that names other people, organisations and places (names) is no
// copy: a template filled in for another speaker shares most of its
// shingles (samePeople).
func (s *Store) originalOf(ctx context.Context, tx *sql.Tx, sig dedup.Signature, keys [dedup.Bands]uint64, names []index.EntityKey) (int64, error) {
	bands := make([]string, len(keys))
	args := []any{dedup.Version}
	for band, key := range keys {
		bands[band] = `(band = ? AND key = ?)`
		args = append(args, band, int64(key))
	}
	rows, err := tx.QueryContext(ctx, s.q(`SELECT g.article_id, g.shingles, g.minhash, a.duplicate_of
		FROM article_signatures g JOIN articles a ON a.id = g.article_id
		WHERE g.version = ? AND g.article_id IN (SELECT article_id FROM article_bands WHERE `+strings.Join(bands, " OR ")+`)`), args...)
	if err != nil {
		return 0, err
	}
	type similar struct{ id, copyOf int64 }
	var found []similar
	for rows.Next() {
		var id int64
		var stored dedup.Signature
		var blob []byte
		var copyOf sql.NullInt64
		if err := rows.Scan(&id, &stored.Shingles, &blob, &copyOf); err != nil {
			rows.Close()
			return 0, err
		}
		if stored.Min, err = decodeMinHash(blob); err != nil {
			rows.Close()
			return 0, fmt.Errorf("article %d: %w", id, err)
		}
		if dedup.Similarity(sig, stored) >= dedup.Threshold {
			found = append(found, similar{id, copyOf.Int64})
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return 0, err
	}
	var original int64
	for _, f := range found {
		same, err := s.samePeople(ctx, tx, f.id, names)
		if err != nil {
			return 0, err
		}
		if !same {
			continue
		}
		id := f.id
		if f.copyOf != 0 {
			id = f.copyOf
		}
		if original == 0 || id < original {
			original = id
		}
	}
	return original, nil
}

// samePeople: the stored article id names the people, organisations and
// places of names, or most of them: of the smaller set of names (as the
// store keeps them), at least half are in the other. Articles naming fewer
// than two each are not judged by their names.
func (s *Store) samePeople(ctx context.Context, tx *sql.Tx, id int64, names []index.EntityKey) (bool, error) {
	rows, err := tx.QueryContext(ctx, s.q(`SELECT DISTINCT e.type, e.name FROM mentions m JOIN entities e ON e.id = m.entity_id
		WHERE m.article_id = ? AND e.type IN ('PER', 'ORG', 'LOC')`), id)
	if err != nil {
		return false, err
	}
	defer rows.Close()
	stored := map[index.EntityKey]bool{}
	for rows.Next() {
		var k index.EntityKey
		if err := rows.Scan(&k.Type, &k.Name); err != nil {
			return false, err
		}
		stored[k] = true
	}
	if err := rows.Err(); err != nil {
		return false, err
	}
	mine := map[index.EntityKey]bool{}
	for _, k := range names {
		if k.Type == "PER" || k.Type == "ORG" || k.Type == "LOC" {
			mine[k] = true
		}
	}
	if len(mine) < 2 || len(stored) < 2 {
		return true, nil
	}
	shared := 0
	for k := range mine {
		if stored[k] {
			shared++
		}
	}
	return 2*shared >= min(len(mine), len(stored)), nil
}

// encodeMinHash is a signature's values as stored: big-endian, in order.
func encodeMinHash(sig dedup.Signature) []byte {
	b := make([]byte, 0, 8*len(sig.Min))
	for _, v := range sig.Min {
		b = binary.BigEndian.AppendUint64(b, v)
	}
	return b
}

func decodeMinHash(b []byte) (m [dedup.Size]uint64, err error) {
	if len(b) != 8*len(m) {
		return m, fmt.Errorf("stored signature has %d bytes, want %d", len(b), 8*len(m))
	}
	for i := range m {
		m[i] = binary.BigEndian.Uint64(b[8*i:])
	}
	return m, nil
}

// duplicates reads what an article's page says about near duplicates: the
// original it copies and the copies of it.
func (s *Store) duplicates(ctx context.Context, a *newsgraph.Article) error {
	originals, err := collect(ctx, s.db, s.q(`SELECT `+summaryColumns+` FROM articles a
		WHERE a.id = (SELECT duplicate_of FROM articles WHERE id = ?)`), []any{a.ID}, scanOneSummary)
	if err != nil {
		return err
	}
	if len(originals) > 0 {
		a.DuplicateOf = &originals[0]
	}
	a.Copies, err = collect(ctx, s.db, s.q(`SELECT `+summaryColumns+` FROM articles a
		WHERE a.duplicate_of = ? ORDER BY a.id LIMIT 100`), []any{a.ID}, scanOneSummary)
	return err
}

// signStored signs the articles stored before near duplicates were
// looked for, in the order they were stored, as if each had just been
// put (migration 008).
func (s *Store) signStored(ctx context.Context, tx *sql.Tx) error {
	ids, err := collect(ctx, tx, `SELECT id FROM articles ORDER BY id`, nil, func(r scanner) (int64, error) {
		var id int64
		return id, r.Scan(&id)
	})
	if err != nil {
		return err
	}
	for _, id := range ids {
		var text string
		if err := tx.QueryRowContext(ctx, s.q(`SELECT text FROM articles WHERE id = ?`), id).Scan(&text); err != nil {
			return err
		}
		if _, err := s.putSignature(ctx, tx, id, text, nil); err != nil { // by the text alone, as then
			return fmt.Errorf("article %d: %w", id, err)
		}
	}
	return nil
}

// NearDuplicateOf is the stored original that text repeats, or 0 when it
// repeats none (or is too short to judge): the lookup Put makes for a new
// article, on its own, so that it can be measured and asked before an
// article is analysed (and so by the text alone: Put also asks that the
// two name the same people).
func (s *Store) NearDuplicateOf(ctx context.Context, text string) (int64, error) {
	sig, ok := dedup.Sign(text)
	if !ok {
		return 0, nil
	}
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return 0, err
	}
	defer tx.Rollback()
	return s.originalOf(ctx, tx, sig, sig.BandKeys(), nil)
}
