package queue

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math/rand/v2"
	"time"

	"github.com/riverqueue/river"
	"github.com/riverqueue/river/rivertype"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/analyze"
)

// WorkOptions configure a worker process.
type WorkOptions struct {
	Concurrency int // jobs run at once (default 1)
	// JobTimeout cancels a job running longer (its article's own budget
	// plus time to store it); 0 for none.
	JobTimeout time.Duration
	// RescueAfter is how long a job may stay "running" before River takes
	// its worker for dead and schedules it again (default 2×JobTimeout, or
	// an hour without one). It must exceed JobTimeout: a live job is
	// cancelled before it could be rescued, so it never runs twice at once.
	RescueAfter time.Duration
	// Backoff is the wait after a job's first failure, doubled after each
	// further one up to an hour (default 10s).
	Backoff time.Duration
	// PollInterval is how often an idle worker looks for jobs: the
	// database/sql and SQLite drivers have no LISTEN (default 200ms).
	PollInterval time.Duration
	// StopTimeout is how long running jobs may finish once ctx ends
	// before they are cancelled (default 30s).
	StopTimeout time.Duration
	// Done hears about each job as it ends; it may be called from several
	// goroutines at once.
	Done func(Outcome)
}

func (o WorkOptions) withDefaults() WorkOptions {
	o.Concurrency = max(o.Concurrency, 1)
	if o.RescueAfter <= 0 {
		o.RescueAfter = time.Hour
		if o.JobTimeout > 0 {
			o.RescueAfter = 2 * o.JobTimeout
		}
	}
	if o.Backoff <= 0 {
		o.Backoff = 10 * time.Second
	}
	if o.PollInterval <= 0 {
		o.PollInterval = 200 * time.Millisecond
	}
	if o.StopTimeout <= 0 {
		o.StopTimeout = 30 * time.Second
	}
	return o
}

// Work runs jobs, storing into store what analyzer makes of them, until
// ctx ends; then it fetches no more jobs and gives the running ones
// StopTimeout to finish before cancelling them (a cancelled job is tried
// again later, by this or another worker).
func (q *Queue) Work(ctx context.Context, store newsgraph.Store, analyzer *analyze.Analyzer, o WorkOptions) error {
	o = o.withDefaults()
	if o.JobTimeout > 0 && o.RescueAfter <= o.JobTimeout {
		return fmt.Errorf("queue: rescue-after (%s) must be longer than a job's timeout (%s)", o.RescueAfter, o.JobTimeout)
	}
	workers := river.NewWorkers()
	if err := river.AddWorkerSafely(workers, &articleWorker{store: store, analyzer: analyzer, done: o.Done}); err != nil {
		return err
	}
	jobTimeout := o.JobTimeout
	if jobTimeout <= 0 {
		jobTimeout = -1 // River's "no timeout"
	}
	client, err := river.NewClient(q.driver, &river.Config{
		Logger:               q.logger,
		Workers:              workers,
		Queues:               map[string]river.QueueConfig{river.QueueDefault: {MaxWorkers: o.Concurrency}},
		JobTimeout:           jobTimeout,
		RescueStuckJobsAfter: o.RescueAfter,
		RetryPolicy:          backoff{first: o.Backoff, most: time.Hour},
		FetchPollInterval:    o.PollInterval,
		// The least time between two fetches: River's default, 100ms,
		// caps a worker at one fetch of free slots per 100ms, which at
		// --concurrency 1 is ten articles a second whatever they cost.
		FetchCooldown: min(o.PollInterval, 10*time.Millisecond),
		MaxAttempts:   MaxAttempts,
	})
	if err != nil {
		return fmt.Errorf("queue: %w", err)
	}
	// Start's context is not ctx: River would stop at once when it ends,
	// and the stop is ours to pace.
	if err := client.Start(context.WithoutCancel(ctx)); err != nil {
		return fmt.Errorf("queue: start: %w", err)
	}
	<-ctx.Done()
	return stop(client, o.StopTimeout)
}

// stop lets running jobs finish for up to grace, then cancels them.
func stop(client *river.Client[*sql.Tx], grace time.Duration) error {
	soft, cancel := context.WithTimeout(context.Background(), grace)
	defer cancel()
	err := client.Stop(soft)
	if err == nil || !errors.Is(err, context.DeadlineExceeded) {
		return err
	}
	hard, cancel2 := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel2()
	return client.StopAndCancel(hard)
}

// backoff waits first after the first failure, doubling up to most, with
// a tenth of jitter so that jobs failed together do not return together.
type backoff struct{ first, most time.Duration }

func (b backoff) NextRetry(job *rivertype.JobRow) time.Time {
	wait := b.first
	for i := 1; i < job.Attempt && wait < b.most; i++ {
		wait *= 2
	}
	wait = min(wait, b.most)
	wait += time.Duration(rand.Int64N(int64(wait)/10 + 1))
	return time.Now().Add(wait)
}
