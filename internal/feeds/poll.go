package feeds

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// pollResult is what the loop needs back from a poll.
type pollResult struct {
	e          *entry
	pauseUntil time.Time // the host asked for a pause until then
	more       []string  // feeds an OPML list names
}

// maxErrorBytes bounds the error message kept on a feed.
const maxErrorBytes = 500

// poll fetches one feed, enqueues its new items and saves its state.
func (w *Watcher) poll(ctx context.Context, e *entry) pollResult {
	now := w.Now()
	f := &e.feed
	res := pollResult{e: e}
	resp, err := w.Client.Get(ctx, f.URL, Validators{ETag: f.ETag, LastModified: f.LastModified})
	if err == nil && !resp.NotModified {
		err = w.take(ctx, e, resp, &res, now)
	}
	if ctx.Err() != nil {
		return res // stopping: the poll did not happen, as far as the store knows
	}
	f.Polls++
	f.LastPolled = now
	w.stats.polls.Add(1)
	var wait time.Duration
	switch {
	case err != nil:
		wait = w.failed(e, err, &res, now)
	case resp.NotModified:
		f.NotModified++
		w.stats.notModified.Add(1)
		f.Errors = 0
		wait = w.Policy.interval(e.asks)
	default:
		f.Errors = 0
		wait = w.Policy.interval(e.asks)
	}
	f.NextPoll = now.Add(w.Policy.jitter(wait))
	if err := w.Store.SaveFeedPoll(ctx, f); err != nil {
		w.Log.Error("feed state not saved", "feed", f.URL, "err", err)
	}
	return res
}

// failed records a failed poll and returns the wait before the next.
func (w *Watcher) failed(e *entry, err error, res *pollResult, now time.Time) time.Duration {
	f := &e.feed
	f.Errors++
	f.LastError = clean(err.Error(), maxErrorBytes)
	w.stats.failures.Add(1)
	var retry time.Duration
	var status *StatusError
	if errors.As(err, &status) && status.Throttled() {
		// The whole host asked to slow down, not only this feed.
		retry = status.RetryAfter
		res.pauseUntil = now.Add(w.Policy.afterError(e.asks, 0, retry))
	}
	wait := w.Policy.afterError(e.asks, f.Errors, retry)
	w.Log.Warn("feed poll failed", "feed", f.URL, "err", f.LastError, "errors_in_a_row", f.Errors, "next_in", wait.Round(time.Second))
	return wait
}

// take reads a full response: a feed's new items are enqueued, an OPML
// list's feeds returned to be followed. The validators are kept only once
// the items are safely in the queue, so that a failure here is followed
// by a full fetch, not a 304 that would hide the items for good.
func (w *Watcher) take(ctx context.Context, e *entry, resp *Response, res *pollResult, now time.Time) error {
	f := &e.feed
	if IsOPML(resp.Body) {
		return w.takeOPML(ctx, e, resp, res)
	}
	p, err := w.parse(ctx, resp.Body, f.URL, now)
	if err != nil {
		return err
	}
	f.Title, e.asks = p.Title, p.Interval
	w.warnOnce(e, p)
	fresh, err := w.unseen(ctx, f.ID, p.Items)
	if err != nil {
		return fmt.Errorf("reading seen items: %w", err)
	}
	if len(fresh) > 0 {
		// The queue counts what it took as new: an item whose article is
		// queued already (the same link under another guid, or from
		// another feed) is not counted again.
		queued, err := w.Queue.Enqueue(ctx, fresh)
		if err != nil {
			return fmt.Errorf("enqueueing %d new items: %w", len(fresh), err)
		}
		if _, err := w.Store.MarkFeedItemsSeen(ctx, f.ID, keysOf(fresh)); err != nil {
			return fmt.Errorf("marking %d items seen: %w", len(fresh), err)
		}
		w.stats.newItems.Add(int64(queued))
		w.Log.Info("new feed items", "feed", f.URL, "new", len(fresh), "queued", queued, "read", len(p.Items))
	}
	f.ETag, f.LastModified = resp.Validators.ETag, resp.Validators.LastModified
	return nil
}

// bigBody is the size past which parses take turns: gofeed holds every
// item of a document at once, about 17 bytes of heap per byte of feed
// (a 15 MB feed of 100,000 items peaks near 250 MB), so two workers
// parsing large feeds together would double that.
const bigBody = 1 << 20

func (w *Watcher) parse(ctx context.Context, body []byte, source string, now time.Time) (*Parsed, error) {
	if len(body) > bigBody {
		select {
		case w.bigParse <- struct{}{}:
			defer func() { <-w.bigParse }()
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
	return Parse(body, source, w.Policy.MaxItems, now)
}

// unseen returns the items whose keys the store has not seen, each once.
func (w *Watcher) unseen(ctx context.Context, feed int64, items []Item) ([]Item, error) {
	keys, err := w.Store.UnseenFeedItems(ctx, feed, keysOf(items))
	if err != nil {
		return nil, err
	}
	want := make(map[string]bool, len(keys))
	for _, k := range keys {
		want[k] = true
	}
	var fresh []Item
	for _, it := range items {
		if want[it.Key] {
			fresh = append(fresh, it)
			delete(want, it.Key) // a key twice in one document is one item
		}
	}
	return fresh, nil
}

func keysOf(items []Item) []string {
	keys := make([]string, len(items))
	for i, it := range items {
		keys[i] = it.Key
	}
	return keys
}

// warnOnce logs what is odd about a feed the first time it is seen.
func (w *Watcher) warnOnce(e *entry, p *Parsed) {
	if p.BadDates > 0 && !e.warnedDates {
		e.warnedDates = true
		w.Log.Warn("feed items without a readable date: kept, undated", "feed", e.feed.URL, "items", p.BadDates)
	}
	if p.Total > len(p.Items) && !e.warnedCap {
		e.warnedCap = true
		w.Log.Info("feed holds more items than a poll reads: the newest kept", "feed", e.feed.URL, "items", p.Total, "kept", len(p.Items))
	}
}

// takeOPML reads an OPML list served where a feed was expected: its
// feeds are followed too, and the list is polled again like a feed, so
// that feeds added to it later are found.
func (w *Watcher) takeOPML(ctx context.Context, e *entry, resp *Response, res *pollResult) error {
	first := e.feed.URL
	list, err := ReadOPML(ctx, first, func(ctx context.Context, ref string) ([]byte, error) {
		if ref == first {
			return resp.Body, nil
		}
		return w.Client.Load(ctx, ref)
	})
	if err != nil {
		return err
	}
	for _, p := range list.Problems {
		w.Log.Warn("OPML list", "list", first, "problem", p)
	}
	res.more = list.Feeds
	e.feed.Title = fmt.Sprintf("OPML list of %d feeds", len(list.Feeds))
	e.feed.ETag, e.feed.LastModified = resp.Validators.ETag, resp.Validators.LastModified
	return nil
}
