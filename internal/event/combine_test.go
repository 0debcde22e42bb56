package event

import (
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/attrib/handbuilt"
	"github.com/newsgraph/newsgraph/internal/event/dict"
)

// Invented verbs and an invented ontology (our own values) for the
// combinations: seek is intend, restore is cooperate, declare is say,
// raid is an attack.
const (
	comboVerbs = `--- SEEK [030] ---
SEEK

--- RESTORE [060] ---
RESTORE

--- DECLARE [010] ---
DECLARE

--- RAID [190] ---
RAID

--- MEET [040] ---
MEET

~ a (b . RAID) DECLARE = a b 112
~ a (a b Q) DECLARE = a b Q
`
	comboOntology = "010:0x1000\n030:0x3000\n031:0x3070\n040:0xB000\n060:0x0070\n121:-0xFFFF+0x0070\n190:0x00A0\n"
)

func comboCoder(t *testing.T, withOntology bool) *Coder {
	t.Helper()
	c := coderWith(t, comboVerbs)
	if withOntology {
		var err error
		if c.Ontology, err = dict.ReadOntology(strings.NewReader(comboOntology), "combo.ontology.txt"); err != nil {
			t.Fatal(err)
		}
	}
	return c
}

const sought = "Rohan/NNP/Rohan/1/nsubj sought/VBD/seek/-1/root to/TO/to/3/mark restore/VB/restore/1/xcomp " +
	"ties/NNS/tie/3/obj with/IN/with/6/case Gondor/NNP/Gondor/3/obl ./././1/punct"

// The ontology adds "seek" to "restore": one event, intend to cooperate,
// whose verb covers both words; the complement codes nothing alone.
func TestComplementFoldedByOntology(t *testing.T) {
	d := handbuilt.Parsed(t, "Rohan sought to restore ties with Gondor.", sought)
	events, _ := comboCoder(t, true).Code(d)
	if len(events) != 1 || summary(events[0]) != "ROH 031 GON" || d.Slice(events[0].Verb) != "sought to restore" {
		t.Fatalf("events %v", code(t, comboCoder(t, true), d))
	}
	// Without the ontology what Rohan seeks has not happened: nothing.
	events, drops := comboCoder(t, false).Code(d)
	if len(events) != 0 || !slices.ContainsFunc(drops, func(dr Drop) bool { return dr.Reason == "unrealised" }) {
		t.Errorf("without the ontology: events %v drops %+v", events, drops)
	}
}

// A transformation of the dictionary: declaring that another raided is
// accusing it; declaring what one does oneself is that act.
func TestTransformations(t *testing.T) {
	d := handbuilt.Parsed(t, "Rohan declared that Gondor raided Lothlorien.",
		"Rohan/NNP/Rohan/1/nsubj declared/VBD/declare/-1/root that/IN/that/4/mark Gondor/NNP/Gondor/4/nsubj "+
			"raided/VBD/raid/1/ccomp Lothlorien/NNP/Lothlorien/4/obj ./././1/punct")
	if got := code(t, comboCoder(t, false), d); !slices.Equal(got, []string{"ROH 112 GON"}) {
		t.Errorf("accusation: %v", got)
	}
	d = handbuilt.Parsed(t, "Rohan declared it raided Lothlorien.",
		"Rohan/NNP/Rohan/1/nsubj declared/VBD/declare/-1/root it/PRP/it/3/nsubj "+
			"raided/VBD/raid/1/ccomp Lothlorien/NNP/Lothlorien/3/obj ./././1/punct")
	if got := code(t, comboCoder(t, false), d); !slices.Equal(got, []string{"ROH 190 LOT"}) {
		t.Errorf("own act: %v", got)
	}
}

// "did not restore" is a rejection when the ontology has one, and
// without it the restoring, denied.
func TestNegation(t *testing.T) {
	d := handbuilt.Parsed(t, "Rohan did not restore ties with Gondor.",
		"Rohan/NNP/Rohan/3/nsubj did/VBD/do/3/aux not/RB/not/3/advmod restore/VB/restore/-1/root "+
			"ties/NNS/tie/3/obj with/IN/with/6/case Gondor/NNP/Gondor/3/obl ./././3/punct")
	if got := code(t, comboCoder(t, true), d); !slices.Equal(got, []string{"ROH 121 GON"}) {
		t.Errorf("with the ontology: %v", got)
	}
	events, _ := comboCoder(t, false).Code(d)
	if len(events) != 1 || summary(events[0]) != "ROH 060 GON" || events[0].Modality != newsgraph.Negated {
		t.Errorf("without: events %+v", events)
	}
}

