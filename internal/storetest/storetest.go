// Package storetest is the contract every newsgraph.Store must meet. The
// SQLite and PostgreSQL adapters run the same suite (after Litestream's
// replica_client_test.go), so a behaviour tested once holds for both.
package storetest

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph"
)

// Opener returns a new, empty store for one test.
type Opener func(t *testing.T) newsgraph.Store

// Run runs the contract suite.
func Run(t *testing.T, open Opener) {
	tests := map[string]func(*testing.T, newsgraph.Store){
		"PutIsIdempotent":       testPutIsIdempotent,
		"ArticleRoundTrip":      testArticleRoundTrip,
		"ArticlesArePaged":      testArticlesArePaged,
		"QuotesBySpeaker":       testQuotesBySpeaker,
		"SpeakerMatchesAnyPart": testSpeakerMatchesAnyPart,
		"QuotesArePaged":        testQuotesArePaged,
		"UndatedListedByIngest": testUndatedListedByIngest,
		"SearchIsPaged":         testSearchIsPaged,
		"ConcurrentPuts":        testConcurrentPuts,
		"QuotesByTextAndDate":   testQuotesByTextAndDate,
		"Entities":              testEntities,
		"Search":                testSearch,
		"HostileInputIsInert":   testHostileInputIsInert,
		"InvalidArticleRefused": testInvalidArticleRefused,
		"MissingThingsNotFound": testMissingThingsNotFound,
	}
	maps.Copy(tests, actorTests)
	maps.Copy(tests, quoteTypeTests)
	maps.Copy(tests, eventTests)
	maps.Copy(tests, listTests)
	maps.Copy(tests, duplicateTests)
	maps.Copy(tests, storyTests)
	maps.Copy(tests, networkTests)
	maps.Copy(tests, exportTests)
	maps.Copy(tests, feedTests)
	for name, test := range tests {
		t.Run(name, func(t *testing.T) { test(t, open(t)) })
	}
}

var ctx = context.Background()

// article builds a small analysed document by hand: a title, a body in
// which speaker says quote (a direct attribution, with the speaker as a PER
// entity), and the other names given as entities.
func article(hash, title, speaker, quote string, published time.Time, others ...string) *newsgraph.Article {
	body := speaker + " said: “" + quote + "” The talks with " + strings.Join(others, " and ") + " went on."
	d := newsgraph.NewDoc(newsgraph.Metadata{Published: published, URL: "https://example.org/" + hash},
		[]newsgraph.Block{{Kind: newsgraph.KindTitle, Text: title}, {Kind: newsgraph.KindBody, Text: body}})
	at := func(s string) newsgraph.Span {
		i := strings.Index(d.Text, s)
		return newsgraph.Span{Start: i, End: i + len(s)}
	}
	src := at(speaker)
	d.Mentions = append(d.Mentions, newsgraph.Mention{Span: src, Kind: newsgraph.MentionName, Type: "PER", Entity: newsgraph.NoEntity})
	for _, o := range others {
		d.Mentions = append(d.Mentions, newsgraph.Mention{Span: at(o), Kind: newsgraph.MentionName, Type: "LOC", Entity: newsgraph.NoEntity})
	}
	content := at("“" + quote + "”")
	d.Attributions = []newsgraph.Attribution{{Kind: newsgraph.Direct, Source: &src, Cue: at("said"), Content: content,
		Speaker: &newsgraph.Referent{Entity: newsgraph.NoEntity, Name: speaker, Mention: src}}}
	return &newsgraph.Article{Hash: hash, Doc: d}
}

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

func mustPut(t *testing.T, s newsgraph.Store, a *newsgraph.Article) int64 {
	t.Helper()
	id, added, err := s.Put(ctx, a)
	if err != nil || !added {
		t.Fatalf("Put(%s): added %v, err %v", a.Hash, added, err)
	}
	return id
}

