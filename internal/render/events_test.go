package render

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
)

func TestTextListsTimesAndEvents(t *testing.T) {
	d := newsgraph.NewDoc(newsgraph.Metadata{}, []newsgraph.Block{{Kind: newsgraph.KindBody,
		Text: "The ministry said Arden hosted Bexley in Corran on Monday."}})
	at := func(w string) newsgraph.Span {
		i := strings.Index(d.Text, w)
		return newsgraph.Span{Start: i, End: i + len(w)}
	}
	src := at("The ministry")
	d.Attributions = []newsgraph.Attribution{{Kind: newsgraph.Indirect, Source: &src, Cue: at("said"), Content: at("Arden hosted Bexley in Corran on Monday")}}
	d.Times = []newsgraph.Timex{{Span: at("Monday"), Type: newsgraph.TimexDate, Value: "XXXX-WXX-1", Unresolved: true}}
	d.Events = []newsgraph.Event{{Type: "CONSULT", CAMEO: "043",
		Actor:     []newsgraph.Participant{{Mention: at("Arden"), Codes: []string{"ARDGOV"}}},
		Recipient: []newsgraph.Participant{{Mention: at("Bexley")}},
		Verb:      at("hosted"), Place: &newsgraph.Place{Span: at("Corran"), Entity: newsgraph.NoEntity},
		Timex: 0, Modality: newsgraph.Future, ReportedBy: 0}}
	var b strings.Builder
	if err := Text(&b, d); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"Monday                   DATE     XXXX-WXX-1 (no article date to resolve it)",
		"---------- Arden [ARDGOV] — hosted — Bexley  CONSULT · CAMEO 043 · at Corran · future · reported by The ministry",
	} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("text view lacks %q:\n%s", want, b.String())
		}
	}
}
