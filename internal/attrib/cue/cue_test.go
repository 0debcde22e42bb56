package cue_test

import (
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/attrib/cue"
	"github.com/newsgraph/newsgraph/internal/attrib/handbuilt"
	"github.com/newsgraph/newsgraph/internal/attrib/train"
	"github.com/newsgraph/newsgraph/internal/attrib/view"
)

// cues lists the words of d the detector takes for cues.
func cues(d *newsgraph.Doc, x *cue.Detector) []string {
	var out []string
	for i := range d.Tokens {
		if x.IsCue(i) {
			out = append(out, d.TokenText(i))
		}
	}
	return out
}

func lexiconCues(t *testing.T, text, spec string) []string {
	t.Helper()
	d := handbuilt.Parsed(t, text, spec)
	return cues(d, cue.NewDetector(view.New(d), nil, nil, nil))
}

// By the lexicon, a cue is a verb of saying or believing; "show" only
// when finite ("images showed" reports, "footage showing" describes), and
// nothing after "according to", where a source was mistagged as a verb.
func TestLexiconCues(t *testing.T) {
	for _, c := range []struct {
		text, spec string
		want       []string
	}{
		{"Lind said the port would open.",
			"Lind/NNP/Lind/1/nsubj said/VBD/say/-1/root the/DT/the/3/det port/NN/port/5/nsubj would/MD/would/5/aux open/VB/open/1/ccomp ./././1/punct",
			[]string{"said"}},
		{"Images showed the port.",
			"Images/NNS/image/1/nsubj showed/VBD/show/-1/root the/DT/the/3/det port/NN/port/1/obj ./././1/punct", []string{"showed"}},
		{"Footage showing the port aired.",
			"Footage/NN/footage/4/nsubj showing/VBG/show/0/acl the/DT/the/3/det port/NN/port/1/obj aired/VBD/air/-1/root ./././4/punct", nil},
		{"It closed, according to reports.",
			"It/PRP/it/1/nsubj closed/VBD/close/-1/root ,/,/,/1/punct according/VBG/accord/5/case to/IN/to/3/fixed reports/VBZ/report/1/obl ./././1/punct",
			nil},
	} {
		if got := lexiconCues(t, c.text, c.spec); len(got) != len(c.want) || len(got) > 0 && got[0] != c.want[0] {
			t.Errorf("%q: cues %q, want %q", c.text, got, c.want)
		}
	}
}

// The tagger reads a third-person verb as a plural noun about once in
// eight: "A new survey shows that …". Such words are asked about too.
func TestPluralNounWhereAVerbStandsIsACandidate(t *testing.T) {
	d := handbuilt.Parsed(t, "A new survey shows that the port is safe.",
		"A/DT/a/2/det new/JJ/new/2/amod survey/NN/survey/3/nsubj shows/NNS/show/-1/root that/IN/that/8/mark "+
			"the/DT/the/6/det port/NN/port/8/nsubj is/VBZ/be/8/cop safe/JJ/safe/3/ccomp ./././3/punct")
	if !cue.Candidate(d, 3) {
		t.Errorf("%q, tagged NNS after a singular noun and before 'that', is no candidate", d.TokenText(3))
	}
	if cue.Candidate(d, 2) {
		t.Errorf("%q is a candidate", d.TokenText(2))
	}
	// Not before "where": "in U.S. states where weed is legal".
	d = handbuilt.Parsed(t, "It rose in U.S. states where weed is legal.",
		"It/PRP/it/1/nsubj rose/VBD/rise/-1/root in/IN/in/4/case U.S./NNP/U.S./4/compound states/NNS/state/1/obl where/WRB/where/8/advmod "+
			"weed/NN/weed/8/nsubj is/VBZ/be/8/cop legal/JJ/legal/4/acl:relcl ./././1/punct")
	if cue.Candidate(d, 4) {
		t.Errorf("%q before 'where' is a candidate", d.TokenText(4))
	}
}

// A fresh classifier, taught on one document that "said" is a cue and
// "walked" is not, tells them apart in another, whatever the lexicon says.
func TestClassifierOverrulesTheLexicon(t *testing.T) {
	const spec = "Meer/NNP/Meer/1/nsubj said/VBD/say/-1/root the/DT/the/3/det crews/NNS/crew/4/nsubj walked/VBD/walk/1/ccomp out/RP/out/4/compound:prt ./././1/punct"
	fixture := handbuilt.Parsed(t, "Meer said the crews walked out.", spec)
	lexicon := map[string]bool{"walk": true} // deliberately wrong
	gold := []train.RoleSpan{{Role: "cue", Fragments: []newsgraph.Span{fixture.Tokens[1].Span}}}
	cl := cue.Train([]train.Doc{{Doc: fixture, Spans: gold}}, lexicon, train.Options{Iterations: 10, Seed: 1})
	d := handbuilt.Parsed(t, "Meer said the crews walked out.", spec)
	x := cue.NewDetector(view.New(d), lexicon, cl, nil)
	if got := cues(d, x); len(got) != 1 || got[0] != "said" {
		t.Errorf("cues %q, want [said]", got)
	}
	if _, asked := x.Margin(1); !asked || !x.Contextual() {
		t.Errorf("the classifier kept no margins")
	}
}

