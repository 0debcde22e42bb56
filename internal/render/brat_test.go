package render

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/corpus"
)

// The standoff BRAT writes reads back with the project's own BRAT reader
// as PolNeAR's does: each attribution's source, cue and content, by
// characters, a quotation over two paragraphs in two fragments.
func TestBRATReadsBackAsPolNeAR(t *testing.T) {
	d := newsgraph.NewDoc(newsgraph.Metadata{}, []newsgraph.Block{
		{Kind: newsgraph.KindBody, Text: "Zoë Lind said the ferry would run."},
		{Kind: newsgraph.KindBody, Text: "“It will,” she said. “Again.”"},
	})
	at := func(w string) newsgraph.Span {
		i := strings.Index(d.Text, w)
		return newsgraph.Span{Start: i, End: i + len(w)}
	}
	src := at("Zoë Lind")
	d.Attributions = []newsgraph.Attribution{
		{Kind: newsgraph.Indirect, Source: &src, Cue: at("said"), Content: at("the ferry would run")},
		{Kind: newsgraph.Direct, Cue: at("she said"), Content: newsgraph.Span{Start: at("ferry would run.").Start, End: at("“Again.”").End}},
	}
	var b strings.Builder
	if err := BRAT(&b, d); err != nil {
		t.Fatal(err)
	}
	ann, err := corpus.ParseBrat(b.String())
	if err != nil {
		t.Fatalf("%v\n%s", err, b.String())
	}
	runes := []rune(d.Text)
	var got []string
	for _, s := range ann.Spans {
		start, end := s.Covering()
		got = append(got, s.Type+"="+string(runes[start:end]))
	}
	joined := strings.Join(got, "|")
	for _, want := range []string{"Source=Zoë Lind", "Cue=said", "Content=the ferry would run", "Cue=she said"} {
		if !strings.Contains(joined, want) {
			t.Errorf("spans %q lack %q\n%s", joined, want, b.String())
		}
	}
	if !strings.Contains(b.String(), ";") {
		t.Errorf("the content over a paragraph break is one fragment:\n%s", b.String())
	}
	if len(ann.Relations) != 2 || ann.Relations[0].Roles["Source"] == "" || ann.Relations[1].Roles["Content"] == "" {
		t.Errorf("attribution events %+v:\n%s", ann.Relations, b.String())
	}
}
