package actors

import (
	"errors"
	"strings"
	"testing"
)

// The readers take dictionaries from outside: any bytes give records and
// line errors naming the file and a line that exists, never a panic.
func FuzzActorDictionary(f *testing.F) {
	f.Add(fixtureActors)
	f.Add("A_ [BRK]\n+B_\n\t[BRKGOV 050101-060101]\n\t[BRKGOV > 070101]\n")
	f.Add("<!-- open\n-->\nA_ [---] [BRK <19991231]\n")
	f.Add("\t[X]\n+\n[\n]\nA_ [BRK 2005011-1]\x1a\n")
	f.Fuzz(func(t *testing.T, text string) {
		es, err := ReadActors(strings.NewReader(text), "fuzz.txt")
		checkLineErrors(t, text, err)
		for _, e := range es {
			if e.Name == "" || Normalize(e.Name) == "" && strings.TrimSpace(e.Name) == "" {
				t.Errorf("record with an empty name: %+v", e)
			}
			for _, r := range e.Roles {
				if !validCode(r.Code) || (!r.From.IsZero() && !r.To.IsZero() && r.To.Before(r.From)) {
					t.Errorf("bad role %+v", r)
				}
			}
		}
		kb := Build(es, nil)
		kb.Actors(func(a *Actor) bool {
			kb.Lookup(a.Name)
			return true
		})
	})
}

func FuzzAgentDictionary(f *testing.F) {
	f.Add(fixtureAgents)
	f.Add("!A! = X, Y\n!A!_!A! {} [~GOV]\nB {C} [NGO~]\n")
	f.Add("!A! = \n!B!\nC {\n")
	f.Fuzz(func(t *testing.T, text string) {
		ags, err := ReadAgents(strings.NewReader(text), "fuzz.txt")
		checkLineErrors(t, text, err)
		for _, a := range ags {
			if len(a.Forms) == 0 || !validCode(a.Code) {
				t.Errorf("bad agent %+v", a)
			}
		}
		Build(nil, ags)
	})
}

func checkLineErrors(t *testing.T, text string, err error) {
	t.Helper()
	if err == nil {
		return
	}
	var le LineErrors
	if !errors.As(err, &le) {
		t.Fatalf("error of another kind: %v", err)
	}
	n := strings.Count(text, "\n") + 1
	for _, e := range le {
		if e.File != "fuzz.txt" || e.Line < 1 || e.Line > n {
			t.Errorf("error %v names no line of the %d", e, n)
		}
	}
}
