package main

import (
	"context"
	"testing"

	"github.com/newsgraph/newsgraph/internal/eval"
	"github.com/newsgraph/newsgraph/internal/shareddata"
)

// The shipped pipeline on PolNeAR dev must not fall below the scores its
// models' manifests record (less a small margin). The floors are
// higher; this guards what has been reached.
func TestAttributionDevFloor(t *testing.T) {
	dir := shareddata.Path(t, "polnear", "dev")
	docs, err := eval.LoadPolNeAR(dir)
	if err != nil {
		t.Fatal(err)
	}
	p, err := newPipeline()
	if err != nil {
		t.Fatal(err)
	}
	s, err := eval.ScoreAttribution(context.Background(), p, docs)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name       string
		got, floor float64
	}{
		{"cue exact F1", s.Cue.Exact.F1, 0.68},
		{"source exact F1", s.Source.Exact.F1, 0.685},
		{"content exact F1", s.Content.Exact.F1, 0.525},
		{"content overlap F1", s.Content.Overlap.F1, 0.80},
	} {
		if c.got < c.floor {
			t.Errorf("PolNeAR dev %s %.3f, below the floor %.2f", c.name, c.got, c.floor)
		}
	}
}
