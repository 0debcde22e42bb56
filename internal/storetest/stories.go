package storetest

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/newsgraph/newsgraph"
)

// storyTests is the contract of the Store's part named in this file's name.
var storyTests = map[string]func(*testing.T, newsgraph.Store){
	"OneEventOneStory":            testOneEventOneStory,
	"CopyJoinsItsOriginalsStory":  testCopyJoinsItsOriginalsStory,
	"ProvenanceNamesFirstPrinter": testProvenanceNamesFirstPrinter,
	"CopiesQuotesCountedOnce":     testCopiesQuotesCountedOnce,
	"StoriesPageToTheEnd":         testStoriesPageToTheEnd,
}

// report is an invented article as story clustering sees it: every word
// a token whose lemma is itself lower-cased (no tagger runs), the names
// entities, and, when speaker is set, the paragraph quote said by them.
type report struct {
	hash, site, title string
	published         time.Time
	body              []string
	names             []string // each an entity, PER when it is the speaker, else LOC
	speaker, quote    string   // the last paragraph: speaker said: “quote”
}

func (r report) article() *newsgraph.Article {
	body := slices.Clone(r.body)
	if r.speaker != "" {
		body = append(body, r.speaker+" said: “"+r.quote+"”")
	}
	blocks := []newsgraph.Block{{Kind: newsgraph.KindTitle, Text: r.title}}
	for _, p := range body {
		blocks = append(blocks, newsgraph.Block{Kind: newsgraph.KindBody, Text: p})
	}
	d := newsgraph.NewDoc(newsgraph.Metadata{Site: r.site, Published: r.published, URL: "https://" + r.site + "/" + r.hash}, blocks)
	d.Tokens = WordTokens(d.Text)
	names := r.names
	if r.speaker != "" {
		names = append([]string{r.speaker}, names...)
	}
	for i, name := range names {
		typ := "LOC"
		if name == r.speaker {
			typ = "PER"
		}
		d.Entities = append(d.Entities, newsgraph.Entity{Type: typ, Name: name})
		for at := 0; ; {
			k := strings.Index(d.Text[at:], name)
			if k < 0 {
				break
			}
			span := newsgraph.Span{Start: at + k, End: at + k + len(name)}
			d.Mentions = append(d.Mentions, newsgraph.Mention{Span: span, Kind: newsgraph.MentionName, Type: typ, Entity: i})
			at = span.End
		}
	}
	slices.SortFunc(d.Mentions, func(a, b newsgraph.Mention) int { return a.Start - b.Start })
	if r.speaker != "" {
		said := strings.LastIndex(d.Text, r.speaker+" said: ")
		src := newsgraph.Span{Start: said, End: said + len(r.speaker)}
		cue := newsgraph.Span{Start: src.End + 1, End: src.End + 5}
		content := newsgraph.Span{Start: cue.End + 2, End: len(d.Text)}
		d.Attributions = []newsgraph.Attribution{{Kind: newsgraph.Direct, Source: &src, Cue: cue, Content: content,
			Speaker: &newsgraph.Referent{Entity: 0, Name: r.speaker, Mention: src}}}
	}
	return &newsgraph.Article{Hash: r.hash, Doc: d, Ingested: day("2026-06-01")}
}

// WordTokens makes a token of every run of letters and digits, its lemma
// the lower-cased word, tagged a noun: what story features read.
func WordTokens(text string) []newsgraph.Token {
	var toks []newsgraph.Token
	start := -1
	for i, r := range text + " " {
		word := unicode.IsLetter(r) || unicode.IsDigit(r)
		switch {
		case word && start < 0:
			start = i
		case !word && start >= 0:
			toks = append(toks, newsgraph.Token{Span: newsgraph.Span{Start: start, End: i}, UPOS: "NOUN", Lemma: strings.ToLower(text[start:i]), Head: -1})
			start = -1
		}
	}
	return toks
}

