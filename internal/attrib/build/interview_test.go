package build_test

import (
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph"
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

// An interview printed without "Q:" and "A:", under a title that says
// so: each answer is given to the interviewee where the title or the
// introduction names them, with the question it answers for cue.
func TestUnlabelledInterviewAnswers(t *testing.T) {
	d := handbuilt.Sentences(t, "Q and A with Ada Lind\n\nWhy did you buy it?\n\nMy father sold it.\n\nIs it hard?\n\nVery.\n\nWould you do it again?\n\nYes.",
		"Q/NN/q/-1/root and/CC/and/2/cc A/NN/a/0/conj with/IN/with/5/case Ada/NNP/Ada/5/compound Lind/NNP/Lind/0/nmod",
		"Why/WRB/why/3/advmod did/VBD/do/3/aux you/PRP/you/3/nsubj buy/VB/buy/-1/root it/PRP/it/3/obj ?/./?/3/punct",
		"My/PRP$/my/1/nmod:poss father/NN/father/2/nsubj sold/VBD/sell/-1/root it/PRP/it/2/obj ./././2/punct",
		"Is/VBZ/be/2/cop it/PRP/it/2/nsubj hard/JJ/hard/-1/root ?/./?/2/punct",
		"Very/RB/very/-1/root ./././0/punct",
		"Would/MD/would/2/aux you/PRP/you/2/nsubj do/VB/do/-1/root it/PRP/it/2/obj again/RB/again/2/advmod ?/./?/2/punct",
		"Yes/UH/yes/-1/root ./././0/punct")
	d.Paragraphs[0].Kind = newsgraph.KindTitle
	d.Mentions = []newsgraph.Mention{{Span: handbuilt.Span(t, d, "Ada Lind", 0), Kind: newsgraph.MentionName, Type: "PER", Entity: 0}}
	d.Entities = []newsgraph.Entity{{Type: "PER", Name: "Ada Lind", Mentions: []int{0}}}
	got := render(d, build.New(d, build.Config{}).InterviewAnswers())
	want := []string{"direct|Ada Lind|?|My father sold it.", "direct|Ada Lind|?|Very.", "direct|Ada Lind|?|Yes."}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}
