package main

import (
	"fmt"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/internal/corpus"
	"github.com/newsgraph/newsgraph/internal/modelfile"
	"github.com/newsgraph/newsgraph/internal/shareddata"
	"github.com/newsgraph/newsgraph/internal/tag"
)

func newTrain() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "train",
		Short: "Train newsgraph's models from the shared data",
		Long: "train builds a model from annotated corpora and writes it, with a manifest\n" +
			"(training data and hashes, feature set, options, dev scores), to --out.\n" +
			"Copy the result into models/ and rebuild to ship it.",
	}
	cmd.AddCommand(newTrainClusters(), newTrainPOS(), newTrainNER(), newTrainParse(), newTrainCues(), newTrainKeeper(), newTrainBoundaries(), newTrainConfidence(), newTrainAttribution(), newTrainActors(), newTrainEvents())
	return cmd
}

// dataPath is a default path under the shared data directory.
func dataPath(parts ...string) string {
	dir, _ := shareddata.Dir()
	return filepath.Join(append([]string{dir}, parts...)...)
}

func newTrainPOS() *cobra.Command {
	var trainPath, devPath, lexiconPath, out, modelsDir string
	var iterations int
	var seed uint64
	var prune float64
	cmd := &cobra.Command{
		Use:   "pos",
		Short: "Train the part-of-speech tagger, UPOS map and lemmatizer on a CoNLL-U treebank",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			train, err := corpus.ReadCoNLLU(trainPath)
			if err != nil {
				return err
			}
			dev, err := corpus.ReadCoNLLU(devPath)
			if err != nil {
				return err
			}
			cl, err := loadClusters(modelsDir)
			if err != nil {
				return err
			}
			start := time.Now()
			lexicon, err := readTagLexicon(lexiconPath)
			if err != nil {
				return err
			}
			t := tag.Train(tag.FromCoNLLU(train), tag.TrainOptions{Iterations: iterations, Seed: seed, Prune: prune, Clusters: cl, Lexicon: lexicon,
				Progress: func(it int, acc float64) {
					fmt.Fprintf(cmd.ErrOrStderr(), "iteration %d: train accuracy %.4f (%s)\n", it, acc, time.Since(start).Round(time.Second))
				}})
			score := t.Evaluate(tag.FromCoNLLU(dev))
			data, err := modelfile.HashFile(trainPath)
			if err != nil {
				return err
			}
			lexData, err := modelfile.HashFile(lexiconPath)
			if err != nil {
				return err
			}
			m := &modelfile.Manifest{Name: "pos", Version: "en-ewt-1", TrainedBy: "newsgraph train pos",
				Training: []modelfile.DataFile{data, lexData},
				Options:  map[string]any{"iterations": iterations, "seed": seed, "prune": prune, "clusters": "models/clusters", "lexicon": "silver CoreNLP tags of the second file, features only"},
				Scores:   map[string]float64{"xpos_accuracy": score.XPOS, "upos_accuracy": score.UPOS, "lemma_accuracy": score.Lemma},
				ScoredOn: filepath.Base(devPath)}
			if err := t.Save(out, m); err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "dev %s: XPOS %.4f  UPOS %.4f  lemma %.4f  (%d tokens); model in %s\n",
				filepath.Base(devPath), score.XPOS, score.UPOS, score.Lemma, score.Tokens, out)
			return nil
		},
	}
	cmd.Flags().StringVar(&trainPath, "train", dataPath("ud", "en_ewt", "en_ewt-ud-train.conllu.gz"), "training treebank (CoNLL-U)")
	cmd.Flags().StringVar(&devPath, "dev", dataPath("ud", "en_ewt", "en_ewt-ud-dev.conllu"), "dev treebank, scored into the manifest")
	cmd.Flags().StringVar(&lexiconPath, "lexicon", dataPath("polnear", "corenlp", "train.jsonl.gz"), "silver-tagged news (CoreNLP JSON lines) whose word tags become features")
	cmd.Flags().StringVar(&out, "out", "models/pos", "output directory")
	cmd.Flags().StringVar(&modelsDir, "models", "models", "directory holding the clusters/ model to use")
	cmd.Flags().IntVar(&iterations, "iterations", 8, "passes over the training data")
	cmd.Flags().Uint64Var(&seed, "seed", 1, "shuffling seed")
	cmd.Flags().Float64Var(&prune, "prune", 0.01, "drop averaged weights smaller than this")
	return cmd
}
