package link

import (
	"context"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/actors"
	"github.com/newsgraph/newsgraph/internal/coref"
	"github.com/newsgraph/newsgraph/internal/segment"
)

// An invented dictionary in the Phoenix format: a country with an alias and
// a capital listed as its name, a minister, and two people sharing a
// surname.
const dictionary = `BRAKMOR_ [BRK]
+REPUBLIC_OF_BRAKMOR
+VIENNA_
+PORT_SELA_
ANJA_LIND_ [BRKGOV]  # CountryInfo.txt
+MINISTER_LIND_
OSKAR_VENN_ [BRKGOVMIL]  # CountryInfo.txt
PETRA_VENN_ [BRKELI]  # CountryInfo.txt
HARBOUR_WATCH_ [NGOBRKHRI]
`

func kb(t *testing.T) *actors.KB {
	t.Helper()
	entries, err := actors.ReadActors(strings.NewReader(dictionary), "fixture")
	if err != nil {
		t.Fatal(err)
	}
	return actors.Build(entries, nil)
}

// linked runs coreference and linking over text with the given names and
// returns each entity as "Name=actor".
func linked(t *testing.T, text string, names map[string]string) []string {
	t.Helper()
	d := newsgraph.NewDoc(newsgraph.Metadata{}, []newsgraph.Block{{Kind: newsgraph.KindBody, Text: text}})
	segment.Segment(d)
	for i := range d.Tokens {
		d.Tokens[i].Tag = "NNP"
	}
	for off := 0; off < len(d.Text); {
		best, typ := "", ""
		for n, ty := range names {
			if strings.HasPrefix(d.Text[off:], n) && len(n) > len(best) {
				best, typ = n, ty
			}
		}
		if best == "" {
			off++
			continue
		}
		d.Mentions = append(d.Mentions, newsgraph.Mention{Span: newsgraph.Span{Start: off, End: off + len(best)}, Kind: newsgraph.MentionName, Type: typ, Entity: newsgraph.NoEntity})
		off += len(best)
	}
	coref.Resolve(d)
	if err := (Stage{KB: kb(t)}).Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range d.Entities {
		out = append(out, e.Name+"="+e.ActorID)
	}
	return out
}

func TestLinksOnlyWhatOneActorFits(t *testing.T) {
	got := strings.Join(linked(t, "Anja Lind met Venn in Vienna. The Republic of Brakmor and Harbour Watch agreed. Kim Tal left.",
		map[string]string{"Anja Lind": "PER", "Venn": "PER", "Vienna": "LOC", "Republic of Brakmor": "LOC", "Harbour Watch": "ORG", "Kim Tal": "PER"}), "|")
	// Venn: two people share the surname; Vienna: a city the dictionary
	// lists as its country's name; Kim Tal: unknown.
	want := "Anja Lind=anja-lind|Venn=|Vienna=|Republic of Brakmor=brakmor|Harbour Watch=harbour-watch|Kim Tal="
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

func TestTypesMustAgree(t *testing.T) {
	// A person named like a country, and an organisation named like a person.
	got := strings.Join(linked(t, "Brakmor spoke. Anja Lind, the firm, closed.", map[string]string{"Brakmor": "PER", "Anja Lind": "ORG"}), "|")
	if want := "Brakmor=|Anja Lind="; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}

// A town the dictionary lists under its country, unknown to the gazetteer,
// is still not the country: only the country's own name, or a name the
// gazetteer reads as a country, links a place.
func TestTownsAreNotTheirCountry(t *testing.T) {
	got := strings.Join(linked(t, "Port Sela flooded. Brakmor sent help.", map[string]string{"Port Sela": "LOC", "Brakmor": "LOC"}), "|")
	if want := "Port Sela=|Brakmor=brakmor"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
	if id := (Stage{KB: kb(t)}).ActorOfName("LOC", "Port Sela"); id != "" {
		t.Errorf("ActorOfName(Port Sela) = %q", id)
	}
	// A stored link made before the rule is dropped on re-linking; one
	// that still fits is kept.
	if id := (Stage{KB: kb(t)}).Relinked("ORG", "Port Sela", "brakmor"); id != "" {
		t.Errorf("Relinked(Port Sela) = %q", id)
	}
	if id := (Stage{KB: kb(t)}).Relinked("PER", "Oskar Venn-Lund", "oskar-venn"); id != "oskar-venn" {
		t.Errorf("Relinked(Oskar Venn-Lund) = %q", id)
	}
	if id := (Stage{KB: kb(t)}).ActorOfName("PER", "Tom Lind"); id != "" {
		t.Errorf("a full name the KB does not know took a namesake's surname: %q", id)
	}
}

// An entity named "Petra Lind" is not Anja Lind, though the article also
// calls it "Minister Lind", an alias of hers: its fullest name's first name
// contradicts the link. "Anja Lind" itself still links through the alias.
func TestFullestNameMustAgree(t *testing.T) {
	st := Stage{KB: kb(t)}
	if id := st.Relinked("PER", "Petra Lind", "anja-lind"); id != "" {
		t.Errorf("Relinked(Petra Lind) = %q", id)
	}
	if id := st.Relinked("PER", "Minister Anja Lind", "anja-lind"); id != "anja-lind" {
		t.Errorf("Relinked(Minister Anja Lind) = %q", id)
	}
	got := strings.Join(linked(t, "Minister Lind spoke. Petra Lind left.", map[string]string{"Minister Lind": "PER", "Petra Lind": "PER"}), "|")
	if strings.Contains(got, "Petra Lind=anja-lind") {
		t.Errorf("got %s", got)
	}
}
