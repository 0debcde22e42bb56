package corpus

import (
	"strings"
	"testing"
)

func TestParseBrat(t *testing.T) {
	ann := "T1\tSource 10 13\tKim\nT2\tCue 14 18\tsaid\nT3\tContent 20 30;40 52\tfirst part second\npart\n" +
		"T4\tAttribution 14 18\tsaid\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n#1\tAnnotatorNotes T1\tnote\n"
	d, err := ParseBrat(ann)
	if err != nil {
		t.Fatal(err)
	}
	c := d.Spans["T3"]
	if len(c.Fragments) != 2 || c.Text != "first part second\npart" {
		t.Errorf("discontinuous span over two lines: %+v", c)
	}
	if a, b := c.Covering(); a != 20 || b != 52 {
		t.Errorf("covering = %d, %d", a, b)
	}
	if len(d.Relations) != 1 || d.Relations[0].Trigger != "T4" || d.Relations[0].Roles["Source"] != "T1" {
		t.Errorf("relations %+v", d.Relations)
	}
	if _, err := ParseBrat("T1\tSource x y\tKim\n"); err == nil {
		t.Error("bad offsets accepted")
	}
}

func TestParseCoNLL2003(t *testing.T) {
	docs, err := ParseCoNLL2003(strings.NewReader("-DOCSTART- -X- O O\n\nEU NNP I-NP I-ORG\nrejects VBZ I-VP O\n\nPeter NNP I-NP I-PER\n\n-DOCSTART- -X- O O\n\nX NN I-NP O\n"))
	if err != nil || len(docs) != 2 || len(docs[0].Sentences) != 2 || docs[0].Sentences[0].Tags[0] != "I-ORG" {
		t.Fatalf("docs %+v, err %v", docs, err)
	}
}

func TestParseCoNLLU(t *testing.T) {
	in := "# newdoc id = d\n# text = Don't.\n1-2\tDon't\t_\t_\t_\t_\t_\t_\t_\t_\n1\tDo\tdo\tAUX\tVB\t_\t0\troot\t_\t_\n2\tn't\tnot\tPART\tRB\t_\t1\tadvmod\t_\tSpaceAfter=No\n2.1\tx\tx\tX\tX\t_\t_\t_\t_\t_\n3\t.\t.\tPUNCT\t.\t_\t1\tpunct\t_\t_\n"
	s, err := ParseCoNLLU(strings.NewReader(in))
	if err != nil || len(s) != 1 || len(s[0].Words) != 3 || !s[0].NewDoc || s[0].MultiTokens[0].Form != "Don't" || s[0].Words[1].SpaceAfter {
		t.Fatalf("%+v, %v", s, err)
	}
	if _, err := ParseCoNLLU(strings.NewReader("1\tonly three\tfields\n")); err == nil {
		t.Error("short row accepted")
	}
}
