package newsgraph_test

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph"
)

// validDoc is "Lind said no." with its tokens, one sentence and one
// attribution.
func validDoc() *newsgraph.Doc {
	d := newsgraph.NewDoc(newsgraph.Metadata{}, []newsgraph.Block{{Kind: newsgraph.KindBody, Text: "Lind said no."}})
	d.Tokens = []newsgraph.Token{
		{Span: newsgraph.Span{Start: 0, End: 4}, Head: 1}, {Span: newsgraph.Span{Start: 5, End: 9}, Head: -1},
		{Span: newsgraph.Span{Start: 10, End: 12}, Head: 1}, {Span: newsgraph.Span{Start: 12, End: 13}, Head: 1},
	}
	d.Sentences = []newsgraph.Sentence{{Span: newsgraph.Span{Start: 0, End: 13}, FirstToken: 0, EndToken: 4}}
	src := newsgraph.Span{Start: 0, End: 4}
	d.Attributions = []newsgraph.Attribution{{Kind: newsgraph.Indirect, Source: &src,
		Cue: newsgraph.Span{Start: 5, End: 9}, Content: newsgraph.Span{Start: 10, End: 12}}}
	return d
}

func diagnosed(d *newsgraph.Doc, code string) bool {
	for _, g := range d.Diagnostics {
		if g.Code == code {
			return true
		}
	}
	return false
}

func TestValidateKeepsAValidDoc(t *testing.T) {
	d := validDoc()
	if !d.Validate() || len(d.Diagnostics) != 0 || len(d.Tokens) != 4 || len(d.Attributions) != 1 {
		t.Errorf("a valid doc was changed: %d tokens, %d attributions, %v", len(d.Tokens), len(d.Attributions), d.Diagnostics)
	}
}

func TestValidateDropsWhatDoesNotFit(t *testing.T) {
	for name, c := range map[string]struct {
		spoil func(d *newsgraph.Doc)
		check func(d *newsgraph.Doc) bool
	}{
		"reversed content": {
			func(d *newsgraph.Doc) { d.Attributions[0].Content = newsgraph.Span{Start: 10, End: 9} },
			func(d *newsgraph.Doc) bool { return len(d.Attributions) == 0 && len(d.Tokens) == 4 }},
		"source past the end": {
			func(d *newsgraph.Doc) { d.Attributions[0].Source = &newsgraph.Span{Start: 10, End: 99} },
			func(d *newsgraph.Doc) bool { return len(d.Attributions) == 0 }},
		"token out of order": {
			func(d *newsgraph.Doc) { d.Tokens[2].Span = newsgraph.Span{Start: 1, End: 3} },
			func(d *newsgraph.Doc) bool { return d.Tokens == nil && d.Sentences == nil && len(d.Attributions) == 1 }},
		"head past the tokens": {
			func(d *newsgraph.Doc) { d.Tokens[0].Head = 7 },
			func(d *newsgraph.Doc) bool {
				return len(d.Tokens) == 4 && d.Tokens[0].Head == -1 && d.Tokens[2].Head == -1
			}},
		"sentence past the tokens": {
			func(d *newsgraph.Doc) { d.Sentences[0].EndToken = 5 },
			func(d *newsgraph.Doc) bool { return len(d.Sentences) == 0 && len(d.Tokens) == 4 }},
		"mention inside a rune": {
			func(d *newsgraph.Doc) {
				d.Text = "Lönd said no."
				d.Mentions = []newsgraph.Mention{{Span: newsgraph.Span{Start: 0, End: 2}, Type: "PER", Entity: 0},
					{Span: newsgraph.Span{Start: 0, End: 5}, Type: "PER", Entity: 0}}
				d.Entities = []newsgraph.Entity{{Type: "PER", Name: "Lönd", Mentions: []int{0, 1}}}
			},
			func(d *newsgraph.Doc) bool {
				return len(d.Mentions) == 1 && len(d.Entities) == 1 && slices.Equal(d.Entities[0].Mentions, []int{0})
			}},
		"mention of no entity": {
			func(d *newsgraph.Doc) {
				d.Mentions = []newsgraph.Mention{{Span: newsgraph.Span{Start: 0, End: 4}, Type: "PER", Entity: 3}}
			},
			func(d *newsgraph.Doc) bool { return len(d.Mentions) == 0 }},
		"speaker of no entity": {
			func(d *newsgraph.Doc) {
				d.Attributions[0].Speaker = &newsgraph.Referent{Entity: 2, Name: "Lind", Mention: newsgraph.Span{Start: 0, End: 4}}
			},
			func(d *newsgraph.Doc) bool { return len(d.Attributions) == 0 }},
		"group member of no entity": {
			func(d *newsgraph.Doc) {
				d.Entities = []newsgraph.Entity{{Type: "PER", Name: "the two", Members: []int{0, 5}}}
			},
			func(d *newsgraph.Doc) bool { return slices.Equal(d.Entities[0].Members, []int(nil)) }},
	} {
		d := validDoc()
		c.spoil(d)
		if d.Validate() {
			t.Errorf("%s: reported valid", name)
		}
		if !c.check(d) || !diagnosed(d, "invalid-span") {
			t.Errorf("%s: not dropped as it should be: %+v", name, d)
		}
		if _, err := json.Marshal(d); err != nil {
			t.Errorf("%s: the cleaned doc does not encode: %v", name, err)
		}
	}
}

