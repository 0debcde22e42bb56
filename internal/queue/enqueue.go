package queue

import (
	"context"
	"errors"
	"fmt"

	"github.com/riverqueue/river"
)

// MaxAttempts is how many times a job is tried (a kill counts as a try)
// before it is discarded and shown as failed.
const MaxAttempts = 8

// insertBatch bounds the jobs of one insert statement.
const insertBatch = 500

// Enqueue queues items and returns how many became new jobs: an item whose
// key is queued, running or recently done already is not queued again. An
// item that cannot be queued (no URL, path or text; an unreadable path; a
// bad date) is left out and named in the returned error; the others are
// queued all the same.
func (q *Queue) Enqueue(ctx context.Context, items []Item) (inserted int, err error) {
	var bad []error
	seen := map[string]bool{}
	var params []river.InsertManyParams
	for i, it := range items {
		a, err := it.args()
		if err != nil {
			bad = append(bad, fmt.Errorf("item %d (%s): %w", i+1, itemName(it), err))
			continue
		}
		if seen[a.Key] {
			continue // one statement may not insert one key twice
		}
		seen[a.Key] = true
		params = append(params, river.InsertManyParams{Args: a, InsertOpts: &river.InsertOpts{
			MaxAttempts: MaxAttempts,
			UniqueOpts:  river.UniqueOpts{ByArgs: true},
		}})
	}
	for len(params) > 0 {
		n := min(len(params), insertBatch)
		res, err := q.inserter.InsertMany(ctx, params[:n])
		if err != nil {
			return inserted, errors.Join(append(bad, fmt.Errorf("queue: insert: %w", err))...)
		}
		for _, r := range res {
			if !r.UniqueSkippedAsDuplicate {
				inserted++
			}
		}
		params = params[n:]
	}
	return inserted, errors.Join(bad...)
}

func itemName(it Item) string {
	for _, s := range []string{it.Source, it.URL, it.Path} {
		if s != "" {
			return fmt.Sprintf("%.200s", s)
		}
	}
	return "inline text"
}
