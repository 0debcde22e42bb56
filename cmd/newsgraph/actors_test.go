package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// The shipped knowledge base answers from the shell: a titled name finds
// its person, a date narrows the roles, an unknown ID is an error.
func TestActorsFindAndShow(t *testing.T) {
	out, _, err := run(t, "", "actors", "find", "Mr. Putin")
	if err != nil || !strings.Contains(out, "vladimir-putin") || !strings.Contains(out, "untitled match") {
		t.Errorf("find: %v\n%s", err, out)
	}
	out, _, err = run(t, "", "actors", "show", "vladimir-putin", "--at", "2010-06-01")
	if err != nil || !strings.Contains(out, "roles on 2010-06-01") || !strings.Contains(out, "RUSGOV") {
		t.Errorf("show: %v\n%s", err, out)
	}
	if _, _, err := run(t, "", "actors", "show", "no-such-actor"); err == nil {
		t.Error("an unknown actor gave no error")
	}
}

// A store's actors from the shell: ingest links and re-links, list finds
// them, a merge is recorded and shown, export writes it, and import carries
// it into another store of the same articles, where it takes effect.
func TestStoreActorsFromTheShell(t *testing.T) {
	dir := t.TempDir()
	one, two := filepath.Join(dir, "one.db"), filepath.Join(dir, "two.db")
	for _, db := range []string{one, two} {
		if _, stderr, err := run(t, "", "ingest", "--db", db, "--workers", "1", "../../examples/port-strike.txt"); err != nil || !strings.Contains(stderr, "relink:") {
			t.Fatalf("ingest: %v\n%s", err, stderr)
		}
	}
	out, _, err := run(t, "", "actors", "list", "--db", one, "--type", "PER")
	if err != nil || !strings.Contains(out, "Elena Varga") || !strings.Contains(out, "Piet Olander") {
		t.Fatalf("list: %v\n%s", err, out)
	}
	for _, bad := range [][]string{{"--type", "FOO"}, {"--limit", "-1"}, {"--offset", "-3"}} {
		if _, _, err := run(t, "", append([]string{"actors", "list", "--db", one}, bad...)...); err == nil {
			t.Errorf("actors list %v: no error", bad)
		}
	}
	id := func(db, name string) string {
		out, _, _ := run(t, "", "actors", "list", "--db", db, "--q", name)
		for _, line := range strings.Split(out, "\n") {
			if strings.Contains(line, name) {
				return strings.Fields(line)[0]
			}
		}
		t.Fatalf("no actor %q in\n%s", name, out)
		return ""
	}
	varga, olander := id(one, "Elena Varga"), id(one, "Piet Olander")
	if out, _, err := run(t, "", "actors", "merge", "--db", one, varga, olander); err != nil || !strings.Contains(out, "correction 1 recorded: merge") {
		t.Fatalf("merge: %v\n%s", err, out)
	}
	if _, _, err := run(t, "", "actors", "merge", "--db", one, olander, varga); err == nil {
		t.Error("merging into an actor merged away was not refused")
	}
	if out, _, err := run(t, "", "actors", "show", "--db", one, varga); err != nil || !strings.Contains(out, "Piet Olander") || !strings.Contains(out, "correction 1: merge") {
		t.Errorf("show: %v\n%s", err, out)
	}
	// --at keeps the roles held on the day: the articles of the example are
	// undated, their roles dated the day they were stored, long after 1990.
	if out, _, err := run(t, "", "actors", "show", "--db", one, varga, "--at", "1990-01-01"); err != nil || strings.Contains(out, `role "`) || !strings.Contains(out, "roles on 1990-01-01") {
		t.Errorf("show --at 1990-01-01: %v\n%s", err, out)
	}
	if out, _, err := run(t, "", "actors", "show", "--db", one, varga, "--at", time.Now().UTC().Format(time.DateOnly)); err != nil || !strings.Contains(out, `role "Mayor"`) {
		t.Errorf("show --at today: %v\n%s", err, out)
	}
	if _, _, err := run(t, "", "actors", "show", "--db", one, varga, "--at", "junk"); err == nil {
		t.Error("show --db --at junk gave no error")
	}
	export := filepath.Join(dir, "actors.jsonl")
	if _, _, err := run(t, "", "actors", "export", "--db", one, export); err != nil {
		t.Fatal(err)
	}
	raw, _ := os.ReadFile(export)
	// The merged actor keeps Varga's key and has both names; the one the
	// articles mention more names it (the store's contract).
	merged := false
	for _, line := range strings.Split(string(raw), "\n") {
		merged = merged || strings.Contains(line, `"key":"name:PER:elena varga"`) && strings.Contains(line, `"Elena Varga"`) && strings.Contains(line, `"Piet Olander"`)
	}
	if !strings.Contains(string(raw), `"correction":{"id":1,"kind":"merge"`) || !merged {
		t.Errorf("export:\n%s", raw)
	}
	if _, stderr, err := run(t, "", "actors", "import", "--db", two, export); err != nil || !strings.Contains(stderr, "1 corrections recorded, 0 recorded already") {
		t.Fatalf("import: %v\n%s", err, stderr)
	}
	// Taken again, the export records nothing twice.
	if _, stderr, err := run(t, "", "actors", "import", "--db", two, export); err != nil || !strings.Contains(stderr, "0 corrections recorded, 1 recorded already") {
		t.Fatalf("import again: %v\n%s", err, stderr)
	}
	if out, _, _ := run(t, "", "actors", "list", "--db", two, "--q", "Olander"); !strings.Contains(out, "Elena Varga") || strings.Contains(out, "0 of 0") {
		t.Errorf("after import, Olander is not with Varga:\n%s", out)
	}
	os.WriteFile(export, []byte("{\"correction\":{\"kind\":\"merge\",\"actor\":\"a\"}}\n"), 0o644)
	if _, _, err := run(t, "", "actors", "import", "--db", two, export); err == nil || !strings.Contains(err.Error(), "actors.jsonl:1") {
		t.Errorf("a bad line: %v", err)
	}
	// A merge of a place into a person is recorded, with a note on whose
	// name and type the merged actor takes.
	if _, stderr, err := run(t, "", "actors", "merge", "--db", two, id(two, "Piet Olander"), id(two, "Brask")); err != nil || !strings.Contains(stderr, "different types") {
		t.Errorf("merge of a place into a person: %v\n%s", err, stderr)
	}
}
