package sqlstore

import "testing"

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