// An uncleaned doc with a reversed span is an encoding error, not a panic.
func TestMarshalReversedSpanIsAnError(t *testing.T) {
	d := validDoc()
	d.Attributions[0].Content = newsgraph.Span{Start: 10, End: 9}
	if _, err := json.Marshal(d); err == nil || !strings.Contains(err.Error(), "cannot be encoded") {
		t.Errorf("got %v, want an encoding error", err)
	}
}

// A stored document damaged in one place is read, less the damage.
func TestUnmarshalDropsSpansOutsideTheText(t *testing.T) {
	in := `{"schema":"newsgraph.doc/2","text":"abc",
		"tokens":[{"start":0,"end":9,"text":"abc"}],
		"sentences":[{"start":2,"end":1}],
		"entities":[{"id":0,"type":"ORG","name":"abc","mentions":[{"start":0,"end":3,"text":"abc","kind":"name"},{"start":-1,"end":2,"text":"ab","kind":"name"}]}]}`
	var d newsgraph.Doc
	if err := json.Unmarshal([]byte(in), &d); err != nil {
		t.Fatal(err)
	}
	if len(d.Tokens) != 0 || len(d.Sentences) != 0 || len(d.Mentions) != 1 || d.Entities[0].Type != "ORG" || !diagnosed(&d, "invalid-span") {
		t.Errorf("got %d tokens, %d sentences, mentions %+v, diagnostics %v", len(d.Tokens), len(d.Sentences), d.Mentions, d.Diagnostics)
	}
}

// CodePoints agrees with a count of runes at every byte offset of a long
// mixed text, inside runes (rounded down to the rune) and at the end.
func TestCodePointsAtEveryOffset(t *testing.T) {
	for _, text := range []string{strings.Repeat("Zoë said “ja” — 北京 🚢 ok. ", 20), "é" + strings.Repeat("x", 62), strings.Repeat("é", 64)} {
		checkCodePoints(t, text)
	}
}

func checkCodePoints(t *testing.T, text string) {
	t.Helper()
	cp := newsgraph.NewCodePoints(text)
	runeAt := make([]int, len(text)+1) // byte offset -> index of the rune holding it
	k := 0
	for i, r := range text {
		for j := range utf8.RuneLen(r) {
			runeAt[i+j] = k
		}
		k++
	}
	runeAt[len(text)] = k
	for b, want := range runeAt {
		if got := cp.At(b); got != want {
			t.Fatalf("byte %d: got %d, want %d", b, got, want)
		}
	}
}
