package eval

import (
	"fmt"
	"testing"
)

// articles makes n articles whose every measure has tp right of ten
// predicted and ten gold spans.
func articles(n, tp int) []ArticleCounts {
	out := make([]ArticleCounts, n)
	for i := range out {
		c := SpanCount{TP: tp, Predicted: 10, Gold: 10}
		out[i] = ArticleCounts{Name: fmt.Sprint(i), Exact: [3]SpanCount{c, c, c}, ContentOverlap: c}
	}
	return out
}

// A set far better than every article of the pool lies beyond all the
// samples; the pool itself, taken whole, lies at every sample.
func TestCompareToSamplesPlacesTheSet(t *testing.T) {
	pool := articles(100, 5)
	for _, c := range CompareToSamples(pool, articles(10, 9), 500, 1) {
		if !near(c.Set, 0.9) || !near(c.Median, 0.5) || !near(c.Low, 0.5) || !near(c.High, 0.5) || c.AtLeast != 0 {
			t.Errorf("better set, %s: %+v, want set 0.9 among samples all 0.5, none as good", c.Measure, c)
		}
	}
	for _, c := range CompareToSamples(pool, pool, 50, 1) {
		if !near(c.Set, 0.5) || !near(c.Median, 0.5) || c.AtLeast != 1 {
			t.Errorf("the pool itself, %s: %+v, want 0.5 at every sample", c.Measure, c)
		}
	}
}

// Samples are drawn without replacement: from two good articles and two
// bad ones, two drawn are both good 2/4 × 1/3 of the time (with
// replacement, a quarter).
func TestCompareToSamplesDrawsWithoutReplacement(t *testing.T) {
	pool := append(articles(2, 9), articles(2, 1)...)
	c := CompareToSamples(pool, articles(2, 9), 40000, 7)[0]
	if want := 1.0 / 6; c.AtLeast < want-0.01 || c.AtLeast > want+0.01 {
		t.Errorf("share of samples as good as two good articles: %.4f, want about %.4f", c.AtLeast, want)
	}
	if !near(c.Low, 0.1) || !near(c.High, 0.9) || !near(c.Median, 0.5) {
		t.Errorf("5th, 50th, 95th percentiles %.2f %.2f %.2f, want 0.1 0.5 0.9", c.Low, c.Median, c.High)
	}
}
