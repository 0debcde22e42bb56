// Package storetest is the contract every newsgraph.Store must meet. The
// SQLite and PostgreSQL adapters run the same suite (after Litestream's
// replica_client_test.go), so a behaviour tested once holds for both.
package storetest

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph"
)

// Opener returns a new, empty store for one test.
type Opener func(t *testing.T) newsgraph.Store

// Run runs the contract suite.
func Run(t *testing.T, open Opener) {
	for name, test := range map[string]func(*testing.T, newsgraph.Store){
		"PutIsIdempotent":       testPutIsIdempotent,
		"ArticleRoundTrip":      testArticleRoundTrip,
		"ArticlesArePaged":      testArticlesArePaged,
		"QuotesBySpeaker":       testQuotesBySpeaker,
		"QuotesByTextAndDate":   testQuotesByTextAndDate,
		"Entities":              testEntities,
		"Search":                testSearch,
		"HostileInputIsInert":   testHostileInputIsInert,
		"InvalidArticleRefused": testInvalidArticleRefused,
		"MissingThingsNotFound": testMissingThingsNotFound,
	} {
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
	d.Entities = append(d.Entities, newsgraph.Entity{Span: src, Type: "PER"})
	for _, o := range others {
		d.Entities = append(d.Entities, newsgraph.Entity{Span: at(o), Type: "LOC"})
	}
	content := at("“" + quote + "”")
	d.Attributions = []newsgraph.Attribution{{Kind: newsgraph.Direct, Source: &src, Cue: at("said"), Content: content,
		Speaker: &newsgraph.Speaker{Name: speaker, Mention: src}}}
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
	if len(moscow.QuotesAbout) != 2 || len(moscow.MentionedIn) != 2 || len(moscow.QuotesBy) != 0 {
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
