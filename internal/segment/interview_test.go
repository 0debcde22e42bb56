package segment

import (
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph"
)

// body is a Doc of body paragraphs ps.
func body(ps ...string) *newsgraph.Doc {
	return titled("", ps...)
}

// titled is body under a title, when title is not "".
func titled(title string, ps ...string) *newsgraph.Doc {
	var bs []newsgraph.Block
	if title != "" {
		bs = append(bs, newsgraph.Block{Kind: newsgraph.KindTitle, Text: title})
	}
	for _, p := range ps {
		bs = append(bs, newsgraph.Block{Kind: newsgraph.KindBody, Text: p})
	}
	return newsgraph.NewDoc(newsgraph.Metadata{}, bs)
}

func TestInterviewParagraphs(t *testing.T) {
	q, a := Interview(body("Lind spoke to us.", "Q: Will it close?", "A: Not this year.", "Q. And next year?", "A. We will see."))
	if !slices.Equal(q, []int{1, 3}) || !slices.Equal(a, []int{2, 4}) {
		t.Errorf("questions %v answers %v, want [1 3] [2 4]", q, a)
	}
	// One question and answer, or "A" opening a sentence, is no interview.
	if q, a := Interview(body("Q: Will it close?", "A: No.", "A. Lind said no.")); q != nil || a != nil {
		t.Errorf("questions %v answers %v, want none", q, a)
	}
	if q, a := Interview(body("A man said no.", "A woman said yes.", "Q: Why?", "Q: How?")); q != nil || a != nil {
		t.Errorf("questions %v answers %v, want none", q, a)
	}
}

// Without "Q:" and "A:", three one-question paragraphs, two put to "you",
// each followed by answers, under a title that says Q&A, are an
// interview; the same under another title, two, questions with no answer
// between them, or quoted questions, are not.
func TestUnlabelledInterview(t *testing.T) {
	interview := []string{"Ada Lind runs the ferry.", "Why did you buy it?", "My father sold it.", "It was cheap.",
		"Is it hard?", "Very.", "What would you tell others?", "Do it."}
	q, a := Interview(titled("Q&A: The ferry", interview...))
	if !slices.Equal(q, []int{2, 5, 7}) || !slices.Equal(a, []int{3, 4, 6, 8}) {
		t.Errorf("questions %v answers %v, want [2 5 7] [3 4 6 8]", q, a)
	}
	for _, d := range []*newsgraph.Doc{
		titled("The ferry", interview...),
		titled("Q&A: The ferry", "Ada Lind runs the ferry.", "Why did you buy it?", "My father sold it.", "What would you tell others?", "Do it."),
		titled("Q&A: The ferry", "Why did you buy it?", "What would you tell others?", "Is it hard?", "Nobody knows."),
		titled("Q&A: The ferry", "Prices rose.", "“Did you see that?”", "Yes.", "“Will you go?”", "No.", "“And you?”", "Maybe."),
	} {
		if q, a := Interview(d); q != nil || a != nil {
			t.Errorf("questions %v answers %v, want none", q, a)
		}
	}
}
