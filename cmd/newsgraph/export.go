package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
	"golang.org/x/term"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/export"
)

// newExport is `newsgraph export`, which writes what a store holds in
// formats other tools read: whole filtered lists (quotes, articles,
// actors, stories, events) as CSV or JSON Lines, events as GDELT's TSV too, and
// articles as BRAT standoff.
func newExport() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "export",
		Short: "Write stored lists for spreadsheets and other tools (CSV, JSON Lines, GDELT TSV, BRAT)",
	}
	cmd.AddCommand(newExportQuotes(), newExportArticles(), newExportActors(), newExportStories(), newExportEvents(), newExportBRAT())
	return cmd
}

// exportFlags are the flags of every list export.
type exportFlags struct{ db, format, out string }

func (e *exportFlags) add(fl *pflag.FlagSet, format, formats string) {
	fl.StringVar(&e.db, "db", "newsgraph.db", "SQLite file, or postgres:// URL")
	fl.StringVar(&e.format, "format", format, formats)
	fl.StringVar(&e.out, "out", "", "file to write (default: standard output)")
}

// exportLong is the help every list export shares.
const exportLong = "Streams every stored item the filters select, in the order they were stored,\n" +
	"a batch at a time however many there are, to standard output or --out.\n" +
	"csv: a header row and one row per item (cells a spreadsheet would read as a\n" +
	"formula get a leading '); jsonl: one JSON object per line, as the API gives\n" +
	"items. A progress bar shows on standard error when it is a terminal."

// rowWriter writes items of one kind; Flush ends the output.
type rowWriter[T any] interface {
	Write(T) error
	Flush() error
}

// listExport is one list's export: how many items its filter selects,
// and the walk over them.
type listExport[T any] struct {
	name  string
	total func(context.Context, newsgraph.Store) (int, error)
	each  func(context.Context, newsgraph.Store, func(T) error) error
}

// listOf is the export of the list filter f selects: its total is the
// paged list's, asked for a page of one (page points at f's page), and
// its walk the store's Each method.
func listOf[F, L, T any](name string, f F, page func(*F) *newsgraph.Page,
	list func(newsgraph.Store, context.Context, F) ([]L, int, error),
	each func(newsgraph.Store, context.Context, F, func(T) error) error) listExport[T] {
	return listExport[T]{
		name: name,
		total: func(ctx context.Context, s newsgraph.Store) (int, error) {
			g := f
			*page(&g) = newsgraph.Page{Limit: 1}
			_, n, err := list(s, ctx, g)
			return n, err
		},
		each: func(ctx context.Context, s newsgraph.Store, fn func(T) error) error { return each(s, ctx, f, fn) },
	}
}

// tableWriter opens a writer of a table in a CSV or JSON Lines format.
func tableWriter[T any](t export.Table[T]) func(io.Writer, string) (rowWriter[T], error) {
	return func(w io.Writer, format string) (rowWriter[T], error) {
		f, err := export.ParseFormat(format)
		if err != nil {
			return nil, fmt.Errorf("--format: %w", err)
		}
		return export.NewWriter(w, f, t)
	}
}

// streamList writes the whole list l to --out in --format, with a
// progress bar on a terminal. A failed export removes the file it began,
// so that half a list is never taken for all of it.
func streamList[T any](cmd *cobra.Command, fl exportFlags, l listExport[T], newWriter func(io.Writer, string) (rowWriter[T], error)) (err error) {
	ctx := cmd.Context()
	if _, err := newWriter(io.Discard, fl.format); err != nil { // refuse a bad format before opening anything
		return err
	}
	store, err := openExistingStore(ctx, fl.db)
	if err != nil {
		return err
	}
	defer store.Close()
	total, err := l.total(ctx, store)
	if err != nil {
		return fmt.Errorf("%s", newsgraph.ErrorMessage(err))
	}
	dst, done, err := openOut(cmd, fl.out)
	if err != nil {
		return err
	}
	defer func() { err = done(err) }()
	buf := bufio.NewWriterSize(dst, 64<<10)
	w, err := newWriter(buf, fl.format)
	if err != nil {
		return err
	}
	bar := newExportBar(cmd.ErrOrStderr(), l.name, total)
	err = l.each(ctx, store, func(v T) error {
		bar.add()
		return w.Write(v)
	})
	bar.finish()
	if err != nil {
		return fmt.Errorf("%s", newsgraph.ErrorMessage(err))
	}
	if err := w.Flush(); err != nil {
		return err
	}
	return buf.Flush()
}

// openOut opens --out (standard output when empty) and returns what
// closes it: it keeps the file when the export went well and removes it
// when it did not.
func openOut(cmd *cobra.Command, path string) (io.Writer, func(error) error, error) {
	if path == "" {
		return cmd.OutOrStdout(), func(err error) error { return err }, nil
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, nil, err
	}
	return f, func(err error) error {
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			os.Remove(path)
		}
		return err
	}, nil
}

// exportBar counts the items written on a terminal's progress bar; off
// a terminal it does nothing, so that logs and pipes get no bar.
type exportBar struct{ bar *progressbar.ProgressBar }

func newExportBar(w io.Writer, name string, total int) exportBar {
	if f, ok := w.(*os.File); !ok || !term.IsTerminal(int(f.Fd())) {
		return exportBar{}
	}
	return exportBar{progressbar.NewOptions(total, progressbar.OptionSetWriter(w), progressbar.OptionSetDescription("exporting "+name),
		progressbar.OptionShowCount(), progressbar.OptionSetItsString(name), progressbar.OptionClearOnFinish(),
		progressbar.OptionThrottle(100*time.Millisecond))}
}

func (b exportBar) add() {
	if b.bar != nil {
		b.bar.Add(1)
	}
}

func (b exportBar) finish() {
	if b.bar != nil {
		b.bar.Finish()
	}
}
