package corpuslink

import (
	"context"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
)

// FuzzLink: names as articles deliver them — any script, control
// characters, punctuation alone, empty — link without a panic, and every
// item gets an actor of its own type or of another item of its article.
func FuzzLink(f *testing.F) {
	for _, seed := range []string{"Donald Trump\nTrump\nMr. Trump", "Ким Чен Ын\nКим", "\x00\x01\n..\n’s", "The\nthe the\nAnd And", "習近平\n習"} {
		f.Add(seed, "Trump", uint8(3))
	}
	f.Fuzz(func(t *testing.T, names, alias string, articles uint8) {
		var items []newsgraph.LinkItem
		for i, n := range strings.Split(names, "\n") {
			typ := []string{"PER", "ORG", "LOC", "MISC"}[i%4]
			items = append(items, newsgraph.LinkItem{Article: int64(i % (int(articles) + 1)), Type: typ, Name: n, Mentions: i % 3})
		}
		cs := []newsgraph.Correction{{Kind: newsgraph.CorrectAlias, Actor: "name:PER:x", Name: alias},
			{Kind: newsgraph.CorrectSplit, Actor: "name:PER:x", Name: alias}, {Kind: newsgraph.CorrectMerge, Actor: alias, Other: "name:ORG:" + alias}}
		l, err := Linker{}.Link(context.Background(), items, cs)
		if err != nil {
			t.Fatal(err)
		}
		if len(l.Actor) != len(items) {
			t.Fatalf("%d actors for %d items", len(l.Actor), len(items))
		}
		for i, a := range l.Actor {
			if a < 0 || a >= len(l.Actors) || l.Actors[a].Key == "" {
				t.Fatalf("item %d (%q): actor %d of %d", i, items[i].Name, a, len(l.Actors))
			}
		}
	})
}
