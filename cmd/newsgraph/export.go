package main

import (
	"bufio"
	"cmp"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph"
)

// newExport is `newsgraph export`, which writes what a store holds in
// formats other tools read; `export events` is its one kind so far.
func newExport() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "export",
		Short: "Write stored facts for other tools (events: JSON Lines, CSV, GDELT-style TSV)",
	}
	cmd.AddCommand(newExportEvents(), newExportBRAT())
	return cmd
}

// exportFormats are the formats of `export events`, each a writer of
// event rows to w.
var exportFormats = map[string]func(w io.Writer) eventWriter{
	"jsonl": newJSONLEvents,
	"csv":   newCSVEvents,
	"tsv":   newGDELTEvents,
}

// eventWriter writes events one at a time; flush ends the output.
type eventWriter interface {
	write(e newsgraph.EventRecord) error
	flush() error
}

func newExportEvents() *cobra.Command {
	var db, format, typ, place string
	var f newsgraph.EventFilter
	var from, to dateFlag
	cmd := &cobra.Command{
		Use:   "events --db DB --format jsonl|csv|tsv [--actor ID] [--recipient ID] [--type PLOVER] [--from DATE] [--to DATE] [--place WORDS]",
		Short: "Write stored events, streamed in the order they were stored",
		Long: "Writes every stored event the filters select, a row at a time, however many there are.\n" +
			"jsonl: one JSON object per event, as /api/events gives them.\n" +
			"csv: a header and one row per event, participants joined by \" and \".\n" +
			"tsv: GDELT 2.0's event table, its 61 columns in order and no header; columns\n" +
			"newsgraph has no value for stay empty (see gdeltColumns in export_gdelt.go).",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			newWriter, ok := exportFormats[format]
			if !ok {
				return fmt.Errorf("--format must be jsonl, csv or tsv, not %q", format)
			}
			f.Type, f.Place, f.From, f.To = typ, place, from.t, to.t
			store, err := openExistingStore(cmd.Context(), db)
			if err != nil {
				return err
			}
			defer store.Close()
			out := bufio.NewWriter(cmd.OutOrStdout())
			w := newWriter(out)
			if err := store.EachEvent(cmd.Context(), f, w.write); err != nil {
				return fmt.Errorf("%s", newsgraph.ErrorMessage(err))
			}
			if err := w.flush(); err != nil {
				return err
			}
			return out.Flush()
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&db, "db", "newsgraph.db", "SQLite file, or postgres:// URL")
	fl.StringVar(&format, "format", "jsonl", "jsonl, csv or tsv (GDELT 2.0 event columns)")
	fl.Int64Var(&f.Actor, "actor", 0, "only events this actor (an id from `newsgraph actors`) did")
	fl.Int64Var(&f.Recipient, "recipient", 0, "only events done to this actor")
	fl.StringVar(&typ, "type", "", "only events of this PLOVER type (ASSAULT, CONSULT, ...)")
	fl.Var(&from, "from", "only events dated on or after this day (YYYY-MM-DD)")
	fl.Var(&to, "to", "only events dated on or before this day (YYYY-MM-DD)")
	fl.StringVar(&place, "place", "", "only events whose place's words or entity name contain this")
	return cmd
}

type jsonlEvents struct{ enc *json.Encoder }

func newJSONLEvents(w io.Writer) eventWriter {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false) // a file, not a page
	return jsonlEvents{enc}
}

func (j jsonlEvents) write(e newsgraph.EventRecord) error { return j.enc.Encode(e) }
func (j jsonlEvents) flush() error                        { return nil }

// csvColumns are the columns of --format csv.
var csvColumns = []string{"id", "date", "dated", "actor", "actor_ids", "actor_codes", "verb", "recipient", "recipient_ids", "recipient_codes",
	"type", "mode", "cameo", "quad_class", "goldstein", "place", "modality", "reported_by", "article_id", "title", "url", "published"}

type csvEvents struct {
	w      *csv.Writer
	header bool
}

func newCSVEvents(w io.Writer) eventWriter { return &csvEvents{w: csv.NewWriter(w)} }

func (c *csvEvents) write(e newsgraph.EventRecord) error {
	if !c.header {
		c.header = true
		if err := c.w.Write(csvColumns); err != nil {
			return err
		}
	}
	actors, actorIDs, actorCodes := participantColumns(e.Actor)
	recipients, recipientIDs, recipientCodes := participantColumns(e.Recipient)
	var place, reporter, published string
	if e.Place != nil {
		place = e.Place.Text
	}
	if e.ReportedBy != nil {
		reporter = cmp.Or(e.ReportedBy.Speaker, "a source")
	}
	if !e.Article.Published.IsZero() {
		published = e.Article.Published.Format("2006-01-02")
	}
	return c.w.Write([]string{strconv.FormatInt(e.ID, 10), e.Date, e.Dated, actors, actorIDs, actorCodes, e.Verb.Text,
		recipients, recipientIDs, recipientCodes, e.Type, e.Mode, e.CAMEO, strconv.Itoa(e.QuadClass),
		strconv.FormatFloat(e.Goldstein, 'f', -1, 64), place, string(e.Modality), reporter,
		strconv.FormatInt(e.Article.ID, 10), e.Article.Title, e.Article.URL, published})
}

func (c *csvEvents) flush() error {
	c.w.Flush()
	return c.w.Error()
}

// participantColumns are an event side's names, actor ids and codes, each
// joined: names by " and ", ids and codes by spaces.
func participantColumns(ps []newsgraph.EventParticipant) (names, ids, codes string) {
	var n, i, c []string
	for _, p := range ps {
		n = append(n, p.Name())
		if p.ActorID != 0 {
			i = append(i, strconv.FormatInt(p.ActorID, 10))
		}
		c = append(c, p.Codes...)
	}
	return strings.Join(n, " and "), strings.Join(i, " "), strings.Join(c, " ")
}
