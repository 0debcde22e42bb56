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

// The time expression rules on TimeBank (the development set: TempEval-3's
// test documents are withheld) must not fall below what they reach, less
// a small margin. The targets were relaxed F1 0.90 and value F1 0.82.
func TestEvalTimeTimeBankFloor(t *testing.T) {
	dir := shareddata.Path(t, "timeml", "timebank")
	out, _, err := run(t, "", "eval", "time", "--gold", dir, "--json")
	if err != nil {
		t.Fatal(err)
	}
	var s struct {
		Strict, Relaxed, Value struct{ Precision, Recall, F1 float64 }
		Type                   struct{ Accuracy float64 }
		Documents              int
	}
	if err := json.Unmarshal([]byte(out), &s); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	if s.Documents != 183 {
		t.Errorf("%d documents, TimeBank has 183", s.Documents)
	}
	for _, c := range []struct {
		name       string
		got, floor float64
	}{
		{"relaxed extent F1", s.Relaxed.F1, 0.935},
		{"strict extent F1", s.Strict.F1, 0.895},
		{"value F1", s.Value.F1, 0.82},
		{"type accuracy", s.Type.Accuracy, 0.965},
	} {
		if c.got < c.floor {
			t.Errorf("TimeBank %s %.4f, below the floor %.3f", c.name, c.got, c.floor)
		}
	}
}

// The JSON has exactly the fields the command promises.
func TestEvalTimeJSONShape(t *testing.T) {
	dir := t.TempDir()
	doc := `<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2031-05-09" functionInDocument="CREATION_TIME">x</TIMEX3></DCT>` +
		`<TEXT>Lind left <TIMEX3 tid="t1" type="DATE" value="2031-05-08">yesterday</TIMEX3> for two weeks.</TEXT></TimeML>`
	if err := os.WriteFile(filepath.Join(dir, "inv.tml"), []byte(doc), 0o644); err != nil {
		t.Fatal(err)
	}
	out, _, err := run(t, "", "eval", "time", "--gold", dir, "--json")
	if err != nil {
		t.Fatal(err)
	}
	var raw map[string]json.RawMessage
	if err := json.Unmarshal([]byte(out), &raw); err != nil {
		t.Fatal(err)
	}
	keys := func(m map[string]json.RawMessage) []string {
		var k []string
		for key := range m {
			k = append(k, key)
		}
		slices.Sort(k)
		return k
	}
	if got := strings.Join(keys(raw), ","); got != "documents,relaxed,strict,type,value" {
		t.Errorf("top-level keys %s", got)
	}
	for _, name := range []string{"strict", "relaxed", "value"} {
		var prf map[string]json.RawMessage
		if err := json.Unmarshal(raw[name], &prf); err != nil {
			t.Fatal(err)
		}
		if got := strings.Join(keys(prf), ","); got != "f1,precision,recall" {
			t.Errorf("%s keys %s", name, got)
		}
	}
	if string(raw["documents"]) != "1" || !strings.Contains(string(raw["type"]), `"accuracy"`) {
		t.Errorf("documents %s, type %s", raw["documents"], raw["type"])
	}
	// "yesterday" is found and right; "two weeks" is a false alarm here.
	var value struct{ Precision, Recall float64 }
	if err := json.Unmarshal(raw["value"], &value); err != nil || value.Precision != 0.5 || value.Recall != 1 {
		t.Errorf("value %s (%v)", raw["value"], err)
	}
}

func TestEvalTimeRefusesAnEmptyDirectory(t *testing.T) {
	if _, _, err := run(t, "", "eval", "time", "--gold", t.TempDir()); err == nil {
		t.Error("no error for a directory without .tml files")
	}
}