// The invented events: a river flooding a town, reported by two outlets
// in their own words, and a chess final elsewhere.
var (
	floodNames = []string{"Karvel", "Tannen River", "Ilse Morrow"}
	floodA     = report{hash: "flood-a", site: "gazette.example", title: "Tannen River floods Karvel",
		published: day("2026-05-04"), names: floodNames, body: []string{
			"The Tannen River burst its banks at Karvel overnight, flooding the market square and the lower streets.",
			"Mayor Ilse Morrow opened the school gym as a shelter for families whose homes were flooded."}}
	floodB = report{hash: "flood-b", site: "herald.example", title: "Karvel shelters families after flood",
		published: day("2026-05-05"), names: floodNames, body: []string{
			"Families in Karvel spent the night in a school gym after the Tannen River flooded the lower town.",
			"Ilse Morrow, the mayor, said the water in the market square was falling and the shelter would stay open."}}
	chess = report{hash: "chess", site: "herald.example", title: "Oppdal hosts the chess final",
		published: day("2026-05-05"), names: []string{"Oppdal", "Vera Lund"}, body: []string{
			"Vera Lund won the regional chess final in Oppdal with a quiet endgame after six hours of play.",
			"The tournament drew players from nine clubs and ended with a rook and pawn ending."}}
)

// storyOf is the story an article was placed in, through the filter
// that finds it.
func storyOf(t *testing.T, s newsgraph.Store, article int64) newsgraph.StoryRecord {
	t.Helper()
	list, total, err := s.Stories(ctx, newsgraph.StoryFilter{Article: article})
	if err != nil || total != 1 || len(list) != 1 {
		t.Fatalf("the story of article %d: %+v (total %d, err %v)", article, list, total, err)
	}
	return list[0]
}

func testOneEventOneStory(t *testing.T, s newsgraph.Store) {
	a := mustPut(t, s, floodA.article())
	c := mustPut(t, s, chess.article())
	b := mustPut(t, s, floodB.article())
	sa, sb, sc := storyOf(t, s, a), storyOf(t, s, b), storyOf(t, s, c)
	if sa.ID != sb.ID {
		t.Errorf("two outlets' reports of the flood are in stories %d and %d", sa.ID, sb.ID)
	}
	if sc.ID == sa.ID {
		t.Errorf("the chess final is in the flood's story %d", sa.ID)
	}
	if _, total, err := s.Stories(ctx, newsgraph.StoryFilter{}); err != nil || total != 2 {
		t.Errorf("%d stories (err %v), want 2", total, err)
	}
	if sb.Articles != 2 || sb.Sites != 2 || sb.Title != floodA.title || !sb.First.Equal(floodA.published) || !sb.Last.Equal(floodB.published) {
		t.Errorf("the flood's story: %+v, want 2 articles from 2 outlets titled by the earliest, spanning its dates", sb)
	}
	hits, total, err := s.FindArticles(ctx, newsgraph.ArticleFilter{Story: sa.ID, Sort: newsgraph.SortOldest})
	if err != nil || total != 2 || hits[0].Article.ID != a || hits[1].Article.ID != b {
		t.Errorf("the flood story's articles: %v (total %d, err %v)", titles(hits), total, err)
	}
	d, err := s.Story(ctx, sa.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.ArticleList) != 2 || d.ArticleList[0].ID != a || d.ArticleList[1].Site != "herald.example" {
		t.Errorf("the story's articles by time: %+v", d.ArticleList)
	}
	var actors []string
	for _, ac := range d.Actors {
		actors = append(actors, ac.Name)
	}
	if !slices.Contains(actors, "Ilse Morrow") || slices.Contains(actors, "Vera Lund") {
		t.Errorf("the flood story's actors: %q", actors)
	}
	if _, err := s.Story(ctx, 999); newsgraph.ErrorCode(err) != newsgraph.ENOTFOUND {
		t.Errorf("a missing story: %v", err)
	}
}

func testCopyJoinsItsOriginalsStory(t *testing.T, s newsgraph.Store) {
	first := mustPut(t, s, StoryPrint("ferry-1", "Night ferry saved", 4))
	other := mustPut(t, s, floodA.article())
	copied := mustPut(t, s, StoryPrint("ferry-2", "Islanders win their ferry back", 3))
	if a, b := storyOf(t, s, first), storyOf(t, s, copied); a.ID != b.ID || b.Articles != 2 {
		t.Errorf("the copy is in story %d, its original in %d (%d articles)", b.ID, a.ID, a.Articles)
	}
	if o := storyOf(t, s, other); o.ID == storyOf(t, s, first).ID {
		t.Error("an unrelated article joined the ferry's story")
	}
}

// bridge is an invented story printed by three outlets on three days in
// their own words (not copies of each other), each quoting the engineer
// in its own punctuation, one trimming the quote.
var bridgeNames = []string{"Halden Bridge", "Moss County"}

var bridgeLeads = map[string]string{
	"post.example":     "Lorries must detour around Moss County now that the Halden Bridge is shut.",
	"tribune.example":  "Moss County closed the Halden Bridge to lorries after inspectors found cracks in two piers.",
	"courier.example":  "Cracked piers keep the Halden Bridge closed, Moss County officials confirmed.",
	"courier2.example": "Halden Bridge repairs in Moss County will need new concrete for the piers.",
}

