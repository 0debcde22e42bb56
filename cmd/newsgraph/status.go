package main

import (
	"cmp"
	"context"
	"fmt"
	"io"
	"slices"
	"time"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/queue"
)

func newStatus() *cobra.Command {
	var db string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "status --db PATH|postgres://... [--json]",
		Short: "Show the work queue: queued, running, done and failed articles, rates, latest errors",
		Long: "status counts the jobs of `ingest --queue` by state, the articles done in the\n" +
			"last minute and hour, and lists the latest errors. --json prints the object\n" +
			"`serve` answers at /api/status.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if !isPostgresURL(db) {
				if err := mustExist(db); err != nil {
					return err
				}
			}
			q, err := queue.Open(cmd.Context(), db)
			if err != nil {
				return err
			}
			defer q.Close()
			store, err := openExistingStore(cmd.Context(), db)
			if err != nil {
				return err
			}
			defer store.Close()
			report, err := statusReport(cmd.Context(), q)
			if err != nil {
				return err
			}
			if report.Feeds, err = store.Feeds(cmd.Context()); err != nil {
				return err
			}
			if asJSON {
				return printJSON(cmd.OutOrStdout(), report)
			}
			printStatus(cmd.OutOrStdout(), report.Queue)
			printFeeds(cmd.OutOrStdout(), report.Feeds, time.Now())
			return nil
		},
	}
	cmd.Flags().StringVar(&db, "db", "newsgraph.db", "SQLite file, or postgres:// URL")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON, as /api/status answers")
	return cmd
}

// statusJSON is what status --json prints and /api/status answers.
type statusJSON struct {
	Queue queue.Status     `json:"queue"`
	Feeds []newsgraph.Feed `json:"feeds"` // those `watch` follows, by URL
}

func statusReport(ctx context.Context, q *queue.Queue) (statusJSON, error) {
	s, err := q.Status(ctx)
	return statusJSON{Queue: s}, err
}

func printStatus(w io.Writer, s queue.Status) {
	fmt.Fprintf(w, "queued   %d (%d to retry)\n", s.Queued, s.Retries)
	fmt.Fprintf(w, "running  %d\n", s.Running)
	fmt.Fprintf(w, "done     %d (%d in the last minute, %d in the last hour)\n", s.Done, s.DoneLastMinute, s.DoneLastHour)
	fmt.Fprintf(w, "failed   %d\n", s.Failed)
	if len(s.Errors) == 0 {
		return
	}
	fmt.Fprintln(w, "latest errors:")
	for _, e := range s.Errors {
		next := "will retry"
		if e.Final {
			next = "final"
		}
		fmt.Fprintf(w, "  %s  job %d, try %d, %s: %s: %s\n", e.At.Local().Format(time.DateTime), e.Job, e.Attempt, next, e.Source, e.Error)
	}
}

// printFeeds sums up the feeds `watch` follows — how many, failing,
// overdue — then lists each one's state, failing ones first.
func printFeeds(w io.Writer, feeds []newsgraph.Feed, now time.Time) {
	if len(feeds) == 0 {
		return
	}
	failing, overdue := 0, 0
	for _, f := range feeds {
		if f.Errors > 0 {
			failing++
		}
		if !f.NextPoll.IsZero() && f.NextPoll.Before(now.Add(-time.Minute)) {
			overdue++
		}
	}
	fmt.Fprintf(w, "feeds    %d (%d failing, %d overdue)\n", len(feeds), failing, overdue)
	sorted := slices.Clone(feeds)
	slices.SortStableFunc(sorted, func(a, b newsgraph.Feed) int { return cmp.Compare(b.Errors, a.Errors) })
	for _, f := range sorted {
		fmt.Fprintf(w, "  %s  polled %s, next %s, %d items, %d of %d polls unchanged",
			f.URL, when(f.LastPolled), when(f.NextPoll), f.ItemsSeen, f.NotModified, f.Polls)
		if f.Errors > 0 {
			fmt.Fprintf(w, ", %d errors in a row: %s", f.Errors, f.LastError)
		}
		fmt.Fprintln(w)
	}
}

// when is a feed's time as status shows it.
func when(t time.Time) string {
	if t.IsZero() {
		return "never"
	}
	return t.Local().Format(time.DateTime)
}
