package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/newsgraph/newsgraph/internal/analyze"
	"github.com/newsgraph/newsgraph/internal/fetch"
	"github.com/newsgraph/newsgraph/internal/ingest"
	"github.com/newsgraph/newsgraph/internal/source"
)

func newIngest() *cobra.Command {
	var db string
	var workers, timeout, articleTimeout int
	var allowPrivate, relink, toQueue bool
	var published dateFlag
	var dicts []string
	cmd := &cobra.Command{
		Use:   "ingest --db PATH|postgres://... SOURCE...",
		Short: "Analyze articles and keep them in a store",
		Long: "ingest analyzes files, directories (recursively: .html, .htm, .txt, .jsonl),\n" +
			"URLs or JSON Lines on stdin (\"-\") and stores each article with its quotes and\n" +
			"entities. Articles are identified by the hash of their content: ingesting the\n" +
			"same one again adds nothing, and an interrupted run can simply be run again.\n" +
			"Each new entity is linked to an actor as it is stored, by the names the store\n" +
			"has seen; at the end the whole store is re-linked (see `actors relink`), which\n" +
			"--relink=false leaves for later. With --queue the articles are only queued, for\n" +
			"`newsgraph worker` processes to analyze (see `newsgraph worker --help`).",
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if toQueue {
				if cmd.Flags().Changed("published") {
					return fmt.Errorf("--published with --queue: give it to `newsgraph worker`, which analyzes")
				}
				return enqueueSources(cmd.Context(), db, args, cmd.InOrStdin(), cmd.ErrOrStderr())
			}
			if missing := source.Missing(args); len(missing) == len(args) {
				// Before the store is opened: a mistyped path would
				// otherwise leave an empty database behind.
				return fmt.Errorf("nothing to ingest: no such file or directory: %s", strings.Join(missing, ", "))
			}
			store, err := openStore(cmd.Context(), db)
			if err != nil {
				return err
			}
			defer store.Close()
			p, err := newPipeline(dicts...)
			if err != nil {
				return err
			}
			a := &analyze.Analyzer{Pipeline: p, Timeout: secs(articleTimeout), Published: published.t,
				Fetcher: fetch.New(fetch.Options{AllowPrivate: allowPrivate, Timeout: secs(timeout)})}
			report := newReporter(cmd.ErrOrStderr(), source.Count(args))
			stats, err := ingest.Run(cmd.Context(), store, a, source.Open(cmd.Context(), args, cmd.InOrStdin()), workers, report.progress)
			report.finish(stats)
			if err != nil {
				return err
			}
			if relink && stats.Added > 0 {
				if err := relinkStore(cmd.Context(), store, cmd.ErrOrStderr()); err != nil {
					return err
				}
			}
			if stats.Failed > 0 {
				return fmt.Errorf("%d article(s) failed", stats.Failed)
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&db, "db", "newsgraph.db", "SQLite file, or postgres:// URL")
	cmd.Flags().IntVar(&workers, "workers", 0, "articles analyzed at once (default: all cores)")
	cmd.Flags().BoolVar(&allowPrivate, "allow-private", false, "allow fetching loopback, private and link-local addresses")
	cmd.Flags().IntVar(&timeout, "timeout", 20, "seconds allowed to fetch one URL")
	cmd.Flags().BoolVar(&relink, "relink", true, "re-link the whole store's actors after adding articles")
	cmd.Flags().IntVar(&articleTimeout, "article-timeout", 60, "seconds one article may take, fetch and analysis; past it the article is reported and skipped (0: no limit)")
	cmd.Flags().Var(&published, "published", publishedUsage)
	cmd.Flags().StringSliceVar(&dicts, "dict", nil, dictUsage)
	cmd.Flags().BoolVar(&toQueue, "queue", false, "queue the articles as jobs for newsgraph worker processes instead of analyzing them here")
	return cmd
}

// reporter shows progress: a bar on a terminal, log lines otherwise.
type reporter struct {
	w     io.Writer
	bar   *progressbar.ProgressBar
	start time.Time
	last  time.Time
}

func newReporter(w io.Writer, total int) *reporter {
	r := &reporter{w: w, start: time.Now()}
	if f, ok := w.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		r.bar = progressbar.NewOptions(total, progressbar.OptionSetWriter(w), progressbar.OptionSetDescription("ingesting"),
			progressbar.OptionShowCount(), progressbar.OptionShowIts(), progressbar.OptionSetItsString("articles"),
			progressbar.OptionSetPredictTime(true), progressbar.OptionThrottle(100*time.Millisecond),
			progressbar.OptionClearOnFinish())
	}
	return r
}

func (r *reporter) progress(res analyze.Result, added bool, s ingest.Stats) {
	if res.Err != nil {
		if r.bar != nil {
			r.bar.Clear()
		}
		fmt.Fprintf(r.w, "newsgraph: %s: %v\n", res.Item.Source, res.Err)
	}
	if r.bar != nil {
		r.bar.Set(s.Added + s.Skipped + s.Failed)
		return
	}
	if time.Since(r.last) >= 2*time.Second {
		r.last = time.Now()
		fmt.Fprintf(r.w, "ingest: %d added, %d already stored, %d failed (%.1f articles/s)\n",
			s.Added, s.Skipped, s.Failed, float64(s.Added+s.Skipped+s.Failed)/time.Since(r.start).Seconds())
	}
}

func (r *reporter) finish(s ingest.Stats) {
	if r.bar != nil {
		r.bar.Finish()
	}
	fmt.Fprintf(r.w, "ingest: %d added, %d already stored, %d failed in %s\n",
		s.Added, s.Skipped, s.Failed, time.Since(r.start).Round(time.Millisecond))
}
