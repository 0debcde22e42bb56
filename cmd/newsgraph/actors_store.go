package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/corpuslink"
	"github.com/newsgraph/newsgraph/internal/link"
)

// The corpus's actors (a store's), next to the knowledge base's (find,
// show without --db): list them, re-link the store, correct the linking.

// corpusLinker is the linker re-linking uses: corpuslink over the shipped
// knowledge base.
func corpusLinker() (newsgraph.Linker, error) {
	m, err := loadModels()
	if err != nil {
		return nil, err
	}
	name := func(id string) string {
		if a, ok := m.Actors.Actor(id); ok {
			return a.Name
		}
		return ""
	}
	return corpuslink.Linker{KB: link.Stage{KB: m.Actors}.Relinked, KBName: name}, nil
}

// relinkStore re-links a store with a progress bar on a terminal, and
// says what it did.
func relinkStore(ctx context.Context, store newsgraph.Store, w io.Writer) error {
	l, err := corpusLinker()
	if err != nil {
		return err
	}
	start := time.Now()
	var bar *progressbar.ProgressBar
	progress := func(done, total int) {
		if bar == nil {
			if f, ok := w.(*os.File); !ok || !term.IsTerminal(int(f.Fd())) {
				return
			}
			bar = progressbar.NewOptions(total, progressbar.OptionSetWriter(w), progressbar.OptionSetDescription("re-linking"),
				progressbar.OptionShowCount(), progressbar.OptionSetItsString("entities"), progressbar.OptionClearOnFinish(),
				progressbar.OptionThrottle(100*time.Millisecond))
		}
		bar.Set(done)
	}
	st, err := store.Relink(ctx, l, progress)
	if bar != nil {
		bar.Finish()
	}
	if err != nil {
		return fmt.Errorf("re-linking: %w", err)
	}
	fmt.Fprintf(w, "relink: %d article entities in %d actors, %d moved, in %s\n",
		st.Items, st.Actors, st.Changed, time.Since(start).Round(time.Millisecond))
	return nil
}

// withStore runs fn on the store --db names.
func withStore(db *string, fn func(cmd *cobra.Command, store newsgraph.Store, args []string) error) func(*cobra.Command, []string) error {
	return func(cmd *cobra.Command, args []string) error {
		store, err := openExistingStore(cmd.Context(), *db)
		if err != nil {
			return err
		}
		defer store.Close()
		return fn(cmd, store, args)
	}
}

func dbFlag(cmd *cobra.Command, db *string) {
	cmd.Flags().StringVar(db, "db", "newsgraph.db", "SQLite file, or postgres:// URL")
}

func newActorsList() *cobra.Command {
	var db, query, typ string
	var limit, offset int
	cmd := &cobra.Command{
		Use:   "list --db PATH [--q TEXT] [--type PER|ORG|LOC|MISC]",
		Short: "List a store's actors, most mentioned first, with their names",
		Args:  cobra.NoArgs,
		RunE: withStore(&db, func(cmd *cobra.Command, store newsgraph.Store, _ []string) error {
			switch {
			case typ != "" && typ != "PER" && typ != "ORG" && typ != "LOC" && typ != "MISC":
				return fmt.Errorf("--type %q: want PER, ORG, LOC or MISC", typ)
			case limit < 0 || offset < 0:
				return fmt.Errorf("--limit and --offset cannot be negative")
			}
			list, total, err := store.Actors(cmd.Context(), newsgraph.ActorFilter{Query: query, Type: typ, Page: newsgraph.Page{Limit: limit, Offset: offset}})
			if err != nil {
				return err
			}
			w := cmd.OutOrStdout()
			for _, a := range list {
				fmt.Fprintf(w, "%7d  %-4s %6d mentions %5d quotes  %s", a.ID, a.Type, a.Mentions, a.Quotes, a.Name)
				if a.KBID != "" {
					fmt.Fprintf(w, "  [%s]", a.KBID)
				}
				if len(a.Aliases) > 1 {
					fmt.Fprintf(w, "  (also: %s)", strings.Join(others(a.Aliases, a.Name), "; "))
				}
				fmt.Fprintln(w)
			}
			fmt.Fprintf(w, "%d of %d actors\n", len(list), total)
			return nil
		}),
	}
	dbFlag(cmd, &db)
	cmd.Flags().StringVar(&query, "q", "", "any part of a name or alias")
	cmd.Flags().StringVar(&typ, "type", "", "PER, ORG, LOC or MISC")
	cmd.Flags().IntVar(&limit, "limit", 30, "actors to list (at most 100)")
	cmd.Flags().IntVar(&offset, "offset", 0, "actors to skip")
	return cmd
}

