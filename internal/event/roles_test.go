package event

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/actors"
	"github.com/newsgraph/newsgraph/internal/attrib/handbuilt"
)

// A name two actors share is coded by the one holding a dated role on
// the article's day, else by the first.
func TestSharedNameCodedByWhoHeldTheRoleThatDay(t *testing.T) {
	c := testCoder(t)
	acts, err := actors.ReadActors(strings.NewReader(`ARAGORN_THE_ELDER
+KING_ARAGORN
	[GONELI]
ARAGORN_THE_YOUNGER
+KING_ARAGORN
	[GONGOV 20000101-20091231]
	[GONELI]
ROHAN [ROH]
`), "kings.actors.txt")
	if err != nil {
		t.Fatal(err)
	}
	c.Actors = DictCoder{KB: actors.Build(acts, nil)}
	spec := "King/NNP/King/1/compound Aragorn/NNP/Aragorn/2/nsubj praised/VBD/praise/-1/root Rohan/NNP/Rohan/2/obj ./././2/punct"
	for day, want := range map[time.Time]string{
		time.Date(2005, 3, 1, 0, 0, 0, 0, time.UTC): "GONGOV 051 ROH",
		time.Date(2015, 3, 1, 0, 0, 0, 0, time.UTC): "GONELI 051 ROH",
	} {
		d := handbuilt.Parsed(t, "King Aragorn praised Rohan.", spec)
		d.Meta.Published = day
		if got := code(t, c, d); !slices.Equal(got, []string{want}) {
			t.Errorf("on %s: %v, want %s", day.Format("2006"), got, want)
		}
	}
}

// Where the recipient is looked for when the pattern took the object or
// a prepositional phrase: in the object's own phrases before the verb's
// ("held talks with Gondor during a feast in Lothlorien" are talks with
// Gondor), and inside a phrase the pattern took ("advised against travel
// to Gondor" warns about Gondor).
func TestRecipientInsideThePatternsPhrases(t *testing.T) {
	for _, tc := range []struct{ verbs, text, spec, want string }{
		{"--- HOLD [---] ---\nHOLD\n- * TALKS [046]\n",
			"Rohan held talks with Gondor during a feast in Lothlorien.",
			"Rohan/NNP/Rohan/1/nsubj held/VBD/hold/-1/root talks/NNS/talk/1/obj with/IN/with/4/case Gondor/NNP/Gondor/2/nmod " +
				"during/IN/during/7/case a/DT/a/7/det feast/NN/feast/1/obl in/IN/in/9/case Lothlorien/NNP/Lothlorien/7/nmod ./././1/punct",
			"ROH 046 GON"},
		{"--- ADVISE [---] ---\nADVISE\n- * (AGAINST TRAVEL) [160]\n",
			"Rohan advised against travel to Gondor.",
			"Rohan/NNP/Rohan/1/nsubj advised/VBD/advise/-1/root against/IN/against/3/case travel/NN/travel/1/obl " +
				"to/IN/to/5/case Gondor/NNP/Gondor/3/nmod ./././1/punct",
			"ROH 160 GON"},
	} {
		d := handbuilt.Parsed(t, tc.text, tc.spec)
		if got := code(t, coderWith(t, tc.verbs), d); !slices.Equal(got, []string{tc.want}) {
			t.Errorf("%s: %v, want %s", tc.text, got, tc.want)
		}
	}
}

// An actor and a recipient coded alike make no event: PETRARCH never
// codes one.
func TestSameCodesBothSidesIsNoEvent(t *testing.T) {
	wantEvents(t, testCoder(t), "Rohan praised the Rohirrim.",
		"Rohan/NNP/Rohan/1/nsubj praised/VBD/praise/-1/root the/DT/the/3/det Rohirrim/NNPS/Rohirrim/1/obj ./././1/punct")
}

// A noun phrase nothing in it codes is read with its clauses, as
// PETRARCH reads a phrase whole: "a herald sent from Gondor" is Gondor's.
func TestUncodedPhraseReadWithItsClauses(t *testing.T) {
	wantEvents(t, testCoder(t), "A herald sent from Gondor praised Rohan.",
		"A/DT/a/1/det herald/NN/herald/5/nsubj sent/VBN/send/1/acl from/IN/from/4/case Gondor/NNP/Gondor/2/obl "+
			"praised/VBD/praise/-1/root Rohan/NNP/Rohan/5/obj ./././5/punct", "GON 051 ROH")
}

// A hyphenated word the tokenizer split is one word to the dictionaries,
// as it is to PETRARCH: a "Rohan-held fort" is no Rohan.
func TestHyphenatedWordIsOneWord(t *testing.T) {
	for _, hyphen := range []string{"-/HYPH/-/5/punct", "-/HYPH/-/6/punct"} { // under "held", or under "fort" and out of the phrase
		wantEvents(t, testCoder(t), "Gondor praised the Rohan-held fort.",
			"Gondor/NNP/Gondor/1/nsubj praised/VBD/praise/-1/root the/DT/the/6/det Rohan/NNP/Rohan/5/compound "+hyphen+
				" held/VBN/hold/6/amod fort/NN/fort/1/obj ./././1/punct")
	}
}

// Who reported an event ("…, according to a herald from Gondor") is no
// party to it.
func TestSourceOfAccordingToIsNoRecipient(t *testing.T) {
	d := handbuilt.Parsed(t, "Rohan held talks, according to a herald from Gondor.",
		"Rohan/NNP/Rohan/1/nsubj held/VBD/hold/-1/root talks/NNS/talk/1/obj ,/,/,/7/punct according/VBG/accord/7/case "+
			"to/IN/to/4/fixed a/DT/a/7/det herald/NN/herald/1/obl from/IN/from/9/case Gondor/NNP/Gondor/7/nmod ./././1/punct")
	if got := code(t, coderWith(t, "--- HOLD [---] ---\nHOLD\n- * TALKS [046]\n"), d); len(got) != 0 {
		t.Errorf("%v, want no event", got)
	}
}
