package main

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/internal/actors"
)

// newActors is `newsgraph actors`: the shipped actor knowledge base from
// the shell. Corrections over a store (merge, split, alias) come with the
// store's actors; these read the knowledge base the linker links to.
func newActors() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "actors",
		Short: "Look up the actor knowledge base entities are linked to",
	}
	cmd.AddCommand(newActorsFind(), newActorsShow())
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
	var at string
	cmd := &cobra.Command{
		Use:   "show ID...",
		Short: "Show an actor: names, codes and roles, or the roles it held on a date",
		Args:  cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			m, err := loadModels()
			if err != nil {
				return err
			}
			var day time.Time
			if at != "" {
				if day, err = time.Parse(time.DateOnly, at); err != nil {
					return fmt.Errorf("--at wants a date as 2006-01-02: %w", err)
				}
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
	cmd.Flags().StringVar(&at, "at", "", "only the roles held on this date (YYYY-MM-DD)")
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
