package newsgraph

import (
	"context"
	"time"
)

// FeedStore is the part of a Store that remembers the feeds `watch`
// follows: what was seen, the validators of the last fetch, the errors.
// Keeping it in the store rather than in the watcher's memory is what
// makes a restarted watcher polite (it sends the same conditional GET and
// waits out the same backoff) and keeps it from enqueueing an item twice.
type FeedStore interface {
	// AddFeed records url as a followed feed, unless it is already, and
	// returns its state either way.
	AddFeed(ctx context.Context, url string) (*Feed, error)
	// Feeds lists every followed feed with its state, by URL.
	Feeds(ctx context.Context) ([]Feed, error)
	// SaveFeedPoll records what a poll of f.ID learnt: f's title,
	// validators, times and error fields (ItemsSeen is the store's own
	// count and is not written). An unknown id is ENOTFOUND.
	SaveFeedPoll(ctx context.Context, f *Feed) error
	// UnseenFeedItems returns those of keys never marked seen for the
	// feed, in the order given.
	UnseenFeedItems(ctx context.Context, feed int64, keys []string) ([]string, error)
	// MarkFeedItemsSeen records keys as seen for the feed (first seen
	// now) and returns how many were new; the feed's ItemsSeen grows by
	// that many.
	MarkFeedItemsSeen(ctx context.Context, feed int64, keys []string) (int, error)
}

// Feed is one followed feed and the state of its polling. Times are UTC;
// zero when it never happened.
type Feed struct {
	ID    int64  `json:"id"`
	URL   string `json:"url"`
	Title string `json:"title"`
	// ETag and LastModified are the validators of the last full response,
	// sent back as If-None-Match and If-Modified-Since.
	ETag         string    `json:"etag,omitempty"`
	LastModified string    `json:"last_modified,omitempty"`
	LastPolled   time.Time `json:"last_polled"`
	NextPoll     time.Time `json:"next_poll"`
	// Errors counts the polls that failed since the last one that did
	// not; LastError is the message of the latest failure, kept after a
	// success so that status can still show what went wrong.
	Errors    int    `json:"errors"`
	LastError string `json:"last_error,omitempty"`
	// Polls counts every poll; NotModified those answered 304.
	Polls       int `json:"polls"`
	NotModified int `json:"not_modified"`
	ItemsSeen   int `json:"items_seen"` // distinct items ever seen in it
}
