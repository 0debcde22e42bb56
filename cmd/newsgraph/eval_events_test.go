package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/shareddata"
)

// evalEventsJSON runs `eval events --json` and reads its scores.
func evalEventsJSON(t *testing.T, args ...string) (f1, rootF1 float64, records int) {
	t.Helper()
	out, stderr, err := run(t, "", append([]string{"eval", "events", "--json"}, args...)...)
	if err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	var s struct {
		Triples struct{ F1 float64 }
		Root    struct{ F1 float64 }
		Records int
	}
	if err := json.Unmarshal([]byte(out), &s); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	var keys map[string]json.RawMessage
	_ = json.Unmarshal([]byte(out), &keys)
	var names []string
	for k := range keys {
		names = append(names, k)
	}
	slices.Sort(names)
	if !slices.Equal(names, []string{"records", "root", "triples"}) {
		t.Errorf("JSON keys %v", names)
	}
	return s.Triples.F1, s.Root.F1, s.Records
}

// The coder on the validation files' own parses must not fall below what
// it has reached (less a margin). The unit-test records' floor is low
// because the shared PETR.Validate.verbs.txt is the TABARI-era file, whose
// codes are not those the records expect (RESTORE 064, expected 050).
func TestEvalEventsFloors(t *testing.T) {
	dir := shareddata.Path(t, "events", "universal-petrarch", "text")
	for _, c := range []struct {
		file       string
		floor      float64
		minRecords int
	}{
		{"PETR.UnitTest.records.parsing_parsed_udpipe_2.0.xml", 0.075, 280},
		{"PETR2_GSR_validation.xml", 0.78, 78},
	} {
		f1, root, n := evalEventsJSON(t, "--gold", filepath.Join(dir, c.file), "--gold-parse")
		if f1 < c.floor || root < f1 || n < c.minRecords {
			t.Errorf("%s: triple F1 %.3f (floor %.2f), root F1 %.3f, %d records", c.file, f1, c.floor, root, n)
		}
	}
}

// A validation file of our own, with its own dictionaries beside it, as
// the command finds them: one record coded right, one noevents record.
func TestEvalEventsOwnFile(t *testing.T) {
	root := t.TempDir()
	for name, text := range map[string]string{
		"dictionaries/Shire.verbs.txt":  "--- PRAISE [051] ---\nPRAISE\n",
		"dictionaries/Shire.actors.txt": "LOTHLORIEN [LOT]\nROHAN [ROH]\n",
		"text/shire.xml": `<Validation><Environment><Verbfile>Shire.verbs.txt</Verbfile>
<Actorfile>Shire.actors.txt</Actorfile></Environment><Sentences>
<Sentence id="A" date="20200101"><EventCoding eventcode="051" sourcecode="LOT" targetcode="ROH" />
<Text>Lothlorien praised Rohan.</Text><Parse>
1	Lothlorien	Lothlorien	PROPN	NNP	_	2	nsubj	_	_
2	praised	praise	VERB	VBD	_	0	root	_	_
3	Rohan	Rohan	PROPN	NNP	_	2	obj	_	SpaceAfter=No
4	.	.	PUNCT	.	_	2	punct	_	_
</Parse></Sentence>
<Sentence id="B" date="20200101"><EventCoding noevents="True" />
<Text>Rohan praised Lothlorien.</Text><Parse>
1	Rohan	Rohan	PROPN	NNP	_	2	nsubj	_	_
2	praised	praise	VERB	VBD	_	0	root	_	_
3	Lothlorien	Lothlorien	PROPN	NNP	_	2	obj	_	SpaceAfter=No
4	.	.	PUNCT	.	_	2	punct	_	_
</Parse></Sentence></Sentences></Validation>`,
	} {
		p := filepath.Join(root, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	gold := filepath.Join(root, "text", "shire.xml")
	f1, _, n := evalEventsJSON(t, "--gold", gold, "--gold-parse")
	// One right, one coded where nothing should be: P 0.5, R 1, F1 2/3.
	if n != 2 || f1 < 0.66 || f1 > 0.67 {
		t.Errorf("F1 %.3f over %d records", f1, n)
	}
	out, _, err := run(t, "", "eval", "events", "--gold", gold, "--gold-parse")
	if err != nil || !strings.Contains(out, "event in a noevents record") {
		t.Errorf("text report lacks the failure's cause (%v):\n%s", err, out)
	}
	// --mismatches lists the failed record, its triples and how its verb
	// was read, and not the record coded right.
	out, _, err = run(t, "", "eval", "events", "--gold", gold, "--gold-parse", "--mismatches")
	for _, want := range []string{"== B", "Rohan praised Lothlorien.", "extra [{ROH LOT 051}]", "verb #1 PRAISE:0 051 [ROH] -> [LOT]"} {
		if err != nil || !strings.Contains(out, want) {
			t.Errorf("--mismatches lacks %q (%v):\n%s", want, err, out)
		}
	}
	if strings.Contains(out, "== A") {
		t.Errorf("--mismatches lists a record coded right:\n%s", out)
	}
}
