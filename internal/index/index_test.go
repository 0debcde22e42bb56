package index

import (
	"math"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
)

func TestBuild(t *testing.T) {
	d := newsgraph.NewDoc(newsgraph.Metadata{}, []newsgraph.Block{
		{Kind: newsgraph.KindBody, Text: "Kim Jong Un met Putin in Vladivostok’s port. “Moscow’s friend,” Kim said."}})
	at := func(s string) newsgraph.Span {
		i := strings.Index(d.Text, s)
		return newsgraph.Span{Start: i, End: i + len(s)}
	}
	name := func(s, typ string, entity int) newsgraph.Mention {
		return newsgraph.Mention{Span: at(s), Kind: newsgraph.MentionName, Type: typ, Entity: entity}
	}
	kim := name("Kim said", "PER", 0)
	kim.End = kim.Start + len("Kim")
	d.Mentions = []newsgraph.Mention{name("Kim Jong Un", "PER", 0), name("Putin", "PER", 1), name("Vladivostok’s", "LOC", 2),
		name("Moscow", "LOC", 3), kim}
	d.Entities = []newsgraph.Entity{{Type: "PER", Name: "Kim Jong Un", Mentions: []int{0, 4}}, {Type: "PER", Name: "Putin", Mentions: []int{1}},
		{Type: "LOC", Name: "Vladivostok’s", Mentions: []int{2}}, {Type: "LOC", Name: "Moscow", Mentions: []int{3}},
		{Type: "PER", Name: "the two", Members: []int{0, 1}}}
	d.Attributions = []newsgraph.Attribution{{Kind: newsgraph.Direct, Type: newsgraph.Statement, Confidence: 0.82, Source: &kim.Span, Cue: at("said"),
		Content: at("“Moscow’s friend,”"), Speaker: &newsgraph.Referent{Entity: 0, Name: "Kim Jong Un", Mention: kim.Span}}}
	r := Build(d)
	var names []string
	for _, e := range r.Entities {
		names = append(names, e.Type+":"+e.Name)
	}
	if got := strings.Join(names, "|"); got != "PER:Kim Jong Un|PER:Putin|LOC:Vladivostok|LOC:Moscow" {
		t.Errorf("entities %s", got)
	}
	q := r.Quotes[0]
	if q.SpeakerID == nil || q.SpeakerID.Name != "Kim Jong Un" || len(q.About) != 1 || q.About[0].Name != "Moscow" ||
		q.Type != "statement" || q.Confidence != 0.82 {
		t.Errorf("quote %+v", q)
	}
	// Code-point offsets: the curly quote before Moscow is one code point.
	if runes := []rune(d.Text); string(runes[q.Content.Start:q.Content.End]) != q.Content.Text {
		t.Errorf("content offsets [%d,%d) do not give %q", q.Content.Start, q.Content.End, q.Content.Text)
	}
}

// A speaker whose entity has only pronoun mentions (the writer, named by
// the byline, quoting themself as "I") is stored as an entity too, so the
// store can count the quote under it.
func TestBuildSpeakerKnownByPronounsOnly(t *testing.T) {
	d := newsgraph.NewDoc(newsgraph.Metadata{}, []newsgraph.Block{
		{Kind: newsgraph.KindBody, Text: "“It rained,” I said."}})
	i := strings.Index(d.Text, "I said")
	me := newsgraph.Span{Start: i, End: i + 1}
	d.Mentions = []newsgraph.Mention{{Span: me, Kind: newsgraph.MentionPronoun, Type: "PER", Entity: 0}}
	d.Entities = []newsgraph.Entity{{Type: "PER", Name: "Ann Writer", Mentions: []int{0}}}
	cue := newsgraph.Span{Start: i + 2, End: i + 6}
	d.Attributions = []newsgraph.Attribution{{Kind: newsgraph.Direct, Source: &me, Cue: cue,
		Content: newsgraph.Span{Start: 0, End: strings.Index(d.Text, " I")}, Speaker: &newsgraph.Referent{Entity: 0, Name: "Ann Writer", Mention: me}}}
	r := Build(d)
	if len(r.Entities) != 1 || r.Entities[0].Name != "Ann Writer" || len(r.Mentions) != 0 {
		t.Fatalf("entities %+v, mentions %+v", r.Entities, r.Mentions)
	}
	if q := r.Quotes[0]; q.SpeakerID == nil || *q.SpeakerID != r.Entities[0] {
		t.Errorf("quote speaker %+v", q.SpeakerID)
	}
}

// An entity known only by descriptions is the article's own: not stored,
// so that "the people" of every article do not become one entity.
func TestDescriptionsOnlyStayInTheArticle(t *testing.T) {
	d := newsgraph.NewDoc(newsgraph.Metadata{}, []newsgraph.Block{
		{Kind: newsgraph.KindBody, Text: "The people voted. The people won. Ann Lee lost."}})
	at := func(s string, n int) newsgraph.Span {
		i := strings.Index(d.Text, s)
		if n > 0 {
			i = strings.LastIndex(d.Text, s)
		}
		return newsgraph.Span{Start: i, End: i + len(s)}
	}
	d.Mentions = []newsgraph.Mention{{Span: at("The people", 0), Kind: newsgraph.MentionDescription, Type: "PER", Entity: 0},
		{Span: at("The people", 1), Kind: newsgraph.MentionDescription, Type: "PER", Entity: 0},
		{Span: at("Ann Lee", 0), Kind: newsgraph.MentionName, Type: "PER", Entity: 1}}
	d.Entities = []newsgraph.Entity{{Type: "PER", Name: "The people", Mentions: []int{0, 1}}, {Type: "PER", Name: "Ann Lee", Mentions: []int{2}}}
	r := Build(d)
	if len(r.Entities) != 1 || r.Entities[0].Name != "Ann Lee" || len(r.Mentions) != 1 {
		t.Errorf("entities %+v, mentions %+v", r.Entities, r.Mentions)
	}
}

// A confidence outside 0..1 is bounded, and a NaN is taken as not scored:
// the store keeps only numbers from 0 to 1.
func TestConfidenceBounded(t *testing.T) {
	for _, c := range []struct{ in, want float64 }{{0.5, 0.5}, {0, 0}, {-0.2, 0}, {1.7, 1}, {math.NaN(), 0}, {math.Inf(1), 1}} {
		if got := confidence(c.in); got != c.want {
			t.Errorf("confidence(%v) = %v, want %v", c.in, got, c.want)
		}
	}
}
