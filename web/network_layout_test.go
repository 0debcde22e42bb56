package web

import (
	"math"
	"reflect"
	"testing"

	"github.com/newsgraph/newsgraph"
)

// A ring of ten nodes and a star of five, joined by one edge.
func testGraph() (int, [][2]int) {
	var edges [][2]int
	for i := range 10 {
		edges = append(edges, [2]int{i, (i + 1) % 10})
	}
	for i := 11; i < 15; i++ {
		edges = append(edges, [2]int{10, i})
	}
	return 15, append(edges, [2]int{0, 10})
}

// The layout is the same every time, inside the square, with no two
// nodes on top of each other, and the pinned node in the middle.
func TestForceLayout(t *testing.T) {
	n, edges := testGraph()
	first := forceLayout(n, edges, -1)
	if again := forceLayout(n, edges, -1); !reflect.DeepEqual(first, again) {
		t.Fatal("two layouts of one network differ")
	}
	for i, p := range first {
		if p.X < 0 || p.X > 1 || p.Y < 0 || p.Y > 1 || math.IsNaN(p.X) || math.IsNaN(p.Y) {
			t.Errorf("node %d at %v", i, p)
		}
		for j := i + 1; j < n; j++ {
			if d := math.Hypot(p.X-first[j].X, p.Y-first[j].Y); d < 0.05 {
				t.Errorf("nodes %d and %d only %.3f apart", i, j, d)
			}
		}
	}
	// Linked nodes end nearer each other than the average pair.
	linked, all := 0.0, 0.0
	for _, e := range edges {
		linked += math.Hypot(first[e[0]].X-first[e[1]].X, first[e[0]].Y-first[e[1]].Y)
	}
	for i := range n {
		for j := i + 1; j < n; j++ {
			all += math.Hypot(first[i].X-first[j].X, first[i].Y-first[j].Y)
		}
	}
	if linked/float64(len(edges)) >= all/float64(n*(n-1)/2) {
		t.Errorf("linked nodes are %.3f apart on average, all pairs %.3f", linked/float64(len(edges)), all/float64(n*(n-1)/2))
	}
	pinned := forceLayout(n, edges, 10)
	if c := pinned[10]; math.Abs(c.X-0.5) > 0.2 || math.Abs(c.Y-0.5) > 0.2 {
		t.Errorf("the pinned node ends at %v, far from the middle", c)
	}
	if got := forceLayout(1, nil, 0); len(got) != 1 || got[0] != (spot{0.5, 0.5}) {
		t.Errorf("one node at %v", got)
	}
	if got := forceLayout(0, nil, -1); len(got) != 0 {
		t.Errorf("no nodes: %v", got)
	}
}

func TestNiceCeiling(t *testing.T) {
	for n, want := range map[int]int{0: 1, 1: 1, 2: 2, 3: 5, 7: 10, 11: 20, 49: 50, 51: 100, 1001: 2000} {
		if got := niceCeiling(n); got != want {
			t.Errorf("niceCeiling(%d) = %d, want %d", n, got, want)
		}
	}
}

// Gaps between weeks are filled with empty weeks, so that the x axis is
// time; a span too long to draw stops early.
func TestFillGaps(t *testing.T) {
	weeks := []newsgraph.TimelinePoint{{Start: "2026-03-02", End: "2026-03-08", Said: 2}, {Start: "2026-03-23", End: "2026-03-29", Did: 1}}
	got := fillGaps(weeks, newsgraph.BucketWeek)
	var starts []string
	for _, p := range got {
		starts = append(starts, p.Start+"/"+p.End)
	}
	want := []string{"2026-03-02/2026-03-08", "2026-03-09/2026-03-15", "2026-03-16/2026-03-22", "2026-03-23/2026-03-29"}
	if !reflect.DeepEqual(starts, want) || got[0].Said != 2 || got[3].Did != 1 || got[1].Said+got[2].Did != 0 {
		t.Errorf("filled weeks %v", got)
	}
	long := []newsgraph.TimelinePoint{{Start: "2000-01-01", End: "2000-01-01", Said: 1}, {Start: "2026-01-01", End: "2026-01-01", Said: 1}}
	if got := fillGaps(long, newsgraph.BucketDay); len(got) <= maxTimelineBars || len(got) > maxTimelineBars+1 {
		t.Errorf("26 years by day: %d bars", len(got))
	}
	c := newTimelineChart(7, long)
	if !c.Gaps || len(c.Bars) != 2 {
		t.Errorf("26 years by day: gaps %v, %d bars", c.Gaps, len(c.Bars))
	}
}
