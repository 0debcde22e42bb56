package storetest

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph"
)

// listTests hold lists to their orders, filters and pages: articles by
// date with the undated last, by outlet, by date range and by actor;
// quotes by outlet, article and order; the outlets themselves.
var listTests = map[string]func(*testing.T, newsgraph.Store){
	"ArticlesSortedUndatedLast": testArticlesSortedUndatedLast,
	"ArticlesFiltered":          testArticlesFiltered,
	"ArticleListsPageToTheEnd":  testArticleListsPageToTheEnd,
	"QuotesFilteredAndSorted":   testQuotesFilteredAndSorted,
	"QuotesRankedByRelevance":   testQuotesRankedByRelevance,
	"SitesCounted":              testSitesCounted,
	"ListFiltersRefuseNonsense": testListFiltersRefuseNonsense,
	"EventsFilteredBySite":      testEventsFilteredBySite,
	"ListsByEntity":             testListsByEntity,
}

// onSite is article() printed by an outlet, stored at ingested.
func onSite(hash, site, title, speaker, quote string, published, ingested time.Time) *newsgraph.Article {
	a := article(hash, title, speaker, quote, published, "Lisbon")
	a.Doc.Meta.Site = site
	a.Ingested = ingested
	return a
}

// putOutlets stores six invented articles from two outlets, two of them
// undated (stored on different days).
func putOutlets(t *testing.T, s newsgraph.Store) {
	t.Helper()
	stored := day("2026-04-01")
	for i, a := range []*newsgraph.Article{
		onSite("d2", "Gazette", "Dated two", "Ann Lee", "Ferries run late", day("2026-03-02"), stored),
		onSite("u1", "Gazette", "Undated one", "Ann Lee", "Ferries run early", time.Time{}, day("2026-04-03")),
		onSite("d1", "Herald", "Dated one", "Bo Chen", "Bridges close at noon", day("2026-03-01"), stored),
		onSite("d4", "Herald", "Dated four", "Ann Lee", "Ferries and bridges both", day("2026-03-04"), stored),
		onSite("u2", "Herald", "Undated two", "Bo Chen", "Bridges open again", time.Time{}, day("2026-04-05")),
		onSite("d3", "Gazette", "Dated three", "Bo Chen", "Nothing moves", day("2026-03-03"), stored),
	} {
		a.Ingested = a.Ingested.Add(time.Duration(i) * time.Minute)
		mustPut(t, s, a)
	}
}

func titles(hits []newsgraph.SearchHit) []string {
	out := []string{}
	for _, h := range hits {
		out = append(out, h.Article.Title)
	}
	return out
}

func find(t *testing.T, s newsgraph.Store, f newsgraph.ArticleFilter) ([]string, int) {
	t.Helper()
	f.Limit = 100
	hits, total, err := s.FindArticles(ctx, f)
	if err != nil {
		t.Fatalf("FindArticles(%+v): %v", f, err)
	}
	return titles(hits), total
}

// Undated articles come after every dated one, newest or oldest first;
// oldest first is newest first reversed among the dated and among the
// undated.
func testArticlesSortedUndatedLast(t *testing.T, s newsgraph.Store) {
	putOutlets(t, s)
	newest := []string{"Dated four", "Dated three", "Dated two", "Dated one", "Undated two", "Undated one"}
	oldest := []string{"Dated one", "Dated two", "Dated three", "Dated four", "Undated one", "Undated two"}
	for _, c := range []struct {
		sort newsgraph.Sort
		want []string
	}{{"", newest}, {newsgraph.SortNewest, newest}, {newsgraph.SortOldest, oldest}} {
		if got, total := find(t, s, newsgraph.ArticleFilter{Sort: c.sort}); !slices.Equal(got, c.want) || total != 6 {
			t.Errorf("sort %q: %q (total %d), want %q", c.sort, got, total, c.want)
		}
	}
	list, _, err := s.Articles(ctx, newsgraph.Page{Limit: 100})
	var got []string
	for _, a := range list {
		got = append(got, a.Title)
	}
	if err != nil || !slices.Equal(got, newest) {
		t.Errorf("Articles: %q, %v", got, err)
	}
	if got, total := find(t, s, newsgraph.ArticleFilter{Query: "ferries", Sort: newsgraph.SortOldest}); !slices.Equal(got, []string{"Dated two", "Dated four", "Undated one"}) || total != 3 {
		t.Errorf("ferries, oldest first: %q (total %d)", got, total)
	}
}

