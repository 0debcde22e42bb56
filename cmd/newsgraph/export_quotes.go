package main

import (
	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/export"
)

// newExportQuotes is `export quotes`: the quotes the filters select, with
// the columns of internal/export.Quotes.
func newExportQuotes() *cobra.Command {
	var fl exportFlags
	var f newsgraph.QuoteFilter
	var types []string
	var from, to dateFlag
	cmd := &cobra.Command{
		Use:   "quotes --db DB [--format csv|jsonl] [--out FILE] [--speaker NAME] [--actor ID] [--type T] [--from DATE] [--to DATE] [--site OUTLET] [--min-confidence X] [--q WORDS]",
		Short: "Write stored quotes: who said what, to whom, where and when",
		Long: exportLong + "\n" +
			"csv columns: id, date, outlet, article_id, article_title, url, speaker,\n" +
			"speaker_actor_id, cue, content, addressee, addressee_actor_id, type, confidence,\n" +
			"start, end (the content's offsets in code points of the article's text).",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			f.From, f.To = from.t, to.t
			for _, t := range types {
				f.Types = append(f.Types, newsgraph.AttributionType(t))
			}
			l := listOf("quotes", f, func(g *newsgraph.QuoteFilter) *newsgraph.Page { return &g.Page },
				newsgraph.Store.Quotes, newsgraph.Store.EachQuote)
			return streamList(cmd, fl, l, tableWriter(export.Quotes))
		},
	}
	fl.add(cmd.Flags(), "csv", "csv or jsonl")
	cmd.Flags().StringVar(&f.Speaker, "speaker", "", "any part of the speaker's name")
	cmd.Flags().Int64Var(&f.Actor, "actor", 0, "only quotes by this actor (an id from newsgraph actors list)")
	cmd.Flags().StringSliceVar(&types, "type", nil, "attribution types to keep (repeatable)")
	cmd.Flags().Var(&from, "from", "first publication date (YYYY-MM-DD)")
	cmd.Flags().Var(&to, "to", "last publication date (YYYY-MM-DD)")
	cmd.Flags().StringVar(&f.Site, "site", "", "only quotes from this outlet's articles (as stored)")
	cmd.Flags().Float64Var(&f.MinConfidence, "min-confidence", 0, "hide scored quotes below this confidence (0-1)")
	cmd.Flags().StringVar(&f.Query, "q", "", "words in the quote")
	return cmd
}
