package feeds

import (
	"container/heap"
	"context"
	"fmt"
	"log/slog"
	"sync/atomic"
	"time"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/fetch"
)

// Watcher polls feeds and enqueues their new items. One goroutine
// schedules (Run's); at most Policy.Workers more poll.
type Watcher struct {
	Store  newsgraph.FeedStore
	Queue  Enqueuer
	Client *Client
	Policy Policy // WithDefaults is applied by Run
	Log    *slog.Logger
	Now    func() time.Time // default time.Now

	stats    counters
	bigParse chan struct{} // one large document parsed at a time
}

// Stats counts what a watcher did since it was made.
type Stats struct {
	Polls, NotModified, Failures, NewItems int64
}

type counters struct{ polls, notModified, failures, newItems atomic.Int64 }

// Stats returns the counts so far; safe while Run runs.
func (w *Watcher) Stats() Stats {
	return Stats{Polls: w.stats.polls.Load(), NotModified: w.stats.notModified.Load(),
		Failures: w.stats.failures.Load(), NewItems: w.stats.newItems.Load()}
}

// entry is one feed in the schedule. While a poll of it runs, only that
// poll touches it; otherwise only the loop.
type entry struct {
	feed        newsgraph.Feed
	host        string
	asks        time.Duration // the interval the feed gave at its last full poll
	warnedDates bool          // bad dates are logged once per feed
	warnedCap   bool
	due         time.Time
}

// Run follows the feeds at urls (added to the store if new) until ctx
// ends, or, with once, until every feed (and every feed an OPML list
// among them names) has been polled once. A feed is first polled when the
// store says it is due (at once, with once).
func (w *Watcher) Run(ctx context.Context, urls []string, once bool) error {
	if w.Store == nil || w.Queue == nil || w.Client == nil {
		return fmt.Errorf("feeds: a watcher needs a store, a queue and a client")
	}
	w.Policy = w.Policy.WithDefaults()
	if w.Log == nil {
		w.Log = slog.New(slog.DiscardHandler)
	}
	if w.Now == nil {
		w.Now = time.Now
	}
	w.bigParse = make(chan struct{}, 1)
	l := &loop{w: w, once: once, hosts: newHosts(w.Policy.HostGap, w.Policy.PerHost),
		known: map[string]bool{}, results: make(chan pollResult)}
	for _, u := range urls {
		if err := l.add(ctx, u); err != nil {
			return err
		}
	}
	return l.run(ctx)
}

// loop is Run's state.
type loop struct {
	w          *Watcher
	once       bool
	hosts      *hosts
	queue      schedule
	known      map[string]bool
	warnedFull bool
	inflight   int
	finished   int // polls ended, for forgetting idle hosts now and then
	results    chan pollResult
}

// add follows url, unless it is followed already or the watcher is full.
func (l *loop) add(ctx context.Context, url string) error {
	if l.known[url] {
		return nil
	}
	if !fetch.IsURL(url) {
		l.w.Log.Warn("not followed: not an http(s) URL", "feed", url)
		return nil
	}
	if len(l.known) >= l.w.Policy.MaxFeeds {
		if !l.warnedFull { // lists polled again would repeat it every time
			l.warnedFull = true
			l.w.Log.Warn("feeds past the maximum not followed", "first", url, "max", l.w.Policy.MaxFeeds)
		}
		return nil
	}
	f, err := l.w.Store.AddFeed(ctx, url)
	if err != nil {
		return fmt.Errorf("feed %s: %w", url, err)
	}
	l.known[url] = true
	e := &entry{feed: *f, host: hostOf(url), due: l.w.Now()}
	if !l.once && f.NextPoll.After(e.due) {
		e.due = f.NextPoll
	}
	heap.Push(&l.queue, e)
	return nil
}

func (l *loop) run(ctx context.Context) error {
	timer := time.NewTimer(0)
	defer timer.Stop()
	for {
		if l.once && l.queue.Len() == 0 && l.inflight == 0 {
			return nil
		}
		now := l.w.Now()
		l.dispatch(ctx, now)
		timer.Reset(l.wait(now))
		select {
		case <-ctx.Done():
			for ; l.inflight > 0; l.inflight-- {
				<-l.results // polls see ctx too, and end soon
			}
			return nil
		case r := <-l.results:
			l.finish(ctx, r)
		case <-timer.C:
		}
	}
}

// recheck is the soonest a feed held back by its host is looked at again.
const recheck = 10 * time.Millisecond

// dispatch starts the polls that are due and that their hosts allow.
func (l *loop) dispatch(ctx context.Context, now time.Time) {
	var held []*entry
	for l.queue.Len() > 0 && l.inflight < l.w.Policy.Workers && !l.queue[0].due.After(now) {
		e := heap.Pop(&l.queue).(*entry)
		ok, retry := l.hosts.admit(e.host, now)
		if !ok {
			e.due = later(retry, now.Add(max(recheck, min(l.w.Policy.HostGap, time.Second))))
			held = append(held, e)
			continue
		}
		l.inflight++
		go func() { l.results <- l.w.poll(ctx, e) }()
	}
	for _, e := range held {
		heap.Push(&l.queue, e)
	}
}

func later(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}

// wait is how long the loop may sleep before something is due.
func (l *loop) wait(now time.Time) time.Duration {
	if l.queue.Len() == 0 || l.inflight >= l.w.Policy.Workers {
		return time.Hour // a poll ending wakes the loop
	}
	return max(0, l.queue[0].due.Sub(now))
}

func (l *loop) finish(ctx context.Context, r pollResult) {
	l.inflight--
	l.hosts.done(r.e.host, r.pauseUntil)
	if l.finished++; l.finished%256 == 0 {
		l.hosts.forget(l.w.Now())
	}
	for _, u := range r.more {
		if err := l.add(ctx, u); err != nil {
			l.w.Log.Warn("feed from an OPML list not followed", "list", r.e.feed.URL, "feed", u, "err", err)
		}
	}
	if !l.once && ctx.Err() == nil {
		r.e.due = r.e.feed.NextPoll
		heap.Push(&l.queue, r.e)
	}
}

// schedule is a min-heap of entries by due time.
type schedule []*entry

func (s schedule) Len() int           { return len(s) }
func (s schedule) Less(i, j int) bool { return s[i].due.Before(s[j].due) }
func (s schedule) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }
func (s *schedule) Push(x any)        { *s = append(*s, x.(*entry)) }
func (s *schedule) Pop() any {
	old := *s
	e := old[len(old)-1]
	old[len(old)-1] = nil
	*s = old[:len(old)-1]
	return e
}
