package segment

import (
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph"
)

func TestInterviewParagraphs(t *testing.T) {
	body := func(ps ...string) *newsgraph.Doc {
		var bs []newsgraph.Block
		for _, p := range ps {
			bs = append(bs, newsgraph.Block{Kind: newsgraph.KindBody, Text: p})
		}
		return newsgraph.NewDoc(newsgraph.Metadata{}, bs)
	}
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
