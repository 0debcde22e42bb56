package story

import (
	"testing"
	"time"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/attrib/handbuilt"
)

// strikeDoc is an invented article: a title, a lead and a later paragraph,
// tokens tagged by hand (the last sentence, past the lead, fully), one linked actor and one event.
func strikeDoc(t *testing.T) *newsgraph.Doc {
	t.Helper()
	text := "Dockers strike\n\nThe Velka union began a strike at Orra.\n\nTalks stalled on Monday.\n\nLater the minister said a crane broke."
	d := handbuilt.Parsed(t, text, "Later/RB/later/1/advmod the/DT/the/2/det minister/NN/minister/3/nsubj said/VBD/say/-1/root "+
		"a/DT/a/2/det crane/NN/crane/3/nsubj broke/VBD/break/-1/ccomp ./././-1/punct")
	d.Paragraphs[0].Kind = newsgraph.KindTitle
	for i := range d.Tokens {
		switch d.TokenText(i) {
		case "The", "a", "the":
			d.Tokens[i].UPOS = "DET"
		case "at":
			d.Tokens[i].UPOS = "ADP"
		case ".":
			d.Tokens[i].UPOS = "PUNCT"
		}
	}
	d.Meta.Published = time.Date(2031, 3, 2, 0, 0, 0, 0, time.UTC)
	handbuilt.Name(t, d, "Velka", "ORG")
	handbuilt.Name(t, d, "Orra", "LOC")
	d.Mentions[0].Entity, d.Mentions[1].Entity = 0, 1
	d.Entities = []newsgraph.Entity{
		{Type: "ORG", Name: "Velka union", Mentions: []int{0}, ActorID: "velka-union"},
		{Type: "LOC", Name: "Orra", Mentions: []int{1}},
	}
	d.Events = []newsgraph.Event{{CAMEO: "143", Modality: newsgraph.Asserted,
		Actor:     []newsgraph.Participant{{Entity: 0, ActorID: "velka-union"}},
		Recipient: []newsgraph.Participant{{Entity: 1, Codes: []string{"ORRGOV"}}}}}
	return d
}

func TestFromDocWeighsTitleAndLeadAndKeysActors(t *testing.T) {
	f := FromDoc(strikeDoc(t))
	if !f.Published.Equal(time.Date(2031, 3, 2, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("published %v", f.Published)
	}
	// "strike" is in the title (3) and the lead (2); "crane" only later (1).
	if f.Terms["strike"] != titleWeight+leadWeight || f.Terms["crane"] != 1 {
		t.Errorf("strike %v, crane %v: want %d and 1", f.Terms["strike"], f.Terms["crane"], titleWeight+leadWeight)
	}
	for _, w := range []string{"the", "a", "at", ".", "say"} {
		if _, ok := f.Terms[w]; ok {
			t.Errorf("%q counted as a content word", w)
		}
	}
	if f.Names["actor:velka-union"] != leadWeight || f.Names["name:orra"] != leadWeight {
		t.Errorf("names %v: want the linked actor by id and the place by name, each from the lead", f.Names)
	}
	if f.Events["velka-union|14|ORRGOV"] != 1 {
		t.Errorf("events %v: want actor|CAMEO root|recipient", f.Events)
	}
	if f.Signed {
		t.Error("a three-line text was signed as a near-duplicate candidate")
	}
}

func TestFromDocSurvivesBrokenDocs(t *testing.T) {
	d := strikeDoc(t)
	d.Tokens[0].End = len(d.Text) + 10
	d.Entities[0].Mentions = []int{7, -1}
	d.Events[0].CAMEO = "1"
	d.Paragraphs = nil
	f := FromDoc(d)
	if len(f.Events) != 0 {
		t.Errorf("an event with a one-digit code was counted: %v", f.Events)
	}
	if f.Names["actor:velka-union"] != 0 {
		t.Errorf("mentions out of range gave salience %v", f.Names["actor:velka-union"])
	}
	FromDoc(&newsgraph.Doc{})
}
