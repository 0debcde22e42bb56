package main

import (
	"context"
	"fmt"
	"io"
	"net/url"
	"os"
	"os/signal"
	"runtime"
	"sync"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/internal/analyze"
	"github.com/newsgraph/newsgraph/internal/fetch"
	"github.com/newsgraph/newsgraph/internal/queue"
)

// storeAllowance is a job's time to store its article, past the article's
// own budget (--article-timeout) for fetching and analysis.
const storeAllowance = 15 * time.Second

func newWorker() *cobra.Command {
	var db string
	var concurrency, timeout, articleTimeout int
	var allowPrivate, drain, relink bool
	var rescueAfter, backoff, poll, stopTimeout time.Duration
	var published dateFlag
	var dicts []string
	cmd := &cobra.Command{
		Use:   "worker --db PATH|postgres://... [--concurrency N]",
		Short: "Analyze and store the articles queued by ingest --queue",
		Long: "worker takes queued articles (`newsgraph ingest --queue`, `newsgraph watch`) one\n" +
			"at a time, fetches, analyzes and stores each, until SIGINT or SIGTERM; then it\n" +
			"takes no more and lets the running ones finish (--stop-timeout). Any number of\n" +
			"workers, on any number of machines, may share one PostgreSQL; on a SQLite file,\n" +
			"run one process at a time. A failed article is tried again later, waiting\n" +
			"--retry-backoff, then twice as long each time, up to 8 tries; an article that\n" +
			"cannot be read at all fails at once. A worker killed mid-article leaves its job\n" +
			"to be taken up again past --rescue-after. `newsgraph status` shows the queue.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			store, err := openStore(ctx, db)
			if err != nil {
				return err
			}
			defer store.Close()
			q, err := queue.Open(ctx, db)
			if err != nil {
				return err
			}
			defer q.Close()
			p, err := newPipeline(dicts...)
			if err != nil {
				return err
			}
			a := &analyze.Analyzer{Pipeline: p, Timeout: secs(articleTimeout), Published: published.t,
				Fetcher: fetch.New(fetch.Options{AllowPrivate: allowPrivate, Timeout: secs(timeout)})}
			o := queue.WorkOptions{Concurrency: concurrency, RescueAfter: rescueAfter, Backoff: backoff,
				PollInterval: poll, StopTimeout: stopTimeout}
			if articleTimeout > 0 {
				o.JobTimeout = secs(articleTimeout) + storeAllowance
			}
			log := newWorkLog(cmd.ErrOrStderr())
			o.Done = log.done
			signals := ctx
			if drain {
				var cancel context.CancelFunc
				ctx, cancel = context.WithCancel(ctx)
				defer cancel()
				go stopWhenDrained(ctx, q, cancel)
			}
			fmt.Fprintf(cmd.ErrOrStderr(), "worker: working the queue of %s, %d at a time\n", redact(db), o.Concurrency)
			err = q.Work(ctx, store, a, o)
			log.summary("stopped")
			if err == nil && drain && relink && log.addedAny() && signals.Err() == nil {
				// As ingest does at its end: a drained batch is done.
				return relinkStore(signals, store, cmd.ErrOrStderr())
			}
			return err
		},
	}
	f := cmd.Flags()
	f.StringVar(&db, "db", "newsgraph.db", "SQLite file, or postgres:// URL")
	f.IntVar(&concurrency, "concurrency", runtime.NumCPU(), "articles analyzed at once")
	f.BoolVar(&allowPrivate, "allow-private", false, "allow fetching loopback, private and link-local addresses")
	f.IntVar(&timeout, "timeout", 20, "seconds allowed to fetch one URL")
	f.IntVar(&articleTimeout, "article-timeout", 60, "seconds one article may take, fetch and analysis; past it the job fails and is tried again later (0: no limit)")
	f.Var(&published, "published", publishedUsage)
	f.StringSliceVar(&dicts, "dict", nil, dictUsage)
	f.DurationVar(&rescueAfter, "rescue-after", 0, "how long a job may run before it is taken for a dead worker's and retried; longer than --article-timeout plus 15s (default: twice that)")
	f.DurationVar(&backoff, "retry-backoff", 10*time.Second, "wait after a job's first failure, doubled after each further one up to an hour")
	f.DurationVar(&poll, "poll", 200*time.Millisecond, "how often an idle worker looks for new jobs")
	f.DurationVar(&stopTimeout, "stop-timeout", 30*time.Second, "on SIGINT or SIGTERM, how long running jobs may finish before they are cancelled (and retried later)")
	f.BoolVar(&drain, "drain", false, "stop once nothing is queued or running (for batches, benchmarks, and SQLite)")
	f.BoolVar(&relink, "relink", true, "with --drain, re-link the whole store's actors once the queue is drained, as ingest does (see `actors relink`)")
	return cmd
}

// stopWhenDrained cancels once the queue has nothing queued or running.
func stopWhenDrained(ctx context.Context, q *queue.Queue, cancel context.CancelFunc) {
	tick := time.NewTicker(500 * time.Millisecond)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
		if s, err := q.Status(ctx); err == nil && s.Queued == 0 && s.Running == 0 {
			cancel()
			return
		}
	}
}

// workLog writes each failure as it happens and a summary every ten
// seconds: jobs end on several goroutines, hence the lock.
type workLog struct {
	mu                     sync.Mutex
	w                      io.Writer
	start, last            time.Time
	added, skipped, failed int
}

// addedAny: some job stored a new article.
func (l *workLog) addedAny() bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.added > 0
}

func newWorkLog(w io.Writer) *workLog {
	now := time.Now()
	return &workLog{w: w, start: now, last: now}
}

func (l *workLog) done(o queue.Outcome) {
	l.mu.Lock()
	defer l.mu.Unlock()
	switch {
	case o.Err != nil:
		l.failed++
		fmt.Fprintf(l.w, "newsgraph: %s: %v\n", o.Source, o.Err)
	case o.Added:
		l.added++
	default:
		l.skipped++
	}
	if time.Since(l.last) >= 10*time.Second {
		l.last = time.Now()
		l.line("working")
	}
}

func (l *workLog) summary(state string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.line(state)
}

func (l *workLog) line(state string) {
	elapsed := time.Since(l.start)
	fmt.Fprintf(l.w, "worker %s: %d added, %d already stored, %d failed in %s (%.1f articles/s)\n", state,
		l.added, l.skipped, l.failed, elapsed.Round(time.Second), float64(l.added+l.skipped+l.failed)/elapsed.Seconds())
}

// redact hides the password of a postgres:// URL, for messages.
func redact(db string) string {
	if u, err := url.Parse(db); err == nil && u.User != nil {
		return u.Redacted()
	}
	return db
}
