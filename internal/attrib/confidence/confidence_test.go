package confidence_test

import (
	"context"
	"reflect"
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/attrib/confidence"
	"github.com/newsgraph/newsgraph/internal/attrib/handbuilt"
)

// examples where a named source is right nine times in ten and a pronoun
// source three in ten.
func examples() []confidence.Example {
	var ex []confidence.Example
	for i := range 100 {
		ex = append(ex, confidence.Example{Features: []string{"source=name-PER"}, Sound: i%10 != 0},
			confidence.Example{Features: []string{"source=pronoun"}, Sound: i%10 < 3})
	}
	return ex
}

func TestTrainedProbabilitiesMatchTheRates(t *testing.T) {
	m := confidence.Train(examples(), 300, 0)
	for _, c := range []struct {
		feature string
		want    float64
	}{{"source=name-PER", 0.9}, {"source=pronoun", 0.3}} {
		if got := m.Probability([]string{c.feature}); got < c.want-0.03 || got > c.want+0.03 {
			t.Errorf("%s: probability %.3f, want about %.1f", c.feature, got, c.want)
		}
	}
}

func TestTrainingIsDeterministic(t *testing.T) {
	if a, b := confidence.Train(examples(), 50, 0.01), confidence.Train(examples(), 50, 0.01); !reflect.DeepEqual(a, b) {
		t.Error("two trainings on the same examples differ")
	}
}

func TestFeaturesOfAnAttribution(t *testing.T) {
	const text = "“The port will reopen,” she said."
	d := handbuilt.Parsed(t, text, "“/``/“/4/punct The/DT/the/2/det port/NN/port/4/nsubj will/MD/will/4/aux "+
		"reopen/VB/reopen/8/ccomp ,/,/,/4/punct ”/''/”/4/punct she/PRP/she/8/nsubj said/VBD/say/-1/root ./././8/punct")
	src := handbuilt.Span(t, d, "she", 0)
	d.Attributions = []newsgraph.Attribution{{Kind: newsgraph.Direct, Type: newsgraph.Statement, Source: &src,
		Cue: handbuilt.Span(t, d, "said", 0), Content: handbuilt.Span(t, d, "“The port will reopen,”", 0)}}
	f := confidence.Features(d, 0)
	for _, want := range []string{"type=statement", "kind=direct", "source=pronoun", "cue=say", "cue-after", "speaker=none"} {
		if !slices.Contains(f, want) {
			t.Errorf("features %q lack %q", f, want)
		}
	}
	m := &confidence.Model{Bias: 0, Weights: map[string]float64{"source=pronoun": -2}}
	if err := (confidence.Stage{Model: m}).Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	if got := d.Attributions[0].Confidence; got != 0.12 {
		t.Errorf("confidence %v, want 0.12 (the logistic of -2, rounded)", got)
	}
}
