package main

import (
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/internal/eval"
)

func newEvalTime() *cobra.Command {
	var mistakes bool
	cmd := goldCommand(&cobra.Command{
		Use:   "time --gold DIR",
		Short: "Score time expressions on TimeML files (TempEval-3 task A)",
		Long: "time reads DIR/*.tml (TimeBank's format), segments each document's text,\n" +
			"finds its time expressions anchored at its creation time, and scores them\n" +
			"as TempEval-3 task A does: extents strict (same start and end) and relaxed\n" +
			"(any overlap), the type's accuracy over relaxed matches, and the value:\n" +
			"right on a relaxed match, over all system (precision) and gold (recall)\n" +
			"expressions. --mistakes lists every miss, false alarm and wrong value.",
	}, "directory of TimeML (.tml) files", func(cmd *cobra.Command, gold string) (any, func(io.Writer), error) {
		docs, err := eval.LoadTimeBank(gold)
		if err != nil {
			return nil, nil, err
		}
		var list []eval.TimeMistake
		s, err := eval.ScoreTime(docs, func(m eval.TimeMistake) { list = append(list, m) })
		if err != nil {
			return nil, nil, err
		}
		return s, func(w io.Writer) {
			if mistakes {
				printTimeMistakes(w, list)
			}
			printTimeScores(w, s)
		}, nil
	})
	cmd.Flags().BoolVar(&mistakes, "mistakes", false, "list the misses, false alarms and wrong types and values first")
	return cmd
}

func printTimeScores(w io.Writer, s eval.TimeScores) {
	fmt.Fprintf(w, "documents %d, gold timexes %d, system timexes %d\n", s.Documents, s.Gold, s.System)
	fmt.Fprintf(w, "%-8s %9s %9s %9s\n", "", "precision", "recall", "F1")
	for _, r := range []struct {
		name string
		prf  eval.PRF
	}{{"strict", s.Strict}, {"relaxed", s.Relaxed}, {"value", s.Value}} {
		fmt.Fprintf(w, "%-8s %9.4f %9.4f %9.4f\n", r.name, r.prf.Precision, r.prf.Recall, r.prf.F1)
	}
	fmt.Fprintf(w, "type accuracy  %.4f (over relaxed matches)\nvalue accuracy %.4f (over relaxed matches)\n", s.Type.Accuracy, s.ValueAccuracy)
}

func printTimeMistakes(w io.Writer, list []eval.TimeMistake) {
	for _, m := range list {
		fmt.Fprintf(w, "%-11s %-22s gold %-30q %-9s %-14s got %-30q %-9s %s\n",
			m.Kind, m.Doc, m.Gold, m.GoldType, m.GoldValue, m.Got, m.GotType, m.GotValue)
	}
}