func bridgeReport(hash, site, published, quote string) *newsgraph.Article {
	return report{hash: hash, site: site, title: "Halden Bridge closes in " + site, published: day(published),
		names: bridgeNames, speaker: "Petra Aune", quote: quote, body: []string{bridgeLeads[site]}}.article()
}

func testProvenanceNamesFirstPrinter(t *testing.T, s newsgraph.Store) {
	const said = "We will have the Halden Bridge open again before the first snow, and not a day later."
	// Stored out of print order: the second stored was printed first.
	late := mustPut(t, s, bridgeReport("b-late", "post.example", "2026-05-12", strings.ToUpper(said)))
	first := mustPut(t, s, bridgeReport("b-first", "tribune.example", "2026-05-10", said))
	trimmed := mustPut(t, s, bridgeReport("b-mid", "courier.example", "2026-05-11", "we will have the Halden Bridge open again before the first snow"))
	other := mustPut(t, s, bridgeReport("b-other", "courier2.example", "2026-05-11", "The piers were poured in a wet winter long ago."))
	st := storyOf(t, s, first)
	for _, id := range []int64{late, trimmed, other} {
		if storyOf(t, s, id).ID != st.ID {
			t.Fatalf("article %d is not in the bridge story %d", id, st.ID)
		}
	}
	d, err := s.Story(ctx, st.ID)
	if err != nil {
		t.Fatal(err)
	}
	if d.QuotationCount != 2 || len(d.Quotations) != 2 || d.Quotes != 4 {
		t.Fatalf("%d quotations of %d quotes, want 2 of 4: %+v", d.QuotationCount, d.Quotes, d.Quotations)
	}
	q := d.Quotations[0] // the most repeated first
	var repeats []int64
	for _, r := range q.Repeats {
		repeats = append(repeats, r.Article.ID)
	}
	if q.First.Article.ID != first || !slices.Equal(repeats, []int64{trimmed, late}) {
		t.Errorf("provenance: first %d, repeats %v; want first %d, then %d and %d", q.First.Article.ID, repeats, first, trimmed, late)
	}
	if o := d.Quotations[1]; o.First.Article.ID != other || len(o.Repeats) != 0 {
		t.Errorf("the quote printed once: %+v", o)
	}
	if _, n, err := s.Quotes(ctx, newsgraph.QuoteFilter{Story: st.ID}); err != nil || n != 4 {
		t.Errorf("the story's quotes: %d (err %v), want 4", n, err)
	}
}

// wire is an invented wire story long enough to be signed, which a second
// outlet prints whole under its own title.
func wire(hash, site, title string) report {
	return report{hash: hash, site: site, title: title, published: day("2026-05-20"), names: []string{"Lake Orvan"},
		speaker: "Jonas Brekke", quote: "The water is clean enough to swim in again this summer.", body: []string{
			"Health inspectors reopened the beaches of Lake Orvan on Wednesday after three weeks of tests found the algae bloom had faded from every bay on the western shore.",
			"The bloom had turned the water green in late spring and closed the lake to swimmers, anglers and the ferry that crosses it twice a day in the warm months.",
			"Inspectors will keep testing the water every week until the end of August, and the beaches will close again if the readings climb above the limit set by the county."}}
}

