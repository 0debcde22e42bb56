package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph"
)

// quotesPage is how many quotes one store query returns while a listing
// pages through them all.
const quotesPage = 500

func newQuotes() *cobra.Command {
	var db, speaker, query, format string
	var types []string
	var from, to dateFlag
	var limit int
	var minConfidence float64
	cmd := &cobra.Command{
		Use:   "quotes --db PATH [--speaker NAME] [--q WORDS] [--type T] [--from DATE] [--to DATE]",
		Short: "List stored quotes: who said what, to whom, where and when",
		Long: "quotes lists the stored attributions that match, newest first: by speaker\n" +
			"(any part of a name), words in the content (--q), type (statement, stance,\n" +
			"belief, intention, perception, other; repeatable), publication dates and\n" +
			"confidence. --format text (default), jsonl or csv; --limit 0 lists all.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			f := newsgraph.QuoteFilter{Speaker: speaker, Query: query, From: from.t, To: to.t, MinConfidence: minConfidence}
			for _, t := range types {
				f.Types = append(f.Types, newsgraph.AttributionType(t))
			}
			write, err := quoteWriter(format, cmd.OutOrStdout())
			if err != nil {
				return err
			}
			store, err := openExistingStore(cmd.Context(), db)
			if err != nil {
				return err
			}
			defer store.Close()
			return listQuotes(cmd, store, f, limit, write)
		},
	}
	cmd.Flags().StringVar(&db, "db", "newsgraph.db", "SQLite file, or postgres:// URL")
	cmd.Flags().StringVar(&speaker, "speaker", "", "any part of the speaker's name")
	cmd.Flags().StringVar(&query, "q", "", "words in the quote")
	cmd.Flags().StringSliceVar(&types, "type", nil, "attribution types to keep (repeatable)")
	cmd.Flags().Var(&from, "from", "first publication date (YYYY-MM-DD)")
	cmd.Flags().Var(&to, "to", "last publication date (YYYY-MM-DD)")
	cmd.Flags().Float64Var(&minConfidence, "min-confidence", 0, "hide scored quotes below this confidence (0-1)")
	cmd.Flags().IntVar(&limit, "limit", 50, "quotes to list (0: all)")
	cmd.Flags().StringVar(&format, "format", "text", "text, jsonl or csv")
	return cmd
}

// listQuotes pages through the store's matches, writing each, until limit
// (0: all) or the last.
func listQuotes(cmd *cobra.Command, store newsgraph.Store, f newsgraph.QuoteFilter, limit int, write func(newsgraph.QuoteRecord) error) error {
	done := 0
	for {
		f.Page = newsgraph.Page{Limit: quotesPage, Offset: done}
		if limit > 0 {
			f.Page.Limit = min(quotesPage, limit-done)
		}
		qs, total, err := store.Quotes(cmd.Context(), f)
		if err != nil {
			return fmt.Errorf("%s", newsgraph.ErrorMessage(err))
		}
		for _, q := range qs {
			if err := write(q); err != nil {
				return err
			}
		}
		done += len(qs)
		if len(qs) == 0 || done >= total || (limit > 0 && done >= limit) {
			if cmd.Flags().Lookup("format").Value.String() == "text" {
				fmt.Fprintf(cmd.ErrOrStderr(), "%d of %d quotes\n", done, total)
			}
			return nil
		}
	}
}

// quoteWriter returns the function that prints one quote in a format.
func quoteWriter(format string, w io.Writer) (func(newsgraph.QuoteRecord) error, error) {
	switch format {
	case "text":
		return func(q newsgraph.QuoteRecord) error {
			outlet := ""
			if q.Article.Site != "" {
				outlet = q.Article.Site + ": "
			}
			to := ""
			if q.Addressee != "" {
				to = " → " + oneLine(q.Addressee) // as analyze --format text shows it
			}
			_, err := fmt.Fprintf(w, "%s  %s%s — %s — %s\n    %s%s [%d]\n", day(q.Article), speakerName(q), to, oneLine(q.Cue.Text), oneLine(q.Content.Text),
				outlet, oneLine(q.Article.Title), q.Article.ID)
			return err
		}, nil
	case "jsonl":
		enc := json.NewEncoder(w)
		return func(q newsgraph.QuoteRecord) error { return enc.Encode(q) }, nil
	case "csv":
		cw := csv.NewWriter(w)
		if err := cw.Write([]string{"date", "speaker", "addressee", "type", "confidence", "cue", "content", "outlet", "title", "url", "article_id"}); err != nil {
			return nil, err
		}
		return func(q newsgraph.QuoteRecord) error {
			cw.Write([]string{day(q.Article), speakerName(q), q.Addressee, q.Type, fmt.Sprintf("%.2f", q.Confidence), q.Cue.Text,
				q.Content.Text, q.Article.Site, q.Article.Title, q.Article.URL, fmt.Sprint(q.Article.ID)})
			cw.Flush()
			return cw.Error()
		}, nil
	}
	return nil, fmt.Errorf("unknown --format %q (want text, jsonl or csv)", format)
}

func day(a newsgraph.ArticleSummary) string {
	if a.Published.IsZero() {
		return "undated   "
	}
	return a.Published.Format(time.DateOnly)
}

func speakerName(q newsgraph.QuoteRecord) string {
	if q.Speaker != nil {
		return q.Speaker.Name
	}
	return q.Source
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
