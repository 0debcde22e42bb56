package main

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/actors"
)

// newActors is `newsgraph actors`: the shipped actor knowledge base (find,
// show) and a store's actors (list, show --db, relink, and the
// corrections merge, split and alias).
func newActors() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "actors",
		Short: "Look up the actor knowledge base, and list, re-link and correct a store's actors",
	}
	cmd.AddCommand(newActorsFind(), newActorsShow(), newActorsList(), newActorsRelink(),
		newActorsCorrection(newsgraph.CorrectMerge, "merge --db PATH INTO FROM", "Merge actor FROM into actor INTO, for good"),
		newActorsCorrection(newsgraph.CorrectSplit, "split --db PATH ACTOR NAME", "Make the entities of ACTOR called NAME an actor of their own"),
		newActorsCorrection(newsgraph.CorrectAlias, "alias --db PATH ACTOR NAME", "Link every entity called NAME to ACTOR"),
		newActorsExport(), newActorsImport())
	return cmd
}

func newActorsFind() *cobra.Command {
	return &cobra.Command{
		Use:   "find NAME...",
		Short: "List the actors a name may refer to, and how it matched",
		Long: "find looks each name up as the linker does: a name or alias, then the name\n" +
			"without its titles (\"Mr. Putin\"), then a surname only one person has.",
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			m, err := loadModels()
			if err != nil {
				return err
			}
			for _, name := range args {
				as, how := m.Actors.Lookup(name)
				fmt.Fprintf(cmd.OutOrStdout(), "%s: %d actor(s), %s match\n", name, len(as), how)
				for _, a := range as {
					printActorLine(cmd.OutOrStdout(), a)
				}
			}
			return nil
		},
	}
}

func newActorsShow() *cobra.Command {
	var at, db string
	cmd := &cobra.Command{
		Use:   "show [--db PATH] ID...",
		Short: "Show an actor: names, codes and roles, or the roles it held on a date",
		Long: "show prints an actor of the knowledge base (IDs such as vladimir-putin), or,\n" +
			"with --db, a store's actor (numeric IDs) with its names and the roles the\n" +
			"articles gave it, with dates and where they were read.",
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			var day time.Time
			if at != "" {
				var err error
				if day, err = time.Parse(time.DateOnly, at); err != nil {
					return fmt.Errorf("--at wants a date as 2006-01-02: %w", err)
				}
			}
			if db != "" {
				return withStore(&db, func(cmd *cobra.Command, store newsgraph.Store, args []string) error {
					for _, id := range args {
						if err := showStoreActor(cmd.Context(), cmd.OutOrStdout(), store, id, day); err != nil {
							return err
						}
					}
					return nil
				})(cmd, args)
			}
			m, err := loadModels()
			if err != nil {
				return err
			}
			w := cmd.OutOrStdout()
			for _, id := range args {
				a, ok := m.Actors.Actor(id)
				if !ok {
					return fmt.Errorf("no actor %q (find one with `newsgraph actors find NAME`)", id)
				}
				printActorLine(w, a)
				if len(a.Aliases) > 0 {
					fmt.Fprintf(w, "  aliases: %s\n", strings.Join(a.Aliases, "; "))
				}
				roles := a.Roles
				if !day.IsZero() {
					roles = m.Actors.RolesAt(id, day)
					fmt.Fprintf(w, "  roles on %s:\n", at)
				}
				for _, r := range roles {
					fmt.Fprintf(w, "  %-12s %s\n", r.Code, span(r))
				}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&at, "at", "", "only the roles held on this date (YYYY-MM-DD); for a store's actor, those the articles gave it\nfrom before to after that date")
	cmd.Flags().StringVar(&db, "db", "", "show a store's actor: SQLite file, or postgres:// URL")
	return cmd
}

func printActorLine(w io.Writer, a *actors.Actor) {
	fmt.Fprintf(w, "  %-32s %-28s %-12s %s\n", a.ID, a.Name, a.Type, a.Country)
}

// span renders a role's dates: "2000-05-07 – 2008-05-07", "since …",
// "until …", or "default".
func span(r actors.Role) string {
	switch {
	case !r.Dated():
		return "default"
	case r.From.IsZero():
		return "until " + r.To.Format(time.DateOnly)
	case r.To.IsZero():
		return "since " + r.From.Format(time.DateOnly)
	}
	return r.From.Format(time.DateOnly) + " – " + r.To.Format(time.DateOnly)
}
