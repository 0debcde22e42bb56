package sqlstore

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/gob"
	"errors"
	"fmt"
	"runtime"
	"sync"
	"weak"

	"github.com/newsgraph/newsgraph/internal/dedup"
	"github.com/newsgraph/newsgraph/internal/story"
)

// Where the clusterer's state lives. internal/story's Clusterer compares
// an article with the stories around it through TF-IDF vectors whose
// weights depend on document frequencies over the whole stream, and its
// arithmetic is unexported. Persisting that state in tables would mean
// rewriting hundreds of document-frequency rows and a story's centroid on
// every Put, and re-implementing the clusterer in SQL. Instead each writer
// keeps a Clusterer in memory, and the database keeps what rebuilds it:
// every article's Features in the order the clusterer took them
// (story_features.seq). Before placing an article, a writer replays the
// features other writers stored since it last looked; the clusterer is
// deterministic, so the replay reaches the state the other writers had
// and the story ids they wrote (ids are the clusterer's own). story_clock
// hands out seq, and the row lock its update takes makes writers place
// articles one at a time, in commit order. A process that has placed no
// article yet pays for the replay once, on its first Put; readers never.

// storyVersion names what stories were made with: the features, the
// clusterer's configuration and the near-duplicate signature. Stored
// stories made with another are made again (clusterStored).
var storyVersion = fmt.Sprintf("story.v2 %s %+v", dedup.Version, story.DefaultConfig())

// storyState is a writer's clusterer and how far through story_features
// it has read.
type storyState struct {
	mu sync.Mutex
	c  *story.Clusterer
	// lastSeq and lastArticle are the last placement c took: if its row
	// is not stored, the transaction that made it rolled back, and c
	// holds an article that is not there.
	lastSeq, lastArticle int64
}

// storyStates holds each Store's state. It is kept beside the Store
// rather than in it because the Store's struct is shared code; weak keys
// and a cleanup drop a closed store's state with it.
var storyStates sync.Map // weak.Pointer[Store] → *storyState

func (s *Store) stories() *storyState {
	key := weak.Make(s)
	if v, ok := storyStates.Load(key); ok {
		return v.(*storyState)
	}
	v, loaded := storyStates.LoadOrStore(key, &storyState{})
	if !loaded {
		runtime.AddCleanup(s, func(k weak.Pointer[Store]) { storyStates.Delete(k) }, key)
	}
	return v.(*storyState)
}

// forget drops the clusterer, to be rebuilt from the database.
func (st *storyState) forget() { st.c, st.lastSeq, st.lastArticle = nil, 0, 0 }

// catchUp brings the clusterer to the placements stored before seq: it
// drops it if its last placement was rolled back, then replays what other
// writers stored since.
func (st *storyState) catchUp(ctx context.Context, tx *sql.Tx, s *Store, seq int64) error {
	if st.c != nil && st.lastSeq > 0 {
		var article int64
		err := tx.QueryRowContext(ctx, s.q(`SELECT article_id FROM story_features WHERE seq = ?`), st.lastSeq).Scan(&article)
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return err
		}
		if article != st.lastArticle || st.lastSeq >= seq {
			st.forget()
		}
	}
	if st.c == nil {
		st.forget()
		st.c = story.New(story.DefaultConfig())
	}
	rows, err := tx.QueryContext(ctx, s.q(`SELECT seq, article_id, features FROM story_features WHERE seq > ? AND seq < ? ORDER BY seq`), st.lastSeq, seq)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var n, article int64
		var blob []byte
		if err := rows.Scan(&n, &article, &blob); err != nil {
			return err
		}
		f, err := decodeFeatures(blob)
		if err != nil {
			return fmt.Errorf("story features of article %d: %w", article, err)
		}
		st.c.Add(article, f)
		st.lastSeq, st.lastArticle = n, article
	}
	return rows.Err()
}

func encodeFeatures(f story.Features) ([]byte, error) {
	var b bytes.Buffer
	err := gob.NewEncoder(&b).Encode(f)
	return b.Bytes(), err
}

func decodeFeatures(b []byte) (story.Features, error) {
	var f story.Features
	err := gob.NewDecoder(bytes.NewReader(b)).Decode(&f)
	return f, err
}
