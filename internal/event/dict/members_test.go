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
