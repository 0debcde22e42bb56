package attrib_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/attrib"
	"github.com/newsgraph/newsgraph/internal/coref"
	"github.com/newsgraph/newsgraph/internal/pipeline"
	"github.com/newsgraph/newsgraph/internal/segment"
)

// handTok is one token's annotation, set by hand so that no model's
// retraining can change what a rule sees.
type handTok struct {
	text, tag, lemma string
	head             int // index among the sentence's tokens, -1 for its root
	dep              string
}

// handBuilt segments text with the rule-based segmenter, then sets the tags,
// lemmas and heads of the last sentence from toks, which must match its
// tokens one for one.
func handBuilt(t *testing.T, text string, toks []handTok) *newsgraph.Doc {
	t.Helper()
	d := newsgraph.NewDoc(newsgraph.Metadata{}, []newsgraph.Block{{Kind: newsgraph.KindBody, Text: text}})
	segment.Segment(d)
	last := d.Sentences[len(d.Sentences)-1]
	if n := last.EndToken - last.FirstToken; n != len(toks) {
		t.Fatalf("the last sentence has %d tokens, the fixture %d", n, len(toks))
	}
	for i := range d.Tokens {
		d.Tokens[i].Tag, d.Tokens[i].Lemma, d.Tokens[i].Dep = "NN", d.TokenText(i), "dep"
	}
	for k, ht := range toks {
		i := last.FirstToken + k
		if got := d.TokenText(i); got != ht.text {
			t.Fatalf("token %d is %q, the fixture says %q", k, got, ht.text)
		}
		head := -1
		if ht.head >= 0 {
			head = last.FirstToken + ht.head
		}
		d.Tokens[i].Tag, d.Tokens[i].Lemma, d.Tokens[i].Head, d.Tokens[i].Dep = ht.tag, ht.lemma, head, ht.dep
	}
	return d
}

// A first verb whose whole clause is taken by a second verb and its own
// content ("he laughed and said, “…”") reports nothing: the rule that ends
// content before a clause with its own cue once left it an empty span that
// ended before it started, which crashed the JSON writer.
func TestCueWhoseContentIsAnotherCuesClause(t *testing.T) {
	d := handBuilt(t, "Asked about the vote, he laughed and said, “We will see.”", []handTok{
		{"Asked", "VBN", "ask", 8, "advcl"}, {"about", "IN", "about", 4, "case"}, {"the", "DT", "the", 4, "det"},
		{"vote", "NN", "vote", 0, "obl"}, {",", ",", ",", 0, "punct"},
		{"he", "PRP", "he", 6, "nsubj"}, {"laughed", "VBD", "laugh", -1, "root"}, {"and", "CC", "and", 8, "cc"},
		{"said", "VBD", "say", 6, "conj"}, {",", ",", ",", 13, "punct"}, {"“", "``", "“", 13, "punct"},
		{"We", "PRP", "we", 13, "nsubj"}, {"will", "MD", "will", 13, "aux"}, {"see", "VB", "see", 8, "ccomp"},
		{".", ".", ".", 13, "punct"}, {"”", "''", "”", 13, "punct"},
	})
	atts := attrib.FindWithCues(d, map[string]bool{"laugh": true, "say": true})
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

// Inside a speaker's quotation, "I" and "my" are the speaker: attribution
// adds them to the speaker's entity, which coreference could not know.
func TestSpeakersOwnWordsJoinTheirEntity(t *testing.T) {
	d := handBuilt(t, "“I keep my word,” Anja Lind said.", []handTok{
		{"“", "``", "“", 3, "punct"}, {"I", "PRP", "I", 2, "nsubj"}, {"keep", "VBP", "keep", 8, "ccomp"},
		{"my", "PRP$", "my", 4, "nmod:poss"}, {"word", "NN", "word", 2, "obj"}, {",", ",", ",", 2, "punct"},
		{"”", "''", "”", 2, "punct"}, {"Anja", "NNP", "Anja", 8, "nsubj"}, {"Lind", "NNP", "Lind", 7, "flat"},
		{"said", "VBD", "say", -1, "root"}, {".", ".", ".", 8, "punct"},
	})
	i := strings.Index(d.Text, "Anja Lind")
	d.Mentions = []newsgraph.Mention{{Span: newsgraph.Span{Start: i, End: i + len("Anja Lind")}, Kind: newsgraph.MentionName, Type: "PER", Entity: newsgraph.NoEntity}}
	coref.Resolve(d)
	if err := (attrib.Stage{}).Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, k := range d.Entities[0].Mentions {
		got = append(got, d.Slice(d.Mentions[k].Span))
	}
	if want := []string{"I", "my", "Anja Lind"}; !slices.Equal(got, want) || !d.Validate() {
		t.Errorf("Anja Lind's mentions %q, want %q (attributions %q)", got, want, spans(d))
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
