package main

import (
	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/export"
)

// newExportArticles is `export articles`: the articles the filters
// select (with --q, those matching the words), with the columns of
// internal/export.Articles.
func newExportArticles() *cobra.Command {
	var fl exportFlags
	var f newsgraph.ArticleFilter
	var from, to dateFlag
	cmd := &cobra.Command{
		Use:   "articles --db DB [--format csv|jsonl] [--out FILE] [--q WORDS] [--site OUTLET] [--from DATE] [--to DATE] [--actor ID]",
		Short: "Write stored articles: title, outlet, date, address and quotes counted",
		Long: exportLong + "\n" +
			"csv columns: id, date, outlet, title, url, quotes (attributed in it), ingested.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			f.From, f.To = from.t, to.t
			l := listOf("articles", f, func(g *newsgraph.ArticleFilter) *newsgraph.Page { return &g.Page },
				newsgraph.Store.FindArticles, newsgraph.Store.EachArticle)
			return streamList(cmd, fl, l, tableWriter(export.Articles))
		},
	}
	fl.add(cmd.Flags(), "csv", "csv or jsonl")
	cmd.Flags().StringVar(&f.Query, "q", "", "words the article holds")
	cmd.Flags().StringVar(&f.Site, "site", "", "only this outlet's articles (as stored)")
	cmd.Flags().Var(&from, "from", "first publication date (YYYY-MM-DD)")
	cmd.Flags().Var(&to, "to", "last publication date (YYYY-MM-DD)")
	cmd.Flags().Int64Var(&f.Actor, "actor", 0, "only articles mentioning this actor (an id from newsgraph actors list)")
	return cmd
}
