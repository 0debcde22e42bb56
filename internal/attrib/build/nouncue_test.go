package build_test

import (
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/attrib/build"
	"github.com/newsgraph/newsgraph/internal/attrib/handbuilt"
)

// A noun cue is built when the parse hangs both a source and a content on
// it: a possessor and a "that"-clause, or for "call" its "for" object; a
// noun with no source, or whose words a verb's content already holds, is
// left alone.
func TestNounCues(t *testing.T) {
	for _, c := range []struct {
		text, spec string
		want       []string
	}{
		{"The court rejected Trump's claim that the vote was rigged.",
			"The/DT/the/1/det court/NN/court/2/nsubj rejected/VBD/reject/-1/root Trump/NNP/Trump/5/nmod:poss 's/POS/'s/3/case " +
				"claim/NN/claim/2/obj that/IN/that/10/mark the/DT/the/8/det vote/NN/vote/10/nsubj:pass was/VBD/be/10/aux:pass " +
				"rigged/VBN/rig/5/acl ./././2/punct",
			[]string{"indirect|Trump's|claim|that the vote was rigged"}},
		{"The court rejected the claim that the vote was rigged.",
			"The/DT/the/1/det court/NN/court/2/nsubj rejected/VBD/reject/-1/root the/DT/the/4/det " +
				"claim/NN/claim/2/obj that/IN/that/9/mark the/DT/the/7/det vote/NN/vote/9/nsubj:pass was/VBD/be/9/aux:pass " +
				"rigged/VBN/rig/4/acl ./././2/punct",
			nil},
		{"Lind's call for a recount surprised no one.",
			"Lind/NNP/Lind/2/nmod:poss 's/POS/'s/0/case call/NN/call/6/nsubj for/IN/for/5/case a/DT/a/5/det " +
				"recount/NN/recount/2/nmod surprised/VBD/surprise/-1/root no/DT/no/8/det one/NN/one/6/obj ./././6/punct",
			[]string{"indirect|Lind's|call|for a recount"}},
		{"Berg said Trump's claim that the vote was rigged was false.",
			"Berg/NNP/Berg/1/nsubj said/VBD/say/-1/root Trump/NNP/Trump/4/nmod:poss 's/POS/'s/2/case " +
				"claim/NN/claim/11/nsubj that/IN/that/9/mark the/DT/the/7/det vote/NN/vote/9/nsubj:pass was/VBD/be/9/aux:pass " +
				"rigged/VBN/rig/4/acl was/VBD/be/11/cop false/JJ/false/1/ccomp ./././1/punct",
			nil},
	} {
		d := handbuilt.Parsed(t, c.text, c.spec)
		// Only the noun cues: what the verb rules make of "said" is theirs.
		var got []string
		for _, a := range build.New(d, build.Config{}).Run() {
			if d.Slice(a.Cue) != "said" {
				got = append(got, render(d, []newsgraph.Attribution{a})...)
			}
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: got %q, want %q", c.text, got, c.want)
		}
	}
}
