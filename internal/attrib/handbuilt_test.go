package attrib_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/attrib"
	"github.com/newsgraph/newsgraph/internal/attrib/bound"
	"github.com/newsgraph/newsgraph/internal/attrib/build"
	"github.com/newsgraph/newsgraph/internal/attrib/cue"
	"github.com/newsgraph/newsgraph/internal/attrib/handbuilt"
	"github.com/newsgraph/newsgraph/internal/attrib/keep"
	"github.com/newsgraph/newsgraph/internal/coref"
	"github.com/newsgraph/newsgraph/internal/pipeline"
	"github.com/newsgraph/newsgraph/internal/segment"
)

// A first verb whose whole clause is taken by a second verb and its own
// content ("he laughed and said, “…”") reports nothing: the rule that ends
// content before a clause with its own cue once left it an empty span that
// ended before it started, which crashed the JSON writer.
func TestCueWhoseContentIsAnotherCuesClause(t *testing.T) {
	d := handbuilt.Parsed(t, "Asked about the vote, he laughed and said, “We will see.”",
		"Asked/VBN/ask/8/advcl about/IN/about/4/case the/DT/the/4/det vote/NN/vote/0/obl "+
			",/,/,/0/punct he/PRP/he/6/nsubj laughed/VBD/laugh/-1/root and/CC/and/8/cc "+
			"said/VBD/say/6/conj ,/,/,/13/punct “/``/“/13/punct We/PRP/we/13/nsubj will/MD/will/13/aux "+
			"see/VB/see/8/ccomp ./././13/punct ”/''/”/13/punct")
	atts := attrib.FindWith(d, map[string]bool{"laugh": true, "say": true}, nil)
	for _, a := range atts {
		for _, s := range []*newsgraph.Span{a.Source, &a.Cue, &a.Content} {
			if s != nil && (s.Start > s.End || s.End > len(d.Text)) {
				t.Fatalf("attribution with cue %v has the span %v, outside the text or reversed", a.Cue, *s)
			}
		}
	}
	if got, want := cueContents(d, atts), []string{"said|“We will see.”"}; !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// Attribution reads subjects and complements off the parse: a pipeline
// that runs it without a parser is refused when it is built.
func TestPipelineWithoutParserIsRefused(t *testing.T) {
	_, err := pipeline.New(segment.Stage{}, fakeStage{newsgraph.LayerPOS, newsgraph.LayerLemmas, newsgraph.LayerMentions},
		coref.Stage{}, attrib.Stage{})
	if err == nil || !strings.Contains(err.Error(), "parse") {
		t.Errorf("err = %v, want a refusal naming the parse", err)
	}
	if _, err := pipeline.New(segment.Stage{}, fakeStage{newsgraph.LayerPOS, newsgraph.LayerLemmas, newsgraph.LayerMentions, newsgraph.LayerParse},
		coref.Stage{}, attrib.Stage{}); err != nil {
		t.Errorf("with a parse: %v", err)
	}
}

// fakeStage assigns the layers it is given and does nothing.
type fakeStage []newsgraph.Layer

func (fakeStage) Name() string                                  { return "fake" }
func (fakeStage) Requires() []newsgraph.Layer                   { return nil }
func (f fakeStage) Assigns() []newsgraph.Layer                  { return f }
func (fakeStage) Process(context.Context, *newsgraph.Doc) error { return nil }

// The stage requires every layer each of its parts reads, and each part
// declares the parse, which all of them read.
func TestStageRequiresWhatItsPartsRead(t *testing.T) {
	have := attrib.Stage{}.Requires()
	for name, part := range map[string][]newsgraph.Layer{"cue": cue.Requires, "build": build.Requires, "keep": keep.Requires, "bound": bound.Requires} {
		for _, l := range part {
			if !slices.Contains(have, l) {
				t.Errorf("%s reads %s, which the stage does not require", name, l)
			}
		}
		if !slices.Contains(part, newsgraph.LayerParse) {
			t.Errorf("%s does not declare the parse", name)
		}
	}
}
