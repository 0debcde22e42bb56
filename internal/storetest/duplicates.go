package storetest

import (
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
)

var duplicateTests = map[string]func(*testing.T, newsgraph.Store){
	"NearDuplicatesPointAtTheOriginal": testNearDuplicatesPointAtTheOriginal,
	"TemplateForOthersIsNoCopy":        testTemplateForOthersIsNoCopy,
}

// templated is an invented notice that a paper prints for every town, its
// names filled in: the mayor, the town and its harbour board.
func templated(hash, mayor, town string) *newsgraph.Article {
	board := town + " Harbour Board"
	text := "Mayor " + mayor + " of " + town + " said on Monday that the " + board + " would keep the night ferry running through " +
		"the winter months, after a review of the timetable found that more passengers used the late crossing than in any year " +
		"since the pier was rebuilt. The " + board + " will meet again in the spring to decide on fares, and " + mayor +
		" said the town would ask the regional office for a grant to pay for the service."
	d := storyDoc("Night ferry stays", hash+".example", []string{text})
	for _, n := range []struct{ name, typ string }{{mayor, "PER"}, {town, "LOC"}, {board, "ORG"}} {
		for from := 0; ; {
			i := strings.Index(d.Text[from:], n.name)
			if i < 0 {
				break
			}
			sp := newsgraph.Span{Start: from + i, End: from + i + len(n.name)}
			if n.typ != "LOC" || !strings.HasSuffix(d.Text[:sp.End+len(" Harbour")], " Harbour") {
				d.Mentions = append(d.Mentions, newsgraph.Mention{Span: sp, Kind: newsgraph.MentionName, Type: n.typ, Entity: newsgraph.NoEntity})
			}
			from = sp.End
		}
	}
	slices.SortFunc(d.Mentions, func(a, b newsgraph.Mention) int { return a.Start - b.Start })
	return &newsgraph.Article{Hash: hash, Doc: d}
}

// A notice filled in for another town and mayor shares most of its words
// with the first but names other people and places: it is no copy, and its
// quotes are its own. The same notice printed again is a copy.
func testTemplateForOthersIsNoCopy(t *testing.T, s newsgraph.Store) {
	first := mustPut(t, s, templated("kesh", "Ola Lind", "Kesh"))
	other := mustPut(t, s, templated("brask", "Ivo Maren", "Brask"))
	again := mustPut(t, s, templated("kesh-again", "Ola Lind", "Kesh"))
	for _, c := range []struct {
		name     string
		id, want int64
	}{{"the notice for another town", other, 0}, {"the same notice again", again, first}} {
		checkDuplicateOf(t, s, c.name, c.id, c.want)
	}
}

// checkDuplicateOf checks that the stored article id is a copy of want
// (0: of none).
func checkDuplicateOf(t *testing.T, s newsgraph.Store, name string, id, want int64) {
	t.Helper()
	a, err := s.Article(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	var got int64
	if a.DuplicateOf != nil {
		got = a.DuplicateOf.ID
	}
	if got != want {
		t.Errorf("%s: duplicate of %d, want %d", name, got, want)
	}
}

// ferryStory is an invented wire story of four paragraphs, well over 200
// words, as one outlet printed it.
var ferryStory = []string{
	`The harbour board of Veltmark voted on Tuesday evening to keep the night ferry to the outer islands running through the winter, reversing a plan announced in the spring that would have ended the service in October. Board members said the crossing carried more passengers in the summer months than any year since the pier was rebuilt, and that closing it would leave island families without a way to reach the hospital after dark.`,
	`The ferry, an old green vessel known locally as the Marta, leaves the main pier at half past nine and returns shortly after midnight. Its captain told the meeting that the engines had been overhauled in August and could manage another two seasons before a larger repair would be needed, though the heating in the passenger cabin still failed on the coldest nights.`,
	`Shopkeepers on the islands had collected more than three thousand signatures against the closure, and several of them travelled to the meeting on the ferry itself, arriving with banners painted on old sailcloth. One baker said she sent bread to the mainland market every morning and could not afford to lose the evening crossing that brought her flour.`,
	`The board did not say how the service would be paid for after March. A spokesman said the regional transport office had been asked for a grant, and that fares might rise by a small amount if the grant was refused. The next review of the timetable is due in the autumn, when the board will also decide whether to order a new boat.`,
}

// StoryPrint is an outlet's print of the invented ferry story: its first
// paragraphs (1 to 4, each about 60 words) under the given title. Prints
// of two or more paragraphs are near duplicates of each other.
func StoryPrint(hash, title string, paragraphs int) *newsgraph.Article {
	paragraphs = max(1, min(paragraphs, len(ferryStory)))
	return &newsgraph.Article{Hash: hash, Doc: storyDoc(title, hash+".example", ferryStory[:paragraphs])}
}

// storyDoc is a document of a title and body paragraphs, nothing found in
// it: near duplicates are judged on the text alone.
func storyDoc(title, site string, body []string) *newsgraph.Doc {
	blocks := []newsgraph.Block{{Kind: newsgraph.KindTitle, Text: title}}
	for _, p := range body {
		blocks = append(blocks, newsgraph.Block{Kind: newsgraph.KindBody, Text: p})
	}
	return newsgraph.NewDoc(newsgraph.Metadata{Site: site}, blocks)
}

func testNearDuplicatesPointAtTheOriginal(t *testing.T, s newsgraph.Store) {
	if n := len(strings.Fields(strings.Join(ferryStory, " "))); n < 200 {
		t.Fatalf("the fixture has %d words; the test needs 200 or more", n)
	}
	first := mustPut(t, s, StoryPrint("ferry-1", "Night ferry saved", 4))
	// Another outlet's print: a new headline, the last paragraph cut.
	trimmed := mustPut(t, s, StoryPrint("ferry-2", "Islanders win their ferry back", 3))
	// A third print, shorter still: it copies the first, not the second.
	third := mustPut(t, s, StoryPrint("ferry-3", "Ferry stays", 2))
	other := mustPut(t, s, &newsgraph.Article{Hash: "budget", Doc: storyDoc("Council budget passes", "first.example", []string{
		`The town council of Orlen approved its budget for next year after a long debate about the cost of repairing the old library roof, which has leaked into the reading room since the storms of last winter. Councillors agreed to spend part of the reserve fund on the roof and to delay new street lights on the eastern side of town until the following spring.`,
	})})
	short := mustPut(t, s, &newsgraph.Article{Hash: "short", Doc: storyDoc("Ferry note", "", []string{"The night ferry runs tonight."})})

	for _, c := range []struct {
		name string
		id   int64
		want int64
	}{{"the original", first, 0}, {"the trimmed copy", trimmed, first}, {"the shorter copy", third, first},
		{"an unrelated article", other, 0}, {"a text too short to judge", short, 0}} {
		checkDuplicateOf(t, s, c.name, c.id, c.want)
	}
	a, err := s.Article(ctx, first)
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Copies) != 2 || a.Copies[0].ID != trimmed || a.Copies[1].ID != third || a.Copies[0].Title != "Islanders win their ferry back" {
		t.Errorf("copies of the original: %+v, want articles %d and %d, oldest first", a.Copies, trimmed, third)
	}
	if b, _ := s.Article(ctx, other); b != nil && len(b.Copies) != 0 {
		t.Errorf("the unrelated article has copies: %+v", b.Copies)
	}
}
