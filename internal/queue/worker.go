package queue

import (
	"context"
	"errors"
	"fmt"

	"github.com/riverqueue/river"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/analyze"
	"github.com/newsgraph/newsgraph/internal/fetch"
	"github.com/newsgraph/newsgraph/internal/ingest"
	"github.com/newsgraph/newsgraph/internal/source"
)

// articleWorker runs one job: the article is read or fetched, analyzed and
// stored by ingest.Run, the same code as an in-process `ingest`.
type articleWorker struct {
	river.WorkerDefaults[articleArgs]
	store    newsgraph.Store
	analyzer *analyze.Analyzer
	done     func(Outcome) // may be nil
}

// Outcome is what one job did, for a worker's log.
type Outcome struct {
	Source  string
	Added   bool
	Skipped bool // stored already
	Err     error
}

func (w *articleWorker) Work(ctx context.Context, job *river.Job[articleArgs]) error {
	out, final := w.work(ctx, job.Args)
	if w.done != nil {
		w.done(out)
	}
	if final {
		return river.JobCancel(out.Err) // no retry reads it better
	}
	return out.Err
}

// work runs one job; final says that its error would recur at every try.
func (w *articleWorker) work(ctx context.Context, a articleArgs) (out Outcome, final bool) {
	out = Outcome{Source: a.name()}
	if out.Err = a.check(); out.Err != nil {
		return out, true
	}
	it := a.item(ctx)
	one := make(chan analyze.Item, 1)
	one <- it
	close(one)
	var articleErr error
	stats, err := ingest.Run(ctx, w.store, w.analyzer, one, 1, func(r analyze.Result, _ bool, _ ingest.Stats) {
		articleErr = r.Err
	})
	out.Added, out.Skipped = stats.Added > 0, stats.Skipped > 0
	if err != nil { // the store failed, or the job was stopped: try again
		out.Err = err
		return out, false
	}
	out.Err = articleErr
	return out, articleErr != nil && isFinal(it, articleErr)
}

// isFinal tells an article's own fault, the same at every try, from what
// may pass: a fetch (the network, the site) or a time budget run out on a
// busy machine. A fetch that fails for good (a private address refused, a
// missing page, a redirect loop: fetch.Permanent) is final too: retried,
// it kept `worker --drain` busy for twenty minutes per bad link.
func isFinal(it analyze.Item, err error) bool {
	if errors.Is(err, analyze.ErrArticleTimeout) || errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) {
		return false
	}
	return !it.Fetch || fetch.Permanent(err)
}

func (a articleArgs) name() string {
	for _, s := range []string{a.Source, a.URL, a.Path} {
		if s != "" {
			return s
		}
	}
	return "inline text"
}

// item builds what analyze reads. A file is read as `ingest` reads it
// (gzip, size limit, format by extension) through the source package.
func (a articleArgs) item(ctx context.Context) analyze.Item {
	var it analyze.Item
	switch {
	case a.Path != "":
		for got := range source.Open(ctx, []string{a.Path}, nil) {
			it = got
		}
		if it.Source == "" && it.Err == nil {
			it.Err = fmt.Errorf("queue: %s: nothing to read", a.Path)
		}
	case a.Text != "":
		it = analyze.Item{Raw: []byte(a.Text), Format: analyze.FormatText}
	case a.HTML != "":
		it = analyze.Item{Raw: []byte(a.HTML), Format: analyze.FormatHTML}
	default:
		it = analyze.Item{Fetch: true}
	}
	it.Source, it.Title, it.ID = a.name(), a.Title, a.ID
	if a.URL != "" {
		it.URL = a.URL
	}
	if a.Published != "" {
		it.Published, _ = source.ParseDate(a.Published) // checked already
	}
	return it
}
