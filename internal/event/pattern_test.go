package event

import (
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/attrib/handbuilt"
	"github.com/newsgraph/newsgraph/internal/event/dict"
)

// A pattern written for one verb of a block (its comment names it) is
// not tried for the block's other verbs.
func TestPatternForAnotherVerbIsNotTried(t *testing.T) {
	c := testCoder(t)
	v, err := dict.ReadVerbs(strings.NewReader(`--- ENDORSE [031] ---
ENDORSE
SEAL
- * PACT (WITH +) [057]  # SEAL
`), "endorse.verbs.txt")
	if err != nil {
		t.Fatal(err)
	}
	c.Verbs = dict.Compile(v)
	spec := func(verb, lemma string) string {
		return "Rohan/NNP/Rohan/1/nsubj " + verb + "/VBD/" + lemma + "/-1/root a/DT/a/3/det pact/NN/pact/1/obj " +
			"with/IN/with/5/case Gondor/NNP/Gondor/3/nmod ./././1/punct"
	}
	sealed := handbuilt.Parsed(t, "Rohan sealed a pact with Gondor.", spec("sealed", "seal"))
	if got := code(t, c, sealed); !slices.Equal(got, []string{"ROH 057 GON"}) {
		t.Errorf("sealed: %v, want the pattern's 057", got)
	}
	endorsed := handbuilt.Parsed(t, "Rohan endorsed a pact with Gondor.", spec("endorsed", "endorse"))
	if got := code(t, c, endorsed); !slices.Equal(got, []string{"ROH 031 GON"}) {
		t.Errorf("endorsed: %v, want the block's 031", got)
	}
}
