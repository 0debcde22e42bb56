package sqlstore

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/dedup"
	"github.com/newsgraph/newsgraph/internal/story"
)

// Migration 009 places the articles stored before stories had tables.
// (Registered here, beside the code it runs, rather than in goSteps'
// table in sqlstore.go, which is outside this part of the package.)
func init() { goSteps["009_stories.sql"] = (*Store).clusterStored }

// placeStory puts a just-inserted article in a story, inside Put's
// transaction: the clusterer (caught up with the other writers) chooses
// the story, a near duplicate joining its original's; the article's
// features are stored for the writers that come after.
func (s *Store) placeStory(ctx context.Context, tx *sql.Tx, id int64, d *newsgraph.Doc) error {
	f := story.FromDoc(d)
	// Judge near duplicates on the text putSignature signs (title
	// included), so that the story of an article stored as a copy
	// (articles.duplicate_of) is its original's.
	f.Signature, f.Signed = dedup.Sign(d.Text)
	blob, err := encodeFeatures(f)
	if err != nil {
		return fmt.Errorf("story features: %w", err)
	}
	// The update takes the clock's row lock until the transaction ends:
	// the next writer waits here, then sees this placement.
	var seq int64
	var version string
	if err := tx.QueryRowContext(ctx, `UPDATE story_clock SET seq = seq + 1 WHERE id = 1 RETURNING seq, version`).Scan(&seq, &version); err != nil {
		return fmt.Errorf("stories: %w", err)
	}
	if version != storyVersion {
		if seq > 1 {
			return s.clusterStored(ctx, tx) // made another way: make them all again, this article included
		}
		if _, err := tx.ExecContext(ctx, s.q(`UPDATE story_clock SET version = ? WHERE id = 1`), storyVersion); err != nil {
			return err
		}
	}
	st := s.stories()
	st.mu.Lock()
	defer st.mu.Unlock()
	if err := st.catchUp(ctx, tx, s, seq); err != nil {
		st.forget()
		return fmt.Errorf("stories: %w", err)
	}
	sid := st.c.Add(id, f)
	st.lastSeq, st.lastArticle = seq, id
	if err := s.writePlacement(ctx, tx, st.c.Story(sid), id, seq, blob); err != nil {
		st.forget() // c holds a placement the database will not
		return fmt.Errorf("stories: %w", err)
	}
	return nil
}

// writePlacement stores an article's features and its story, and brings
// the story's row up to date: its count, its dates and, when the article
// is its earliest, its title.
func (s *Store) writePlacement(ctx context.Context, tx *sql.Tx, st *story.Story, id, seq int64, features []byte) error {
	if _, err := tx.ExecContext(ctx, s.q(`INSERT INTO story_features (seq, article_id, features) VALUES (?, ?, ?)`), seq, id, features); err != nil {
		return err
	}
	var title, at string
	if err := tx.QueryRowContext(ctx, s.q(`SELECT title, coalesce(published, ingested) FROM articles WHERE id = ?`), id).Scan(&title, &at); err != nil {
		return err
	}
	if strings.TrimSpace(title) == "" {
		title = strings.Join(st.TopTerms(4), " ")
	}
	var err error
	if len(st.Articles) == 1 {
		_, err = tx.ExecContext(ctx, s.q(`INSERT INTO stories (id, title, first_article, first_at, last_at, articles) VALUES (?, ?, ?, ?, ?, 1)`),
			st.ID, title, id, at, at)
	} else {
		// Every SET reads the row as it was, so the comparisons with
		// first_at all see the old earliest date.
		_, err = tx.ExecContext(ctx, s.q(`UPDATE stories SET articles = articles + 1,
			last_at = CASE WHEN ? > last_at THEN ? ELSE last_at END,
			title = CASE WHEN ? < first_at THEN ? ELSE title END,
			first_article = CASE WHEN ? < first_at THEN ? ELSE first_article END,
			first_at = CASE WHEN ? < first_at THEN ? ELSE first_at END
			WHERE id = ?`), at, at, at, title, at, id, at, at, st.ID)
	}
	if err != nil {
		return err
	}
	_, err = tx.ExecContext(ctx, s.q(`UPDATE articles SET story_id = ? WHERE id = ?`), st.ID, id)
	return err
}

// clusterStored makes every story again, placing the stored articles in
// the order they were stored, their features read from their documents:
// for migration 009, and when the stories were made with another version
// of the features or the clusterer (storyVersion).
func (s *Store) clusterStored(ctx context.Context, tx *sql.Tx) error {
	for _, stmt := range []string{`UPDATE articles SET story_id = NULL`, `DELETE FROM story_features`, `DELETE FROM stories`,
		`UPDATE story_clock SET seq = 0, version = ''`} {
		if _, err := tx.ExecContext(ctx, stmt); err != nil {
			return err
		}
	}
	st := s.stories()
	st.mu.Lock()
	st.forget()
	st.mu.Unlock()
	// One article at a time, each found after the last: a PostgreSQL
	// connection cannot read a list of rows while placing them.
	for id := int64(0); ; {
		var next sql.NullInt64
		if err := tx.QueryRowContext(ctx, s.q(`SELECT min(id) FROM articles WHERE id > ?`), id).Scan(&next); err != nil || !next.Valid {
			return err
		}
		id = next.Int64
		d, err := s.storedDoc(ctx, tx, id)
		if err != nil {
			return fmt.Errorf("article %d: %w", id, err)
		}
		if err := s.placeStory(ctx, tx, id, d); err != nil {
			return fmt.Errorf("article %d: %w", id, err)
		}
	}
}

// storedDoc is a stored article's document for its story features. An
// article stored before documents were kept (migration 001 left the
// column empty) is read as its text alone, one body paragraph, dated as
// stored: it is compared by its words' signature and its date.
func (s *Store) storedDoc(ctx context.Context, tx *sql.Tx, id int64) (*newsgraph.Doc, error) {
	var blob []byte
	var text string
	var published sql.NullString
	if err := tx.QueryRowContext(ctx, s.q(`SELECT doc, text, published FROM articles WHERE id = ?`), id).Scan(&blob, &text, &published); err != nil {
		return nil, err
	}
	if len(blob) > 0 {
		return decompressDoc(blob)
	}
	return newsgraph.NewDoc(newsgraph.Metadata{Published: parseTime(published)}, []newsgraph.Block{{Kind: newsgraph.KindBody, Text: text}}), nil
}