// others lists the aliases other than name, at most ten.
func others(aliases []string, name string) []string {
	var out []string
	for _, a := range aliases {
		if a != name && len(out) < 10 {
			out = append(out, a)
		}
	}
	return out
}

// showStoreActor prints a store's actor: names, roles with their dates and
// evidence, and counts; with a day, only the roles whose first and last
// dates hold it.
func showStoreActor(ctx context.Context, w io.Writer, store newsgraph.Store, arg string, day time.Time) error {
	id, err := strconv.ParseInt(arg, 10, 64)
	if err != nil {
		return fmt.Errorf("%q: a store's actors have numeric ids (see `newsgraph actors list --db …`)", arg)
	}
	a, err := store.Actor(ctx, id)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "%d %s (%s) key %s", a.ID, a.Name, a.Type, a.Key)
	if a.KBID != "" {
		fmt.Fprintf(w, ", knowledge base %s", a.KBID)
	}
	fmt.Fprintf(w, "\n  %d mentions in %d articles, %d quotes by, %d addressed to\n", a.Mentions, a.Articles, a.Quotes, len(a.QuotesTo))
	fmt.Fprintf(w, "  names: %s\n", strings.Join(a.Aliases, "; "))
	if !day.IsZero() {
		fmt.Fprintf(w, "  roles on %s:\n", day.Format(time.DateOnly))
	}
	for _, r := range a.Roles {
		if !day.IsZero() && (day.Before(r.First.Truncate(24*time.Hour)) || day.After(r.Last)) {
			continue
		}
		fmt.Fprintf(w, "  role %q ×%d, %s – %s", r.Title, r.Count, r.First.Format(time.DateOnly), r.Last.Format(time.DateOnly))
		if len(r.Evidence) > 0 {
			e := r.Evidence[0]
			fmt.Fprintf(w, " (article %d, %d–%d)", e.Article, e.Start, e.End)
		}
		fmt.Fprintln(w)
	}
	for _, c := range a.Corrections {
		fmt.Fprintf(w, "  correction %d: %s %s %s %s\n", c.ID, c.Kind, c.Actor, c.Other, c.Name)
	}
	return nil
}

func newActorsRelink() *cobra.Command {
	var db string
	cmd := &cobra.Command{
		Use:   "relink --db PATH",
		Short: "Regroup every stored entity into actors (after a knowledge-base change, or to weigh new articles)",
		Long: "relink reads every entity of every stored article, groups them into actors\n" +
			"(knowledge-base identity, full names, short names the article's company makes\n" +
			"clear) and replays every correction users made, in order. Actors keep their ids.",
		Args: cobra.NoArgs,
		RunE: withStore(&db, func(cmd *cobra.Command, store newsgraph.Store, _ []string) error {
			return relinkStore(cmd.Context(), store, cmd.ErrOrStderr())
		}),
	}
	dbFlag(cmd, &db)
	return cmd
}

// newActorsCorrection makes merge, split and alias: each records a
// correction, then re-links so that it shows.
func newActorsCorrection(kind, use, short string) *cobra.Command {
	var db string
	cmd := &cobra.Command{
		Use:   use,
		Short: short,
		Args:  cobra.ExactArgs(2),
		RunE: withStore(&db, func(cmd *cobra.Command, store newsgraph.Store, args []string) error {
			actor, err := strconv.ParseInt(args[0], 10, 64)
			if err != nil {
				return fmt.Errorf("%q is not an actor id", args[0])
			}
			var other int64
			name := args[1]
			if kind == newsgraph.CorrectMerge {
				if other, err = strconv.ParseInt(args[1], 10, 64); err != nil {
					return fmt.Errorf("%q is not an actor id", args[1])
				}
				name = ""
			}
			c, err := store.Correct(cmd.Context(), kind, actor, other, name)
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "correction %d recorded: %s %s %s %s\n", c.ID, c.Kind, c.Actor, c.Other, c.Name)
			if kind == newsgraph.CorrectMerge {
				warnMergedTypes(cmd.Context(), cmd.ErrOrStderr(), store, actor, other)
			}
			return relinkStore(cmd.Context(), store, cmd.ErrOrStderr())
		}),
	}
	dbFlag(cmd, &db)
	return cmd
}

