package eval

import (
	"math"
	"testing"

	"github.com/newsgraph/newsgraph"
)

// The text is ASCII, so byte and code-point offsets agree.
const trustText = `Ada Brun said the port will reopen. Officials believe it.`

func trustDoc(atts ...newsgraph.Attribution) *newsgraph.Doc {
	return &newsgraph.Doc{Text: trustText, Attributions: atts}
}

func sp(a, b int) newsgraph.Span { return newsgraph.Span{Start: a, End: b} }

func TestSoundNeedsCueSourceAndMostOfTheContent(t *testing.T) {
	gold := []GoldAttribution{{Source: [2]int{0, 8}, Cue: [2]int{9, 13}, Content: [2]int{14, 34}}}
	cp := newsgraph.NewCodePoints(trustText)
	src, other := sp(0, 8), sp(36, 45)
	for _, c := range []struct {
		name string
		a    newsgraph.Attribution
		want bool
	}{
		{"all right", newsgraph.Attribution{Source: &src, Cue: sp(9, 13), Content: sp(14, 34)}, true},
		{"content one word short", newsgraph.Attribution{Source: &src, Cue: sp(9, 13), Content: sp(14, 27)}, true},
		{"content a third", newsgraph.Attribution{Source: &src, Cue: sp(9, 13), Content: sp(14, 22)}, false},
		{"no source", newsgraph.Attribution{Cue: sp(9, 13), Content: sp(14, 34)}, false},
		{"wrong source", newsgraph.Attribution{Source: &other, Cue: sp(9, 13), Content: sp(14, 34)}, false},
		{"wrong cue", newsgraph.Attribution{Source: &src, Cue: sp(46, 53), Content: sp(14, 34)}, false},
	} {
		if got := Sound(cp, c.a, gold); got != c.want {
			t.Errorf("%s: sound %v, want %v", c.name, got, c.want)
		}
	}
}

func TestTypeCountsChargeFalseAttributionsToTheirType(t *testing.T) {
	c := NewTypeCounts([]TypeLabel{{Article: "a", Start: 9, End: 13, Type: newsgraph.Statement},
		{Article: "a", Start: 46, End: 53, Type: newsgraph.Belief}})
	c.Add("a", trustDoc(
		newsgraph.Attribution{Type: newsgraph.Statement, Cue: sp(9, 13)},  // right
		newsgraph.Attribution{Type: newsgraph.Statement, Cue: sp(46, 53)}, // wrong type
		newsgraph.Attribution{Type: newsgraph.Statement, Cue: sp(0, 3)}))  // no such attribution
	s := c.Score()
	if s.Matched != 2 || s.Accuracy != 0.5 {
		t.Errorf("matched %d, accuracy %.2f; want 2 and 0.50", s.Matched, s.Accuracy)
	}
	if p := s.ByType["statement"].Precision; math.Abs(p-1.0/3) > 1e-9 {
		t.Errorf("statement precision %.3f, want 1/3", p)
	}
	if r := s.ByType["belief"].Recall; r != 0 {
		t.Errorf("belief recall %.2f, want 0", r)
	}
}

// Both halves of a quotation split by its cue share the cue: PolNeAR
// marks one attribution, and counting the second half as a false one
// would charge every split quotation against its type.
func TestTypeCountsCountSplitQuotationsOnce(t *testing.T) {
	c := NewTypeCounts([]TypeLabel{{Article: "a", Start: 9, End: 13, Type: newsgraph.Statement}})
	c.Add("a", trustDoc(
		newsgraph.Attribution{Type: newsgraph.Statement, Cue: sp(9, 13), Content: sp(0, 8)},
		newsgraph.Attribution{Type: newsgraph.Statement, Cue: sp(9, 13), Content: sp(14, 34)}))
	s := c.Score()
	if s.Predicted != 1 || s.ByType["statement"].Precision != 1 {
		t.Errorf("predicted %d, statement precision %.2f; want 1 and 1.00", s.Predicted, s.ByType["statement"].Precision)
	}
}

func TestReliabilityBins(t *testing.T) {
	var r Reliability
	for i := range 10 {
		r.Add(0.95, i < 9)
		r.Add(0.25, i < 5)
	}
	bins := r.Bins()
	if len(bins) != 2 || bins[0].Low != 0.2 || bins[0].Observed != 0.5 || bins[1].Observed != 0.9 {
		t.Fatalf("bins %+v", bins)
	}
	if e := r.ExpectedCalibrationError(); math.Abs(e-0.15) > 1e-9 {
		t.Errorf("ECE %.3f, want 0.15 (mean of 0.05 and 0.25)", e)
	}
}

// The halves of a quotation split by its cue are judged by the range they
// cover together, as PolNeAR marks them: one content over both.
func TestSoundAllJudgesSplitQuotationsWhole(t *testing.T) {
	const text = `"The port," Brun said, "will reopen in May."`
	cp := newsgraph.NewCodePoints(text)
	src := sp(12, 16)
	atts := []newsgraph.Attribution{{Source: &src, Cue: sp(17, 21), Content: sp(0, 11)},
		{Source: &src, Cue: sp(17, 21), Content: sp(23, 44)}}
	gold := []GoldAttribution{{Source: [2]int{12, 16}, Cue: [2]int{17, 21}, Content: [2]int{0, 44}}}
	if got := SoundAll(cp, atts, gold); !got[0] || !got[1] {
		t.Errorf("halves judged %v, want both sound", got)
	}
	if Sound(cp, atts[0], gold) {
		t.Error("the first half alone covers a quarter of the gold content and should not be sound")
	}
}
