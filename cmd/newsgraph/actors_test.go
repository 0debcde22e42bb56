package main

import (
	"strings"
	"testing"
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