func testArticlesFiltered(t *testing.T, s newsgraph.Store) {
	putOutlets(t, s)
	chen := actorNamed(t, s, "Bo Chen")
	for _, c := range []struct {
		name string
		f    newsgraph.ArticleFilter
		want []string
	}{
		{"outlet", newsgraph.ArticleFilter{Site: "Herald"}, []string{"Dated four", "Dated one", "Undated two"}},
		{"no such outlet", newsgraph.ArticleFilter{Site: "Herald Tribune"}, []string{}},
		// A date range leaves the undated out; "to" includes its day.
		{"from", newsgraph.ArticleFilter{From: day("2026-03-03")}, []string{"Dated four", "Dated three"}},
		{"to", newsgraph.ArticleFilter{To: day("2026-03-02")}, []string{"Dated two", "Dated one"}},
		{"one day", newsgraph.ArticleFilter{From: day("2026-03-02"), To: day("2026-03-02")}, []string{"Dated two"}},
		{"outlet and dates", newsgraph.ArticleFilter{Site: "Gazette", From: day("2026-03-02"), To: day("2026-03-03")}, []string{"Dated three", "Dated two"}},
		{"actor", newsgraph.ArticleFilter{Actor: chen.ID}, []string{"Dated three", "Dated one", "Undated two"}},
		{"words and outlet", newsgraph.ArticleFilter{Query: "bridges", Site: "Herald", Sort: newsgraph.SortNewest}, []string{"Dated four", "Dated one", "Undated two"}},
		{"words and dates", newsgraph.ArticleFilter{Query: "ferries", From: day("2026-03-03")}, []string{"Dated four"}},
	} {
		got, total := find(t, s, c.f)
		if !slices.Equal(got, c.want) || total != len(c.want) {
			t.Errorf("%s: %q (total %d), want %q", c.name, got, total, c.want)
		}
	}
}

// Every order, with and without words and filters, pages through each
// article once, and the total counts them.
func testArticleListsPageToTheEnd(t *testing.T, s newsgraph.Store) {
	const n = 3*SearchRankWindow + 2 // past the ranking window
	for i := range n {
		site := []string{"Gazette", "Herald"}[i%2]
		published := day("2026-01-01").AddDate(0, 0, i)
		if i%5 == 4 {
			published = time.Time{}
		}
		mustPut(t, s, onSite(fmt.Sprint("p", i), site, fmt.Sprint("Harbour story ", i), "Ann Lee", "Cranes idle", published, day("2026-02-01").AddDate(0, 0, i)))
	}
	mustPut(t, s, onSite("other", "Herald", "Other", "Bo Chen", "Nothing here", day("2026-01-03"), day("2026-02-01")))
	for _, f := range []newsgraph.ArticleFilter{
		{}, {Sort: newsgraph.SortOldest}, {Site: "Herald"},
		{Query: "harbour cranes"}, {Query: "harbour", Sort: newsgraph.SortOldest}, {Query: "cranes", Site: "Herald"},
	} {
		all, want := find(t, s, f)
		var paged []string
		for offset := 0; ; offset += 3 {
			f.Page = newsgraph.Page{Limit: 3, Offset: offset}
			hits, total, err := s.FindArticles(ctx, f)
			if err != nil || total != want {
				t.Fatalf("%+v: total %d, want %d, err %v", f, total, want, err)
			}
			if len(hits) == 0 {
				break
			}
			paged = append(paged, titles(hits)...)
		}
		if !slices.Equal(paged, all) || len(slices.Compact(slices.Sorted(slices.Values(paged)))) != want {
			t.Errorf("%+v: paged %q, all at once %q", f, paged, all)
		}
	}
}

// quoteTexts lists the contents of the quotes f selects, all on one page.
func quoteTexts(t *testing.T, s newsgraph.Store, f newsgraph.QuoteFilter) []string {
	t.Helper()
	quotes, total, err := s.Quotes(ctx, f)
	if err != nil || total != len(quotes) {
		t.Fatalf("Quotes(%+v): %d of %d, %v", f, len(quotes), total, err)
	}
	out := []string{}
	for _, q := range quotes {
		out = append(out, q.Content.Text)
	}
	return out
}

func testQuotesFilteredAndSorted(t *testing.T, s newsgraph.Store) {
	putOutlets(t, s)
	newest := quoteTexts(t, s, newsgraph.QuoteFilter{})
	oldest := quoteTexts(t, s, newsgraph.QuoteFilter{Sort: newsgraph.SortOldest})
	if slices.Reverse(oldest); !slices.Equal(newest, oldest) || len(newest) != 6 {
		t.Errorf("oldest first is not newest first reversed:\n%q\n%q", newest, oldest)
	}
	if got := quoteTexts(t, s, newsgraph.QuoteFilter{Site: "Herald", From: day("2026-03-01"), To: day("2026-03-03")}); !slices.Equal(got, []string{"“Bridges close at noon”"}) {
		t.Errorf("Herald, 1–3 March: %q", got)
	}
	list, _, _ := s.FindArticles(ctx, newsgraph.ArticleFilter{Query: "noon"})
	if len(list) != 1 {
		t.Fatalf("no article says noon: %+v", list)
	}
	if got := quoteTexts(t, s, newsgraph.QuoteFilter{Article: list[0].Article.ID}); !slices.Equal(got, []string{"“Bridges close at noon”"}) {
		t.Errorf("quotes of one article: %q", got)
	}
	if got := quoteTexts(t, s, newsgraph.QuoteFilter{Query: "ferries", Sort: newsgraph.SortOldest}); !slices.Equal(got,
		[]string{"“Ferries run late”", "“Ferries and bridges both”", "“Ferries run early”"}) {
		t.Errorf("ferries, oldest first: %q", got)
	}
}

