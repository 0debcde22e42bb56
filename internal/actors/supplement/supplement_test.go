package supplement

import (
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/actors"
)

func TestSupplementReadsCleanly(t *testing.T) {
	es, err := Entries()
	if err != nil {
		t.Fatal(err)
	}
	if len(es) < 40 {
		t.Errorf("%d entries; the supplement has more than 40", len(es))
	}
}

// Built into a knowledge base, the supplement's people are found by their
// names and hold their roles on the right days.
func TestSupplementCodesLeadersByDate(t *testing.T) {
	es, err := Entries()
	if err != nil {
		t.Fatal(err)
	}
	kb := actors.Build(es, nil)
	day := func(s string) time.Time { d, _ := time.Parse(time.DateOnly, s); return d }
	for _, c := range []struct {
		name, day, want string
	}{
		{"Kim Jong Un", "2023-09-13", "PRKGOV"},
		{"Sergei Shoigu", "2023-09-13", "RUSMIL"},
		{"Sergei Shoigu", "2024-06-01", "RUSGOV"},
		{"Donald Trump", "2019-01-01", "USAGOV"},
		{"Donald Trump", "2022-01-01", "USAELI"},
	} {
		found, _ := kb.Lookup(c.name)
		if len(found) != 1 {
			t.Errorf("Lookup(%q) = %d actors, want 1", c.name, len(found))
			continue
		}
		roles := kb.RolesAt(found[0].ID, day(c.day))
		if len(roles) != 1 || roles[0].Code != c.want {
			t.Errorf("%s on %s: roles %+v, want %s", c.name, c.day, roles, c.want)
		}
	}
}

// The supplement's records are people, though their codes are a
// government's and they carry no title: a person each, and so found by
// surname ("Shoigu", "Zelensky" as written there or not).
func TestSupplementLeadersArePeople(t *testing.T) {
	es, err := Entries()
	if err != nil {
		t.Fatal(err)
	}
	kb := actors.Build(es, nil)
	for _, name := range []string{"Kim Jong Un", "Volodymyr Zelensky", "Sergei Shoigu", "Antonio Guterres"} {
		found, _ := kb.Lookup(name)
		if len(found) != 1 || found[0].Type != actors.Person {
			t.Errorf("Lookup(%q) = %+v, want one person", name, found)
		}
	}
	if found, how := kb.Lookup("Shoigu"); len(found) != 1 || found[0].ID != "sergei-shoigu" {
		t.Errorf("Lookup(Shoigu) = %+v (%v), want Sergei Shoigu by surname", found, how)
	}
}
