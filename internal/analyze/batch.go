package analyze

import (
	"context"
	"runtime"
	"sync"

	"github.com/newsgraph/newsgraph"
)

// Result is the outcome of one item.
type Result struct {
	Item Item
	Doc  *newsgraph.Doc
	Err  error
}

// Batch analyzes items on workers goroutines (all cores when workers <= 0)
// and calls emit once per item, in input order, from the calling goroutine.
// A failing item is reported through its Result and the rest go on. Results
// wait in a window of 4 per worker, so memory stays bounded however slow one
// item is.
func (a *Analyzer) Batch(ctx context.Context, items <-chan Item, workers int, emit func(Result)) {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	type job struct {
		seq  int
		item Item
	}
	type done struct {
		seq int
		res Result
	}
	jobs := make(chan job)
	results := make(chan done, workers)
	window := make(chan struct{}, 4*workers) // one token per item not yet emitted

	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				d, err := a.Analyze(ctx, j.item)
				j.item.Raw = nil // let the input go as soon as it is analyzed
				results <- done{j.seq, Result{Item: j.item, Doc: d, Err: err}}
			}
		}()
	}
	go func() {
		seq := 0
		for it := range items {
			window <- struct{}{}
			jobs <- job{seq, it}
			seq++
		}
		close(jobs)
		wg.Wait()
		close(results)
	}()

	pending := map[int]Result{}
	next := 0
	for r := range results {
		pending[r.seq] = r.res
		for {
			res, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			emit(res)
			<-window
			next++
		}
	}
}
