package actors

import (
	"bytes"
	"strings"
	"testing"
)

// Every name Lookup finds exactly, and every agent phrase, begins with a
// word MayBegin lets through, however the text writes it (case, dots,
// apostrophes, a leading "the", a hyphen); words no name begins with are
// passed over. A decoded knowledge base answers as the built one.
func TestMayBegin(t *testing.T) {
	kb := Build([]ActorEntry{
		{Name: "VLADIMIR_PUTIN", Aliases: []string{"PRESIDENT_PUTIN"}, Roles: []Role{{Code: "RUSGOV"}}},
		{Name: "UNITED_STATES", Aliases: []string{"U.S."}, Roles: []Role{{Code: "USA"}}},
		{Name: "THE_KREMLIN", Roles: []Role{{Code: "RUSGOV"}}},
		{Name: "O'NEIL_GROUP", Roles: []Role{{Code: "USABUS"}}},
	}, []AgentEntry{{Forms: []string{"RIOT_POLICE", "POLICE"}, Code: "COP"}, {Forms: []string{"GOVERNMENT-HELD"}, Code: "GOV"}})
	var buf bytes.Buffer
	if err := kb.Encode(&buf); err != nil {
		t.Fatal(err)
	}
	decoded, err := Decode(&buf)
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range []*KB{kb, decoded} {
		for _, text := range []string{"Vladimir Putin", "President Putin", "U.S.", "united States", "the Kremlin", "Kremlin", "O'Neil Group", "O’Neil group"} {
			if _, m := k.Lookup(text); m != Exact {
				t.Fatalf("the test is wrong: %q is not found exactly", text)
			}
			if first := strings.Fields(text)[0]; !k.MayBegin(first) {
				t.Errorf("%q begins a name, yet MayBegin(%q) is false", text, first)
			}
		}
		for _, text := range []string{"riot police", "Police", "government-held"} {
			if _, ok := k.Agent(text); !ok {
				t.Fatalf("the test is wrong: %q is no agent", text)
			}
			if first := strings.Fields(text)[0]; !k.MayBegin(first) {
				t.Errorf("%q begins an agent phrase, yet MayBegin(%q) is false", text, first)
			}
		}
		for _, w := range []string{"talks", "Putin", "held", "States"} {
			if k.MayBegin(w) {
				t.Errorf("MayBegin(%q) is true: no name or agent begins with it", w)
			}
		}
		for _, w := range []string{"the", "’", "--"} {
			if !k.MayBegin(w) {
				t.Errorf("MayBegin(%q) is false: it normalises to nothing or to a dropped word", w)
			}
		}
	}
}
