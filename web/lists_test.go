package web_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http/httptest"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/storetest"
	"github.com/newsgraph/newsgraph/sqlite"
	"github.com/newsgraph/newsgraph/web"
)

// Invented lists longer than a page: listArticles articles from two
// outlets, every seventh undated, each quoting its own speaker, and
// listEventArticles articles of two events each.
const (
	listArticles      = 47
	listEventArticles = 13
)

// listUndated is how many of the list articles are undated.
var listUndated = listArticles - datedFrom(0)

// datedFrom counts the dated list articles from the day of the ith on.
func datedFrom(i int) int {
	n := 0
	for ; i < listArticles; i++ {
		if i%7 != 3 {
			n++
		}
	}
	return n
}

func speakerName(i int) string { return fmt.Sprintf("Ann Quill%02d", i) }

// putQuoted stores an article in which speaker says quote.
func putQuoted(t testing.TB, s newsgraph.Store, hash, site, title, speaker, quote string, published time.Time) {
	t.Helper()
	body := speaker + " said: “" + quote + "” after the talks."
	d := newsgraph.NewDoc(newsgraph.Metadata{Published: published, Site: site},
		[]newsgraph.Block{{Kind: newsgraph.KindTitle, Text: title}, {Kind: newsgraph.KindBody, Text: body}})
	at := func(x string) newsgraph.Span {
		i := strings.Index(d.Text, x)
		return newsgraph.Span{Start: i, End: i + len(x)}
	}
	src := at(speaker)
	d.Mentions = []newsgraph.Mention{{Span: src, Kind: newsgraph.MentionName, Type: "PER", Entity: newsgraph.NoEntity}}
	d.Attributions = []newsgraph.Attribution{{Kind: newsgraph.Direct, Source: &src, Cue: at("said"),
		Content: at("“" + quote + "”"), Speaker: &newsgraph.Referent{Entity: newsgraph.NoEntity, Name: speaker, Mention: src}}}
	if _, _, err := s.Put(context.Background(), &newsgraph.Article{Hash: hash, Doc: d}); err != nil {
		t.Fatal(err)
	}
}

// listServer serves a store of the long lists.
func listServer(t testing.TB) *httptest.Server {
	t.Helper()
	s, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "lists.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	for i := range listArticles {
		published := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i)
		if i%7 == 3 {
			published = time.Time{}
		}
		putQuoted(t, s, fmt.Sprint("l", i), []string{"Gazette", "Herald"}[i%2], fmt.Sprintf("Harbour report %02d", i),
			speakerName(i), fmt.Sprintf("Cranes idle on pier %d", i), published)
	}
	for i := range listEventArticles {
		a := storetest.EventArticle(fmt.Sprint("ev", i), time.Date(2026, 4, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i), "2026-03-30")
		if _, _, err := s.Put(context.Background(), a); err != nil {
			t.Fatal(err)
		}
	}
	h, err := web.New(s, nil)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv
}

// apiPage is one page of any API list.
type apiPage struct {
	Total  int
	Next   string
	Limit  int
	Offset int
	Items  []json.RawMessage
}

// getList reads one page of an API list, whose items are under name.
func getList(t *testing.T, srv *httptest.Server, path, name string) apiPage {
	t.Helper()
	code, body, _ := get(t, srv, path)
	var raw map[string]json.RawMessage
	if err := json.Unmarshal([]byte(body), &raw); err != nil || code != 200 {
		t.Fatalf("GET %s: %d %s", path, code, body)
	}
	var p apiPage
	for k, dst := range map[string]any{"total": &p.Total, "limit": &p.Limit, "offset": &p.Offset, name: &p.Items} {
		if err := json.Unmarshal(raw[k], dst); err != nil {
			t.Fatalf("GET %s: %s: %v", path, k, err)
		}
	}
	if next, ok := raw["next"]; ok {
		json.Unmarshal(next, &p.Next)
	}
	return p
}

