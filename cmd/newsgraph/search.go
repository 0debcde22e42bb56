package main

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph"
)

func newSearch() *cobra.Command {
	var db string
	var limit int
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "search --db PATH QUERY",
		Short: "Full-text search over stored articles and quotes",
		Long: "search lists the stored articles, then the quotes, that hold every word of QUERY,\n" +
			"in any case and order. There is no query syntax: punctuation and quotation marks\n" +
			"only separate words, and OR, NOT and the like are words like any other, so that\n" +
			"what a user pastes from an article is never read as an instruction.",
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			store, err := openExistingStore(cmd.Context(), db)
			if err != nil {
				return err
			}
			defer store.Close()
			query := strings.Join(args, " ")
			hits, total, err := store.Search(cmd.Context(), query, newsgraph.Page{Limit: limit})
			if err != nil {
				return fmt.Errorf("%s", newsgraph.ErrorMessage(err))
			}
			quotes, quoteTotal, err := store.Quotes(cmd.Context(), newsgraph.QuoteFilter{Query: query, Page: newsgraph.Page{Limit: limit}})
			if err != nil {
				return fmt.Errorf("%s", newsgraph.ErrorMessage(err))
			}
			if asJSON {
				return printJSON(cmd.OutOrStdout(), map[string]any{"results": hits, "total": total, "quotes": quotes, "quotes_total": quoteTotal})
			}
			w := cmd.OutOrStdout()
			fmt.Fprintf(w, "%d articles match\n", total)
			for _, h := range hits {
				fmt.Fprintf(w, "\n[%d] %s\n    %s\n", h.Article.ID, h.Article.Title, strings.Join(strings.Fields(h.Snippet), " "))
			}
			fmt.Fprintf(w, "\n%d quotes match\n", quoteTotal)
			write, _ := quoteWriter("text", w)
			for _, q := range quotes {
				if err := write(q); err != nil {
					return err
				}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&db, "db", "newsgraph.db", "SQLite file, or postgres:// URL")
	cmd.Flags().IntVar(&limit, "limit", 10, "results to show (at most 100)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}