// warnMergedTypes says, when two actors of different types are merged,
// that the merged actor takes the name and type most of its mentions
// have (the store's rule), which may not be the first actor's: a person
// merged into an organisation may make the organisation a person.
func warnMergedTypes(ctx context.Context, w io.Writer, store newsgraph.Store, into, from int64) {
	a, errA := store.Actor(ctx, into)
	b, errB := store.Actor(ctx, from)
	if errA == nil && errB == nil && a.Type != b.Type {
		fmt.Fprintf(w, "note: %s (%s) and %s (%s) are of different types; the merged actor takes the name and type most of its mentions have\n",
			a.Name, a.Type, b.Name, b.Type)
	}
}

// exportLine is one line of `actors export`: an actor with its roles, or a
// correction.
type exportLine struct {
	Actor      *exportedActor        `json:"actor,omitempty"`
	Correction *newsgraph.Correction `json:"correction,omitempty"`
}

type exportedActor struct {
	newsgraph.ActorRecord
	Roles []newsgraph.ActorRole `json:"roles"`
}

func newActorsExport() *cobra.Command {
	var db string
	cmd := &cobra.Command{
		Use:   "export --db PATH [FILE]",
		Short: "Write a store's actors (names, roles with dates and evidence) and its corrections as JSON Lines",
		Args:  cobra.MaximumNArgs(1),
		RunE: withStore(&db, func(cmd *cobra.Command, store newsgraph.Store, args []string) error {
			w := cmd.OutOrStdout()
			if len(args) == 1 && args[0] != "-" {
				f, err := os.Create(args[0])
				if err != nil {
					return err
				}
				defer f.Close()
				w = f
			}
			return exportActors(cmd.Context(), store, w)
		}),
	}
	dbFlag(cmd, &db)
	return cmd
}

func exportActors(ctx context.Context, store newsgraph.Store, w io.Writer) error {
	enc := json.NewEncoder(w)
	for offset := 0; ; offset += 100 {
		list, _, err := store.Actors(ctx, newsgraph.ActorFilter{Page: newsgraph.Page{Limit: 100, Offset: offset}})
		if err != nil {
			return err
		}
		for _, a := range list {
			d, err := store.Actor(ctx, a.ID)
			if err != nil {
				return err
			}
			if err := enc.Encode(exportLine{Actor: &exportedActor{a, d.Roles}}); err != nil {
				return err
			}
		}
		if len(list) < 100 {
			break
		}
	}
	cs, err := store.Corrections(ctx)
	for i := range cs {
		if err := enc.Encode(exportLine{Correction: &cs[i]}); err != nil {
			return err
		}
	}
	return err
}

func newActorsImport() *cobra.Command {
	var db string
	cmd := &cobra.Command{
		Use:   "import --db PATH FILE",
		Short: "Take the corrections of an `actors export` into a store, then re-link it",
		Long: "import reads the JSON Lines `actors export` writes and records each correction in\n" +
			"the store, by actor keys, which mean the same in every store; actor lines are\n" +
			"skipped, since a store's actors are made from its own articles. A bad line is an\n" +
			"error naming the line, and nothing after it is taken.",
		Args: cobra.ExactArgs(1),
		RunE: withStore(&db, func(cmd *cobra.Command, store newsgraph.Store, args []string) error {
			f, err := os.Open(args[0])
			if err != nil {
				return err
			}
			defer f.Close()
			n, had, err := importCorrections(cmd.Context(), store, f, args[0])
			fmt.Fprintf(cmd.ErrOrStderr(), "import: %d corrections recorded, %d recorded already\n", n, had)
			if err != nil {
				return err
			}
			return relinkStore(cmd.Context(), store, cmd.ErrOrStderr())
		}),
	}
	dbFlag(cmd, &db)
	return cmd
}

// importCorrections records the corrections of an export, counting those
// new to the store and those it holds already.
func importCorrections(ctx context.Context, store newsgraph.Store, r io.Reader, name string) (added, had int, err error) {
	before, err := store.Corrections(ctx)
	if err != nil {
		return 0, 0, err
	}
	known := map[int64]bool{}
	for _, c := range before {
		known[c.ID] = true
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 16<<20)
	for line := 1; sc.Scan(); line++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var l exportLine
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			return added, had, fmt.Errorf("%s:%d: %w", name, line, err)
		}
		if l.Correction == nil {
			continue
		}
		c, err := store.ImportCorrection(ctx, *l.Correction)
		if err != nil {
			return added, had, fmt.Errorf("%s:%d: %w", name, line, err)
		}
		if known[c.ID] {
			had++
			continue
		}
		known[c.ID] = true
		added++
	}
	return added, had, sc.Err()
}