// TestAPIListsPageToTheEnd follows each list's next links from its first
// page: every item comes once, the last page has no next link, and the
// total counts them all.
func TestAPIListsPageToTheEnd(t *testing.T) {
	srv := listServer(t)
	all := listArticles + listEventArticles
	for _, c := range []struct {
		path, name string
		want       int
	}{
		{"/api/articles?limit=10", "articles", all},
		{"/api/articles?limit=10&sort=oldest&site=Herald", "articles", listArticles / 2},
		{"/api/search?q=harbour&limit=9", "results", listArticles},
		{"/api/search?q=harbour&limit=9&sort=newest&from=2026-01-10", "results", datedFrom(9)},
		{"/api/quotes?limit=10", "quotes", all},
		{"/api/quotes?q=cranes&sort=relevance&limit=8", "quotes", listArticles},
		{"/api/entities?type=PER&limit=7", "entities", listArticles},
		{"/api/actors?type=PER&limit=7", "actors", listArticles},
		{"/api/events?limit=5", "events", 2 * listEventArticles},
	} {
		seen := map[string]bool{}
		pages := 0
		for path := c.path; path != ""; pages++ {
			p := getList(t, srv, path, c.name)
			if p.Total != c.want || len(p.Items) == 0 || len(p.Items) > p.Limit {
				t.Fatalf("GET %s: %d items of %d (limit %d), want a total of %d", path, len(p.Items), p.Total, p.Limit, c.want)
			}
			for _, item := range p.Items {
				seen[string(item)] = true
			}
			path = p.Next
			if pages > c.want {
				t.Fatalf("%s: more pages than items", c.path)
			}
		}
		if len(seen) != c.want {
			t.Errorf("%s: paged through %d distinct items in %d pages, want %d", c.path, len(seen), pages, c.want)
		}
	}
}

// The article list sorts by publication date with the undated last, and
// filters by outlet and dates; nonsense parameters are a 400.
func TestAPIArticleOrderAndFilters(t *testing.T) {
	srv := listServer(t)
	var list struct {
		Articles []newsgraph.ArticleSummary
		Total    int
	}
	decode := func(path string) {
		t.Helper()
		list.Articles = nil
		code, body, _ := get(t, srv, path)
		if err := json.Unmarshal([]byte(body), &list); err != nil || code != 200 {
			t.Fatalf("GET %s: %d %s", path, code, body)
		}
	}
	for _, order := range []string{"newest", "oldest"} {
		decode("/api/articles?limit=100&sort=" + order)
		var dated []time.Time
		for i, a := range list.Articles {
			if a.Published.IsZero() != (i >= len(list.Articles)-listUndated) {
				t.Fatalf("%s: article %d (%s) is undated out of place", order, i, a.Title)
			}
			if !a.Published.IsZero() {
				dated = append(dated, a.Published)
			}
		}
		sorted := slices.IsSortedFunc(dated, func(a, b time.Time) int { return a.Compare(b) })
		if order == "newest" {
			slices.Reverse(dated)
			sorted = slices.IsSortedFunc(dated, func(a, b time.Time) int { return a.Compare(b) })
		}
		if !sorted || list.Total != listArticles+listEventArticles {
			t.Errorf("%s: dates out of order, or total %d", order, list.Total)
		}
	}
	decode("/api/articles?limit=100&site=Gazette&from=2026-01-05&to=2026-01-09")
	for _, a := range list.Articles {
		if a.Site != "Gazette" || a.Published.Before(time.Date(2026, 1, 5, 0, 0, 0, 0, time.UTC)) || a.Published.After(time.Date(2026, 1, 9, 0, 0, 0, 0, time.UTC)) {
			t.Errorf("outlet and dates: %+v", a)
		}
	}
	if list.Total != 3 { // 5, 7 and 9 January: the Gazette prints on odd days
		t.Errorf("Gazette, 5–9 January: %d articles", list.Total)
	}
	for _, path := range []string{"/api/articles?sort=sideways", "/api/articles?sort=relevance", "/api/articles?from=2026-02-01&to=2026-01-01",
		"/api/search?q=", "/api/quotes?sort=relevance", "/api/articles?actor=-2", "/api/quotes?article=x", "/api/articles?limit=ten"} {
		if code, body, _ := get(t, srv, path); code != 400 || !strings.Contains(body, `"code":"invalid"`) {
			t.Errorf("GET %s: %d %s", path, code, body)
		}
	}
}

// nextHref is the UI's link to the next page, or "".
var nextHref = regexp.MustCompile(`<a rel="next" href="([^"]+)">`)

// uiItems pages through a UI list by its Next links, collecting what
// item matches on each page: in the part of the page from section on,
// when one is given.
func uiItems(t *testing.T, srv *httptest.Server, path, section string, item *regexp.Regexp) []string {
	t.Helper()
	var out []string
	for pages := 0; path != ""; pages++ {
		code, body, _ := get(t, srv, path)
		if code != 200 || pages > 100 {
			t.Fatalf("GET %s: %d (page %d)", path, code, pages)
		}
		body = body[strings.Index(body, section):]
		for _, m := range item.FindAllStringSubmatch(body, -1) {
			out = append(out, m[1])
		}
		path = ""
		if m := nextHref.FindStringSubmatch(body); m != nil {
			path = strings.ReplaceAll(m[1], "&amp;", "&")
		}
	}
	return out
}

