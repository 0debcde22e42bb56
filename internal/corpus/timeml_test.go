package corpus

import (
	"strings"
	"testing"
)

const inventedTimeML = `<?xml version="1.0" ?>
<TimeML>
<DOCID>INV001</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2031-05-09" functionInDocument="CREATION_TIME">May 9, 2031</TIMEX3></DCT>
<TEXT>
Kalmar &amp; Sons said <TIMEX3 tid="t1" type="DATE" value="2031-05-08">Thursday</TIMEX3> that the caf&#233; <EVENT eid="e1">opened</EVENT> in <TIMEX3 tid="t2" type="DATE" value="2029">2029</TIMEX3>.

Zoë &lt;the owner&gt; expects <TIMEX3 tid="t3" type="DURATION" value="P2W">two weeks</TIMEX3> of work.
</TEXT>
</TimeML>
`

func TestParseTimeML(t *testing.T) {
	d, err := ParseTimeML(strings.NewReader(inventedTimeML))
	if err != nil {
		t.Fatal(err)
	}
	if d.ID != "INV001" || d.DCT != "2031-05-09" {
		t.Errorf("id %q, DCT %q", d.ID, d.DCT)
	}
	if !strings.Contains(d.Text, "Kalmar & Sons") || !strings.Contains(d.Text, "café opened") || !strings.Contains(d.Text, "Zoë <the owner>") {
		t.Errorf("text not stripped and decoded: %q", d.Text)
	}
	want := []TimeMLTimex{
		{Type: "DATE", Value: "2031-05-08"},
		{Type: "DATE", Value: "2029"},
		{Type: "DURATION", Value: "P2W"},
	}
	words := []string{"Thursday", "2029", "two weeks"}
	if len(d.Timexes) != len(want) {
		t.Fatalf("%d timexes, want %d: %+v", len(d.Timexes), len(want), d.Timexes)
	}
	for i, x := range d.Timexes {
		if got := d.Text[x.Start:x.End]; got != words[i] {
			t.Errorf("timex %d covers %q, want %q", i, got, words[i])
		}
		if x.Type != want[i].Type || x.Value != want[i].Value {
			t.Errorf("timex %d is %s %s, want %s %s", i, x.Type, x.Value, want[i].Type, want[i].Value)
		}
	}
}

func TestParseTimeMLRejectsBadInput(t *testing.T) {
	for name, in := range map[string]string{
		"no text":       `<TimeML><DCT></DCT></TimeML>`,
		"unclosed text": `<TimeML><TEXT>a`,
		"nested timex":  `<TimeML><TEXT><TIMEX3>a<TIMEX3>b</TIMEX3></TIMEX3></TEXT></TimeML>`,
		"two texts":     `<TimeML><TEXT>a</TEXT><TEXT>b</TEXT></TimeML>`,
		"not xml":       `<TimeML><TEXT>a</TIMEX3></TEXT>`,
		"text in timex": `<TimeML><TEXT><TIMEX3>a</TEXT></TIMEX3></TimeML>`,
	} {
		if _, err := ParseTimeML(strings.NewReader(in)); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

func FuzzTimeML(f *testing.F) {
	f.Add(inventedTimeML)
	f.Add(`<TimeML><TEXT>on <TIMEX3 type="DATE" value="XXXX-WXX-3">Wednesday</TIMEX3></TEXT></TimeML>`)
	f.Add(`<TEXT><TIMEX3/></TEXT>`)
	f.Fuzz(func(t *testing.T, in string) {
		d, err := ParseTimeML(strings.NewReader(in))
		if err != nil {
			return
		}
		last := 0
		for i, x := range d.Timexes {
			if x.Start < last || x.End < x.Start || x.End > len(d.Text) {
				t.Fatalf("timex %d [%d,%d) out of order or outside the text of %d bytes", i, x.Start, x.End, len(d.Text))
			}
			last = x.End
		}
	})
}