func testPutIsIdempotent(t *testing.T, s newsgraph.Store) {
	a := article("h1", "Talks open", "Vladimir Putin", "An old friend is better than two new ones", day("2026-03-01"), "Moscow")
	id := mustPut(t, s, a)
	again, added, err := s.Put(ctx, article("h1", "Other title", "X Y", "z", time.Time{}))
	if err != nil || added || again != id {
		t.Fatalf("second Put: id %d (want %d), added %v, err %v", again, id, added, err)
	}
	if ok, err := s.Has(ctx, "h1"); !ok || err != nil {
		t.Errorf("Has(h1) = %v, %v", ok, err)
	}
	if ok, _ := s.Has(ctx, "nope"); ok {
		t.Error("Has(nope) = true")
	}
	if _, total, _ := s.Articles(ctx, newsgraph.Page{}); total != 1 {
		t.Errorf("%d articles after putting one twice", total)
	}
	people, _, _ := s.Entities(ctx, newsgraph.EntityFilter{Type: "PER"})
	if len(people) != 1 || people[0].Mentions != 1 || people[0].Articles != 1 || people[0].Quotes != 1 {
		t.Errorf("putting an article twice changed its entity's counts: %+v", people)
	}
}

func testArticleRoundTrip(t *testing.T, s newsgraph.Store) {
	a := article("h1", "Kösz: “Ja”", "Zoë Brandt", "Wir bleiben", day("2026-03-02"), "Zürich")
	id := mustPut(t, s, a)
	got, err := s.Article(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := json.Marshal(a.Doc)
	have, _ := json.Marshal(got.Doc)
	if string(want) != string(have) || got.Hash != "h1" || got.ID != id {
		t.Errorf("round trip changed the article:\n%s\n%s", want, have)
	}
}

func testArticlesArePaged(t *testing.T, s newsgraph.Store) {
	for i, d := range []string{"2026-01-01", "2026-01-03", "2026-01-02"} {
		mustPut(t, s, article("h"+d, "Story "+d, "Ann Lee", "Quote number "+string(rune('a'+i)), day(d)))
	}
	list, total, err := s.Articles(ctx, newsgraph.Page{Limit: 2})
	if err != nil || total != 3 || len(list) != 2 {
		t.Fatalf("Articles: %d of %d, err %v", len(list), total, err)
	}
	if list[0].Title != "Story 2026-01-03" || list[1].Title != "Story 2026-01-02" || list[0].Quotes != 1 {
		t.Errorf("not newest first: %+v", list)
	}
	rest, _, _ := s.Articles(ctx, newsgraph.Page{Limit: 2, Offset: 2})
	if len(rest) != 1 || rest[0].Title != "Story 2026-01-01" {
		t.Errorf("second page: %+v", rest)
	}
}

func testQuotesBySpeaker(t *testing.T, s newsgraph.Store) {
	mustPut(t, s, article("p", "Proverb", "Vladimir Putin", "An old friend is better than two new ones", day("2026-03-01"), "Moscow"))
	mustPut(t, s, article("k", "Toast", "Kim Jong Un", "We will always be with Russia", day("2026-03-02"), "Russia"))
	quotes, total, err := s.Quotes(ctx, newsgraph.QuoteFilter{Speaker: "putin"})
	if err != nil || total != 1 || len(quotes) != 1 {
		t.Fatalf("speaker=putin: %d quotes (total %d), err %v", len(quotes), total, err)
	}
	q := quotes[0]
	if q.Speaker == nil || q.Speaker.Name != "Vladimir Putin" || q.Speaker.EntityID == 0 ||
		q.Content.Text != "“An old friend is better than two new ones”" || q.Article.Title != "Proverb" || q.Cue.Text != "said" {
		t.Errorf("quote %+v", q)
	}
	// Offsets count code points into the article text.
	a, _ := s.Article(ctx, q.Article.ID)
	if got := string([]rune(a.Doc.Text)[q.Content.Start:q.Content.End]); got != q.Content.Text {
		t.Errorf("content offsets give %q", got)
	}
	all, total, _ := s.Quotes(ctx, newsgraph.QuoteFilter{})
	if total != 2 || all[0].Speaker.Name != "Kim Jong Un" {
		t.Errorf("all quotes, newest first: %+v", all)
	}
	if _, total, _ := s.Quotes(ctx, newsgraph.QuoteFilter{EntityID: q.Speaker.EntityID}); total != 1 {
		t.Errorf("by entity id: %d", total)
	}
}

func testQuotesByTextAndDate(t *testing.T, s newsgraph.Store) {
	mustPut(t, s, article("a", "A", "Ann Lee", "The harbour stays open", day("2026-03-01")))
	mustPut(t, s, article("b", "B", "Bob Roe", "The harbour will close", day("2026-03-05")))
	for _, c := range []struct {
		f    newsgraph.QuoteFilter
		want int
	}{
		{newsgraph.QuoteFilter{Query: "harbour"}, 2},
		{newsgraph.QuoteFilter{Query: "close"}, 1},
		{newsgraph.QuoteFilter{Query: "harbour", Speaker: "ann"}, 1},
		{newsgraph.QuoteFilter{From: day("2026-03-02")}, 1},
		{newsgraph.QuoteFilter{To: day("2026-03-01")}, 1},
		{newsgraph.QuoteFilter{From: day("2026-03-01"), To: day("2026-03-05")}, 2},
	} {
		if _, total, err := s.Quotes(ctx, c.f); err != nil || total != c.want {
			t.Errorf("%+v: %d quotes, want %d (err %v)", c.f, total, c.want, err)
		}
	}
}

func testEntities(t *testing.T, s newsgraph.Store) {
	mustPut(t, s, article("p1", "One", "Vladimir Putin", "Moscow is ready", day("2026-03-01"), "Moscow"))
	mustPut(t, s, article("p2", "Two", "Kim Jong Un", "Moscow is a friend", day("2026-03-02"), "Moscow", "Pyongyang"))
	list, total, err := s.Entities(ctx, newsgraph.EntityFilter{})
	if err != nil || total != 4 {
		t.Fatalf("%d entities, err %v: %+v", total, err, list)
	}
	if list[0].Name != "Moscow" || list[0].Type != "LOC" || list[0].Mentions != 2 || list[0].Articles != 2 {
		t.Errorf("most mentioned first: %+v", list[0])
	}
	people, _, _ := s.Entities(ctx, newsgraph.EntityFilter{Type: "per", Name: "PUT"})
	if len(people) != 1 || people[0].Name != "Vladimir Putin" || people[0].Quotes != 1 {
		t.Fatalf("people named put: %+v", people)
	}
	d, err := s.Entity(ctx, people[0].ID)
	if err != nil || len(d.QuotesBy) != 1 || len(d.MentionedIn) != 1 {
		t.Fatalf("Entity: %+v, %v", d, err)
	}
	// The fixture marks the first "Moscow" of each article, which stands
	// inside the quotation: both quotes are about Moscow.
	ms, err := s.Mentions(ctx, 2)
	if err != nil || len(ms) != 3 || ms[0].Type != "PER" || ms[0].Name != "Kim Jong Un" || ms[1].Name != "Moscow" || ms[1].Start >= ms[2].Start {
		t.Errorf("Mentions(2) = %+v, %v", ms, err)
	}
	moscow, _ := s.Entity(ctx, list[0].ID)
	if len(moscow.QuotesAbout) != 2 || len(moscow.MentionedIn) != 2 || len(moscow.QuotesBy) != 0 ||
		moscow.MentionedIn[0].Title != "Two" || moscow.MentionedIn[0].Quotes != 1 {
		t.Errorf("Moscow: %+v", moscow)
	}
}

func testSearch(t *testing.T, s newsgraph.Store) {
	mustPut(t, s, article("a", "Harbour strike ends", "Ann Lee", "Cranes move again", day("2026-03-01")))
	mustPut(t, s, article("b", "Summit in the east", "Kim Jong Un", "Always with Russia", day("2026-03-02")))
	hits, total, err := s.Search(ctx, "cranes", newsgraph.Page{})
	if err != nil || total != 1 || hits[0].Article.Title != "Harbour strike ends" || !strings.Contains(strings.ToLower(hits[0].Snippet), "cranes") {
		t.Fatalf("search cranes: %+v (total %d, err %v)", hits, total, err)
	}
	if _, total, _ := s.Search(ctx, "summit russia", newsgraph.Page{}); total != 1 {
		t.Errorf("two words: %d hits", total)
	}
	if _, total, _ := s.Search(ctx, "nothingmatches", newsgraph.Page{}); total != 0 {
		t.Errorf("no match: %d hits", total)
	}
}

// Query text from users reaches SQL only as parameters, and full-text
// syntax in it is not interpreted.
func testHostileInputIsInert(t *testing.T, s newsgraph.Store) {
	mustPut(t, s, article("a", "Harbour", "Ann Lee", "Cranes move", day("2026-03-01")))
	for _, q := range []string{`"`, `cranes"`, `AND(`, `* OR 1=1 --`, `'; DROP TABLE articles; --`, `NEAR(a b)`, `%`, `_`} {
		if _, _, err := s.Search(ctx, q, newsgraph.Page{}); err != nil && newsgraph.ErrorCode(err) != newsgraph.EINVALID {
			t.Errorf("Search(%q): %v", q, err)
		}
		quotes, _, err := s.Quotes(ctx, newsgraph.QuoteFilter{Speaker: q})
		if err != nil || len(quotes) != 0 {
			t.Errorf("Quotes(speaker %q): %d quotes, err %v", q, len(quotes), err)
		}
	}
	if _, total, _ := s.Articles(ctx, newsgraph.Page{}); total != 1 {
		t.Error("articles lost")
	}
}

func testInvalidArticleRefused(t *testing.T, s newsgraph.Store) {
	_, _, err := s.Put(ctx, &newsgraph.Article{Doc: &newsgraph.Doc{Text: "x"}})
	if newsgraph.ErrorCode(err) != newsgraph.EINVALID {
		t.Errorf("no hash: %v", err)
	}
	if _, total, _ := s.Articles(ctx, newsgraph.Page{}); total != 0 {
		t.Error("an invalid article was stored")
	}
}

func testMissingThingsNotFound(t *testing.T, s newsgraph.Store) {
	_, err := s.Article(ctx, 12345)
	var e *newsgraph.Error
	if !errors.As(err, &e) || e.Code != newsgraph.ENOTFOUND {
		t.Errorf("Article(12345): %v", err)
	}
	if _, err := s.Entity(ctx, 12345); newsgraph.ErrorCode(err) != newsgraph.ENOTFOUND {
		t.Errorf("Entity(12345): %v", err)
	}
}

// A speaker filter matches any part of the name, in any case: inside a
// word, across words, and outside ASCII.
func testSpeakerMatchesAnyPart(t *testing.T, s newsgraph.Store) {
	names := []string{"Vladimir Putin", "Kim Jong Un", "Zoë Brandt", "Jean-Luc Picard", "Hubert Wolfeschlegelsteinhausenberger", "Ann O'Neil", "Anna Putinova"}
	for i, n := range names {
		mustPut(t, s, article(fmt.Sprint("s", i), "T", n, "Words of "+n, day("2026-03-01")))
	}
	for _, c := range []struct {
		speaker string
		want    []string
	}{
		{"putin", []string{"Vladimir Putin", "Anna Putinova"}},
		{"PUTIN ", []string{"Vladimir Putin", "Anna Putinova"}},
		{"dimir", []string{"Vladimir Putin"}},
		{"vladimir putin", []string{"Vladimir Putin"}},
		{"President Vladimir Putin", []string{"Vladimir Putin"}}, // titles are roles, not names
		{"Mayor", nil},      // a title alone is looked for as typed
		{"Pope Putin", nil}, // and so is a title before one word: "Justice Department", "Prince Harry"
		{"jong un", []string{"Kim Jong Un"}},
		{"g u", []string{"Kim Jong Un"}},
		{"un jong", nil}, // the words as typed, in order
		{"kim putin", nil},
		{"ZOË", []string{"Zoë Brandt"}},
		{"n-l", []string{"Jean-Luc Picard"}},
		{"-", []string{"Jean-Luc Picard"}},
		{"'", []string{"Ann O'Neil"}},
		{"o'neil", []string{"Ann O'Neil"}},
		{"ann", []string{"Ann O'Neil", "Anna Putinova"}},
		{"steinhausenberger", []string{"Hubert Wolfeschlegelsteinhausenberger"}}, // longer than an index key
		{"wolfeschlegelsteinhausenbergerx", nil},
		{"schlegelsteinhausen", []string{"Hubert Wolfeschlegelsteinhausenberger"}},
		{"nobody", nil},
	} {
		quotes, total, err := s.Quotes(ctx, newsgraph.QuoteFilter{Speaker: c.speaker})
		var got []string
		for _, q := range quotes {
			got = append(got, q.Speaker.Name)
		}
		slices.Sort(got)
		want := slices.Sorted(slices.Values(c.want))
		if err != nil || total != len(want) || !slices.Equal(got, want) {
			t.Errorf("speaker %q: %v (total %d, err %v), want %v", c.speaker, got, total, err, want)
		}
	}
}

// twoQuotes is an article in which speaker is quoted twice.
func twoQuotes(hash, speaker string, published time.Time) *newsgraph.Article {
	a := article(hash, "Story "+hash, speaker, "First "+hash, published)
	d := a.Doc
	d.Text += " “Second " + hash + "” " + speaker + " added."
	d.Paragraphs[len(d.Paragraphs)-1].End = len(d.Text)
	i := strings.LastIndex(d.Text, "“")
	j := strings.LastIndex(d.Text, "”") + len("”")
	k := strings.LastIndex(d.Text, speaker)
	src := newsgraph.Span{Start: k, End: k + len(speaker)}
	cue := newsgraph.Span{Start: src.End + 1, End: src.End + 1 + len("added")}
	d.Attributions = append(d.Attributions, newsgraph.Attribution{Kind: newsgraph.Direct, Source: &src, Cue: cue,
		Content: newsgraph.Span{Start: i, End: j}, Speaker: &newsgraph.Referent{Entity: newsgraph.NoEntity, Name: speaker, Mention: src}})
	return a
}

// Quotes come newest first, in text order within an article, and pages
// neither repeat nor skip one.
func testQuotesArePaged(t *testing.T, s newsgraph.Store) {
	for _, d := range []string{"2026-01-02", "2026-01-04", "2026-01-01", "2026-01-03"} {
		mustPut(t, s, twoQuotes(d, "Ann Lee", day(d)))
	}
	mustPut(t, s, twoQuotes("other", "Bob Roe", day("2026-01-05")))
	var got []string
	for offset := 0; offset < 10; offset += 3 {
		quotes, total, err := s.Quotes(ctx, newsgraph.QuoteFilter{Speaker: "ann", Page: newsgraph.Page{Limit: 3, Offset: offset}})
		if err != nil || total != 8 {
			t.Fatalf("offset %d: total %d, err %v", offset, total, err)
		}
		for _, q := range quotes {
			got = append(got, strings.Trim(q.Content.Text, "“”"))
		}
	}
	want := []string{"First 2026-01-04", "Second 2026-01-04", "First 2026-01-03", "Second 2026-01-03",
		"First 2026-01-02", "Second 2026-01-02", "First 2026-01-01", "Second 2026-01-01"}
	if !slices.Equal(got, want) {
		t.Errorf("pages of quotes by ann:\n got %q\nwant %q", got, want)
	}
	all, total, _ := s.Quotes(ctx, newsgraph.QuoteFilter{Page: newsgraph.Page{Limit: 1}})
	if total != 10 || len(all) != 1 || all[0].Speaker.Name != "Bob Roe" {
		t.Errorf("all quotes: total %d, first %+v", total, all)
	}
}

// An article without a publication date is listed after every dated one;
// its quotes are listed by when it was stored.
func testUndatedListedByIngest(t *testing.T, s newsgraph.Store) {
	mustPut(t, s, article("old", "Old", "Ann Lee", "Old words", day("2026-03-01")))
	undated := article("undated", "Undated", "Ann Lee", "Undated words", time.Time{})
	undated.Ingested = day("2026-03-03")
	mustPut(t, s, undated)
	mustPut(t, s, article("new", "New", "Ann Lee", "New words", day("2026-03-02")))
	list, _, err := s.Articles(ctx, newsgraph.Page{})
	var titles []string
	for _, a := range list {
		titles = append(titles, a.Title)
	}
	if err != nil || !slices.Equal(titles, []string{"New", "Old", "Undated"}) {
		t.Errorf("articles: %q, %v", titles, err)
	}
	quotes, _, err := s.Quotes(ctx, newsgraph.QuoteFilter{Speaker: "lee"})
	titles = nil
	for _, q := range quotes {
		titles = append(titles, q.Article.Title)
	}
	if err != nil || !slices.Equal(titles, []string{"Undated", "New", "Old"}) {
		t.Errorf("quotes: %q, %v", titles, err)
	}
}

// Search pages through all matches, each once, every one with a snippet;
// equally good matches come newest first. (The adapters' tests run the
// suite with a ranking window of SearchRankWindow, which these matches
// overflow.)
func testSearchIsPaged(t *testing.T, s newsgraph.Store) {
	const n = 2*SearchRankWindow + 1
	for i := range n {
		mustPut(t, s, article(fmt.Sprint("a", i), fmt.Sprint("Harbour news ", i), "Ann Lee", "Cranes move", day("2026-03-01").AddDate(0, 0, i)))
	}
	mustPut(t, s, article("b", "Summit", "Kim Jong Un", "Always with Russia", day("2026-03-02")))
	var got []string
	for offset := 0; offset < n+2; offset += 2 {
		hits, total, err := s.Search(ctx, "harbour cranes", newsgraph.Page{Limit: 2, Offset: offset})
		if err != nil || total != n || len(hits) != max(0, min(2, n-offset)) {
			t.Fatalf("offset %d: %d hits, total %d, err %v", offset, len(hits), total, err)
		}
		for _, h := range hits {
			if h.Snippet == "" || h.Article.Quotes != 1 {
				t.Errorf("offset %d: hit %+v", offset, h)
			}
			got = append(got, h.Article.Title)
		}
	}
	var want []string
	for i := n - 1; i >= 0; i-- {
		want = append(want, fmt.Sprint("Harbour news ", i))
	}
	if !slices.Equal(got, want) {
		t.Errorf("pages of hits:\n got %q\nwant %q", got, want)
	}
}

// SearchRankWindow is the ranking window the adapters' tests set.
const SearchRankWindow = 3

// Version1Rows are two articles as a store at migration 001 wrote them,
// to be inserted (after the adapter's own full-text rows, if it keeps them
// apart) into a database at that version before it is opened and upgraded.
// Article 1 was published; article 2 was not, and was stored after it.
var Version1Rows = []string{
	`INSERT INTO articles (id, hash, url, title, site, published, ingested, text, doc) VALUES
		(1, 'v1', 'https://example.org/v1', 'Talks', '', '2026-03-01T00:00:00Z', '2026-03-05T00:00:00Z', 'Vladimir Putin said: “Peace now.” Moscow waits.', ''),
		(2, 'v2', 'https://example.org/v2', 'Toast', '', NULL, '2026-03-04T00:00:00Z', 'Kim Jong Un said: “Always.”', '')`,
	`INSERT INTO entities (id, type, name) VALUES (1, 'PER', 'Vladimir Putin'), (2, 'PER', 'Kim Jong Un'), (3, 'LOC', 'Moscow')`,
	`INSERT INTO mentions (article_id, entity_id, start_cp, end_cp) VALUES (1, 1, 0, 14), (1, 3, 34, 40), (2, 2, 0, 11)`,
	`INSERT INTO quotes (id, article_id, kind, speaker, speaker_entity, source, addressee, cue_start, cue_end, cue,
		content_start, content_end, content, published) VALUES
		(1, 1, 'direct', 'Vladimir Putin', 1, 'Vladimir Putin', '', 15, 19, 'said', 21, 33, '“Peace now.”', '2026-03-01T00:00:00Z'),
		(2, 2, 'direct', 'Kim Jong Un', 2, 'Kim Jong Un', '', 12, 16, 'said', 18, 27, '“Always.”', NULL)`,
}

// WriteVersion1 makes db a database at migration 001 holding
// Version1Rows: it runs schema (001's file), records the migration, and
// runs the adapter's extra statements after the rows.
func WriteVersion1(t *testing.T, db *sql.DB, schema []byte, extra ...string) {
	t.Helper()
	stmts := append([]string{string(schema),
		`CREATE TABLE schema_migrations (name TEXT PRIMARY KEY)`,
		`INSERT INTO schema_migrations (name) VALUES ('001_initial.sql')`,
	}, Version1Rows...)
	for _, st := range append(stmts, extra...) {
		if _, err := db.Exec(st); err != nil {
			t.Fatalf("%v\n%s", err, st)
		}
	}
}

// CheckUpgraded checks a store opened on Version1Rows: the old quotes are
// found by speaker and listed in order, the entity counts are filled in,
// and new articles join the old rows.
func CheckUpgraded(t *testing.T, s newsgraph.Store) {
	t.Helper()
	quotes, total, err := s.Quotes(ctx, newsgraph.QuoteFilter{})
	if err != nil || total != 2 || quotes[0].Speaker.Name != "Kim Jong Un" || quotes[1].Content.Text != "“Peace now.”" {
		t.Fatalf("quotes after the upgrade: %+v (total %d, err %v)", quotes, total, err)
	}
	if q := quotes[0]; q.Type != "" || q.Confidence != 0 {
		t.Errorf("a quote stored before types: type %q, confidence %v", q.Type, q.Confidence)
	}
	if _, total, err := s.Quotes(ctx, newsgraph.QuoteFilter{Types: []newsgraph.AttributionType{newsgraph.Statement}, MinConfidence: 0.5}); total != 0 || err != nil {
		t.Errorf("statements after the upgrade: %d, err %v", total, err)
	}
	if _, total, err := s.Quotes(ctx, newsgraph.QuoteFilter{Speaker: "jong"}); total != 1 || err != nil {
		t.Errorf("speaker jong: %d quotes, err %v", total, err)
	}
	people, _, err := s.Entities(ctx, newsgraph.EntityFilter{Name: "putin"})
	if err != nil || len(people) != 1 || people[0].Mentions != 1 || people[0].Articles != 1 || people[0].Quotes != 1 {
		t.Errorf("entity counts after the upgrade: %+v, %v", people, err)
	}
	list, _, err := s.Articles(ctx, newsgraph.Page{})
	// Toast has no date: it comes after the dated Talks.
	if err != nil || len(list) != 2 || list[1].Title != "Toast" || list[0].Quotes != 1 {
		t.Errorf("articles after the upgrade: %+v, %v", list, err)
	}
	mustPut(t, s, article("v3", "Again", "Vladimir Putin", "Still peace", day("2026-03-06"), "Moscow"))
	if _, total, _ := s.Quotes(ctx, newsgraph.QuoteFilter{Speaker: "vladimir"}); total != 2 {
		t.Errorf("speaker vladimir after a new article: %d quotes", total)
	}
	_, na, _ := s.Articles(ctx, newsgraph.Page{})
	_, nq, _ := s.Quotes(ctx, newsgraph.QuoteFilter{})
	if na != 3 || nq != 3 {
		t.Errorf("after a new article: %d articles, %d quotes", na, nq)
	}
	people, _, _ = s.Entities(ctx, newsgraph.EntityFilter{Name: "putin"})
	if len(people) != 1 || people[0].Mentions != 2 || people[0].Articles != 2 || people[0].Quotes != 2 {
		t.Errorf("entity counts after a new article: %+v", people)
	}
	checkEventsUpgraded(t, s)
}

// Writers sharing entities and speakers, in different orders, with
// readers beside them: every article is stored, no writer fails, and the
// counts add up.
func testConcurrentPuts(t *testing.T, s newsgraph.Store) {
	people := []string{"Ann Lee", "Bob Roe", "Cy Dunn"}
	places := []string{"Moscow", "Oslo", "Lima"}
	const writers, each = 4, 8
	var wg sync.WaitGroup
	errs := make(chan error, writers*each*2)
	for w := range writers {
		wg.Go(func() {
			for i := range each {
				n := w*each + i
				others := []string{places[n%3], places[(n+1+w%2)%3]}
				a := article(fmt.Sprint("c", n), "Story", people[(n+w)%3], fmt.Sprint("Quote ", n), day("2026-03-01"), others...)
				if _, _, err := s.Put(ctx, a); err != nil {
					errs <- err
				}
				if _, _, err := s.Quotes(ctx, newsgraph.QuoteFilter{Speaker: "lee"}); err != nil {
					errs <- err
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	list, _, err := s.Entities(ctx, newsgraph.EntityFilter{Page: newsgraph.Page{Limit: 100}})
	if err != nil {
		t.Fatal(err)
	}
	mentions, quotes := 0, 0
	for _, e := range list {
		mentions += e.Mentions
		quotes += e.Quotes
	}
	if n := writers * each; mentions != 3*n || quotes != n {
		t.Errorf("%d articles: %d mentions and %d quotes counted, want %d and %d", n, mentions, quotes, 3*n, n)
	}
	if _, total, _ := s.Quotes(ctx, newsgraph.QuoteFilter{}); total != writers*each {
		t.Errorf("%d quotes stored, want %d", total, writers*each)
	}
}
