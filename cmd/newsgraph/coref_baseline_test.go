package main

import (
	"encoding/json"
	"maps"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
)

func TestBaselineEntitiesGroupByName(t *testing.T) {
	text := "Donald Trump met Trump aides in Washington. George Washington and Ivanka Trump wrote to Lind. Lind replied."
	d := &newsgraph.Doc{Text: text}
	var names []name
	for _, n := range []struct{ text, typ string }{
		{"Donald Trump", "PER"}, {"Trump", "PER"}, {"Washington", "LOC"}, {"George Washington", "PER"},
		{"Ivanka Trump", "PER"}, {"Lind", "PER"}, {"Lind", "ORG"},
	} {
		from := 0
		if len(names) > 0 {
			from = names[len(names)-1].span.End
		}
		i := from + strings.Index(text[from:], n.text)
		names = append(names, name{newsgraph.Span{Start: i, End: i + len(n.text)}, n.typ})
	}
	var got []string
	for _, e := range baselineEntities(d, names) {
		var ms []string
		for _, m := range e.Mentions {
			ms = append(ms, d.Slice(m))
		}
		got = append(got, e.Actor+": "+strings.Join(ms, ", "))
	}
	// "Trump" joins both longer Trumps, and through it they join each
	// other: the baseline's known weakness. The place Washington stays
	// apart from the person; the two Linds are one name whatever their type.
	want := []string{
		"Donald Trump: Donald Trump, Trump, Ivanka Trump",
		"Washington: Washington",
		"George Washington: George Washington",
		"Lind: Lind, Lind",
	}
	if !slices.Equal(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// A small CorefUD file in our own words, through the CLI with the shipped
// models: the JSON has exactly the fields the issue names.
func TestEvalCorefAndLinkingCLI(t *testing.T) {
	rows := []string{
		"1\tElena\tElena\tPROPN\tNNP\t_\t3\tnsubj\t_\tEntity=(1-person-new-Elena_Varga",
		"2\tVarga\tVarga\tPROPN\tNNP\t_\t1\tflat\t_\tEntity=1)",
		"3\tvisited\tvisit\tVERB\tVBD\t_\t0\troot\t_\t_",
		"4\tLisbon\tLisbon\tPROPN\tNNP\t_\t3\tobj\t_\tEntity=(2-place-new-Lisbon)|SpaceAfter=No",
		"5\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_",
		"",
		"1\tVarga\tVarga\tPROPN\tNNP\t_\t2\tnsubj\t_\tEntity=(1-person-giv-Elena_Varga)",
		"2\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_",
		"3\tshe\tshe\tPRON\tPRP\t_\t4\tnsubj\t_\tEntity=(1-person-giv-Elena_Varga)",
		"4\tliked\tlike\tVERB\tVBD\t_\t2\tccomp\t_\t_",
		"5\tit\tit\tPRON\tPRP\t_\t4\tobj\t_\tEntity=(2-place-giv-Lisbon)|SpaceAfter=No",
		"6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_",
	}
	dir := t.TempDir()
	gold := filepath.Join(dir, "varga.conllu")
	conllu := "# newdoc id = varga\n# global.Entity = eid-etype-infstat-identity\n" + strings.Join(rows, "\n") + "\n\n"
	if err := os.WriteFile(gold, []byte(conllu), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		cmd  string
		keys []string
	}{
		{"coref", []string{"b3", "ceafe", "conll_f1", "documents", "muc", "pronoun_accuracy"}},
		{"linking", []string{"f1", "mentions", "precision", "recall"}},
	} {
		out, _, err := run(t, "", "eval", c.cmd, "--gold", gold, "--json")
		if err != nil {
			t.Fatalf("eval %s: %v", c.cmd, err)
		}
		var got map[string]any
		if err := json.Unmarshal([]byte(out), &got); err != nil {
			t.Fatalf("eval %s: %v\n%s", c.cmd, err, out)
		}
		keys := slices.Sorted(maps.Keys(got))
		if !reflect.DeepEqual(keys, c.keys) {
			t.Errorf("eval %s --json keys %v, want %v", c.cmd, keys, c.keys)
		}
		if c.cmd == "coref" && (got["documents"] != 1.0 || len(got["muc"].(map[string]any)) != 3) {
			t.Errorf("eval coref: %s", out)
		}
		if c.cmd == "linking" && got["mentions"] != 3.0 { // Elena Varga, Varga, Lisbon
			t.Errorf("eval linking: %s", out)
		}
	}
	bad := filepath.Join(dir, "bad.conllu")
	os.WriteFile(bad, []byte(strings.Replace(conllu, "Entity=1)", "_", 1)), 0o644)
	if _, _, err := run(t, "", "eval", "coref", "--gold", bad); err == nil || !strings.Contains(err.Error(), bad+": line 3:") {
		t.Errorf("a mention never closed: error %v, want the file and line 3", err)
	}
}
