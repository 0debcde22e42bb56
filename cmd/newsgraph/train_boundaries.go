package main

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/internal/attrib"
	"github.com/newsgraph/newsgraph/internal/attrib/bound"
	"github.com/newsgraph/newsgraph/internal/attrib/cue"
	"github.com/newsgraph/newsgraph/internal/attrib/keep"
	"github.com/newsgraph/newsgraph/internal/attrib/train"
)

func newTrainBoundaries() *cobra.Command {
	var trainDir, devDir, out, modelsDir string
	var seeds int
	var iterations int
	cmd := &cobra.Command{
		Use:   "boundaries",
		Short: "Learn where attribution spans start and end, from PolNeAR (uses the shipped cues and keeper)",
		Long: "boundaries runs the attribution rules, with the cue lexicon and classifier in\n" +
			"--models/cues, over PolNeAR train and learns to redraw the edges of the cue,\n" +
			"content and source spans they build as the annotators drew them; it scores\n" +
			"the result on --dev.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			setup, err := loadAttributionSetup(modelsDir)
			if err != nil {
				return err
			}
			cues, cl, err := cue.Load(os.DirFS(modelsDir), "cues")
			if err != nil {
				return err
			}
			keeper, err := keep.Load(os.DirFS(modelsDir), "keeper")
			if err != nil {
				return err
			}
			docs, err := loadAttributionTraining(cmd.Context(), setup.base, trainDir)
			if err != nil {
				return err
			}
			opt := train.Options{Iterations: iterations, Seed: 1, Seeds: seeds, Progress: func(it int, acc float64) {
				fmt.Fprintf(cmd.ErrOrStderr(), "pass %d: %.3f of decisions right\n", it, acc)
			}}
			stage := attrib.Stage{Cues: cues, Classifier: cl, Keeper: keeper}
			stage.Boundaries = bound.Train(docs, stage.Rules(), opt)
			s, err := setup.scoreDev(cmd.Context(), stage, devDir)
			if err != nil {
				return err
			}
			return saveAttributionModel(cmd, "boundaries", trainDir, devDir, out,
				map[string]any{"iterations": iterations, "seeds": seeds, "documents": len(docs)}, s, stage.Boundaries.Save)
		},
	}
	cmd.Flags().StringVar(&trainDir, "train", dataPath("polnear", "train"), "PolNeAR-format training folder")
	cmd.Flags().StringVar(&devDir, "dev", dataPath("polnear", "dev"), "PolNeAR-format dev folder, scored into the manifest")
	cmd.Flags().StringVar(&out, "out", "models/boundaries", "output directory")
	cmd.Flags().StringVar(&modelsDir, "models", "models", "directory holding the clusters/, pos/, ner/, parse/, cues/ and keeper/ models to use")
	cmd.Flags().IntVar(&iterations, "iterations", 8, "passes over the training data")
	seedsFlag(cmd, &seeds, 4)
	return cmd
}
