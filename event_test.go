package newsgraph_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
)

// eventDoc is "Zoë met Lind in Oslo on Friday." with one time expression
// and one event, reported by no one.
func eventDoc() *newsgraph.Doc {
	d := newsgraph.NewDoc(newsgraph.Metadata{}, []newsgraph.Block{{Kind: newsgraph.KindBody, Text: "Zoë met Lind in Oslo on Friday."}})
	at := func(w string) newsgraph.Span {
		i := strings.Index(d.Text, w)
		return newsgraph.Span{Start: i, End: i + len(w)}
	}
	d.Sentences = []newsgraph.Sentence{{Span: newsgraph.Span{Start: 0, End: len(d.Text)}}}
	d.Mentions = []newsgraph.Mention{{Span: at("Zoë"), Entity: 0}, {Span: at("Lind"), Entity: 1}, {Span: at("Oslo"), Entity: 2}}
	d.Entities = []newsgraph.Entity{{Type: "PER", Name: "Zoë", ActorID: "a1"}, {Type: "PER", Name: "Lind"}, {Type: "LOC", Name: "Oslo"}}
	d.Times = []newsgraph.Timex{{Span: at("Friday"), Type: newsgraph.TimexDate, Value: "2024-03-08"}}
	d.Events = []newsgraph.Event{{Type: "CONSULT", CAMEO: "043", QuadClass: 1, Goldstein: 2.8,
		Actor:     []newsgraph.Participant{{Entity: 0, ActorID: "a1", Codes: []string{"NORGOV"}, Mention: at("Zoë")}},
		Recipient: []newsgraph.Participant{{Entity: newsgraph.NoEntity, Mention: at("Lind")}},
		Verb:      at("met"), Place: &newsgraph.Place{Span: at("Oslo"), Entity: 2},
		Date: "2024-03-08", Timex: 0, Modality: newsgraph.Asserted, ReportedBy: newsgraph.NoAttribution}}
	d.Validate()
	return d
}

func TestEventJSONCountsCodePointsAndUsesNull(t *testing.T) {
	b, err := json.Marshal(eventDoc())
	if err != nil {
		t.Fatal(err)
	}
	var j struct {
		Text  string
		Times []struct {
			Start, End        int
			Text, Type, Value string
		}
		Events []struct {
			Verb       struct{ Start, End int }
			Recipient  []struct{ Entity *int }
			Place      *struct{ Entity *int }
			Date       *string
			Time       *int
			ReportedBy *int `json:"reported_by"`
		}
	}
	if err := json.Unmarshal(b, &j); err != nil {
		t.Fatal(err)
	}
	runes := []rune(j.Text)
	if len(j.Times) != 1 || string(runes[j.Times[0].Start:j.Times[0].End]) != "Friday" || j.Times[0].Type != "DATE" {
		t.Fatalf("times = %+v", j.Times)
	}
	e := j.Events[0]
	if got := string(runes[e.Verb.Start:e.Verb.End]); got != "met" {
		t.Errorf("verb = %q: offsets must count code points (Zoë has a two-byte letter)", got)
	}
	if e.Recipient[0].Entity != nil || e.ReportedBy != nil {
		t.Errorf("a missing index must be null: recipient entity %v, reported_by %v", e.Recipient[0].Entity, e.ReportedBy)
	}
	if e.Place == nil || e.Place.Entity == nil || *e.Place.Entity != 2 || e.Time == nil || *e.Time != 0 || e.Date == nil {
		t.Errorf("place %+v, time %v, date %v", e.Place, e.Time, e.Date)
	}
}

func TestEventJSONRoundTrip(t *testing.T) {
	d := eventDoc()
	back := roundTrip(t, d)
	if back.Events[0].Verb != d.Events[0].Verb || back.Events[0].Recipient[0].Entity != newsgraph.NoEntity ||
		back.Events[0].ReportedBy != newsgraph.NoAttribution {
		t.Errorf("event not restored: %+v", back.Events[0])
	}
}

func TestValidateRenumbersReportersAndDropsBadEvents(t *testing.T) {
	d := eventDoc()
	good := newsgraph.Attribution{Cue: d.Events[0].Verb, Content: d.Sentences[0].Span}
	bad := good
	bad.Cue = newsgraph.Span{Start: 5, End: 2}
	d.Attributions = []newsgraph.Attribution{bad, good}
	second := d.Events[0]
	second.ReportedBy = 1
	third := d.Events[0]
	third.ReportedBy = 0
	fourth := d.Events[0]
	fourth.Timex = 3
	d.Events = []newsgraph.Event{d.Events[0], second, third, fourth}
	d.Validate()
	if len(d.Attributions) != 1 || len(d.Events) != 3 {
		t.Fatalf("%d attributions, %d events; want 1 and 3 (the event dated by a time that does not exist dropped)", len(d.Attributions), len(d.Events))
	}
	if d.Events[1].ReportedBy != 0 || d.Events[2].ReportedBy != newsgraph.NoAttribution {
		t.Errorf("reporters = %d, %d; want 0 (renumbered) and none (its attribution was dropped)", d.Events[1].ReportedBy, d.Events[2].ReportedBy)
	}
}

// A participant is called by its actor's name, unless the words that name
// it go on past that name to a body of it.
func TestEventParticipantName(t *testing.T) {
	for _, c := range []struct {
		mention, actor, want string
	}{
		{"President Ola Lind", "Ola Lind", "Ola Lind"},
		{"Dalby police", "Dalby", "Dalby police"},
		{"Dalby  police", "Dalby", "Dalby police"},
		{"The Dalby police", "Dalby", "The Dalby police"},
		{"the DALBY police", "Dalby", "the DALBY police"},
		{"the fishermen", "", "the fishermen"},
		{"Dalbyville", "Dalby", "Dalby"},
	} {
		p := newsgraph.EventParticipant{Mention: newsgraph.TextSpan{Text: c.mention}, ActorName: c.actor}
		if got := p.Name(); got != c.want {
			t.Errorf("%q as %q: %q, want %q", c.mention, c.actor, got, c.want)
		}
	}
}
