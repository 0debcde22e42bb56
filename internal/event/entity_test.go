package event

import (
	"slices"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/attrib/handbuilt"
)

// An entity the linker did not link is coded by its canonical name when
// the dictionaries know it: "the king" is the article's "Theoden".
func TestEntityCoderFallsBackOnTheName(t *testing.T) {
	c := testCoder(t)
	kb := c.Actors.(DictCoder).KB
	c.Actors = Chain{EntityCoder{KB: kb}}
	d := handbuilt.Parsed(t, "The king praised Gondor.",
		"The/DT/the/1/det king/NN/king/2/nsubj praised/VBD/praise/-1/root Gondor/NNP/Gondor/2/obj ./././2/punct")
	d.Mentions = []newsgraph.Mention{{Span: handbuilt.Span(t, d, "The king", 0), Entity: 0},
		{Span: handbuilt.Span(t, d, "Gondor", 0), Entity: 1}}
	d.Entities = []newsgraph.Entity{{Name: "Theoden", Mentions: []int{0}}, {Name: "Gondor", Mentions: []int{1}}}
	d.Meta.Published = time.Date(2018, 1, 1, 0, 0, 0, 0, time.UTC)
	if got := code(t, c, d); !slices.Equal(got, []string{"ROHGOV 051 GON"}) {
		t.Errorf("events %v", got)
	}
	d.Entities[0].Name = "Thengel"
	if got := code(t, c, d); len(got) != 0 {
		t.Errorf("an unknown name was coded: %v", got)
	}
}

// Two phrases holding one entity's mention ("Rohan police", "the Rohan
// minister") but coded differently are two sides, not one.
func TestSidesCodedDifferentlyAreTwo(t *testing.T) {
	d := handbuilt.Parsed(t, "Rohan police praised the Rohan minister.",
		"Rohan/NNP/Rohan/1/compound police/NNS/police/2/nsubj praised/VBD/praise/-1/root the/DT/the/5/det "+
			"Rohan/NNP/Rohan/5/compound minister/NN/minister/2/obj ./././2/punct")
	d.Mentions = []newsgraph.Mention{{Span: handbuilt.Span(t, d, "Rohan", 0), Entity: 0},
		{Span: handbuilt.Span(t, d, "Rohan", 1), Entity: 0}}
	d.Entities = []newsgraph.Entity{{Type: "LOC", Name: "Rohan", Mentions: []int{0, 1}}}
	if got := code(t, testCoder(t), d); !slices.Equal(got, []string{"ROHCOP 051 ROHGOV"}) {
		t.Errorf("events %v, want the police praising the minister", got)
	}
}
