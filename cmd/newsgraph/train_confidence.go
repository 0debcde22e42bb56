package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/attrib"
	"github.com/newsgraph/newsgraph/internal/attrib/confidence"
	"github.com/newsgraph/newsgraph/internal/eval"
	"github.com/newsgraph/newsgraph/internal/modelfile"
	"github.com/newsgraph/newsgraph/internal/shipped"
)

func newTrainConfidence() *cobra.Command {
	var trainDir, devDir, out string
	var folds, epochs int
	var l2 float64
	cmd := &cobra.Command{
		Use:   "confidence",
		Short: "Learn how likely each attribution is to be right, from out-of-fold output on PolNeAR train",
		Long: "confidence splits PolNeAR train into --folds parts and analyses each with attribution\n" +
			"models trained on the others (as `eval attribution --folds` does); every attribution\n" +
			"found is an example, right when it matches the gold (cue, source, most of the\n" +
			"content). It fits a logistic model on them and reports its reliability on --dev:\n" +
			"attributions binned by confidence against the share of them that were right.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			m, err := shipped.Load()
			if err != nil {
				return err
			}
			setup, err := setupFromShipped(m)
			if err != nil {
				return err
			}
			examples, err := outOfFoldExamples(cmd, setup, trainDir, folds)
			if err != nil {
				return err
			}
			model := confidence.Train(examples, epochs, l2)
			scored := *m
			scored.Confidence = model
			full, err := scored.Pipeline(scored.Attribution())
			if err != nil {
				return err
			}
			dev, err := eval.LoadPolNeAR(devDir)
			if err != nil {
				return err
			}
			var rel eval.Reliability
			if _, err := eval.ScoreAttributionWith(cmd.Context(), full, dev, func(gd eval.AttributionDoc, d *newsgraph.Doc) {
				rel.AddDoc(d, gd.Attributions)
			}); err != nil {
				return err
			}
			printReliability(cmd.OutOrStdout(), rel.Bins(), rel.ExpectedCalibrationError())
			man := &modelfile.Manifest{Name: "confidence", Version: "polnear-1", TrainedBy: "newsgraph train confidence",
				Training: []modelfile.DataFile{{Path: modelfile.DataPath(trainDir)}},
				Options:  map[string]any{"folds": folds, "epochs": epochs, "l2": l2, "examples": len(examples)},
				Scores:   map[string]float64{"expected_calibration_error": rel.ExpectedCalibrationError()},
				ScoredOn: modelfile.DataPath(devDir)}
			if err := model.Save(out, man); err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "%d examples, %d weights; written to %s\n", len(examples), len(model.Weights), out)
			return nil
		},
	}
	cmd.Flags().StringVar(&trainDir, "train", dataPath("polnear", "train"), "PolNeAR-format training folder")
	cmd.Flags().StringVar(&devDir, "dev", dataPath("polnear", "dev"), "PolNeAR-format dev folder, for the reliability table")
	cmd.Flags().StringVar(&out, "out", "models/confidence", "output directory")
	cmd.Flags().IntVar(&folds, "folds", 5, "parts of the training data, each analysed by models trained on the others")
	cmd.Flags().IntVar(&epochs, "epochs", 300, "passes of gradient descent")
	cmd.Flags().Float64Var(&l2, "l2", 1e-3, "L2 penalty on the weights")
	return cmd
}

// outOfFoldExamples runs the cross-validation of the attribution models
// over dir and turns every attribution each fold's models find in its
// held-out articles into an example.
func outOfFoldExamples(cmd *cobra.Command, setup *attributionSetup, dir string, folds int) ([]confidence.Example, error) {
	var examples []confidence.Example
	err := crossValidateAttribution(cmd.Context(), setup, dir, folds, shippedRecipe, cmd.ErrOrStderr(),
		func(_ int, stage attrib.Stage, held []heldOutDoc) error {
			for _, h := range held {
				d, err := attributeCopy(cmd.Context(), stage, h.Doc)
				if err != nil {
					return err
				}
				sound := eval.SoundAll(newsgraph.NewCodePoints(d.Text), d.Attributions, h.Gold.Attributions)
				for i := range d.Attributions {
					examples = append(examples, confidence.Example{Features: confidence.Features(d, i), Sound: sound[i]})
				}
			}
			return nil
		})
	return examples, err
}
