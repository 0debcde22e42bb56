package main

import (
	"context"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/attrib"
	"github.com/newsgraph/newsgraph/internal/attrib/handbuilt"
	"github.com/newsgraph/newsgraph/internal/eval"
)

func TestOutcomeOfAGoldCue(t *testing.T) {
	cues := [][2]int{{10, 14}, {30, 40}}
	contents := [][2]int{{15, 29}, {41, 60}}
	for _, c := range []struct {
		gold [2]int
		want string
	}{
		{[2]int{10, 14}, ""},
		{[2]int{10, 20}, missPartial},   // "said" predicted, "said on Friday" gold
		{[2]int{35, 38}, missPartial},   // inside a predicted cue
		{[2]int{45, 50}, missSwallowed}, // inside a predicted content
		{[2]int{0, 5}, missNoVerb},      // touched by nothing
		{[2]int{55, 65}, missNoVerb},    // runs out of a content: not swallowed
	} {
		if got := outcome(c.gold, cues, contents); got != c.want {
			t.Errorf("gold %v: %q, want %q", c.gold, got, c.want)
		}
	}
}

// A cue found, a verb the lexicon does not know, a cue with nothing to
// build around, and a name marked as a cue: each counted under its reason.
func TestMissTallyTellsWhereCuesWereLost(t *testing.T) {
	text := "Lind said the port would open. Berg grumbled it would close. Berg said."
	d := handbuilt.Sentences(t, text,
		"Lind/NNP/Lind/1/nsubj said/VBD/say/-1/root the/DT/the/3/det port/NN/port/5/nsubj would/MD/would/5/aux open/VB/open/1/ccomp ./././1/punct",
		"Berg/NNP/Berg/1/nsubj grumbled/VBD/grumble/-1/root it/PRP/it/4/nsubj would/MD/would/4/aux close/VB/close/1/ccomp ./././1/punct",
		"Berg/NNP/Berg/1/nsubj said/VBD/say/-1/root ./././1/punct")
	stage := attrib.Stage{}
	if err := stage.Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	at := func(word string, from int) [2]int {
		i := from + strings.Index(text[from:], word)
		return [2]int{i, i + len(word)}
	}
	lastSaid := strings.LastIndex(text, "said")
	gold := eval.AttributionDoc{Attributions: []eval.GoldAttribution{
		{Cue: at("said", 0)},
		{Cue: at("grumbled", 0)},
		{Cue: at("said", lastSaid)},
		{Cue: at("Lind", 0)},
	}}
	m := newMissTally()
	m.add(d, stage, gold)
	m.finish(3)
	if m.Gold != 4 || m.Found != 1 {
		t.Fatalf("%d gold, %d found; want 4 and 1 (attributions %+v)", m.Gold, m.Found, d.Attributions)
	}
	for reason, want := range map[string]int{missClassifier: 1, missNotBuilt: 1, missNoVerb: 1} {
		if m.Missed[reason] != want {
			t.Errorf("%s: %d, want %d (all: %v)", reason, m.Missed[reason], want, m.Missed)
		}
	}
	if w := m.Words[missClassifier]; len(w) != 1 || w[0].Word != "grumbled" {
		t.Errorf("words missed by the classifier: %+v, want grumbled", w)
	}
}
