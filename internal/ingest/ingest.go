// Package ingest runs the pipeline over many articles and stores the
// results. It is idempotent: an article is identified by the hash of its
// raw input, articles already stored are skipped before any analysis, and
// each article is written in one transaction, so an interrupted run leaves
// nothing half-written and a re-run picks up where it stopped.
package ingest

import (
	"context"
	"errors"
	"sync/atomic"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/analyze"
	"github.com/newsgraph/newsgraph/internal/extract"
)

// Stats counts what a run did.
type Stats struct {
	Added, Skipped, Failed int
}

func (s Stats) with(preSkipped int64) Stats {
	s.Skipped += int(preSkipped)
	return s
}

// errNotStored marks the articles left unwritten once the store has failed.
var errNotStored = errors.New("not stored: writing to the store failed earlier")

// Progress hears about every item as it is finished, in input order.
type Progress func(r analyze.Result, added bool, s Stats)

// Run analyzes the items and stores them.
func Run(ctx context.Context, store newsgraph.Store, a *analyze.Analyzer, items <-chan analyze.Item, workers int, progress Progress) (Stats, error) {
	var stats Stats
	var storeErr error
	var preSkipped atomic.Int64 // found stored before analysis, by the reading goroutine
	fresh := make(chan analyze.Item)
	go func() {
		defer close(fresh)
		for it := range items {
			if stored(ctx, store, &it) {
				preSkipped.Add(1)
				continue
			}
			select {
			case fresh <- it:
			case <-ctx.Done():
				return
			}
		}
	}()
	a.Batch(ctx, fresh, workers, func(r analyze.Result) {
		added := false
		if r.Err == nil && storeErr == nil {
			err := analyze.Guard("storing", func() (err error) {
				_, added, err = store.Put(ctx, &newsgraph.Article{Hash: r.Doc.Meta.Hash, Doc: r.Doc})
				return err
			})
			var perr *analyze.PanicError
			if errors.As(err, &perr) || newsgraph.ErrorCode(err) == newsgraph.EINVALID {
				r.Err = err // this article's fault, not the store's: skip it, go on
			} else if err != nil {
				r.Err = err
				if ctx.Err() == nil {
					storeErr = err // the store is broken: stop writing
				}
			}
		}
		if r.Err == nil && storeErr != nil && !added {
			r.Err = errNotStored // not "already stored": nothing was written
		}
		switch {
		case r.Err != nil:
			stats.Failed++
		case added:
			stats.Added++
		default:
			stats.Skipped++
		}
		if progress != nil {
			progress(r, added, stats.with(preSkipped.Load()))
		}
	})
	stats = stats.with(preSkipped.Load())
	if storeErr != nil {
		return stats, storeErr
	}
	return stats, ctx.Err()
}

// stored reports whether an item's article is stored already, so that it
// need not be extracted and analysed again. Its input is decompressed first
// (a saved .html.gz page), because the hash that identifies an article is
// that of the decompressed bytes (Metadata.Hash); the item keeps the
// decompressed bytes, so analysis does not decompress them again. Fetched
// items are hashed only once downloaded, during analysis. An input that
// cannot be decompressed becomes the item's error.
func stored(ctx context.Context, store newsgraph.Store, it *analyze.Item) bool {
	if it.Err != nil || it.Fetch {
		return false
	}
	raw, err := extract.Gunzip(it.Raw)
	if err != nil {
		it.Err = err
		return false
	}
	it.Raw = raw
	ok, err := store.Has(ctx, analyze.HashRaw(raw))
	return err == nil && ok // a failing lookup leaves the decision to Put
}
