package kind_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/eval"
	"github.com/newsgraph/newsgraph/internal/shipped"
)

// polnearDev is PolNeAR dev beside the repository, as CI has it.
var polnearDev = filepath.Join("..", "..", "..", "..", "shared", "data", "polnear", "dev")

// TestTypesOnAnnotatedDev scores the shipped pipeline's types on the
// team's annotated sample of PolNeAR dev (testdata/README.md) and holds
// them to floors a little under today's figures. A predicted attribution
// that matches no annotated one counts against the precision of its type.
func TestTypesOnAnnotatedDev(t *testing.T) {
	if _, err := os.Stat(polnearDev); err != nil {
		t.Skipf("PolNeAR dev is not at %s (../shared/data beside the repository): %v", polnearDev, err)
	}
	labels, err := eval.ReadTypeLabels(filepath.Join("testdata", "polnear-dev-types.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	docs, err := eval.LoadPolNeAR(polnearDev)
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
	for _, gd := range docs {
		if !counts.Has(gd.Name) {
			continue
		}
		d := eval.DocFromText(gd.Text)
		if err := p.Run(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		counts.Add(gd.Name, d)
	}
	s := counts.Score()
	t.Logf("%d labelled, %d predicted, %d matched; type accuracy on matched %.3f", s.Labelled, s.Predicted, s.Matched, s.Accuracy)
	for _, typ := range newsgraph.AttributionTypes {
		prf := s.ByType[string(typ)]
		t.Logf("  %-10s P %.3f R %.3f F1 %.3f; precision of the type among matched %.3f", typ, prf.Precision, prf.Recall, prf.F1, s.MatchedPrecision[string(typ)])
	}
	if s.Accuracy < 0.86 {
		t.Errorf("type accuracy on matched attributions %.3f, floor 0.86", s.Accuracy)
	}
	if p := s.MatchedPrecision["statement"]; p < 0.93 {
		t.Errorf("statements the annotators call statements: %.3f, floor 0.93", p)
	}
}
