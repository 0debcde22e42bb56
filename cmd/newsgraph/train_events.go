package main

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"path/filepath"
	"slices"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/internal/actors"
	"github.com/newsgraph/newsgraph/internal/event/dict"
	"github.com/newsgraph/newsgraph/internal/event/model"
	"github.com/newsgraph/newsgraph/internal/modelfile"
)

func newTrainEvents() *cobra.Command {
	var dir, out string
	var verbs, discards, issues, ontology []string
	var strict bool
	cmd := &cobra.Command{
		Use:   "events",
		Short: "Compile the event coder's verb, discard and issue dictionaries",
		Long: "events reads the PETRARCH-format verb dictionaries (--verbs), discards\n" +
			"(--discards) and issues (--issues) in --dir and writes them, compiled and\n" +
			"without comments, with a manifest to --out, after newsgraph's own patterns\n" +
			"(internal/event/model/supplement.verbs.txt). The coder's actors come from the\n" +
			"actor knowledge base (train actors). Malformed lines are listed on stderr with\n" +
			"file and line and skipped (--strict refuses them).",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			in := func(names []string) []string {
				out := make([]string, len(names))
				for i, n := range names {
					out[i] = filepath.Join(dir, n)
				}
				return out
			}
			files := dict.Files{Verbs: in(verbs), Discards: in(discards), Issues: in(issues), Ontology: in(ontology)}
			set, err := dict.Load(files)
			var bad actors.LineErrors
			if errors.As(err, &bad) && !strict {
				for _, e := range bad {
					fmt.Fprintln(cmd.ErrOrStderr(), "skipped:", e)
				}
				err = nil
			}
			if err != nil {
				return err
			}
			man := &modelfile.Manifest{Name: "events", Version: "universal-petrarch-1", TrainedBy: "newsgraph train events",
				Options: map[string]any{"malformed_lines_skipped": len(bad),
					"license": "compiled from the CAMEO verb, discard and issue dictionaries of openeventdata/UniversalPetrarch, " +
						"MIT License, Copyright (c) 2015-2016 Open Event Data Alliance"},
				Scores: map[string]float64{}}
			for _, p := range slices.Concat(files.Verbs, files.Discards, files.Issues, files.Ontology) {
				d, err := modelfile.HashFile(p)
				if err != nil {
					return err
				}
				d.Path = modelfile.DataPath(p)
				man.Training = append(man.Training, d)
			}
			supp, err := model.Supplement()
			if err != nil {
				return err
			}
			sum := sha256.Sum256([]byte(model.SupplementText()))
			man.Training = append(man.Training, modelfile.DataFile{Path: model.SupplementFile, SHA256: hex.EncodeToString(sum[:])})
			b := model.FromSet(set, supp)
			patterns := 0
			for _, v := range b.Verbs {
				for _, bl := range v.Blocks {
					patterns += len(bl.Patterns)
				}
			}
			man.Options["patterns"], man.Options["discards"] = patterns, len(b.Discards)
			if err := b.Save(out, man); err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "%d verb patterns, %d discards, %d malformed lines skipped; in %s\n", patterns, len(b.Discards), len(bad), out)
			return nil
		},
	}
	cmd.Flags().StringVar(&dir, "dir", dataPath("events", "universal-petrarch", "dictionaries"), "directory of the dictionaries")
	cmd.Flags().StringSliceVar(&verbs, "verbs", []string{"CAMEO.2.0.txt"}, "verb dictionaries in --dir")
	cmd.Flags().StringSliceVar(&discards, "discards", []string{"Phoenix.discards.txt"}, "discard dictionaries in --dir")
	cmd.Flags().StringSliceVar(&issues, "issues", []string{"Phoenix.IssueCoding.txt"}, "issue dictionaries in --dir")
	cmd.Flags().StringSliceVar(&ontology, "ontology", []string{"PETR.Internal.Coding.Ontology.txt"}, "PETRARCH-2 coding ontology in --dir (how a verb's complement combines with it)")
	cmd.Flags().StringVar(&out, "out", "models/events", "output directory")
	cmd.Flags().BoolVar(&strict, "strict", false, "refuse dictionaries with malformed lines")
	return cmd
}
