package corpus

import (
	"strings"
	"testing"
)

// An invented file with the published files' quirks: a self-closed
// <Sentence .../> opening a record, '#' lines, comments, a noevents and
// an error record.
const fixturePetrarch = `<?xml version='1.0' encoding='utf-8'?>
<Validation>
# a comment line outside any element
<Environment>
    <Verbfile>Shire.verbs.txt</Verbfile>
    <Actorfile>A.actors.txt, B.actors.txt</Actorfile>
</Environment>
<Sentences>
<Sentence category="TEST" date="20200102" id="T_1" evaluate="true"/>
<!-- <EventCoding eventcode="999" sourcecode="X" targetcode="Y" /> -->
<EventCoding eventcode="051" sourcecode="LOT" targetcode="ROH" />
<Text>
Lothlorien praised
Rohan &amp; Gondor.
</Text>
<Parse>
1	Lothlorien	Lothlorien	PROPN	NNP	_	2	nsubj	_	_
</Parse></Sentence>
<Sentence source="DEMO" date="20200103" id="T_2">
<EventCoding noevents="True" />
<Text>Nothing happened.</Text>
</Sentence>
<Sentence id="T_3"><EventCoding error="dateline" /><Text>x</Text></Sentence>
</Sentences>
`

func TestReadPetrarch(t *testing.T) {
	f, err := ReadPetrarch(strings.NewReader(fixturePetrarch))
	if err != nil {
		t.Fatal(err)
	}
	if got := f.Env["Actorfile"]; len(got) != 2 || got[1] != "B.actors.txt" || f.Env["Verbfile"][0] != "Shire.verbs.txt" {
		t.Errorf("environment %v", f.Env)
	}
	if len(f.Records) != 3 {
		t.Fatalf("%d records", len(f.Records))
	}
	r := f.Records[0]
	if r.ID != "T_1" || r.Date != "20200102" || r.Category != "TEST" || r.Line != 9 {
		t.Errorf("record %+v", r)
	}
	if r.Text != "Lothlorien praised\nRohan & Gondor." || !strings.HasPrefix(r.Parse, "1\tLothlorien") {
		t.Errorf("text %q parse %q", r.Text, r.Parse)
	}
	if len(r.Gold) != 1 || r.Gold[0] != (PetrarchCoding{"LOT", "ROH", "051"}) {
		t.Errorf("the commented coding was read, or the real one lost: %+v", r.Gold)
	}
	if !f.Records[1].NoEvents || f.Records[1].Category != "DEMO" || !f.Records[2].NoEvents {
		t.Errorf("noevents and error records: %+v", f.Records[1:])
	}
}

func TestReadPetrarchErrors(t *testing.T) {
	for _, s := range []string{
		`<Sentence id="a"><EventCoding eventcode="010" /><Text>x</Text></Sentence>`,
		`<Sentence id="a"></Sentence>`,
		`<Sentence id="a"`,
	} {
		if _, err := ReadPetrarch(strings.NewReader(s)); err == nil {
			t.Errorf("%q read without error", s)
		}
	}
}

func FuzzPetrarch(f *testing.F) {
	f.Add(fixturePetrarch)
	f.Add(`<Sentence id='x' date=20200101><Text></Text><EventCoding noevents="true"<Sentence `)
	f.Add("<!-- <Sentence id=\"a\"><Text>x</Text> --><Environment><A></A><B>")
	f.Fuzz(func(t *testing.T, s string) {
		pf, err := ReadPetrarch(strings.NewReader(s))
		if err != nil {
			return
		}
		for _, r := range pf.Records {
			if r.Line < 1 || r.Line > strings.Count(s, "\n")+1 {
				t.Errorf("record at line %d", r.Line)
			}
			for _, g := range r.Gold {
				if g.Event == "" || g.Source == "" || g.Target == "" {
					t.Errorf("coding with an empty code %+v", g)
				}
			}
		}
	})
}
