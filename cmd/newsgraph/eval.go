package main

import (
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/internal/analyze"
	"github.com/newsgraph/newsgraph/internal/corpus"
	"github.com/newsgraph/newsgraph/internal/eval"
	"github.com/newsgraph/newsgraph/internal/ner"
	"github.com/newsgraph/newsgraph/internal/parse"
	"github.com/newsgraph/newsgraph/internal/tag"
)

func newEval() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "eval",
		Short: "Score newsgraph against gold data",
	}
	cmd.AddCommand(newEvalExtraction(), newEvalSegment(), newEvalPOS(), newEvalNER(), newEvalParse(), newEvalAttribution())
	return cmd
}

func newEvalExtraction() *cobra.Command {
	var gold string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "extraction --gold DIR",
		Short: "Score article-body extraction on the article-extraction benchmark",
		Long: "extraction runs newsgraph's HTML path over DIR/html/*.html(.gz) and scores the\n" +
			"extracted bodies (title excluded) against DIR/ground-truth.json as the\n" +
			"benchmark's evaluate.py does: 4-gram shingle precision, recall and F1,\n" +
			"macro-averaged over pages, and exact-match accuracy.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			pages, err := eval.LoadExtractionBenchmark(gold)
			if err != nil {
				return err
			}
			p, err := newPipeline()
			if err != nil {
				return err
			}
			a := &analyze.Analyzer{Pipeline: p}
			start := time.Now()
			preds := eval.ExtractBodies(cmd.Context(), a, pages, func(pg eval.BenchmarkPage, err error) {
				fmt.Fprintf(cmd.ErrOrStderr(), "newsgraph: page %s: %v\n", pg.ID, err)
			})
			elapsed := time.Since(start)
			score := eval.ScoreExtraction(eval.Golds(pages), preds)
			if asJSON {
				return printJSON(cmd.OutOrStdout(), score)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "pages      %d\nF1         %.3f\nprecision  %.3f\nrecall     %.3f\naccuracy   %.3f\nspeed      %.0f pages/s (whole pipeline, one goroutine)\n",
				score.Pages, score.F1, score.Precision, score.Recall, score.Accuracy, float64(len(pages))/elapsed.Seconds())
			return nil
		},
	}
	cmd.Flags().StringVar(&gold, "gold", "", "benchmark directory (ground-truth.json and html/)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the scores as JSON")
	_ = cmd.MarkFlagRequired("gold")
	return cmd
}

func newEvalSegment() *cobra.Command {
	var gold string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "segment --gold FILE.conllu",
		Short: "Score sentence and token segmentation against a CoNLL-U treebank",
		Long: "segment rebuilds the raw text of a treebank (paragraphs from its newpar and\n" +
			"newdoc comments), segments it, and reports sentence-boundary and token F1\n" +
			"(a token counts when its span equals a gold word's).",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			sents, err := corpus.ReadCoNLLU(gold)
			if err != nil {
				return err
			}
			s := eval.ScoreSegmentation(sents)
			if asJSON {
				return printJSON(cmd.OutOrStdout(), s)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "%-10s %9s %9s %9s %8s\n", "", "precision", "recall", "F1", "gold")
			fmt.Fprintf(cmd.OutOrStdout(), "%-10s %9.4f %9.4f %9.4f %8d\n", "sentences", s.Sentences.Precision, s.Sentences.Recall, s.Sentences.F1, s.GoldSentences)
			fmt.Fprintf(cmd.OutOrStdout(), "%-10s %9.4f %9.4f %9.4f %8d\n", "tokens", s.Tokens.Precision, s.Tokens.Recall, s.Tokens.F1, s.GoldTokens)
			return nil
		},
	}
	cmd.Flags().StringVar(&gold, "gold", "", "CoNLL-U file (may be .gz)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the scores as JSON")
	_ = cmd.MarkFlagRequired("gold")
	return cmd
}

func newEvalPOS() *cobra.Command {
	var gold string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "pos --gold FILE.conllu",
		Short: "Score part-of-speech tags and lemmas on a CoNLL-U treebank, with gold tokens",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			sents, err := corpus.ReadCoNLLU(gold)
			if err != nil {
				return err
			}
			m, err := loadModels()
			if err != nil {
				return err
			}
			s := m.tagger.Evaluate(tag.FromCoNLLU(sents))
			if asJSON {
				return printJSON(cmd.OutOrStdout(), s)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "tokens %d\nXPOS   %.4f\nUPOS   %.4f\nlemma  %.4f\n", s.Tokens, s.XPOS, s.UPOS, s.Lemma)
			return nil
		},
	}
	cmd.Flags().StringVar(&gold, "gold", "", "CoNLL-U file (may be .gz)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the scores as JSON")
	_ = cmd.MarkFlagRequired("gold")
	return cmd
}

