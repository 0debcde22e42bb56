package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/jdkato/prose/v2"
	"github.com/newsgraph/newsgraph/internal/analyze"
	"github.com/newsgraph/newsgraph/internal/shipped"
)

// newsSpeed times the whole of newsgraph's analysis (segmentation,
// tagging, parsing, entities, coreference, attribution, linking, times,
// events) and prose's whole document pipeline (segmentation, tagging,
// entities) over the same news texts, one after the other in one run,
// one goroutine each. Both are given the text as it is; speed is counted
// in newsgraph's tokens for both, so the two rates share one measure.
func newsSpeed(dir string) error {
	names, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(names) == 0 {
		return fmt.Errorf("no news texts in %s (%v)", dir, err)
	}
	texts := make([][]byte, len(names))
	for i, n := range names {
		if texts[i], err = os.ReadFile(n); err != nil {
			return err
		}
	}
	m, err := shipped.Load()
	if err != nil {
		return err
	}
	p, err := m.Pipeline(m.Attribution())
	if err != nil {
		return err
	}
	a := &analyze.Analyzer{Pipeline: p}
	ctx := context.Background()
	tokens := 0
	for _, t := range texts { // a warm-up pass, which also counts the tokens
		d, err := a.Analyze(ctx, analyze.Item{Raw: t})
		if err != nil {
			return err
		}
		tokens += len(d.Tokens)
	}
	start := time.Now()
	for _, t := range texts {
		if _, err := a.Analyze(ctx, analyze.Item{Raw: t}); err != nil {
			return err
		}
	}
	ng := time.Since(start)
	start = time.Now()
	for _, t := range texts {
		if _, err := prose.NewDocument(string(t), prose.UsingModel(proseModel)); err != nil {
			return err
		}
	}
	pr := time.Since(start)
	fmt.Printf("\n%d news texts, %d tokens (newsgraph's count), one goroutine, one run:\n\n", len(texts), tokens)
	fmt.Println("| | what it does | tokens/s |")
	fmt.Println("| --- | --- | --- |")
	fmt.Printf("| newsgraph | the whole analysis | %.0f |\n", float64(tokens)/ng.Seconds())
	fmt.Printf("| prose v2 | segmentation, tagging, entities | %.0f |\n", float64(tokens)/pr.Seconds())
	fmt.Printf("\nnewsgraph / prose: %.2f×\n", pr.Seconds()/ng.Seconds())
	return nil
}
