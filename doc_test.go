package newsgraph_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
)

func sampleDoc() *newsgraph.Doc {
	d := newsgraph.NewDoc(newsgraph.Metadata{Authors: []string{"A. Writer"}}, []newsgraph.Block{
		{Kind: newsgraph.KindTitle, Text: "Kösz: “Ja”"},
		{Kind: newsgraph.KindBody, Text: "  “Ja,” sagte Zoë.  "},
	})
	// Tokens of the body paragraph, by byte offsets.
	body := d.Paragraphs[1].Start
	for _, w := range []string{"“", "Ja", ",", "”", "sagte", "Zoë", "."} {
		i := strings.Index(d.Text[body:], w) + body
		d.Tokens = append(d.Tokens, newsgraph.Token{Span: newsgraph.Span{Start: i, End: i + len(w)}, Head: -1})
		body = i + len(w)
	}
	src := d.Tokens[5].Span
	d.Mentions = []newsgraph.Mention{{Span: src, Kind: newsgraph.MentionName, Type: "PER", Entity: 0}}
	d.Entities = []newsgraph.Entity{{Type: "PER", Name: "Zoë", Mentions: []int{0}}}
	d.Attributions = []newsgraph.Attribution{{Kind: newsgraph.Direct, Source: &src, Cue: d.Tokens[4].Span,
		Content: newsgraph.Span{Start: d.Tokens[1].Start, End: d.Tokens[1].End},
		Speaker: &newsgraph.Referent{Entity: 0, Name: "Zoë", Mention: src}}}
	return d
}

func TestNewDocLaysOutParagraphs(t *testing.T) {
	d := sampleDoc()
	if want := "Kösz: “Ja”\n\n“Ja,” sagte Zoë."; d.Text != want {
		t.Fatalf("Text = %q, want %q", d.Text, want)
	}
	if d.Title() != "Kösz: “Ja”" || d.Meta.Title != d.Title() {
		t.Errorf("Title() = %q, Meta.Title = %q", d.Title(), d.Meta.Title)
	}
	if len(d.Body()) != 1 || d.Slice(d.Body()[0].Span) != "“Ja,” sagte Zoë." {
		t.Errorf("Body() = %v", d.Body())
	}
}

func TestJSONOffsetsCountCodePoints(t *testing.T) {
	d := sampleDoc()
	b, err := json.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	var j struct {
		Schema, Offsets, Text string
		Tokens                []struct {
			Start, End int
			Text       string
		}
		Attributions []struct {
			Speaker struct{ Mention struct{ Start, End int } }
		}
	}
	if err := json.Unmarshal(b, &j); err != nil {
		t.Fatal(err)
	}
	if j.Schema != newsgraph.SchemaVersion || j.Offsets != newsgraph.OffsetUnit {
		t.Errorf("schema %q offsets %q", j.Schema, j.Offsets)
	}
	runes := []rune(j.Text)
	for _, tok := range j.Tokens {
		if got := string(runes[tok.Start:tok.End]); got != tok.Text {
			t.Errorf("runes[%d:%d] = %q, token text %q", tok.Start, tok.End, got, tok.Text)
		}
	}
	m := j.Attributions[0].Speaker.Mention
	if got := string(runes[m.Start:m.End]); got != "Zoë" {
		t.Errorf("speaker mention = %q", got)
	}
}

// roundTrip writes d as JSON, reads it back, and fails the test when
// writing the copy gives other JSON.
func roundTrip(t *testing.T, d *newsgraph.Doc) *newsgraph.Doc {
	t.Helper()
	b, err := json.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	var back newsgraph.Doc
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	b2, err := json.Marshal(&back)
	if err != nil {
		t.Fatal(err)
	}
	if string(b) != string(b2) {
		t.Errorf("round trip changed the document:\n%s\n%s", b, b2)
	}
	return &back
}

func TestJSONRoundTrip(t *testing.T) {
	d := sampleDoc()
	back := roundTrip(t, d)
	if back.Tokens[5] != d.Tokens[5] || *back.Attributions[0].Source != *d.Attributions[0].Source {
		t.Errorf("byte offsets not restored: %+v vs %+v", back.Tokens[5], d.Tokens[5])
	}
	if len(back.Mentions) != 1 || back.Mentions[0] != d.Mentions[0] || back.Attributions[0].Speaker.Entity != 0 {
		t.Errorf("entities not restored: mentions %+v, speaker %+v", back.Mentions, back.Attributions[0].Speaker)
	}
}

// Entities are written with their mentions nested; a speaker names its
// entity by ID.
func TestJSONEntitiesNestMentions(t *testing.T) {
	b, err := json.Marshal(sampleDoc())
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"entities":[{"id":0,"type":"PER","name":"Zoë","mentions":[{"start":24,"end":27,"text":"Zoë","kind":"name"}]}]`,
		`"speaker":{"entity":0,"name":"Zoë","mention":{"start":24,"end":27,"text":"Zoë"}}`, `"addressee":null`} {
		if !strings.Contains(string(b), want) {
			t.Errorf("JSON lacks %s:\n%s", want, b)
		}
	}
}

// A document written in newsgraph.doc/1 is still read: each of its
// entities becomes an entity of one mention, its speakers referents to no
// entity.
func TestUnmarshalReadsSchemaV1(t *testing.T) {
	in := `{"schema":"newsgraph.doc/1","offsets":"unicode-codepoints","text":"Lind told Varga no.",
		"entities":[{"start":0,"end":4,"text":"Lind","type":"PER"},{"start":10,"end":15,"text":"Varga","type":"PER"}],
		"attributions":[{"kind":"indirect","source":{"start":0,"end":4,"text":"Lind"},"cue":{"start":5,"end":9,"text":"told"},
		"content":{"start":16,"end":18,"text":"no"},"speaker":{"name":"Lind","mention":{"start":0,"end":4,"text":"Lind"}},
		"addressee":{"start":10,"end":15,"text":"Varga"}}]}`
	var d newsgraph.Doc
	if err := json.Unmarshal([]byte(in), &d); err != nil {
		t.Fatal(err)
	}
	if len(d.Entities) != 2 || len(d.Mentions) != 2 || d.Entities[1].Name != "Varga" || d.Mentions[1].Entity != 1 {
		t.Fatalf("entities %+v, mentions %+v", d.Entities, d.Mentions)
	}
	a := d.Attributions[0]
	if a.Speaker == nil || a.Speaker.Name != "Lind" || a.Speaker.Entity != newsgraph.NoEntity ||
		a.Addressee == nil || d.Slice(a.Addressee.Mention) != "Varga" {
		t.Errorf("speaker %+v, addressee %+v", a.Speaker, a.Addressee)
	}
}

func TestUnmarshalRejectsBadDocuments(t *testing.T) {
	for name, in := range map[string]string{
		"wrong schema": `{"schema":"other/9","text":"abc"}`,
		"bad date":     `{"schema":"newsgraph.doc/1","text":"abc","published":"yesterday"}`,
	} {
		var d newsgraph.Doc
		if err := json.Unmarshal([]byte(in), &d); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}