func testCopiesQuotesCountedOnce(t *testing.T, s newsgraph.Store) {
	original := mustPut(t, s, wire("w-1", "wire.example", "Lake Orvan beaches reopen").article())
	copied := mustPut(t, s, wire("w-2", "daily.example", "Swimmers return to Lake Orvan").article())
	if a, err := s.Article(ctx, copied); err != nil || a.DuplicateOf == nil || a.DuplicateOf.ID != original {
		t.Fatalf("the reprint is not stored as a copy of the original (err %v)", err)
	}
	if _, n, err := s.Quotes(ctx, newsgraph.QuoteFilter{}); err != nil || n != 1 {
		t.Errorf("quotes: %d (err %v), want the syndicated quote once", n, err)
	}
	if _, n, _ := s.Quotes(ctx, newsgraph.QuoteFilter{Speaker: "brekke"}); n != 1 {
		t.Errorf("quotes by speaker: %d, want 1", n)
	}
	if _, n, _ := s.Quotes(ctx, newsgraph.QuoteFilter{Copies: true}); n != 2 {
		t.Errorf("quotes with copies: %d, want 2", n)
	}
	if _, n, _ := s.Quotes(ctx, newsgraph.QuoteFilter{Article: copied}); n != 1 {
		t.Errorf("the copy's own quotes: %d, want 1", n)
	}
	people, _, err := s.Entities(ctx, newsgraph.EntityFilter{Name: "brekke"})
	if err != nil || len(people) != 1 || people[0].Quotes != 1 {
		t.Errorf("the speaker's entity: %+v (err %v), want 1 quote", people, err)
	}
	actors, _, err := s.Actors(ctx, newsgraph.ActorFilter{Query: "brekke"})
	if err != nil || len(actors) != 1 || actors[0].Quotes != 1 {
		t.Errorf("the speaker's actor: %+v (err %v), want 1 quote", actors, err)
	}
	relink(t, s) // which counts the actors' quotes again
	if a := actorNamed(t, s, actors[0].Name); a.Quotes != 1 {
		t.Errorf("the speaker's actor after re-linking: %+v, want 1 quote", a)
	}
	d, err := s.Story(ctx, storyOf(t, s, original).ID)
	if err != nil {
		t.Fatal(err)
	}
	if d.QuotationCount != 1 || d.Quotes != 2 || len(d.Quotations[0].Repeats) != 1 || d.Quotations[0].Repeats[0].Article.ID != copied {
		t.Errorf("the story: %d quotations of %d quotes: %+v", d.QuotationCount, d.Quotes, d.Quotations)
	}
}

func testStoriesPageToTheEnd(t *testing.T, s newsgraph.Store) {
	// Articles with no words or names in common: a story each.
	dates := []string{"2026-02-03", "2026-02-01", "2026-02-05", "2026-02-02", "2026-02-04"}
	for i, d := range dates {
		site := "gazette.example"
		if i%2 == 1 {
			site = "herald.example"
		}
		mustPut(t, s, onSite(fmt.Sprint("p", i), site, "Notice "+d, "Ann Lee", "Item "+d, day(d), day("2026-06-01")))
	}
	for _, c := range []struct {
		sort newsgraph.Sort
		want []string
	}{{newsgraph.SortNewest, []string{"2026-02-05", "2026-02-04", "2026-02-03", "2026-02-02", "2026-02-01"}},
		{newsgraph.SortOldest, []string{"2026-02-01", "2026-02-02", "2026-02-03", "2026-02-04", "2026-02-05"}}} {
		var got []string
		for offset := 0; offset < 10; offset += 2 {
			list, total, err := s.Stories(ctx, newsgraph.StoryFilter{Sort: c.sort, Page: newsgraph.Page{Limit: 2, Offset: offset}})
			if err != nil || total != 5 {
				t.Fatalf("%s page at %d: total %d, err %v", c.sort, offset, total, err)
			}
			for _, st := range list {
				got = append(got, st.First.Format(time.DateOnly))
			}
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%s, two a page: %q, want %q", c.sort, got, c.want)
		}
	}
	for _, c := range []struct {
		name string
		f    newsgraph.StoryFilter
		want int
	}{{"by outlet", newsgraph.StoryFilter{Site: "herald.example"}, 2},
		{"by dates", newsgraph.StoryFilter{From: day("2026-02-02"), To: day("2026-02-04")}, 3},
		{"by words", newsgraph.StoryFilter{Query: "notice"}, 5}} {
		if _, total, err := s.Stories(ctx, c.f); err != nil || total != c.want {
			t.Errorf("%s: %d stories (err %v), want %d", c.name, total, err, c.want)
		}
	}
	if _, _, err := s.Stories(ctx, newsgraph.StoryFilter{From: day("2026-02-04"), To: day("2026-02-02")}); newsgraph.ErrorCode(err) != newsgraph.EINVALID {
		t.Errorf("backwards dates: %v", err)
	}
}

// FloodReports are two outlets' reports of one invented flood and an
// unrelated article, new each call: for adapters' own tests of how
// stories are placed (two writers, a reopened store).
func FloodReports() (a, b, unrelated *newsgraph.Article) {
	return floodA.article(), floodB.article(), chess.article()
}

// SyndicatedReports are an invented wire story with a quote and a second
// outlet's reprint of it under the title given (a near duplicate), new
// each call.
func SyndicatedReports(reprintTitle string) (original, reprint *newsgraph.Article) {
	return wire("w-1", "wire.example", "Lake Orvan beaches reopen").article(), wire("w-2", "daily.example", reprintTitle).article()
}
