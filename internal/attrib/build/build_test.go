package build_test

import (
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/attrib/build"
	"github.com/newsgraph/newsgraph/internal/attrib/handbuilt"
)

// found renders what the rules build as "source|cue|content".
func found(d *newsgraph.Doc, c build.Config) []string {
	var out []string
	for _, a := range build.New(d, c).Run() {
		source := ""
		if a.Source != nil {
			source = d.Slice(*a.Source)
		}
		out = append(out, string(a.Kind)+"|"+source+"|"+d.Slice(a.Cue)+"|"+d.Slice(a.Content))
	}
	return out
}

const (
	reported = "Anja/NNP/Anja/2/nsubj Lind/NNP/Lind/0/flat said/VBD/say/-1/root on/IN/on/4/case Friday/NNP/Friday/2/obl " +
		"that/IN/that/9/mark the/DT/the/7/det port/NN/port/9/nsubj would/MD/would/9/aux open/VB/open/2/ccomp ./././2/punct"
	hinted = "Ola/NNP/Ola/2/nsubj Berg/NNP/Berg/0/flat hinted/VBD/hint/-1/root that/IN/that/7/mark the/DT/the/5/det " +
		"talks/NNS/talk/7/nsubj would/MD/would/7/aux fail/VB/fail/2/ccomp ./././2/punct"
)

// Reported speech: the parse's subject is the source, the cue takes its
// adjuncts ("said on Friday"), the content runs from "that" to the end.
func TestReportedSpeech(t *testing.T) {
	d := handbuilt.Parsed(t, "Anja Lind said on Friday that the port would open.", reported)
	want := []string{"indirect|Anja Lind|said on Friday|that the port would open"}
	if got := found(d, build.Config{}); !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// A quotation just before the source and cue is the content.
func TestQuotationBeforeItsCue(t *testing.T) {
	d := handbuilt.Parsed(t, "“The port is safe,” Anja Lind said.",
		"“/``/“/4/punct The/DT/the/2/det port/NN/port/4/nsubj is/VBZ/be/4/cop safe/JJ/safe/9/ccomp ,/,/,/4/punct "+
			"”/''/”/4/punct Anja/NNP/Anja/9/nsubj Lind/NNP/Lind/7/flat said/VBD/say/-1/root ./././9/punct")
	want := []string{"direct|Anja Lind|said|“The port is safe,”"}
	if got := found(d, build.Config{}); !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// dropAll is a keeper that keeps nothing.
type dropAll struct{ asked int }

func (k *dropAll) Keep(*build.Builder, newsgraph.Attribution) bool { k.asked++; return false }

// A keeper decides on each attribution as it is built, but may not drop
// one with a source whose cue is a core verb of saying or believing: a
// lexicon verb such as "hint" it may.
func TestKeeperMayNotDropCoreCues(t *testing.T) {
	lexicon := map[string]bool{"say": true, "hint": true}
	d := handbuilt.Parsed(t, "Anja Lind said on Friday that the port would open.", reported)
	k := &dropAll{}
	if got := found(d, build.Config{Cues: lexicon, Keep: k}); len(got) != 1 || k.asked != 1 {
		t.Errorf("core cue: got %q (keeper asked %d times), want it kept", got, k.asked)
	}
	d = handbuilt.Parsed(t, "Ola Berg hinted that the talks would fail.", hinted)
	if got := found(d, build.Config{Cues: lexicon}); len(got) != 1 {
		t.Fatalf("without a keeper got %q, want the attribution (the test would teach nothing)", got)
	}
	if got := found(d, build.Config{Cues: lexicon, Keep: &dropAll{}}); len(got) != 0 {
		t.Errorf("lexicon cue: got %q, want it dropped", got)
	}
}

// A cue set off by commas mid-sentence governs the sentence: its content
// runs on past it, a second attribution with the same source and cue.
func TestMedialCueContentRunsOn(t *testing.T) {
	d := handbuilt.Parsed(t, "The harbour toll, Lind says, will double in May.",
		"The/DT/the/2/det harbour/NN/harbour/2/compound toll/NN/toll/7/nsubj ,/,/,/5/punct Lind/NNP/Lind/5/nsubj "+
			"says/VBZ/say/7/parataxis ,/,/,/5/punct will/MD/will/8/aux double/VB/double/-1/root in/IN/in/10/case "+
			"May/NNP/May/8/obl ./././8/punct")
	want := []string{"indirect|Lind|says|The harbour toll", "indirect|Lind|says|will double in May"}
	if got := found(d, build.Config{}); !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}
