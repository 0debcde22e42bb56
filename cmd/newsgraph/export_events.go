package main

import (
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/export"
)

func newExportEvents() *cobra.Command {
	var fl exportFlags
	var typ, place, site string
	var f newsgraph.EventFilter
	var from, to dateFlag
	cmd := &cobra.Command{
		Use:   "events --db DB [--format jsonl|csv|tsv] [--out FILE] [--actor ID] [--recipient ID] [--type PLOVER] [--from DATE] [--to DATE] [--place WORDS] [--site OUTLET]",
		Short: "Write stored events, streamed in the order they were stored",
		Long: exportLong + "\n" +
			"csv columns (internal/export.Events): id, date, dated, actor, actor_ids, actor_codes,\n" +
			"verb, recipient, recipient_ids, recipient_codes, type, mode, cameo, quad_class,\n" +
			"goldstein, place, modality, reported_by, article_id, title, url, published;\n" +
			"participants joined by \" and \".\n" +
			"tsv: GDELT 2.0's event table, its 61 columns in order and no header; columns\n" +
			"newsgraph has no value for stay empty (see gdeltColumns in export_gdelt.go).",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			f.Type, f.Place, f.Site, f.From, f.To = typ, place, site, from.t, to.t
			l := listOf("events", f, func(g *newsgraph.EventFilter) *newsgraph.Page { return &g.Page },
				newsgraph.Store.Events, newsgraph.Store.EachEvent)
			return streamList(cmd, fl, l, eventWriter)
		},
	}
	fl.add(cmd.Flags(), "jsonl", "jsonl, csv or tsv (GDELT 2.0 event columns)")
	cmd.Flags().Int64Var(&f.Actor, "actor", 0, "only events this actor (an id from newsgraph actors list) did")
	cmd.Flags().Int64Var(&f.Recipient, "recipient", 0, "only events done to this actor")
	cmd.Flags().StringVar(&typ, "type", "", "only events of this PLOVER type (ASSAULT, CONSULT, ...)")
	cmd.Flags().Var(&from, "from", "only events dated on or after this day (YYYY-MM-DD)")
	cmd.Flags().Var(&to, "to", "only events dated on or before this day (YYYY-MM-DD)")
	cmd.Flags().StringVar(&place, "place", "", "only events whose place's words or entity name contain this")
	cmd.Flags().StringVar(&site, "site", "", "only events read in this outlet's articles (as stored)")
	return cmd
}

// eventWriter writes events in csv or jsonl (internal/export's) or in
// GDELT's tsv.
func eventWriter(w io.Writer, format string) (rowWriter[newsgraph.EventRecord], error) {
	if format == "tsv" {
		return newGDELTEvents(w), nil
	}
	out, err := tableWriter(export.Events)(w, format)
	if err != nil {
		return nil, fmt.Errorf("--format must be jsonl, csv or tsv, not %q", format)
	}
	return out, nil
}
