package baseline_test

import (
	"context"
	"testing"

	"github.com/newsgraph/newsgraph/internal/attrib/baseline"
	"github.com/newsgraph/newsgraph/internal/attrib/handbuilt"
)

func TestSaysWhatItsComplementHolds(t *testing.T) {
	d := handbuilt.Parsed(t, "The harbour master said the port would reopen, and left.",
		"The/DT/the/2/det harbour/NN/harbour/2/compound master/NN/master/3/nsubj said/VBD/say/-1/root the/DT/the/5/det "+
			"port/NN/port/7/nsubj would/MD/would/7/aux reopen/VB/reopen/3/ccomp ,/,/,/10/punct and/CC/and/10/cc "+
			"left/VBD/leave/3/conj ./././3/punct")
	if err := (baseline.Stage{}).Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	if len(d.Attributions) != 1 {
		t.Fatalf("got %d attributions, want 1", len(d.Attributions))
	}
	a := d.Attributions[0]
	if a.Source == nil || d.Slice(*a.Source) != "The harbour master" || d.Slice(a.Cue) != "said" || d.Slice(a.Content) != "the port would reopen" {
		t.Errorf("got %+v", a)
	}
}

func TestNoComplementNoAttribution(t *testing.T) {
	d := handbuilt.Parsed(t, "Nobody said a word.",
		"Nobody/NN/nobody/1/nsubj said/VBD/say/-1/root a/DT/a/3/det word/NN/word/1/obj ./././1/punct")
	if err := (baseline.Stage{}).Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	if len(d.Attributions) != 0 {
		t.Errorf("got %d attributions, want none", len(d.Attributions))
	}
}
