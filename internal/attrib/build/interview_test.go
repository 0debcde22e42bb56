package build_test

import (
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph/internal/attrib/build"
	"github.com/newsgraph/newsgraph/internal/attrib/handbuilt"
)

// An interview printed as questions and answers: each answer is the
// interviewee's, "A" its source and the colon its cue; the questions are
// no one's attribution.
func TestInterviewAnswers(t *testing.T) {
	d := handbuilt.Sentences(t, "Q: Will the port close?\n\nA: Not this year.\n\nQ: And next year?\n\nA: We will see.",
		"Q/NN/q/5/dep :/:/:/0/punct Will/MD/will/5/aux the/DT/the/4/det port/NN/port/5/nsubj close/VB/close/-1/root ?/./?/5/punct",
		"A/DT/a/4/dep :/:/:/0/punct Not/RB/not/4/advmod this/DT/this/4/det year/NN/year/-1/root ./././4/punct",
		"Q/NN/q/4/dep :/:/:/0/punct And/CC/and/4/cc next/JJ/next/4/amod year/NN/year/-1/root ?/./?/4/punct",
		"A/DT/a/4/dep :/:/:/0/punct We/PRP/we/4/nsubj will/MD/will/4/aux see/VB/see/-1/root ./././4/punct")
	got := render(d, build.New(d, build.Config{}).InterviewAnswers())
	want := []string{"direct|A|:|Not this year.", "direct|A|:|We will see."}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// One paragraph opening "A:" is no interview.
func TestOneAnswerIsNoInterview(t *testing.T) {
	d := handbuilt.Sentences(t, "Q: Will the port close?\n\nA: Not this year.",
		"Q/NN/q/5/dep :/:/:/0/punct Will/MD/will/5/aux the/DT/the/4/det port/NN/port/5/nsubj close/VB/close/-1/root ?/./?/5/punct",
		"A/DT/a/4/dep :/:/:/0/punct Not/RB/not/4/advmod this/DT/this/4/det year/NN/year/-1/root ./././4/punct")
	if got := build.New(d, build.Config{}).InterviewAnswers(); len(got) != 0 {
		t.Errorf("got %d answers, want none", len(got))
	}
}
