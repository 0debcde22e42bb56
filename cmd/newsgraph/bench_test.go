package main

import (
	"context"
	"os"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/analyze"
	"github.com/newsgraph/newsgraph/internal/coref/speaker"
	"github.com/newsgraph/newsgraph/internal/ner"
	"github.com/newsgraph/newsgraph/internal/parse"
	"github.com/newsgraph/newsgraph/internal/pipeline"
	"github.com/newsgraph/newsgraph/internal/segment"
	"github.com/newsgraph/newsgraph/internal/tag"
)

// benchPipeline analyzes the example article with the given pipeline and
// reports tokens per second, text in to annotations out.
func benchPipeline(b *testing.B, p *pipeline.Pipeline) {
	benchPipelineWith(b, p, nil)
}

// benchPipelineWith is benchPipeline calling warmed, when set, with the
// Doc of the untimed first analysis.
func benchPipelineWith(b *testing.B, p *pipeline.Pipeline, warmed func(*newsgraph.Doc)) {
	raw, err := os.ReadFile("../../examples/port-strike.txt")
	if err != nil {
		b.Fatal(err)
	}
	a := &analyze.Analyzer{Pipeline: p}
	d, err := a.Analyze(context.Background(), analyze.Item{Raw: raw})
	if err != nil {
		b.Fatal(err)
	}
	tokens := len(d.Tokens)
	if warmed != nil {
		warmed(d)
	}
	b.ResetTimer()
	for b.Loop() {
		if _, err := a.Analyze(context.Background(), analyze.Item{Raw: raw}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(tokens*b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkPipeline is the whole of analyze: extraction, segmentation,
// tagging, parsing, entities and attribution.
func BenchmarkPipeline(b *testing.B) {
	p, err := newPipeline()
	if err != nil {
		b.Fatal(err)
	}
	benchPipeline(b, p)
}

// BenchmarkPipelineWithoutAttribution is the same minus the attribution
// stage, to show what attribution costs.
func BenchmarkPipelineWithoutAttribution(b *testing.B) {
	m, err := loadModels()
	if err != nil {
		b.Fatal(err)
	}
	p, err := m.Base()
	if err != nil {
		b.Fatal(err)
	}
	benchPipeline(b, p)
}

// BenchmarkPipelineWithoutIdentity is the pipeline before coreference and
// linking existed: speakers are resolved by their rules alone. Set
// against BenchmarkPipeline, it shows what coreference and linking cost.
func BenchmarkPipelineWithoutIdentity(b *testing.B) {
	m, err := loadModels()
	if err != nil {
		b.Fatal(err)
	}
	p, err := pipeline.New(segment.Stage{}, tag.Stage{Tagger: m.Tagger}, parse.Stage{Parser: m.Parser}, ner.Stage{Tagger: m.NER},
		identityFree{}, m.Attribution(), speaker.Stage{})
	if err != nil {
		b.Fatal(err)
	}
	benchPipeline(b, p)
}

// identityFree stands in for coreference in BenchmarkPipelineWithoutIdentity:
// it declares the entities layer speaker resolution requires and assigns none.
type identityFree struct{}

func (identityFree) Name() string                                  { return "no-identity" }
func (identityFree) Requires() []newsgraph.Layer                   { return nil }
func (identityFree) Assigns() []newsgraph.Layer                    { return []newsgraph.Layer{newsgraph.LayerEntities} }
func (identityFree) Process(context.Context, *newsgraph.Doc) error { return nil }

// BenchmarkPipelineWithoutEvents is the shipped pipeline minus time
// expressions, event coding and situating: set against BenchmarkPipeline,
// it shows what times and events cost (the issue allows 15%).
func BenchmarkPipelineWithoutEvents(b *testing.B) {
	p, err := newPipeline()
	if err != nil {
		b.Fatal(err)
	}
	if p, err = p.Without("timex.v1", "event.v1", "situate.v1"); err != nil {
		b.Fatal(err)
	}
	benchPipeline(b, p)
}
