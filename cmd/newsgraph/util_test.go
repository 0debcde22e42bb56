package main

import (
	"strings"
	"testing"
)

// A bad date on --from names the flag the user gave, not --published,
// which the same flag type also reads.
func TestDateFlagErrorNamesTheFlagGiven(t *testing.T) {
	cmd := newQuotes()
	cmd.SetArgs([]string{"--db", t.TempDir() + "/none.db", "--from", "notadate"})
	cmd.SetOut(new(strings.Builder))
	cmd.SetErr(new(strings.Builder))
	err := cmd.Execute()
	if err == nil || !strings.Contains(err.Error(), `"--from"`) || strings.Contains(err.Error(), "published") {
		t.Errorf("got %v, want an error about --from alone", err)
	}
}
