package dict

import (
	"strings"
	"testing"
)

// A pattern whose comment names a verb of its block is that verb's only;
// a comment naming none leaves it to every verb.
func TestPatternCommentNamesItsVerb(t *testing.T) {
	v, err := ReadVerbs(strings.NewReader(`--- GREET [040] ---
HAIL
+SALUTE_WARMLY
- * HARBOUR [041]  # HAIL
- * HARBOUR [042]  # SALUTE_WARMLY, our note
- * FLEET [043]  # written on a boat
`), "greet.verbs.txt")
	if err != nil {
		t.Fatal(err)
	}
	b := v.Blocks[0]
	hail, salute := &b.Verbs[0], &b.Verbs[1]
	if salute.Name() != "SALUTE_WARMLY" {
		t.Fatalf("name %q", salute.Name())
	}
	for i, want := range []struct{ hail, salute bool }{{true, false}, {false, true}, {true, true}} {
		p := &b.Patterns[i]
		if p.Fits(hail) != want.hail || p.Fits(salute) != want.salute {
			t.Errorf("pattern %d (for %q): fits hail %v, salute %v", i, p.For, p.Fits(hail), p.Fits(salute))
		}
	}
}
