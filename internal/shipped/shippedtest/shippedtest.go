// Package shippedtest runs, for tests, the shipped pipeline with the
// attribution rules alone (attrib.Stage{}): tests of what the rules make
// of real tagger and parser output. Tests of a rule itself are better
// written on hand-built Docs (attrib/handbuilt), which no retraining can
// change. Only tests import it.
package shippedtest

import (
	"context"
	"sync"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/attrib"
	"github.com/newsgraph/newsgraph/internal/extract"
	"github.com/newsgraph/newsgraph/internal/pipeline"
	"github.com/newsgraph/newsgraph/internal/shipped"
)

// rules is the pipeline, built once: the models take most of a test's
// time, more so under the race detector.
var rules = sync.OnceValues(func() (*pipeline.Pipeline, error) {
	m, err := shipped.Load()
	if err != nil {
		return nil, err
	}
	return m.Pipeline(attrib.Stage{})
})

// Analyze runs the pipeline on text, read as a plain-text article.
func Analyze(t *testing.T, text string) *newsgraph.Doc {
	t.Helper()
	p, err := rules()
	if err != nil {
		t.Fatal(err)
	}
	meta, blocks := extract.Text(text)
	d := newsgraph.NewDoc(meta, blocks)
	if err := p.Run(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	return d
}