// A quote that says the words more often, in fewer other words, ranks
// first; the order paging follows is the same.
func testQuotesRankedByRelevance(t *testing.T, s newsgraph.Store) {
	for i, q := range []string{"Tolls rise on the old coast road and the new one too", "Tolls, tolls, tolls", "Tolls rise"} {
		mustPut(t, s, article(fmt.Sprint("r", i), fmt.Sprint("Road ", i), "Ann Lee", q, day("2026-03-01").AddDate(0, 0, i)))
	}
	got := quoteTexts(t, s, newsgraph.QuoteFilter{Query: "tolls", Sort: newsgraph.SortRelevance})
	if len(got) != 3 || got[0] != "“Tolls, tolls, tolls”" || got[2] != "“Tolls rise on the old coast road and the new one too”" {
		t.Errorf("by relevance: %q", got)
	}
	var paged []string
	for offset := range 4 {
		quotes, total, err := s.Quotes(ctx, newsgraph.QuoteFilter{Query: "tolls", Sort: newsgraph.SortRelevance, Page: newsgraph.Page{Limit: 1, Offset: offset}})
		if err != nil || total != 3 {
			t.Fatalf("offset %d: total %d, %v", offset, total, err)
		}
		for _, q := range quotes {
			paged = append(paged, q.Content.Text)
		}
	}
	if !slices.Equal(paged, got) {
		t.Errorf("paged by relevance: %q, at once %q", paged, got)
	}
}

func testSitesCounted(t *testing.T, s newsgraph.Store) {
	putOutlets(t, s)
	mustPut(t, s, article("nosite", "No outlet", "Ann Lee", "Quiet", day("2026-03-05")))
	sites, err := s.Sites(ctx)
	if err != nil || !slices.Equal(sites, []newsgraph.SiteCount{{Site: "Gazette", Articles: 3}, {Site: "Herald", Articles: 3}}) {
		t.Errorf("sites: %+v, %v", sites, err)
	}
}

func testListFiltersRefuseNonsense(t *testing.T, s newsgraph.Store) {
	putOutlets(t, s)
	for _, f := range []newsgraph.ArticleFilter{
		{Sort: "sideways"}, {Sort: newsgraph.SortRelevance}, {From: day("2026-03-02"), To: day("2026-03-01")},
	} {
		if _, _, err := s.FindArticles(ctx, f); newsgraph.ErrorCode(err) != newsgraph.EINVALID {
			t.Errorf("FindArticles(%+v): %v, want invalid", f, err)
		}
	}
	for _, f := range []newsgraph.QuoteFilter{
		{Sort: "sideways"}, {Sort: newsgraph.SortRelevance}, {From: day("2026-03-02"), To: day("2026-03-01")},
	} {
		if _, _, err := s.Quotes(ctx, f); newsgraph.ErrorCode(err) != newsgraph.EINVALID {
			t.Errorf("Quotes(%+v): %v, want invalid", f, err)
		}
	}
}

func testEventsFilteredBySite(t *testing.T, s newsgraph.Store) {
	a := EventArticle("ev", day("2026-03-03"), "2026-03-02")
	a.Doc.Meta.Site = "Gazette"
	mustPut(t, s, a)
	mustPut(t, s, EventArticle("ev2", day("2026-03-04"), "2026-03-02"))
	for site, want := range map[string]int{"": 4, "Gazette": 2, "Herald": 0} {
		if _, total, err := s.Events(ctx, newsgraph.EventFilter{Site: site}); err != nil || total != want {
			t.Errorf("events of %q: %d, want %d (%v)", site, total, want, err)
		}
	}
}

// An entity's articles are those that mention it; the quotes about it,
// those whose content names it.
func testListsByEntity(t *testing.T, s newsgraph.Store) {
	mustPut(t, s, article("e1", "Port news", "Ann Lee", "Lisbon waits", day("2026-03-01"), "Lisbon"))
	mustPut(t, s, article("e2", "Rain", "Bo Chen", "Rain again", day("2026-03-02"), "Porto"))
	places, _, err := s.Entities(ctx, newsgraph.EntityFilter{Name: "Lisbon"})
	if err != nil || len(places) != 1 {
		t.Fatalf("Lisbon: %+v, %v", places, err)
	}
	if got := quoteTexts(t, s, newsgraph.QuoteFilter{About: places[0].ID}); !slices.Equal(got, []string{"“Lisbon waits”"}) {
		t.Errorf("quotes about Lisbon: %q", got)
	}
	if got, total := find(t, s, newsgraph.ArticleFilter{Entity: places[0].ID}); !slices.Equal(got, []string{"Port news"}) || total != 1 {
		t.Errorf("articles mentioning Lisbon: %q", got)
	}
}
