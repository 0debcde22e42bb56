package main

import (
	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/export"
)

// newExportActors is `export actors`: the corpus's actors the filters
// select, with the columns of internal/export.Actors.
func newExportActors() *cobra.Command {
	var fl exportFlags
	var f newsgraph.ActorFilter
	cmd := &cobra.Command{
		Use:   "actors --db DB [--format csv|jsonl] [--out FILE] [--type PER|ORG|LOC|MISC] [--name WORDS]",
		Short: "Write the stored actors: names, aliases, knowledge-base ids and counts",
		Long: exportLong + "\n" +
			"csv columns: id, name, type, kb_id, aliases (joined by \"; \"), mentions, articles,\n" +
			"quotes, key.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			l := listOf("actors", f, func(g *newsgraph.ActorFilter) *newsgraph.Page { return &g.Page },
				newsgraph.Store.Actors, newsgraph.Store.EachActor)
			return streamList(cmd, fl, l, tableWriter(export.Actors))
		},
	}
	fl.add(cmd.Flags(), "csv", "csv or jsonl")
	cmd.Flags().StringVar(&f.Type, "type", "", "only actors of this type (PER, ORG, LOC, MISC)")
	cmd.Flags().StringVar(&f.Query, "name", "", "any part of a name or alias")
	return cmd
}
