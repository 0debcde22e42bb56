package kind_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/eval"
	"github.com/newsgraph/newsgraph/internal/shipped"
)

// polnear is PolNeAR beside the repository, as CI has it.
var polnear = filepath.Join("..", "..", "..", "..", "shared", "data", "polnear")

// scoreSample runs the shipped pipeline on the articles of a PolNeAR
// split that a type sample labels, and scores their types. It also
// returns, for reading, the mismatches: "gold>predicted cue-lemma".
func scoreSample(t *testing.T, split, sample string) (eval.TypeScore, []string) {
	t.Helper()
	dir := filepath.Join(polnear, split)
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("PolNeAR %s is not at %s (../shared/data beside the repository): %v", split, dir, err)
	}
	labels, err := eval.ReadTypeLabels(filepath.Join("testdata", sample))
	if err != nil {
		t.Fatal(err)
	}
	docs, err := eval.LoadPolNeAR(dir)
	if err != nil {
		t.Fatal(err)
	}
	m, err := shipped.Load()
	if err != nil {
		t.Fatal(err)
	}
	p, err := m.Pipeline(m.Attribution())
	if err != nil {
		t.Fatal(err)
	}
	counts := eval.NewTypeCounts(labels)
	var mismatches []string
	for _, gd := range docs {
		if !counts.Has(gd.Name) {
			continue
		}
		d := eval.DocFromText(gd.Text)
		if err := p.Run(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		counts.Add(gd.Name, d)
		mismatches = append(mismatches, mismatched(d, labels, gd.Name)...)
	}
	sort.Strings(mismatches)
	return counts.Score(), mismatches
}

// mismatched lists the attributions of d whose cue meets a labelled cue of
// another type.
func mismatched(d *newsgraph.Doc, labels []eval.TypeLabel, article string) []string {
	cp := newsgraph.NewCodePoints(d.Text)
	var out []string
	for _, a := range d.Attributions {
		for _, l := range labels {
			if l.Article == article && cp.At(a.Cue.Start) < l.End && l.Start < cp.At(a.Cue.End) {
				if l.Type != a.Type {
					out = append(out, fmt.Sprintf("%s>%s %s", l.Type, a.Type, d.Slice(a.Cue)))
				}
				break
			}
		}
	}
	return out
}

func logScore(t *testing.T, s eval.TypeScore) {
	t.Helper()
	t.Logf("%d labelled, %d predicted, %d matched; type accuracy on matched %.3f", s.Labelled, s.Predicted, s.Matched, s.Accuracy)
	for _, typ := range newsgraph.AttributionTypes {
		prf := s.ByType[string(typ)]
		t.Logf("  %-10s P %.3f R %.3f F1 %.3f; precision of the type among matched %.3f", typ, prf.Precision, prf.Recall, prf.F1, s.MatchedPrecision[string(typ)])
	}
}

// TestTypesOnAnnotatedDev scores the shipped pipeline's types on the
// team's annotated sample of PolNeAR dev (testdata/README.md), the sample
// kept for evaluation, and holds them to floors a little under today's
// figures. A predicted attribution that matches no annotated one counts
// against the precision of its type.
func TestTypesOnAnnotatedDev(t *testing.T) {
	s, _ := scoreSample(t, "dev", "polnear-dev-types.tsv")
	logScore(t, s)
	if s.Accuracy < 0.86 {
		t.Errorf("type accuracy on matched attributions %.3f, floor 0.86", s.Accuracy)
	}
	if p := s.MatchedPrecision["statement"]; p < 0.93 {
		t.Errorf("statements the annotators call statements: %.3f, floor 0.93", p)
	}
	// Of the attributions given as statements, found and typed right,
	// counting the falsely found against them. The target is
	// 0.90; the models retrained on 2026-12-06 found more statements
	// (recall 0.808) and brought it from 0.904 to 0.896, so this floor
	// guards against a fall below that while the target stays open.
	if p := s.ByType["statement"].Precision; p < 0.89 {
		t.Errorf("precision of statements %.3f, floor 0.89 (the issue's target 0.90)", p)
	}
}

// TestTypesOnAnnotatedTrain scores the types on the sample of PolNeAR train
// that the lexicon is tuned on, and lists what it gets wrong (-v).
func TestTypesOnAnnotatedTrain(t *testing.T) {
	if _, err := os.Stat(filepath.Join("testdata", "polnear-train-types.tsv")); err != nil {
		t.Skip("no train sample yet")
	}
	s, wrong := scoreSample(t, "train", "polnear-train-types.tsv")
	logScore(t, s)
	for _, w := range wrong {
		t.Log(w)
	}
	if s.Accuracy < 0.86 {
		t.Errorf("type accuracy on matched attributions %.3f, floor 0.86", s.Accuracy)
	}
}
