package eval

import (
	"context"

	"github.com/newsgraph/newsgraph/internal/analyze"
)

// ExtractBodies runs the project's HTML path over the benchmark pages and
// returns each page's body text ("" for a page that failed, which report is
// told about).
func ExtractBodies(ctx context.Context, a *analyze.Analyzer, pages []BenchmarkPage, report func(BenchmarkPage, error)) []string {
	bodies := make([]string, len(pages))
	for i, pg := range pages {
		d, err := a.Analyze(ctx, analyze.Item{Source: pg.ID, URL: pg.URL, Raw: pg.HTML, Format: analyze.FormatHTML})
		if err != nil {
			report(pg, err)
			continue
		}
		bodies[i] = d.BodyText()
	}
	return bodies
}

// Golds returns the gold bodies of pages.
func Golds(pages []BenchmarkPage) []string {
	g := make([]string, len(pages))
	for i, p := range pages {
		g[i] = p.Gold
	}
	return g
}
