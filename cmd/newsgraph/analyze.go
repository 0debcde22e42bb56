package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/analyze"
	"github.com/newsgraph/newsgraph/internal/fetch"
	"github.com/newsgraph/newsgraph/internal/render"
	"github.com/newsgraph/newsgraph/internal/source"
)

type analyzeFlags struct {
	format       string
	trees        bool
	workers      int
	allowPrivate bool
	timeout      int
	articleTime  int
	published    dateFlag
	dicts        []string
}

func newAnalyze() *cobra.Command {
	var f analyzeFlags
	cmd := &cobra.Command{
		Use:   "analyze FILE|DIR|URL|- ...",
		Short: "Analyze articles and print one JSON document each",
		Long: "analyze reads articles from files, directories (recursively: .html, .htm,\n" +
			".txt, .jsonl), http(s) URLs, or standard input (\"-\": one article, or JSON\n" +
			"Lines with one {\"id\",\"url\",\"html\"|\"text\",\"title\",\"published\"} record\n" +
			"per line) and prints the analysis of each, in input order. Several inputs\n" +
			"give JSON Lines. An article that fails is reported on stderr and skipped;\n" +
			"the exit status is then 1.\n\n" +
			"Offsets in the JSON count Unicode code points into \"text\".",
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error { return runAnalyze(cmd, args, f) },
	}
	cmd.Flags().StringVar(&f.format, "format", "json", "output format: json, text or conllu")
	cmd.Flags().BoolVar(&f.trees, "trees", false, "with --format text, print each sentence's dependency tree")
	cmd.Flags().IntVar(&f.workers, "workers", 0, "articles analyzed at once (default: all cores)")
	cmd.Flags().BoolVar(&f.allowPrivate, "allow-private", false, "allow fetching loopback, private and link-local addresses")
	cmd.Flags().IntVar(&f.timeout, "timeout", 20, "seconds allowed to fetch one URL")
	cmd.Flags().IntVar(&f.articleTime, "article-timeout", 60, "seconds one article may take, fetch and analysis; past it the article is reported and skipped (0: no limit)")
	cmd.Flags().Var(&f.published, "published", publishedUsage)
	cmd.Flags().StringSliceVar(&f.dicts, "dict", nil, dictUsage)
	return cmd
}

func runAnalyze(cmd *cobra.Command, args []string, f analyzeFlags) error {
	write, err := writer(f.format, f.trees)
	if err != nil {
		return err
	}
	p, err := newPipeline(f.dicts...)
	if err != nil {
		return err
	}
	a := &analyze.Analyzer{Pipeline: p, Timeout: secs(f.articleTime), Published: f.published.t, Fetcher: fetch.New(fetch.Options{
		AllowPrivate: f.allowPrivate, Timeout: secs(f.timeout)})}
	out := bufio.NewWriterSize(cmd.OutOrStdout(), 1<<16)
	failed, total := 0, 0
	a.Batch(cmd.Context(), source.Open(cmd.Context(), args, cmd.InOrStdin()), f.workers, func(r analyze.Result) {
		total++
		if r.Err == nil {
			r.Err = analyze.Guard("writing", func() error { return write(out, r.Doc) })
		}
		if r.Err != nil {
			failed++
			fmt.Fprintf(cmd.ErrOrStderr(), "newsgraph: %s: %v\n", r.Item.Source, r.Err)
		}
	})
	if err := out.Flush(); err != nil {
		return err
	}
	if err := cmd.Context().Err(); err != nil {
		return err
	}
	switch {
	case failed > 0 && total == 1:
		return errSilent // the one error is on stderr already
	case failed > 0:
		return fmt.Errorf("%d of %d articles failed", failed, total)
	}
	return nil
}

// writer returns the function that prints one document. A document is
// encoded in full before any of it is written, so a failure never leaves
// half a document on stdout.
func writer(format string, trees bool) (func(io.Writer, *newsgraph.Doc) error, error) {
	switch format {
	case "json":
		return func(w io.Writer, d *newsgraph.Doc) error {
			// An Encoder marshals the whole value into its buffer before it
			// writes, as Marshal does, without Marshal's copy of the result:
			// on a 32 MiB article that copy is another 50 MB.
			return json.NewEncoder(w).Encode(d)
		}, nil
	case "text":
		return func(w io.Writer, d *newsgraph.Doc) error { return render.TextWithTrees(w, d, trees) }, nil
	case "conllu":
		return render.CoNLLU, nil
	}
	return nil, fmt.Errorf("unknown --format %q (want json, text or conllu)", format)
}
