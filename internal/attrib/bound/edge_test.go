package bound

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/attrib/build"
	"github.com/newsgraph/newsgraph/internal/attrib/handbuilt"
	"github.com/newsgraph/newsgraph/internal/attrib/view"
)

// The ranker scores each edge of the options once (edgeScores) and adds
// what only whole spans show; with whole-number weights, as while
// training, every choice must be the one scoring each option's features
// whole would make, for every role of every attribution.
func TestEdgeScoresChooseAsWholeSpans(t *testing.T) {
	d := handbuilt.Sentences(t, "Ola Berg said in a statement that the port would open. The union, which met on Monday, said that talks would fail.",
		"Ola/NNP/Ola/2/nsubj Berg/NNP/Berg/0/flat said/VBD/say/-1/root in/IN/in/5/case a/DT/a/5/det statement/NN/statement/2/obl "+
			"that/IN/that/10/mark the/DT/the/8/det port/NN/port/10/nsubj would/MD/would/10/aux open/VB/open/2/ccomp ./././2/punct",
		"The/DT/the/1/det union/NN/union/8/nsubj ,/,/,/4/punct which/WDT/which/4/nsubj met/VBD/meet/1/acl on/IN/on/6/case "+
			"Monday/NNP/Monday/4/obl ,/,/,/1/punct said/VBD/say/-1/root that/IN/that/12/mark talks/NNS/talk/12/nsubj "+
			"would/MD/would/12/aux fail/VB/fail/8/ccomp ./././8/punct")
	x := build.New(d, build.Config{})
	atts := x.Run()
	if len(atts) < 2 {
		t.Fatalf("the rules found %d attributions, want two (the test would compare nothing)", len(atts))
	}
	// Weights from -3 to 3 picked by the key, so that the options score
	// apart and ties are rare but possible.
	score := func(feats []uint64) float32 {
		var s float32
		for _, f := range feats {
			s += float32(int(f%7) - 3)
		}
		return s
	}
	decisions := 0
	redrawAll(x, atts, score, func(rf *refiner, k int, r spanRole, cur view.Range, opts []view.Range, best int) {
		decisions++
		want, top := 0, float32(0)
		for i, c := range opts {
			if s := score(rf.features(nil, k, r, c, cur)); i == 0 || s > top {
				want, top = i, s
			}
		}
		if best != want {
			t.Errorf("attribution %d role %d: chose %v (of %d options), scoring whole spans chooses %v", k, r, opts[best], len(opts), opts[want])
		}
	})
	if decisions < 4 {
		t.Errorf("%d decisions seen, want at least cue and content of two attributions", decisions)
	}
}