// A verb's form inside a name the NER found is a word of the name ("the
// Oslo Boat Show"), unless the sentence is a title-cased headline, where
// names run on over the verb; a fall "declined 0.3%" refuses nothing.
func TestNoCueInsideANameOrAFall(t *testing.T) {
	lexicon := map[string]bool{"show": true, "decline": true}
	d := handbuilt.Parsed(t, "The ferry was the favourite of visitors to the Oslo Boat Show.",
		"The/DT/the/1/det ferry/NN/ferry/4/nsubj was/VBD/be/4/cop the/DT/the/4/det favourite/NN/favourite/-1/root of/IN/of/6/case "+
			"visitors/NNS/visitor/4/nmod to/IN/to/11/case the/DT/the/11/det Oslo/NNP/Oslo/11/compound Boat/NNP/Boat/11/compound "+
			"Show/VBZ/show/6/nmod ./././4/punct")
	d.Mentions = []newsgraph.Mention{{Span: newsgraph.Span{Start: d.Tokens[9].Start, End: d.Tokens[11].End}, Kind: newsgraph.MentionName, Type: "MISC"}}
	if got := cues(d, cue.NewDetector(view.New(d), lexicon, nil, nil)); len(got) != 0 {
		t.Errorf("cues %q inside a name", got)
	}
	d = handbuilt.Parsed(t, "Oslo Mayor Shows Her Plan",
		"Oslo/NNP/Oslo/1/compound Mayor/NNP/Mayor/2/nsubj Shows/VBZ/show/-1/root Her/PRP$/her/4/nmod:poss Plan/NN/plan/2/obj")
	d.Mentions = []newsgraph.Mention{{Span: newsgraph.Span{Start: d.Tokens[0].Start, End: d.Tokens[2].End}, Kind: newsgraph.MentionName, Type: "ORG"}}
	if got := cues(d, cue.NewDetector(view.New(d), lexicon, nil, nil)); len(got) != 1 {
		t.Errorf("title-cased headline: cues %q, want [Shows]", got)
	}
	d = handbuilt.Parsed(t, "The index declined 0.3 percent.",
		"The/DT/the/1/det index/NN/index/2/nsubj declined/VBD/decline/-1/root 0.3/CD/0.3/4/nummod percent/NN/percent/2/obj ./././2/punct")
	if got := cues(d, cue.NewDetector(view.New(d), lexicon, nil, nil)); len(got) != 0 {
		t.Errorf("a fall: cues %q", got)
	}
	d = handbuilt.Parsed(t, "The minister declined three requests.",
		"The/DT/the/1/det minister/NN/minister/2/nsubj declined/VBD/decline/-1/root three/CD/three/4/nummod requests/NNS/request/2/obj ./././2/punct")
	if got := cues(d, cue.NewDetector(view.New(d), lexicon, nil, nil)); len(got) != 1 {
		t.Errorf("requests declined: cues %q, want [declined]", got)
	}
}

// A gold classifier answers as its oracle does, whatever the lexicon says
// ("said" is in it, "hoped" need not be), and only about the verbs the
// detector asks about: "port", a noun, is never a cue.
func TestGoldClassifierAnswersAsGold(t *testing.T) {
	d := handbuilt.Parsed(t, "Lind said Berg hoped the port would open.",
		"Lind/NNP/Lind/1/nsubj said/VBD/say/-1/root Berg/NNP/Berg/3/nsubj hoped/VBD/hope/1/ccomp the/DT/the/5/det "+
			"port/NN/port/7/nsubj would/MD/would/7/aux open/VB/open/3/ccomp ./././1/punct")
	gold := map[string]bool{"hoped": true, "port": true}
	cl := cue.GoldClassifier(func(d *newsgraph.Doc, i int) bool { return gold[d.TokenText(i)] })
	x := cue.NewDetector(view.New(d), nil, cl, nil)
	if got := cues(d, x); len(got) != 1 || got[0] != "hoped" {
		t.Errorf("cues %q, want [hoped]", got)
	}
	if m, _ := x.Margin(3); m <= 0 {
		t.Errorf("margin of hoped %v, want above any threshold", m)
	}
}
