package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
)

// An invented local story, printed twice (the second time under another
// headline), and an unrelated notice.
const (
	poolBody = "The swimming club of Eskerby will keep its outdoor pool heated through the winter after members voted on Monday night to pay for the extra fuel themselves.\n\n" +
		"The vote ended a month of argument over whether the old boiler could manage the cold months, and the club's treasurer said the fuel would cost about as much as a new set of lane ropes.\n\n" +
		"“We will keep the pool open all winter, whatever the boiler thinks of it,” said Mara Feld, the club's chair.\n"
	bakeryText = "Bakery wins regional prize\n\nA small bakery in the harbour district of Tollund won the regional prize for rye bread on Saturday, beating forty other entries from across the province with a loaf made from a recipe the owner's grandmother wrote down in 1952.\n"
)

func TestStoriesListsAndShows(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "st.db")
	files := map[string]string{"a-pool.txt": "Eskerby pool stays warm\n\n" + poolBody, "b-pool.txt": "Winter swimming saved in Eskerby\n\n" + poolBody, "c-bakery.txt": bakeryText}
	args := []string{"ingest", "--db", db, "--workers", "1", "--published", "2026-01-12"}
	for _, name := range []string{"a-pool.txt", "b-pool.txt", "c-bakery.txt"} {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(files[name]), 0o644); err != nil {
			t.Fatal(err)
		}
		args = append(args, path)
	}
	if _, stderr, err := run(t, "", args...); err != nil {
		t.Fatalf("%v: %s", err, stderr)
	}
	out, stderr, err := run(t, "", "stories", "--db", db, "--json")
	if err != nil {
		t.Fatalf("%v: %s", err, stderr)
	}
	var pool newsgraph.StoryRecord
	lines := strings.Split(strings.TrimSpace(out), "\n")
	for _, l := range lines {
		var st newsgraph.StoryRecord
		if err := json.Unmarshal([]byte(l), &st); err != nil {
			t.Fatalf("%q: %v", l, err)
		}
		if st.Articles == 2 {
			pool = st
		}
	}
	if len(lines) != 2 || pool.ID == 0 || pool.Title != "Eskerby pool stays warm" {
		t.Fatalf("stories: %s; want the pool story (two prints) and the bakery's", out)
	}
	out, stderr, err = run(t, "", "stories", "--db", db, "--limit", "1", "--sort", "oldest")
	if err != nil || len(strings.Split(strings.TrimSpace(out), "\n")) != 1 || !strings.Contains(stderr, "1 of 2 stories") {
		t.Errorf("--limit 1: %q, %q, %v", out, stderr, err)
	}
	out, stderr, err = run(t, "", "stories", "show", "--db", db, itoa(pool.ID))
	if err != nil {
		t.Fatalf("%v: %s", err, stderr)
	}
	for _, want := range []string{"Story " + itoa(pool.ID) + ": Eskerby pool stays warm", "Winter swimming saved in Eskerby [2]", "first:", "repeated:", "Mara Feld"} {
		if !strings.Contains(out, want) {
			t.Errorf("stories show lacks %q:\n%s", want, out)
		}
	}
	for _, bad := range [][]string{{"stories", "show", "--db", db, "999"}, {"stories", "show", "--db", db, "pool"},
		{"stories", "--db", filepath.Join(dir, "missing.db")}, {"stories", "--db", db, "--sort", "loudest"}} {
		if _, _, err := run(t, "", bad...); err == nil {
			t.Errorf("%q succeeded", bad)
		}
	}
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }
