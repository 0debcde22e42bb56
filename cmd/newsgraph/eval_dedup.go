package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/internal/analyze"
	"github.com/newsgraph/newsgraph/internal/dedup"
	"github.com/newsgraph/newsgraph/internal/eval"
	"github.com/newsgraph/newsgraph/internal/pipeline"
	"github.com/newsgraph/newsgraph/internal/segment"
)

func newEvalDedup() *cobra.Command {
	var others []string
	cmd := goldCommand(&cobra.Command{
		Use:   "dedup --gold DIR [--others DIR...]",
		Short: "Score near-duplicate detection on versions of the benchmark's articles",
		Long: "dedup makes, from each article of the article-extraction benchmark (--gold),\n" +
			"the versions a newsroom meets — the page's body as newsgraph extracts it, the\n" +
			"story trimmed, retitled with a line of chrome, lightly edited — and adds every\n" +
			"article of --others (default: PolNeAR's texts: stories of the same campaign\n" +
			"by seven outlets, different articles on the same events). Every pair of\n" +
			"versions of one article should be judged near duplicates, every other pair not:\n" +
			"precision and recall over all pairs, at several thresholds.",
	}, "article-extraction benchmark directory", func(cmd *cobra.Command, gold string) (any, func(io.Writer), error) {
		texts, err := dedupTexts(cmd, gold, others)
		if err != nil {
			return nil, nil, err
		}
		s := eval.ScoreDedup(texts, []float64{0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9})
		return s, func(w io.Writer) { printDedup(w, s) }, nil
	})
	cmd.Flags().StringSliceVar(&others, "others", []string{dataPath("polnear", "train", "text"), dataPath("polnear", "dev", "text")},
		"directories of .txt articles, each a different article")
	return cmd
}

func dedupTexts(cmd *cobra.Command, gold string, others []string) ([]eval.DedupText, error) {
	pages, err := eval.LoadExtractionBenchmark(gold)
	if err != nil {
		return nil, err
	}
	// The body as extraction leaves it is all a near-duplicate check reads.
	p, err := pipeline.New(segment.Stage{})
	if err != nil {
		return nil, err
	}
	bodies := eval.ExtractBodies(cmd.Context(), &analyze.Analyzer{Pipeline: p}, pages, func(pg eval.BenchmarkPage, err error) {
		fmt.Fprintf(cmd.ErrOrStderr(), "newsgraph: page %s: %v\n", pg.ID, err)
	})
	var texts []eval.DedupText
	for i, pg := range pages {
		texts = append(texts, eval.DedupVariants(i, pg.Gold, bodies[i])...)
	}
	family := len(pages)
	for _, dir := range others {
		files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
		if err != nil {
			return nil, err
		}
		sort.Strings(files)
		for _, f := range files {
			raw, err := os.ReadFile(f)
			if err != nil {
				return nil, err
			}
			texts = append(texts, eval.DedupText{Family: family, Kind: "other", Text: string(raw)})
			family++
		}
	}
	return texts, nil
}

func printDedup(w io.Writer, s eval.DedupScore) {
	fmt.Fprintf(w, "texts %d (%d too short to sign), pairs: %d of one article, %d of different articles\n",
		s.Texts, s.Unsigned, s.Positives, s.Negatives)
	fmt.Fprintf(w, "\nthreshold  precision  recall  F1\n")
	for _, p := range s.Thresholds {
		mark := ""
		if p.Threshold == dedup.Threshold {
			mark = "  (shipped)"
		}
		fmt.Fprintf(w, "%9.2f  %9.4f  %6.4f  %.4f%s\n", p.Threshold, p.Precision, p.Recall, p.F1, mark)
	}
	var kinds []string
	for k := range s.ByKind {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	fmt.Fprintf(w, "\nrecall at the shipped threshold, gold body against its version:\n")
	for _, k := range kinds {
		fmt.Fprintf(w, "  %-10s %.4f\n", k, s.ByKind[k])
	}
	fmt.Fprintf(w, "\nLSH: %.4f of the pairs of one article share a band (can be found by an index)\n", s.Candidates)
	if len(s.FalsePairs) > 0 {
		fmt.Fprintf(w, "\ndifferent articles judged near duplicates (first %d):\n  %s\n", len(s.FalsePairs), strings.Join(s.FalsePairs, "\n  "))
	}
}
