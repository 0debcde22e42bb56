// Command newsgraph reads news articles and records, with evidence, who said
// what and who did what to whom. Each subcommand lives in its own file; this
// one wires them together.
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"

	"github.com/spf13/cobra"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if err := newRoot().ExecuteContext(ctx); err != nil {
		if !errors.Is(err, errSilent) {
			fmt.Fprintln(os.Stderr, "newsgraph:", err)
		}
		os.Exit(1)
	}
}

// errSilent makes the command fail without a further message, when what
// went wrong has been reported already.
var errSilent = errors.New("failed")

func newRoot() *cobra.Command {
	root := &cobra.Command{
		Use:   "newsgraph",
		Short: "Who said what, and who did what to whom, in news articles — with evidence",
		Long: "newsgraph reads news articles (HTML, plain text, URLs, folders, JSON Lines)\n" +
			"and writes down who said what and who did what to whom, each fact pointing\n" +
			"back to the exact characters of the article it came from.",
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.AddCommand(newAnalyze(), newIngest(), newSearch(), newServe(), newEval(), newTrain(), newActors(), newExport(), newQuotes(), newStories(), newWorker(), newStatus(), newWatch())
	return root
}
