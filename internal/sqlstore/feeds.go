package sqlstore

import (
	"context"
	"database/sql"
	"errors"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph"
)

// feedKeysPerStatement bounds the placeholders of one statement over item
// keys (SQLite allows 32766, PostgreSQL 65535; a feed poll brings a few
// hundred at most).
const feedKeysPerStatement = 400

// maxFeedURL refuses URLs no feed has, before they reach an index.
const maxFeedURL = 4096

const feedColumns = `id, url, title, etag, last_modified, last_polled, next_poll, errors, last_error, polls, not_modified, items_seen`

// AddFeed records url as followed unless it is, and returns its state.
func (s *Store) AddFeed(ctx context.Context, url string) (*newsgraph.Feed, error) {
	if url == "" || len(url) > maxFeedURL || strings.ContainsAny(url, "\x00\r\n") {
		return nil, newsgraph.Errorf(newsgraph.EINVALID, "a feed URL must be one line of 1 to %d bytes", maxFeedURL)
	}
	if _, err := s.db.ExecContext(ctx, s.q(`INSERT INTO feeds (url) VALUES (?) ON CONFLICT (url) DO NOTHING`), url); err != nil {
		return nil, err
	}
	return scanFeed(s.db.QueryRowContext(ctx, s.q(`SELECT `+feedColumns+` FROM feeds WHERE url = ?`), url))
}

// Feeds lists every followed feed, by URL.
func (s *Store) Feeds(ctx context.Context) ([]newsgraph.Feed, error) {
	return collect(ctx, s.db, `SELECT `+feedColumns+` FROM feeds ORDER BY url`, nil, func(r scanner) (newsgraph.Feed, error) {
		f, err := scanFeed(r)
		if err != nil {
			return newsgraph.Feed{}, err
		}
		return *f, nil
	})
}

func scanFeed(r scanner) (*newsgraph.Feed, error) {
	var f newsgraph.Feed
	var polled, next string
	err := r.Scan(&f.ID, &f.URL, &f.Title, &f.ETag, &f.LastModified, &polled, &next,
		&f.Errors, &f.LastError, &f.Polls, &f.NotModified, &f.ItemsSeen)
	if err != nil {
		return nil, err
	}
	f.LastPolled, f.NextPoll = feedTime(polled), feedTime(next)
	return &f, nil
}

// SaveFeedPoll writes what a poll learnt about f.ID.
func (s *Store) SaveFeedPoll(ctx context.Context, f *newsgraph.Feed) error {
	res, err := s.db.ExecContext(ctx, s.q(`UPDATE feeds SET title = ?, etag = ?, last_modified = ?, last_polled = ?,
		next_poll = ?, errors = ?, last_error = ?, polls = ?, not_modified = ? WHERE id = ?`),
		f.Title, f.ETag, f.LastModified, feedTimeText(f.LastPolled), feedTimeText(f.NextPoll),
		f.Errors, f.LastError, f.Polls, f.NotModified, f.ID)
	if err != nil {
		return err
	}
	if n, err := res.RowsAffected(); err == nil && n == 0 {
		return newsgraph.Errorf(newsgraph.ENOTFOUND, "no feed %d", f.ID)
	}
	return err
}

// UnseenFeedItems returns the keys not yet seen in the feed, in order.
func (s *Store) UnseenFeedItems(ctx context.Context, feed int64, keys []string) ([]string, error) {
	seen := make(map[string]bool, len(keys))
	for chunk := range chunks(keys) {
		args := append([]any{feed}, anys(chunk)...)
		found, err := collect(ctx, s.db, s.q(`SELECT item_key FROM feed_items WHERE feed_id = ? AND item_key IN (?`+
			strings.Repeat(`, ?`, len(chunk)-1)+`)`), args, func(r scanner) (string, error) {
			var k string
			return k, r.Scan(&k)
		})
		if err != nil {
			return nil, err
		}
		for _, k := range found {
			seen[k] = true
		}
	}
	unseen := []string{}
	for _, k := range keys {
		if !seen[k] {
			unseen = append(unseen, k)
			seen[k] = true // a key given twice is returned once
		}
	}
	return unseen, nil
}

// MarkFeedItemsSeen records keys as seen in the feed and counts the new.
func (s *Store) MarkFeedItemsSeen(ctx context.Context, feed int64, keys []string) (int, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, err
	}
	defer tx.Rollback()
	var one int
	err = tx.QueryRowContext(ctx, s.q(`SELECT 1 FROM feeds WHERE id = ?`), feed).Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, newsgraph.Errorf(newsgraph.ENOTFOUND, "no feed %d", feed)
	}
	if err != nil {
		return 0, err
	}
	now := feedTimeText(s.Now())
	added := 0
	for chunk := range chunks(distinct(keys)) {
		args := make([]any, 0, 3*len(chunk))
		for _, k := range chunk {
			args = append(args, feed, k, now)
		}
		res, err := tx.ExecContext(ctx, s.q(`INSERT INTO feed_items (feed_id, item_key, first_seen) VALUES (?, ?, ?)`+
			strings.Repeat(`, (?, ?, ?)`, len(chunk)-1)+` ON CONFLICT (feed_id, item_key) DO NOTHING`), args...)
		if err != nil {
			return 0, err
		}
		n, err := res.RowsAffected()
		if err != nil {
			return 0, err
		}
		added += int(n)
	}
	if _, err := tx.ExecContext(ctx, s.q(`UPDATE feeds SET items_seen = items_seen + ? WHERE id = ?`), added, feed); err != nil {
		return 0, err
	}
	return added, tx.Commit()
}

// chunks yields keys in slices short enough for one statement.
func chunks(keys []string) func(yield func([]string) bool) {
	return func(yield func([]string) bool) {
		for len(keys) > 0 {
			n := min(len(keys), feedKeysPerStatement)
			if !yield(keys[:n]) {
				return
			}
			keys = keys[n:]
		}
	}
}

func distinct(keys []string) []string {
	seen := make(map[string]bool, len(keys))
	out := make([]string, 0, len(keys))
	for _, k := range keys {
		if !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	return out
}

func anys(ss []string) []any {
	out := make([]any, len(ss))
	for i, s := range ss {
		out[i] = s
	}
	return out
}

// Feed times keep their fraction of a second: a watcher polling every
// few seconds in a test would otherwise read back a due time in the past.
func feedTimeText(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339Nano)
}

func feedTime(s string) time.Time {
	t, _ := time.Parse(time.RFC3339Nano, s)
	return t
}
