package cluster

import "testing"

// Lookup tries a word as written, then lower-cased: "Port" opening a
// sentence is the word "port", while "Brask", kept capitalised in the
// clusters, is found as written.
func TestLookupTriesTheWordThenItsLowerCase(t *testing.T) {
	c := &Clusters{Fine: map[string]uint16{"port": 2, "Brask": 1}, Coarse: []uint16{0, 7, 9}}
	for _, tc := range []struct {
		word         string
		fine, coarse int
		ok           bool
	}{
		{"port", 2, 9, true}, {"Port", 2, 9, true}, {"PORT", 2, 9, true},
		{"Brask", 1, 7, true}, {"brask", 0, 0, false}, {"dock", 0, 0, false}, {"Dock", 0, 0, false},
	} {
		fine, coarse, ok := c.Lookup(tc.word)
		if fine != tc.fine || coarse != tc.coarse || ok != tc.ok {
			t.Errorf("%q: %d %d %v, want %d %d %v", tc.word, fine, coarse, ok, tc.fine, tc.coarse, tc.ok)
		}
	}
	var none *Clusters
	if _, _, ok := none.Lookup("port"); ok {
		t.Error("no clusters found a word")
	}
}
