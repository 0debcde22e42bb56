package actors

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/shareddata"
)

// readPhoenix builds the knowledge base from the shared Phoenix
// dictionaries, as `newsgraph train actors` does, or skips.
func readPhoenix(t *testing.T) (*KB, int, LineErrors) {
	t.Helper()
	dir := shareddata.Path(t, "events", "universal-petrarch", "dictionaries")
	var entries []ActorEntry
	var bad LineErrors
	read := func(name string, fn func(f *os.File) error) {
		f, err := os.Open(filepath.Join(dir, name))
		if err != nil {
			t.Skipf("Phoenix dictionary %s not in the shared data: %v", name, err)
		}
		defer f.Close()
		var le LineErrors
		if err := fn(f); err != nil && !errors.As(err, &le) {
			t.Fatal(err)
		}
		bad = append(bad, le...)
	}
	for _, name := range []string{"Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"} {
		read(name, func(f *os.File) error {
			es, err := ReadActors(f, name)
			entries = append(entries, es...)
			return err
		})
	}
	var ags []AgentEntry
	read("Phoenix.agents.txt", func(f *os.File) error {
		var err error
		ags, err = ReadAgents(f, "Phoenix.agents.txt")
		return err
	})
	return Build(entries, ags), len(entries), bad
}

func TestPhoenixDictionaries(t *testing.T) {
	kb, records, bad := readPhoenix(t)
	// The malformed lines, each checked by reading the file: Ctrl-Z and NUL
	// inside names, U+FFFD, dates of 7, 9 and 10 digits or with no '<'/'>',
	// a range ending before it starts, a stray ']', an indented name, MNC
	// lines with trailing columns, and two agent lines.
	var where []string
	for _, e := range bad {
		where = append(where, strings.TrimPrefix(e.File, "Phoenix.")+":"+itoa(e.Line))
	}
	want := "Countries.actors.txt:745 Countries.actors.txt:2039 Countries.actors.txt:11234 Countries.actors.txt:12159 " +
		"Countries.actors.txt:14190 Countries.actors.txt:15346 Countries.actors.txt:18010 Countries.actors.txt:21079 " +
		"Countries.actors.txt:22509 Countries.actors.txt:22520 Countries.actors.txt:31716 Countries.actors.txt:34472 " +
		"Countries.actors.txt:43614 Countries.actors.txt:47825 Countries.actors.txt:51385 International.actors.txt:40 " +
		"International.actors.txt:267 International.actors.txt:3696 International.actors.txt:3726 International.actors.txt:6605 " +
		"agents.txt:544 agents.txt:1927"
	if got := strings.Join(where, " "); got != want {
		t.Errorf("malformed lines\n got %s\nwant %s", got, want)
	}
	// About 18,400 + 7,800 + 1,000 records (the data README), fewer
	// actors once repeated names and forgotten '+' variants are joined.
	if records != 27246 || kb.Len() != 25996 || kb.Agents() != 5140 {
		t.Errorf("%d records, %d actors, %d agent phrases", records, kb.Len(), kb.Agents())
	}
	// Phoenix.Countries.actors.txt: VLADIMIR_PUTIN_ with
	// [RUSELI 700101-990809] [RUSGOV 991231-080507] [RUSGOV 990809-000507]
	// [RUSGOV >080508] [RUSELI].
	putin, ok := kb.Actor("vladimir-putin")
	if !ok || putin.Type != Person || putin.Country != "RUS" || len(putin.Roles) != 5 {
		t.Fatalf("Putin: %+v", putin)
	}
	for day, want := range map[string]string{"1985-01-01": "RUSELI", "2000-01-01": "RUSGOV", "2008-05-07": "RUSGOV",
		"2008-05-07T12:00:00Z": "RUSGOV", "2014-03-18": "RUSGOV"} {
		d := day
		if !strings.Contains(d, "T") {
			d += "T00:00:00Z"
		}
		if rs := kb.RolesAt("vladimir-putin", mustTime(d)); len(rs) == 0 || rs[0].Code != want {
			t.Errorf("Putin on %s: %v, want %s", day, rs, want)
		}
	}
	for name, want := range map[string]string{
		"Putin": "vladimir-putin", "Mr. Putin": "vladimir-putin", "Russian President Vladimir Putin": "vladimir-putin",
		"U.S.": "united-states-of-america", "United States": "united-states-of-america", "US": "united-states-of-america",
		"Mr. Obama": "barack-obama", "Medvedev": "dmitry-medvedev", "Hamas": "hamas",
	} {
		as, _ := kb.Lookup(name)
		if len(as) != 1 || as[0].ID != want {
			t.Errorf("Lookup(%q) = %v, want %s", name, ids(as), want)
		}
	}
	// The dictionaries stop in 2014: Kim Jong Un is missing, and "Kim"
	// alone is a Korean family name of many, so it finds nobody.
	if as, m := kb.Lookup("Kim"); m != NoMatch {
		t.Errorf("Kim: %v %v", ids(as), m)
	}
	if _, ok := kb.Actor("kim-jong-un"); ok {
		t.Error("Kim Jong Un in a 2014 dictionary?")
	}
	us, _ := kb.Actor("united-states-of-america")
	if us.Type != Country {
		t.Errorf("United States is a %s", us.Type)
	}
	for phrase, want := range map[string]string{"police": "COP", "policemen": "COP", "foreign ministers": "GOV", "Russian defence minister": "GOV"} {
		if a, ok := kb.AgentOf(phrase); !ok || a.Code != want {
			t.Errorf("AgentOf(%q) = %+v, want %s", phrase, a, want)
		}
	}
}

func ids(as []*Actor) []string {
	var out []string
	for _, a := range as {
		out = append(out, a.ID)
	}
	return out
}