// TestUIListsPageToTheEnd follows each page's Next link: every list
// reaches its last item, each item once.
func TestUIListsPageToTheEnd(t *testing.T) {
	srv := listServer(t)
	article := regexp.MustCompile(`<li class="article"><a href="/articles/(\d+)">`)
	quote := regexp.MustCompile(`<blockquote>([^<]*(?:<mark>[^<]*</mark>[^<]*)*)</blockquote>`)
	for _, c := range []struct {
		path string
		item *regexp.Regexp
		want int
	}{
		{"/", article, listArticles + listEventArticles},
		{"/?sort=oldest&site=Gazette", article, (listArticles + 1) / 2},
		{"/search?q=harbour+cranes&limit=10", article, listArticles},
		{"/quotes?q=cranes&limit=10", quote, listArticles},
		{"/actors?type=PER", regexp.MustCompile(`<td><a href="/actors/(\d+)">`), listArticles},
		{"/entities?type=PER", regexp.MustCompile(`<td><a href="/entities/(\d+)">`), listArticles},
		{"/events?limit=4", regexp.MustCompile(`<li class="event">\s*<time>([^<]*)</time>`), 2 * listEventArticles},
	} {
		items := uiItems(t, srv, c.path, "", c.item)
		distinct := slices.Compact(slices.Sorted(slices.Values(items)))
		if len(items) != c.want || c.item == article && len(distinct) != c.want {
			t.Errorf("%s: %d items (%d distinct), want %d", c.path, len(items), len(distinct), c.want)
		}
	}
	// The search page's quotes page on their own.
	quotes := uiItems(t, srv, "/search?q=cranes&offset=20", `class="quote-hits"`, quote)
	if len(quotes) != listArticles || len(slices.Compact(slices.Sorted(slices.Values(quotes)))) != listArticles {
		t.Errorf("search quotes paged to %d, want %d", len(quotes), listArticles)
	}
}

// A page shows where and when each item appeared, and the total it pages
// through.
func TestUIListsShowOutletAndDate(t *testing.T) {
	srv := listServer(t)
	_, body, _ := get(t, srv, "/?limit=50")
	for _, want := range []string{`<span class="site">Herald</span>`, `<time>1 Apr 2026</time>`,
		`<span class="count">1–50 of 60</span>`, `<a rel="next" href="/?limit=50&amp;offset=50">`} {
		if !strings.Contains(body, want) {
			t.Errorf("home page lacks %s", want)
		}
	}
	_, body, _ = get(t, srv, "/?limit=50&offset=50")
	if !strings.Contains(body, `<span class="undated">undated</span>`) || !strings.Contains(body, `<a rel="prev" href="/?limit=50">`) {
		t.Errorf("the last page lacks the undated articles or the link back")
	}
	_, body, _ = get(t, srv, "/search?q=pier")
	if !strings.Contains(body, `<span class="site">Gazette</span>`) || !strings.Contains(body, `<time>`) {
		t.Errorf("search results without outlet or date")
	}
}

// openAPIDoc is what the tests read of the OpenAPI document.
type openAPIDoc struct {
	Paths map[string]struct {
		Get struct {
			Parameters []struct {
				Name   string
				Ref    string `json:"$ref"`
				Schema struct {
					Items struct{ Enum []string }
				}
			}
			Responses map[string]struct {
				Content map[string]struct {
					Schema struct{ Properties map[string]any }
				}
			}
		}
	}
	Components struct {
		Schemas map[string]struct{ Properties map[string]json.RawMessage }
	}
}

// The OpenAPI document describes the lists' new parameters and answers.
func TestOpenAPIDescribesLists(t *testing.T) {
	srv := newServer(t)
	_, body, _ := get(t, srv, "/openapi.json")
	var doc struct {
		Paths map[string]struct {
			Get struct {
				Parameters []struct {
					Name string
					Ref  string `json:"$ref"`
				}
				Responses map[string]struct {
					Content map[string]struct {
						Schema struct{ Properties map[string]any }
					}
				}
			}
		}
	}
	if err := json.Unmarshal([]byte(body), &doc); err != nil {
		t.Fatal(err)
	}
	for path, params := range map[string][]string{
		"/api/articles": {"q", "site", "from", "to", "actor", "entity", "sort", "limit", "offset"},
		"/api/search":   {"q", "site", "from", "to", "sort"},
		"/api/quotes":   {"site", "article", "about", "entity", "sort", "from", "to"},
		"/api/events":   {"site"},
		"/api/entities": {"limit", "offset"},
		"/api/actors":   {"limit", "offset"},
	} {
		op := doc.Paths[path].Get
		var have []string
		for _, p := range op.Parameters {
			have = append(have, p.Name, strings.TrimPrefix(p.Ref, "#/components/parameters/"))
		}
		for _, want := range params {
			if !slices.Contains(have, want) {
				t.Errorf("%s: no parameter %s", path, want)
			}
		}
		if _, ok := op.Responses["200"].Content["application/json"].Schema.Properties["next"]; !ok {
			t.Errorf("%s: the answer has no next link", path)
		}
	}
}
