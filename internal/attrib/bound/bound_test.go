package bound_test

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/attrib/bound"
	"github.com/newsgraph/newsgraph/internal/attrib/build"
	"github.com/newsgraph/newsgraph/internal/attrib/handbuilt"
	"github.com/newsgraph/newsgraph/internal/attrib/train"
)

// statement is the parse of "FIRST LAST said in a statement that the NOUN
// would VERB."
func statement(first, last, noun, verb string) (text, spec string) {
	text = first + " " + last + " said in a statement that the " + noun + " would " + verb + "."
	spec = first + "/NNP/" + first + "/2/nsubj " + last + "/NNP/" + last + "/0/flat said/VBD/say/-1/root in/IN/in/5/case a/DT/a/5/det " +
		"statement/NN/statement/2/obl that/IN/that/10/mark the/DT/the/8/det " + noun + "/NN/" + noun + "/10/nsubj " +
		"would/MD/would/10/aux " + verb + "/VB/" + verb + "/2/ccomp ./././2/punct"
	return text, spec
}

// gold marks, in each sentence of d, "said" alone as the cue and the
// words after "that" as the content, as the fixture's annotators would.
func gold(d *newsgraph.Doc) []train.RoleSpan {
	var spans []train.RoleSpan
	for k, s := range d.Sentences {
		first, said := d.Tokens[s.FirstToken], d.Tokens[s.FirstToken+2]
		content := newsgraph.Span{Start: d.Tokens[s.FirstToken+7].Start, End: d.Tokens[s.EndToken-2].End}
		source := newsgraph.Span{Start: first.Start, End: d.Tokens[s.FirstToken+1].End}
		spans = append(spans, train.RoleSpan{Role: "source", Fragments: []newsgraph.Span{source}, Attribution: k + 1},
			train.RoleSpan{Role: "cue", Fragments: []newsgraph.Span{said.Span}, Attribution: k + 1},
			train.RoleSpan{Role: "content", Fragments: []newsgraph.Span{content}, Attribution: k + 1})
	}
	return spans
}

// statementRanker is a fresh ranker taught on one document that the cue
// is the bare verb and the content leaves out "that".
func statementRanker(t *testing.T) *bound.Boundaries {
	t.Helper()
	var texts, specs []string
	for _, w := range [][4]string{{"Anja", "Meer", "port", "open"}, {"Piet", "Olander", "talks", "fail"}, {"Ola", "Berg", "pay", "rise"}} {
		text, spec := statement(w[0], w[1], w[2], w[3])
		texts, specs = append(texts, text), append(specs, spec)
	}
	fixture := handbuilt.Sentences(t, strings.Join(texts, " "), specs...)
	return bound.Train([]train.Doc{{Doc: fixture, Spans: gold(fixture)}}, build.Config{}, train.Options{Iterations: 10, Seed: 1})
}

// A fresh ranker, taught on one document that the cue is the bare verb
// and the content leaves out "that", redraws the rules' spans the same way
// in another.
func TestBoundariesLearnFixture(t *testing.T) {
	b := statementRanker(t)

	text, spec := statement("Marek", "Stoyan", "city", "pay")
	d := handbuilt.Parsed(t, text, spec)
	x := build.New(d, build.Config{})
	atts := x.Run()
	if len(atts) != 1 || d.Slice(atts[0].Cue) != "said in a statement" {
		t.Fatalf("the rules found %d attributions, want one cued by 'said in a statement' (the test would teach nothing)", len(atts))
	}
	atts = b.Refine(x, atts)
	if len(atts) != 1 || d.Slice(atts[0].Cue) != "said" || d.Slice(atts[0].Content) != "the city would pay" {
		t.Errorf("redrawn: %d attributions, the first cue %q content %q; want the bare cue and content without 'that'",
			len(atts), d.Slice(atts[0].Cue), d.Slice(atts[0].Content))
	}
}

// Attributions that share their cue (the halves of a split or continued
// quotation) are redrawn as one: the later half's hold on the cue's words
// does not keep the first from being redrawn, and the later takes the
// first's cue.
func TestSharedCueIsRedrawn(t *testing.T) {
	b := statementRanker(t)

	text, spec := statement("Marek", "Stoyan", "city", "pay")
	d := handbuilt.Sentences(t, text+" The crews would wait.", spec,
		"The/DT/the/1/det crews/NN/crew/3/nsubj would/MD/would/3/aux wait/VB/wait/-1/root ./././3/punct")
	x := build.New(d, build.Config{})
	atts := x.Run()
	if len(atts) != 1 || d.Slice(atts[0].Cue) != "said in a statement" {
		t.Fatalf("the rules found %d attributions, want one cued by 'said in a statement' (the test would teach nothing)", len(atts))
	}
	more := atts[0] // as a continued quotation shares cue and source
	s := d.Sentences[1]
	more.Content = newsgraph.Span{Start: d.Tokens[s.FirstToken].Start, End: d.Tokens[s.EndToken-2].End}
	atts = b.Refine(x, append(atts, more))
	if len(atts) != 2 || d.Slice(atts[0].Cue) != "said" || atts[1].Cue != atts[0].Cue {
		var cues []string
		for _, a := range atts {
			cues = append(cues, d.Slice(a.Cue))
		}
		t.Errorf("redrawn cues %q, want \"said\" for both", cues)
	}
}
