package corpus

import (
	"strings"
	"testing"
)

func TestParseBrat(t *testing.T) {
	ann := "T1\tSource 10 13\tKim\nT2\tCue 14 18\tsaid\nT3\tContent 20 30;40 51\tfirst part second\npart\n" +
		"T4\tAttribution 14 18\tsaid\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n#1\tAnnotatorNotes T1\tnote\n"
	d, err := ParseBrat(ann)
	if err != nil {
		t.Fatal(err)
	}
	c := d.Spans["T3"]
	if len(c.Fragments) != 2 || c.Text != "first part second\npart" {
		t.Errorf("discontinuous span over two lines: %+v", c)
	}
	if a, b := c.Covering(); a != 20 || b != 51 {
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

// Each reader refuses input that would otherwise come back as data the
// trainers cannot use: offsets, ids and heads that point nowhere.
func TestReadersRefuseBrokenInput(t *testing.T) {
	brat := func(s string) error { _, err := ParseBrat(s); return err }
	conllu := func(s string) error { _, err := ParseCoNLLU(strings.NewReader(s)); return err }
	conll2003 := func(s string) error { _, err := ParseCoNLL2003(strings.NewReader(s)); return err }
	corenlp := func(s string) error { _, err := readCoreNLP(strings.NewReader(s), "in"); return err }
	w := func(id, head string) string { return id + "\tw\tw\tX\tX\t_\t" + head + "\tdep\t_\t_\n" }
	tok := `[0,1,"a","a","DT","O"]`
	for _, c := range []struct {
		name  string
		parse func(string) error
		in    string
		want  string
	}{
		{"brat negative offset", brat, "T1\tCue -4 -1\tsay\n", "bad range"},
		{"brat reversed offsets", brat, "T1\tCue 9 3\tsay\n", "bad range"},
		{"brat text longer than offsets", brat, "T1\tCue 0 2\tsaid\n", "text of 4 characters"},
		{"brat no type", brat, "T1\t 0 3\tsay\n", "want a type"},
		{"brat span twice", brat, "T1\tCue 0 3\tsay\nT1\tCue 4 7\tsay\n", "twice"},
		{"brat event to nothing", brat, "T1\tCue 0 3\tsay\nE1\tCue:T1 Source:T9\n", `"T9"`},
		{"brat empty event", brat, "E1\t\n", "without a trigger"},
		{"brat argument without role", brat, "T1\tCue 0 3\tsay\nE1\tT1\n", "not Role:ID"},
		{"conllu ids skip", conllu, w("1", "0") + w("3", "1"), "word id"},
		{"conllu head past end", conllu, w("1", "0") + w("2", "7"), "head 7"},
		{"conllu negative head", conllu, w("1", "-1"), "bad head"},
		{"conllu cycle", conllu, w("1", "2") + w("2", "1"), "cycle"},
		{"conllu range past end", conllu, "1-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n" + w("1", "0"), "past the last word"},
		{"conllu backward range", conllu, "1-1\tx\t_\t_\t_\t_\t_\t_\t_\t_\n" + w("1", "0"), "bad range"},
		{"conllu empty field", conllu, "1\t\tw\tX\tX\t_\t0\tdep\t_\t_\n", "field 2 is empty"},
		{"conll2003 two columns", conll2003, "EU I-ORG\n", "want word, POS"},
		{"conll2003 bad tag", conll2003, "EU NNP I-NP ORG\n", "entity tag"},
		{"corenlp null word", corenlp, `{"tokens":[[[0,1,null,"a","DT","O"]]]}`, "empty word"},
		{"corenlp deps for fewer sentences", corenlp, `{"tokens":[[` + tok + `],[` + tok + `]],"deps":[[[0,"root"]]]}`, "dependencies for 1 sentences"},
		{"corenlp self-loop", corenlp, `{"tokens":[[` + tok + `]],"deps":[[[1,"dep"]]]}`, "cycle"},
	} {
		if err := c.parse(c.in); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: err = %v, want one saying %q", c.name, err, c.want)
		}
	}
}
