package dict

import (
	"slices"
	"strings"
	"testing"
)

// A matcher at a token is offered only the members that can begin there,
// in the set's order, and always those that begin with no word.
func TestMembersAtIndexesFirstWords(t *testing.T) {
	v, err := ReadVerbs(strings.NewReader("&CRAFT\n+BARGE\n+RIVER_BARGE\n+{OLD SKIFF}\n+SKIFF\n\n--- ROW [070] ---\nROW\n"), "craft.verbs.txt")
	if err != nil {
		t.Fatal(err)
	}
	c := Compile(v)
	s, _ := c.Synset("CRAFT")
	first := func(k int) string { return s.Members[k][0].Text }
	var got []string
	for _, k := range c.MembersAt("CRAFT", "Barges", "barge") {
		got = append(got, first(k))
	}
	if !slices.Contains(got, "BARGE") || slices.Contains(got, "RIVER") || slices.Contains(got, "SKIFF") {
		t.Errorf("members at 'Barges': %q", got)
	}
	if n := len(c.MembersAt("CRAFT", "river", "river")); n < 1 {
		t.Errorf("no member begins at 'river'")
	}
	if c.MembersAt("NONE", "x", "x") != nil {
		t.Error("an unknown set has members")
	}
}

// MembersAt answers as a plain filter of the members does, in their
// order and each once, whichever of the word, the lemma and the members
// that begin with no word hold them; and what it hands out cannot be
// grown into the index.
func TestMembersAtIsTheFilter(t *testing.T) {
	v, err := ReadVerbs(strings.NewReader("&CRAFT\n+BARGE\n+BARGES\n+RIVER_BARGE\n+{OLD SKIFF}\n+SKIFF\n+BARGE_POLE\n+RIVER\n\n"+
		"&BOAT\n+SKIFF\n+SKIFF_RACE\n\n--- ROW [070] ---\nROW\n"), "craft.verbs.txt")
	if err != nil {
		t.Fatal(err)
	}
	c := Compile(v)
	for _, set := range []string{"CRAFT", "BOAT"} {
		s, _ := c.Synset(set)
		for _, w := range [][2]string{{"Barges", "barge"}, {"barge", "barge"}, {"river", "river"}, {"Skiff", "skiff"}, {"oar", "oar"}} {
			var want []int
			for k, m := range s.Members {
				if m[0].Kind != Word || strings.EqualFold(m[0].Text, w[0]) || strings.EqualFold(m[0].Text, w[1]) {
					want = append(want, k)
				}
			}
			got := c.MembersAt(set, w[0], w[1])
			if !slices.Equal(got, want) {
				t.Errorf("%s at %q/%q: %v, want %v", set, w[0], w[1], got, want)
			}
			if cap(got) != len(got) && len(got) > 0 {
				t.Errorf("%s at %q: a list of %d members with room for %d", set, w[0], len(got), cap(got))
			}
		}
	}
}

// A word's fold is kept when the dictionary is read, and is the one
// FoldHash computes; a term made by hand is folded when asked, and a word
// that is not ASCII is not offered to the prefilter.
func TestWordFoldIsKept(t *testing.T) {
	v, err := ReadVerbs(strings.NewReader("--- ROW [070] ---\nROW\n- * (TO +) BARGE [0711]\n- * ÉLAN [0712]\n"), "row.verbs.txt")
	if err != nil {
		t.Fatal(err)
	}
	p := v.Blocks[0].Patterns
	to := &p[0].Terms[1].Sub[0]
	if to.folded != foldedASCII {
		t.Fatalf("TO was not folded on reading: %+v", to)
	}
	if h, ok := to.WordFold(); !ok || h != FoldHash("to") {
		t.Errorf("TO folds to %x, %v; FoldHash gives %x", h, ok, FoldHash("to"))
	}
	for _, tm := range p[1].Terms {
		if tm.Kind == Word {
			if _, ok := tm.WordFold(); ok {
				t.Errorf("%q offered to the prefilter", tm.Text)
			}
		}
	}
	byHand := Term{Kind: Word, Text: "BARGE"}
	if h, ok := byHand.WordFold(); !ok || h != FoldHash("barge") {
		t.Errorf("a term made by hand folds to %x, %v", h, ok)
	}
}
