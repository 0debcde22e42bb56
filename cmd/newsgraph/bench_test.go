package main

import (
	"context"
	"os"
	"testing"

	"github.com/newsgraph/newsgraph/internal/analyze"
	"github.com/newsgraph/newsgraph/internal/coref"
	"github.com/newsgraph/newsgraph/internal/ner"
	"github.com/newsgraph/newsgraph/internal/parse"
	"github.com/newsgraph/newsgraph/internal/pipeline"
	"github.com/newsgraph/newsgraph/internal/segment"
	"github.com/newsgraph/newsgraph/internal/tag"
)

// benchPipeline analyzes the example article with the given pipeline and
// reports tokens per second, text in to annotations out.
func benchPipeline(b *testing.B, p *pipeline.Pipeline) {
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
	p, err := pipeline.New(segment.Stage{}, tag.Stage{Tagger: m.tagger}, parse.Stage{Parser: m.parser}, ner.Stage{Tagger: m.ner}, coref.Stage{})
	if err != nil {
		b.Fatal(err)
	}
	benchPipeline(b, p)
}
