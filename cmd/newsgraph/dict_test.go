package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/extract"
)

// writeDict writes an invented dictionary directory: two countries and a
// verb of their own.
func writeDict(t *testing.T, verbs string) string {
	t.Helper()
	dir := t.TempDir()
	for name, text := range map[string]string{
		"mine.actors.txt": "ARDENIA_\n\t[ARD]\nBEXLAND_\n\t[BXL]\n",
		"mine.verbs.txt":  verbs,
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// A user's dictionaries code what the shipped ones cannot: actors they
// never heard of, with a verb pattern of the user's own.
func TestDictCodesWithAUsersDictionaries(t *testing.T) {
	dir := writeDict(t, "--- SNUB  [111]  ---\nSNUB {SNUBS SNUBBED SNUBBING}\n")
	p, err := newPipeline(dir)
	if err != nil {
		t.Fatal(err)
	}
	meta, blocks := extract.Text("Ardenia snubbed Bexland at the summit.\n")
	d := newsgraph.NewDoc(meta, blocks)
	if err := p.Run(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range d.Events {
		got = append(got, d.Slice(e.Verb)+" "+e.CAMEO+" "+strings.Join(e.Actor[0].Codes, ",")+"→"+codesOf(e.Recipient))
	}
	if !strings.Contains(strings.Join(got, "; "), "snubbed 111 ARD→BXL") {
		t.Errorf("events %q, want snubbed 111 ARD→BXL", got)
	}
}

func codesOf(ps []newsgraph.Participant) string {
	var cs []string
	for _, p := range ps {
		cs = append(cs, p.Codes...)
	}
	return strings.Join(cs, ",")
}

// A malformed line of a user's dictionary stops the command with its file
// and line, before any article is read.
func TestDictMalformedLineNamesFileAndLine(t *testing.T) {
	dir := writeDict(t, "--- SNUB  [111]  ---\nSNUB {SNUBS SNUBBED\n")
	_, err := newPipeline(dir)
	if err == nil || !strings.Contains(err.Error(), "mine.verbs.txt:2") {
		t.Errorf("err = %v, want one naming mine.verbs.txt:2", err)
	}
	if _, err := newPipeline(t.TempDir()); err == nil || !strings.Contains(err.Error(), "no dictionary") {
		t.Errorf("empty directory: err = %v", err)
	}
}