func newEvalNER() *cobra.Command {
	var gold string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "ner --gold FILE",
		Short: "Score named entities on a CoNLL-2003 file (entity-level exact match, as conlleval)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			docs, err := corpus.ReadCoNLL2003(gold)
			if err != nil {
				return err
			}
			m, err := loadModels()
			if err != nil {
				return err
			}
			s := m.ner.Evaluate(ner.FromCoNLL2003(docs, m.tagger.Tag))
			if asJSON {
				return printJSON(cmd.OutOrStdout(), s)
			}
			w := cmd.OutOrStdout()
			fmt.Fprintf(w, "%-6s %9s %9s %9s\n", "", "precision", "recall", "F1")
			fmt.Fprintf(w, "%-6s %9.4f %9.4f %9.4f\n", "all", s.Precision, s.Recall, s.F1)
			for _, typ := range ner.Types {
				p := s.PerType[typ]
				fmt.Fprintf(w, "%-6s %9.4f %9.4f %9.4f\n", typ, p.Precision, p.Recall, p.F1)
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&gold, "gold", "", "CoNLL-2003 file (may be .gz)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the scores as JSON")
	_ = cmd.MarkFlagRequired("gold")
	return cmd
}

func newEvalAttribution() *cobra.Command {
	var gold string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "attribution --gold DIR",
		Short: "Score attributions (source, cue, content) on a PolNeAR-format folder",
		Long: "attribution reads DIR/text/*.txt and DIR/attributions/*.ann (BRAT standoff).\n" +
			"Where several annotators marked one article, the .ann file whose name sorts\n" +
			"first is the gold, so each article counts once. Scores are Citron's: exact\n" +
			"match of spans (a discontinuous gold span by its covering range) and token\n" +
			"overlap, over whole documents.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			docs, err := eval.LoadPolNeAR(gold)
			if err != nil {
				return err
			}
			p, err := newPipeline()
			if err != nil {
				return err
			}
			s, err := eval.ScoreAttribution(cmd.Context(), p, docs)
			if err != nil {
				return err
			}
			if asJSON {
				return printJSON(cmd.OutOrStdout(), s)
			}
			w := cmd.OutOrStdout()
			fmt.Fprintf(w, "%d documents\n%-8s %-7s %9s %9s %9s\n", s.Documents, "", "", "precision", "recall", "F1")
			for _, r := range []struct {
				name string
				s    eval.SpanScores
			}{{"cue", s.Cue}, {"source", s.Source}, {"content", s.Content}, {"all", s.All}} {
				fmt.Fprintf(w, "%-8s %-7s %9.3f %9.3f %9.3f\n", r.name, "exact", r.s.Exact.Precision, r.s.Exact.Recall, r.s.Exact.F1)
				fmt.Fprintf(w, "%-8s %-7s %9.3f %9.3f %9.3f\n", "", "overlap", r.s.Overlap.Precision, r.s.Overlap.Recall, r.s.Overlap.F1)
			}
			fmt.Fprintf(w, "content, exact, by kind (gold kind for recall, predicted kind for precision):\n")
			for _, k := range []string{"direct", "mixed", "indirect"} {
				p := s.ByKind[k]
				fmt.Fprintf(w, "  %-8s P %.3f  R %.3f  F1 %.3f\n", k, p.Precision, p.Recall, p.F1)
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&gold, "gold", "", "PolNeAR-format folder (text/, attributions/)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the scores as JSON")
	_ = cmd.MarkFlagRequired("gold")
	return cmd
}

func newEvalParse() *cobra.Command {
	var gold string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "parse --gold FILE.conllu",
		Short: "Score dependency parses (UAS, LAS, punctuation included) with gold tokens and predicted POS",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			sents, err := corpus.ReadCoNLLU(gold)
			if err != nil {
				return err
			}
			m, err := loadModels()
			if err != nil {
				return err
			}
			ps := parse.FromCoNLLU(sents)
			parse.Retag(ps, m.tagger.Tag)
			s := m.parser.Evaluate(ps)
			if asJSON {
				return printJSON(cmd.OutOrStdout(), s)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "tokens %d\nUAS    %.4f\nLAS    %.4f\n", s.Tokens, s.UAS, s.LAS)
			return nil
		},
	}
	cmd.Flags().StringVar(&gold, "gold", "", "CoNLL-U file (may be .gz)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the scores as JSON")
	_ = cmd.MarkFlagRequired("gold")
	return cmd
}