// Actors meeting with no recipient meet each other; so do the members
// of a group the article names as one ("the two realms").
func TestMutualEventsAndGroups(t *testing.T) {
	c := comboCoder(t, false)
	d := handbuilt.Parsed(t, "Rohan and Gondor met.",
		"Rohan/NNP/Rohan/3/nsubj and/CC/and/2/cc Gondor/NNP/Gondor/0/conj met/VBD/meet/-1/root ./././3/punct")
	if got := code(t, c, d); !slices.Equal(got, []string{"ROH 040 GON", "GON 040 ROH"}) {
		t.Errorf("conjoined: %v", got)
	}
	d = handbuilt.Parsed(t, "Rohan and Gondor raided the fort.",
		"Rohan/NNP/Rohan/3/nsubj and/CC/and/2/cc Gondor/NNP/Gondor/0/conj raided/VBD/raid/-1/root the/DT/the/5/det fort/NN/fort/3/obj ./././3/punct")
	if got := code(t, c, d); len(got) != 0 {
		t.Errorf("raiding together is no raid on each other: %v", got)
	}
	d = handbuilt.Sentences(t, "Rohan hailed Gondor. The two realms met.",
		"Rohan/NNP/Rohan/1/nsubj hailed/VBD/hail/-1/root Gondor/NNP/Gondor/1/obj ./././1/punct",
		"The/DT/the/2/det two/CD/two/2/nummod realms/NNS/realm/3/nsubj met/VBD/meet/-1/root ./././3/punct")
	d.Mentions = []newsgraph.Mention{{Span: handbuilt.Span(t, d, "Rohan", 0), Entity: 0},
		{Span: handbuilt.Span(t, d, "Gondor", 0), Entity: 1}, {Span: handbuilt.Span(t, d, "The two realms", 0), Entity: 2}}
	d.Entities = []newsgraph.Entity{{Name: "Rohan", Mentions: []int{0}}, {Name: "Gondor", Mentions: []int{1}},
		{Name: "The two realms", Mentions: []int{2}, Members: []int{0, 1}}}
	events, _ := c.Code(d)
	var got []string
	for _, e := range events {
		got = append(got, summary(e))
		if d.Slice(e.Actor[0].Mention) != "The two realms" || e.Actor[0].Entity > 1 {
			t.Errorf("member %+v", e.Actor[0])
		}
	}
	if !slices.Equal(got, []string{"ROH 040 GON", "GON 040 ROH"}) {
		t.Errorf("group: %v", got)
	}
}

// SkipStatements drops what is only said, and says why.
func TestSkipStatements(t *testing.T) {
	d := handbuilt.Parsed(t, "Rohan declared Gondor.",
		"Rohan/NNP/Rohan/1/nsubj declared/VBD/declare/-1/root Gondor/NNP/Gondor/1/obj ./././1/punct")
	c := comboCoder(t, false)
	if got := code(t, c, d); !slices.Equal(got, []string{"ROH 010 GON"}) {
		t.Fatalf("statement kept: %v", got)
	}
	c.SkipStatements = true
	events, drops := c.Code(d)
	if len(events) != 0 || len(drops) != 1 || drops[0].Reason != "statement" {
		t.Errorf("events %v drops %+v", events, drops)
	}
	if Statement("015") || !Statement("010") {
		t.Error("Statement: claiming responsibility is an act, a bare statement is not")
	}
}

// A verb conjoined to a complement goes with it: what one wants to do,
// in all its parts, has not happened.
func TestConjoinedComplementGoesWithIt(t *testing.T) {
	c := coderWith(t, testVerbs+"\n--- WANT [030] ---\nWANT\n")
	d := handbuilt.Parsed(t, "Lothlorien wanted to visit Rohan and praise Gondor.",
		"Lothlorien/NNP/Lothlorien/1/nsubj wanted/VBD/want/-1/root to/TO/to/3/mark visit/VB/visit/1/xcomp Rohan/NNP/Rohan/3/obj "+
			"and/CC/and/6/cc praise/VB/praise/3/conj Gondor/NNP/Gondor/6/obj ./././1/punct")
	if got := code(t, c, d); len(got) != 0 {
		t.Errorf("events %v, want none: the visit and the praise are only wanted", got)
	}
}

// An uncoded noun as the complement's subject is someone else, not the
// speaker: "Rohan declared the army raided Lothlorien" is no raid by
// Rohan, where "Rohan declared it raided Lothlorien" is.
func TestUncodedNounSubjectIsNotTheSpeaker(t *testing.T) {
	d := handbuilt.Parsed(t, "Rohan declared the army raided Lothlorien.",
		"Rohan/NNP/Rohan/1/nsubj declared/VBD/declare/-1/root the/DT/the/3/det army/NN/army/4/nsubj "+
			"raided/VBD/raid/1/ccomp Lothlorien/NNP/Lothlorien/4/obj ./././1/punct")
	if got := code(t, comboCoder(t, false), d); slices.Contains(got, "ROH 190 LOT") {
		t.Errorf("events %v: Rohan is not the army", got)
	}
}

// A passive with no agent under a verb of saying is not the speaker's act:
// "Gondor was raided, Rohan declared" is no raid by Rohan.
func TestAgentlessPassiveIsNotTheSpeakersAct(t *testing.T) {
	d := handbuilt.Parsed(t, "Gondor was raided, Rohan declared.",
		"Gondor/NNP/Gondor/2/nsubj:pass was/VBD/be/2/aux:pass raided/VBN/raid/5/ccomp ,/,/,/2/punct Rohan/NNP/Rohan/5/nsubj declared/VBD/declare/-1/root ./././5/punct")
	if got := code(t, comboCoder(t, true), d); slices.Contains(got, "ROH 190 GON") {
		t.Errorf("events %v: Rohan did not raid Gondor", got)
	}
}
