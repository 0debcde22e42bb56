package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"time"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph"
)

// storiesPage is how many stories one store query returns (the store's
// most) while a listing pages through them.
const storiesPage = 100

func newStories() *cobra.Command {
	var db, site, query, sort string
	var from, to dateFlag
	var limit int
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "stories --db PATH [--from DATE] [--to DATE] [--site OUTLET] [--q WORDS] [--limit N] [--json]",
		Short: "List stored stories: articles about one event across outlets and days",
		Long: "stories lists the stories the store grouped its articles into, the latest first\n" +
			"(--sort oldest for the earliest): id, dates, articles and outlets, title.\n" +
			"--from and --to keep stories with an article dated in the range, --site those\n" +
			"an outlet printed, --q those with an article matching the words. --json prints\n" +
			"one JSON object a line; --limit 0 lists all. `stories show ID` shows one story.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			f := newsgraph.StoryFilter{Query: query, Site: site, From: from.t, To: to.t, Sort: newsgraph.Sort(sort)}
			store, err := openExistingStore(cmd.Context(), db)
			if err != nil {
				return err
			}
			defer store.Close()
			write := storyLine(cmd.OutOrStdout())
			if asJSON {
				enc := json.NewEncoder(cmd.OutOrStdout())
				write = func(st newsgraph.StoryRecord) error { return enc.Encode(st) }
			}
			done, total, err := listStories(cmd, store, f, limit, write)
			if err == nil && !asJSON {
				fmt.Fprintf(cmd.ErrOrStderr(), "%d of %d stories\n", done, total)
			}
			return err
		},
	}
	cmd.PersistentFlags().StringVar(&db, "db", "newsgraph.db", "SQLite file, or postgres:// URL")
	cmd.PersistentFlags().BoolVar(&asJSON, "json", false, "print JSON")
	cmd.Flags().Var(&from, "from", "stories with an article dated on or after this day (YYYY-MM-DD)")
	cmd.Flags().Var(&to, "to", "stories with an article dated on or before this day (YYYY-MM-DD)")
	cmd.Flags().StringVar(&site, "site", "", "stories an outlet printed (its name as stored)")
	cmd.Flags().StringVar(&query, "q", "", "stories with an article matching these words")
	cmd.Flags().StringVar(&sort, "sort", "newest", "newest, oldest, or relevance (with --q)")
	cmd.Flags().IntVar(&limit, "limit", 50, "stories to list (0: all)")
	cmd.AddCommand(newStoryShow(&db, &asJSON))
	return cmd
}

// listStories writes the stories f selects, to limit (0: all), and
// says how many it wrote of how many.
func listStories(cmd *cobra.Command, store newsgraph.Store, f newsgraph.StoryFilter, limit int, write func(newsgraph.StoryRecord) error) (int, int, error) {
	return eachOfList(limit, storiesPage, func(p newsgraph.Page) ([]newsgraph.StoryRecord, int, error) {
		f.Page = p
		list, total, err := store.Stories(cmd.Context(), f)
		if err != nil {
			err = fmt.Errorf("%s", newsgraph.ErrorMessage(err))
		}
		return list, total, err
	}, write)
}

// eachOfList pages through a list read a page of size at a time, writing
// each item, until limit items (0: all) or the last; it returns how many
// it wrote and how many the list holds.
func eachOfList[T any](limit, size int, read func(newsgraph.Page) ([]T, int, error), write func(T) error) (done, total int, err error) {
	for {
		p := newsgraph.Page{Limit: size, Offset: done}
		if limit > 0 {
			p.Limit = min(size, limit-done)
		}
		var items []T
		if items, total, err = read(p); err != nil {
			return done, total, err
		}
		for _, it := range items {
			if err := write(it); err != nil {
				return done, total, err
			}
			done++
		}
		if len(items) == 0 || done >= total || (limit > 0 && done >= limit) {
			return done, total, nil
		}
	}
}

// storyLine prints a story as one line: id, dates, counts, title.
func storyLine(w io.Writer) func(newsgraph.StoryRecord) error {
	return func(st newsgraph.StoryRecord) error {
		_, err := fmt.Fprintf(w, "%6d  %-16s  %3d articles%s  %s\n", st.ID, storyDates(st), st.Articles, outlets(st), oneLine(st.Title))
		return err
	}
}

// storyDates is a story's span of days, one day when it has one.
func storyDates(st newsgraph.StoryRecord) string {
	first, last := st.First.Format(time.DateOnly), st.Last.Format(time.DateOnly)
	if first == last {
		return first
	}
	return first + "–" + last[len("2006-"):]
}

func newStoryShow(db *string, asJSON *bool) *cobra.Command {
	return &cobra.Command{
		Use:   "show ID",
		Short: "Show a story: its articles by time and outlet, its actors, and where each quotation was printed first",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := strconv.ParseInt(args[0], 10, 64)
			if err != nil || id <= 0 {
				return fmt.Errorf("a story's id is a positive number, not %q", args[0])
			}
			store, err := openExistingStore(cmd.Context(), *db)
			if err != nil {
				return err
			}
			defer store.Close()
			d, err := store.Story(cmd.Context(), id)
			if err != nil {
				return fmt.Errorf("%s", newsgraph.ErrorMessage(err))
			}
			if *asJSON {
				enc := json.NewEncoder(cmd.OutOrStdout())
				enc.SetIndent("", "  ")
				return enc.Encode(d)
			}
			return writeStory(cmd.OutOrStdout(), d)
		},
	}
}

// shownActors is how many of a story's actors its text lists (--json
// gives them all).
const shownActors = 12

// writeStory prints a story for people: its heading, its articles, its
// actors, then each quotation with its first printer and repeaters.
func writeStory(w io.Writer, d *newsgraph.StoryDetail) error {
	var err error
	p := func(format string, a ...any) {
		if err == nil {
			_, err = fmt.Fprintf(w, format, a...)
		}
	}
	p("Story %d: %s\n%s · %d articles%s · %d quotations in %d quotes\n", d.ID, oneLine(d.Title),
		storyDates(d.StoryRecord), d.Articles, outlets(d.StoryRecord), d.QuotationCount, d.Quotes)
	p("\nArticles\n")
	for _, a := range d.ArticleList {
		p("  %s  %s [%d]\n", day(a), printedBy(a), a.ID)
	}
	if len(d.Actors) > 0 {
		p("\nActors\n")
	}
	for _, a := range d.Actors[:min(len(d.Actors), shownActors)] {
		p("  %s (%s): in %d articles, %d mentions [actor %d]\n", oneLine(a.Name), a.Type, a.Articles, a.Mentions, a.ID)
	}
	if len(d.Quotations) > 0 {
		p("\nQuotations\n")
	}
	for _, q := range d.Quotations {
		p("  %s — %s\n    first:    %s  %s [%d]\n", oneLine(q.First.Content.Text), speakerName(q.First), day(q.First.Article), printedBy(q.First.Article), q.First.Article.ID)
		for _, r := range q.Repeats {
			p("    repeated: %s  %s [%d]\n", day(r.Article), printedBy(r.Article), r.Article.ID)
		}
	}
	return err
}

// outlets says from how many outlets a story's articles are, when any
// has one.
func outlets(st newsgraph.StoryRecord) string {
	if st.Sites == 0 {
		return ""
	}
	return fmt.Sprintf(" from %d outlets", st.Sites)
}

// printedBy is an article's outlet and title.
func printedBy(a newsgraph.ArticleSummary) string {
	if a.Site == "" {
		return oneLine(a.Title)
	}
	return a.Site + ": " + oneLine(a.Title)
}
