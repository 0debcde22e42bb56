package eval

import (
	"bytes"
	"context"
	"testing"

	trafilatura "github.com/markusmobius/go-trafilatura"

	"github.com/newsgraph/newsgraph/internal/analyze"
	"github.com/newsgraph/newsgraph/internal/pipeline"
	"github.com/newsgraph/newsgraph/internal/segment"
	"github.com/newsgraph/newsgraph/internal/shareddata"
)

func benchPages(b *testing.B) []BenchmarkPage {
	pages, err := LoadExtractionBenchmark(shareddata.Path(b, "article-extraction"))
	if err != nil {
		b.Fatal(err)
	}
	return pages
}

// BenchmarkHTMLPath runs newsgraph's whole HTML path (decode, extract,
// clean, segment) over the 181 benchmark pages; pages/s is the figure.
func BenchmarkHTMLPath(b *testing.B) {
	pages := benchPages(b)
	p, err := pipeline.New(segment.Stage{})
	if err != nil {
		b.Fatal(err)
	}
	a := &analyze.Analyzer{Pipeline: p}
	b.ResetTimer()
	for b.Loop() {
		for _, pg := range pages {
			if _, err := a.Analyze(context.Background(), analyze.Item{Raw: pg.HTML, URL: pg.URL, Format: analyze.FormatHTML}); err != nil {
				b.Logf("%s: %v", pg.ID, err)
			}
		}
	}
	b.ReportMetric(float64(len(pages)*b.N)/b.Elapsed().Seconds(), "pages/s")
}

// BenchmarkTrafilatura is the peer: go-trafilatura alone, fallback off, on
// the same pages, in the same run.
func BenchmarkTrafilatura(b *testing.B) {
	pages := benchPages(b)
	b.ResetTimer()
	for b.Loop() {
		for _, pg := range pages {
			_, _ = trafilatura.Extract(bytes.NewReader(pg.HTML), trafilatura.Options{ExcludeComments: true})
		}
	}
	b.ReportMetric(float64(len(pages)*b.N)/b.Elapsed().Seconds(), "pages/s")
}
