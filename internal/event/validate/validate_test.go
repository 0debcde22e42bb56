package validate

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/actors"
	"github.com/newsgraph/newsgraph/internal/corpus"
	"github.com/newsgraph/newsgraph/internal/event"
	"github.com/newsgraph/newsgraph/internal/event/dict"
)

const parse = "1\tLothlorien\tLothlorien\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n" +
	"2\tpraised\tpraise\tVERB\tVBD\t_\t0\troot\t_\t_\n" +
	"3\tRohan\tRohan\tPROPN\tNNP\t_\t2\tobj\t_\tSpaceAfter=No\n" +
	"4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_"

func record() corpus.PetrarchRecord {
	return corpus.PetrarchRecord{ID: "T", Date: "20200102", Text: "Lothlorien\npraised Rohan.", Parse: parse,
		Gold: []corpus.PetrarchCoding{{Source: "LOT", Target: "ROH", Event: "051"}, {Source: "LOT", Target: "ROH", Event: "042"}}}
}

func TestGoldDocSpansPointAtTheText(t *testing.T) {
	d, err := GoldDoc(record())
	if err != nil {
		t.Fatal(err)
	}
	var words []string
	for i := range d.Tokens {
		words = append(words, d.TokenText(i))
	}
	if !slices.Equal(words, []string{"Lothlorien", "praised", "Rohan", "."}) || d.Tokens[0].Head != 1 || d.Tokens[1].Head != -1 {
		t.Errorf("tokens %v %+v", words, d.Tokens)
	}
	if d.Meta.Published.Year() != 2020 || len(d.Sentences) != 1 {
		t.Errorf("meta %+v sentences %+v", d.Meta, d.Sentences)
	}
	// A parse whose words are not the text's is coded as its words read.
	for _, text := range []string{"Lorien praised Rohan.", ""} {
		bad := record()
		bad.Text = text
		d, err := GoldDoc(bad)
		if err != nil {
			t.Fatal(err)
		}
		if d.Text != "Lothlorien praised Rohan." || d.TokenText(2) != "Rohan" || d.Sentences[0].End != len(d.Text) {
			t.Errorf("text %q gave %q, tokens %+v", text, d.Text, d.Tokens)
		}
	}
}

func TestCountIsMultiset(t *testing.T) {
	var c Count
	a, b := Triple{"A", "B", "051"}, Triple{"A", "B", "042"}
	missed, extra := c.Add([]Triple{a, a, b}, []Triple{a, b, b})
	if c.Matched != 2 || len(missed) != 1 || len(extra) != 1 {
		t.Errorf("matched %d missed %v extra %v", c.Matched, missed, extra)
	}
	if s := c.PRF(); s.Precision != 2.0/3 || s.Recall != 2.0/3 {
		t.Errorf("scores %+v", s)
	}
}

func TestRunScoresAndGroupsFailures(t *testing.T) {
	v, _ := dict.ReadVerbs(strings.NewReader("--- PRAISE [051] ---\nPRAISE\n"), "v.txt")
	acts, _ := actors.ReadActors(strings.NewReader("LOTHLORIEN [LOT]\nROHAN [ROH]\n"), "a.txt")
	c := &event.Coder{Verbs: dict.Compile(v), Actors: event.DictCoder{KB: actors.Build(acts, nil)}}
	quiet := record()
	quiet.ID, quiet.Gold, quiet.NoEvents = "Q", nil, true
	r, err := Run(context.Background(), c, []corpus.PetrarchRecord{record(), quiet}, FromParse)
	if err != nil {
		t.Fatal(err)
	}
	if r.Records != 2 || r.Triples.Precision != 0.5 || r.Triples.Recall != 0.5 || r.Root.Recall != 0.5 {
		t.Errorf("scores %+v", r.Scores)
	}
	if r.Causes["wrong code"] != 1 || r.Causes["event in a noevents record"] != 1 || r.Failed != 2 {
		t.Errorf("causes %v", r.Causes)
	}
}

// Any CoNLL-U a validation file holds gives a Doc or an error, and the
// coder codes it without a panic.
func FuzzGoldDoc(f *testing.F) {
	f.Add("Lothlorien praised Rohan.", parse)
	f.Add("a b", "1\ta\ta\tVERB\tVB\t_\t2\tnsubj\t_\t_\n2\tb\tb\tNOUN\tNN\t_\t1\tobj\t_\t_")
	v, _ := dict.ReadVerbs(strings.NewReader("--- PRAISE [051:052] ---\nPRAISE\n- * (FOR {BRAVE &X}) $ [010]\n"), "v.txt")
	acts, _ := actors.ReadActors(strings.NewReader("LOTHLORIEN [LOT]\nROHAN [ROH]\n"), "a.txt")
	c := &event.Coder{Verbs: dict.Compile(v), Actors: event.DictCoder{KB: actors.Build(acts, nil)}, KeepNonCAMEO: true}
	f.Fuzz(func(t *testing.T, text, conllu string) {
		d, err := GoldDoc(corpus.PetrarchRecord{Text: text, Parse: conllu})
		if err != nil {
			return
		}
		for i, tk := range d.Tokens {
			if tk.Start < 0 || tk.End > len(d.Text) || tk.Start > tk.End {
				t.Fatalf("token %d %+v outside the text %q", i, tk.Span, d.Text)
			}
		}
		events, _ := c.Code(d)
		for _, e := range events {
			if e.Verb.Start < 0 || e.Verb.End > len(d.Text) || e.Verb.Start > e.Verb.End {
				t.Errorf("verb span %+v outside the text", e.Verb)
			}
		}
	})
}

// A denied act is no triple: PETRARCH codes nothing for "did not attack".
func TestTriplesLeaveDeniedActsOut(t *testing.T) {
	p := []newsgraph.Participant{{Codes: []string{"LOT"}}}
	events := []newsgraph.Event{{CAMEO: "190", Actor: p, Recipient: p, Modality: newsgraph.Negated},
		{CAMEO: "051", Actor: p, Recipient: p, Modality: newsgraph.Asserted}}
	if got := Triples(events); len(got) != 1 || got[0].Event != "051" {
		t.Errorf("triples %v", got)
	}
}

// Records are dated YYYYMMDD, and now and then YYMMDD, whose two-digit
// years up to 30 are in the 2000s.
func TestDateReadsBothForms(t *testing.T) {
	for in, want := range map[string]string{"20080806": "2008-08-06", "121108": "2012-11-08", "300101": "2030-01-01",
		"691231": "1969-12-31", "310101": "1931-01-01", "": "0001-01-01", "2008": "0001-01-01"} {
		if got := Date(corpus.PetrarchRecord{Date: in}).Format("2006-01-02"); got != want {
			t.Errorf("%q: %s, want %s", in, got, want)
		}
	}
}
