package main

import (
	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/export"
)

// newExportStories is `export stories`: one row per story the filters
// select, with the columns of internal/export.Stories.
func newExportStories() *cobra.Command {
	var fl exportFlags
	var f newsgraph.StoryFilter
	var from, to dateFlag
	cmd := &cobra.Command{
		Use:   "stories --db DB [--format csv|jsonl] [--out FILE] [--q WORDS] [--site OUTLET] [--from DATE] [--to DATE]",
		Short: "Write the stored stories: title, first and last day, articles, outlets and top actors",
		Long: exportLong + "\n" +
			"csv columns: id, title, first, last, articles, outlets, top_actors (the most\n" +
			"mentioned, joined by \"; \"), top_actor_ids.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			f.From, f.To = from.t, to.t
			l := listOf("stories", f, func(g *newsgraph.StoryFilter) *newsgraph.Page { return &g.Page },
				newsgraph.Store.Stories, newsgraph.Store.EachStory)
			return streamList(cmd, fl, l, tableWriter(export.Stories))
		},
	}
	fl.add(cmd.Flags(), "csv", "csv or jsonl")
	cmd.Flags().StringVar(&f.Query, "q", "", "stories with an article holding these words")
	cmd.Flags().StringVar(&f.Site, "site", "", "stories with an article from this outlet (as stored)")
	cmd.Flags().Var(&from, "from", "stories with an article dated on or after this day (YYYY-MM-DD)")
	cmd.Flags().Var(&to, "to", "stories with an article dated on or before this day (YYYY-MM-DD)")
	return cmd
}
