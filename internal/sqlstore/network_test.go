package sqlstore

import (
	"slices"
	"testing"
)

// An edge of several event types is named by its most frequent, the
// first by name among equals, whatever order the map gives them in.
func TestMostFrequent(t *testing.T) {
	for _, c := range []struct {
		types map[string]int
		want  string
	}{
		{map[string]int{}, ""},
		{map[string]int{"CONSULT": 1, "ASSAULT": 3, "AID": 2}, "ASSAULT"},
		{map[string]int{"YIELD": 2, "COERCE": 2, "PROTEST": 1}, "COERCE"},
	} {
		for range 20 {
			if got := mostFrequent(c.types); got != c.want {
				t.Fatalf("mostFrequent(%v) = %q, want %q", c.types, got, c.want)
			}
		}
	}
}

// Growing from the heaviest keeps a bounded network connected where the
// heaviest alone would not: places 1 and 2 are the heaviest, each tied
// only to speakers lighter than the pair 3–4.
func TestGrowFromHeaviest(t *testing.T) {
	edges := map[edgeKey]*edgeCount{}
	tie := func(from, to int64, n int) { edges[edgeKey{from, to, "mentions"}] = &edgeCount{count: n} }
	tie(10, 1, 3)
	tie(11, 1, 3)
	tie(12, 2, 3)
	tie(13, 2, 3)
	tie(3, 4, 5)
	weights := nodeWeights(edges) // 1 and 2: 6; 3 and 4: 5; 10 to 13: 3
	if got := heaviest(weights, 3, 0); !slices.Equal(got, []int64{1, 2, 3}) {
		t.Fatalf("the three heaviest are %v", got)
	}
	for n, want := range map[int][]int64{
		1:  {1},
		3:  {1, 10, 11},
		4:  {1, 10, 11, 2},
		6:  {1, 10, 11, 2, 12, 13},
		99: {1, 10, 11, 2, 12, 13, 3, 4},
	} {
		if got := growFromHeaviest(edges, weights, n); !slices.Equal(got, want) {
			t.Errorf("growFromHeaviest(%d) = %v, want %v", n, got, want)
		}
	}
}
