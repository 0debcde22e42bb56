package index

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
)

func TestBuild(t *testing.T) {
	d := newsgraph.NewDoc(newsgraph.Metadata{}, []newsgraph.Block{
		{Kind: newsgraph.KindBody, Text: "Kim Jong Un met Putin in Vladivostok’s port. “Moscow’s friend,” Kim said."}})
	at := func(s string, typ string) newsgraph.Entity {
		i := strings.Index(d.Text, s)
		return newsgraph.Entity{Span: newsgraph.Span{Start: i, End: i + len(s)}, Type: typ}
	}
	kim := at("Kim said", "PER")
	kim.End = kim.Start + len("Kim")
	d.Entities = []newsgraph.Entity{at("Kim Jong Un", "PER"), at("Putin", "PER"), at("Vladivostok’s", "LOC"), at("Moscow", "LOC"), kim}
	content := at("“Moscow’s friend,”", "").Span
	d.Attributions = []newsgraph.Attribution{{Kind: newsgraph.Direct, Source: &kim.Span, Cue: at("said", "").Span,
		Content: content, Speaker: &newsgraph.Speaker{Name: "Kim Jong Un", Mention: d.Entities[0].Span}}}
	r := Build(d)
	var names []string
	for _, e := range r.Entities {
		names = append(names, e.Type+":"+e.Name)
	}
	if got := strings.Join(names, "|"); got != "PER:Kim Jong Un|PER:Putin|LOC:Vladivostok|LOC:Moscow" {
		t.Errorf("entities %s", got)
	}
	q := r.Quotes[0]
	if q.SpeakerID == nil || q.SpeakerID.Name != "Kim Jong Un" || len(q.About) != 1 || q.About[0].Name != "Moscow" {
		t.Errorf("quote %+v", q)
	}
	// Code-point offsets: the curly quote before Moscow is one code point.
	if runes := []rune(d.Text); string(runes[q.Content.Start:q.Content.End]) != q.Content.Text {
		t.Errorf("content offsets [%d,%d) do not give %q", q.Content.Start, q.Content.End, q.Content.Text)
	}
}
