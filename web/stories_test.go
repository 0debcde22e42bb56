package web_test

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/storetest"
	"github.com/newsgraph/newsgraph/web"
)

// storyHandler serves the seeded store (articles 1 and 2, a story each)
// plus two outlets' reports of a flood (one story), an unrelated article,
// and a wire story with its reprint under a hostile headline (one story,
// its quote printed twice).
func storyHandler(tb testing.TB) http.Handler {
	tb.Helper()
	store := seed(tb)
	a, b, other := storetest.FloodReports()
	original, reprint := storetest.SyndicatedReports("Reprint " + hostile)
	for _, art := range []*newsgraph.Article{a, b, other, original, reprint} {
		if _, _, err := store.Put(context.Background(), art); err != nil {
			tb.Fatal(err)
		}
	}
	h, err := web.New(store, nil)
	if err != nil {
		tb.Fatal(err)
	}
	return h
}

func storyServer(t *testing.T) *httptest.Server {
	srv := httptest.NewServer(storyHandler(t))
	t.Cleanup(srv.Close)
	return srv
}

// storyOfArticle is the id of an article's story, from the API.
func storyOfArticle(t *testing.T, srv *httptest.Server, article string) int64 {
	t.Helper()
	var list struct {
		Stories []newsgraph.StoryRecord
		Total   int
	}
	storyJSON(t, srv, "/api/stories?article="+article, &list)
	if list.Total != 1 || len(list.Stories) != 1 {
		t.Fatalf("the story of article %s: %+v", article, list)
	}
	return list.Stories[0].ID
}

func storyJSON(t *testing.T, srv *httptest.Server, path string, v any) {
	t.Helper()
	code, body, _ := get(t, srv, path)
	if code != http.StatusOK {
		t.Fatalf("GET %s: %d %s", path, code, body)
	}
	if err := json.Unmarshal([]byte(body), v); err != nil {
		t.Fatalf("GET %s: %v", path, err)
	}
}

func TestStoriesAPIPagesToTheEnd(t *testing.T) {
	srv := storyServer(t)
	var ids []int64
	next := "/api/stories?limit=2"
	for next != "" {
		var page struct {
			Stories []newsgraph.StoryRecord
			Total   int
			Limit   int
			Offset  int
			Next    string
		}
		storyJSON(t, srv, next, &page)
		if page.Total != 5 || page.Limit != 2 {
			t.Fatalf("%s: total %d, limit %d; want 5 stories, 2 a page", next, page.Total, page.Limit)
		}
		for _, st := range page.Stories {
			ids = append(ids, st.ID)
		}
		next = page.Next
	}
	if len(ids) != 5 {
		t.Errorf("paging through gave stories %v, want 5", ids)
	}
	var detail newsgraph.StoryDetail
	storyJSON(t, srv, "/api/stories/"+itoa(storyOfArticle(t, srv, "6")), &detail)
	if len(detail.ArticleList) != 2 || detail.QuotationCount != 1 || len(detail.Quotations[0].Repeats) != 1 ||
		detail.Quotations[0].First.Article.ID != 6 || detail.Quotations[0].Repeats[0].Article.ID != 7 {
		t.Errorf("the wire story: %+v", detail)
	}
	for path, want := range map[string]int{"/api/stories/999": 404, "/api/stories/x": 400, "/api/stories?from=May": 400,
		"/api/stories?sort=loudest": 400, "/api/stories?from=2026-05-05&to=2026-05-01": 400, "/stories/999": 404} {
		if code, body, _ := get(t, srv, path); code != want {
			t.Errorf("GET %s: %d, want %d (%s)", path, code, want, body)
		}
	}
}

func TestStoryPages(t *testing.T) {
	srv := storyServer(t)
	code, list, _ := get(t, srv, "/stories?limit=2&offset=4")
	if code != http.StatusOK || strings.Count(list, `<li class="story">`) != 1 || !strings.Contains(list, "5–5 of 5") {
		t.Errorf("the last page of stories (%d):\n%s", code, list)
	}
	_, list, _ = get(t, srv, "/stories?site=herald.example")
	if strings.Count(list, `<li class="story">`) != 2 || !strings.Contains(list, "Tannen River floods Karvel") {
		t.Errorf("the herald's stories:\n%s", list)
	}
	flood := itoa(storyOfArticle(t, srv, "3"))
	_, page, _ := get(t, srv, "/stories/"+flood)
	for _, want := range []string{"<h1>Tannen River floods Karvel</h1>", `href="/articles/3"`, `href="/articles/4"`, "herald.example", `href="/actors/`, "Ilse Morrow"} {
		if !strings.Contains(page, want) {
			t.Errorf("the flood's page lacks %q", want)
		}
	}
	wire := itoa(storyOfArticle(t, srv, "6"))
	_, page, _ = get(t, srv, "/stories/"+wire)
	quotation := between(page, `<li class="quotation">`, `</li>`)
	if !strings.Contains(quotation, `class="first" href="/articles/6"`) || !strings.Contains(quotation, `class="repeat" href="/articles/7"`) ||
		!strings.Contains(quotation, "Jonas Brekke") {
		t.Errorf("the wire story's quotation: %s", quotation)
	}
	for _, p := range []string{page, list} {
		if strings.Contains(p, "<script>") || strings.Contains(p, "<img") {
			t.Error("a hostile headline reached a page as markup")
		}
	}
	if !strings.Contains(page, "Reprint &lt;script&gt;") {
		t.Error("the reprint's hostile headline is not shown as text")
	}
	if _, home, _ := get(t, srv, "/"); !strings.Contains(home, `<a href="/stories">Stories</a>`) {
		t.Error("the nav has no Stories link")
	}
}

func TestOpenAPIStories(t *testing.T) {
	srv := storyServer(t)
	var doc struct {
		Paths      map[string]map[string]json.RawMessage
		Components struct{ Schemas map[string]json.RawMessage }
	}
	storyJSON(t, srv, "/openapi.json", &doc)
	list, one := string(doc.Paths["/api/stories"]["get"]), string(doc.Paths["/api/stories/{id}"]["get"])
	for _, p := range []string{`"q"`, `"article"`, `"from"`, `"to"`, `parameters/site`, `"sort"`, `"next"`} {
		if !strings.Contains(list, p) {
			t.Errorf("/api/stories lacks %s", p)
		}
	}
	if !strings.Contains(one, "schemas/StoryDetail") || !strings.Contains(one, `"404"`) {
		t.Errorf("/api/stories/{id}: %s", one)
	}
	for _, p := range []string{"article_list", "actors", "quotations", "quotation_count", "schemas/Quotation"} {
		if !strings.Contains(string(doc.Components.Schemas["StoryDetail"]), p) {
			t.Errorf("the StoryDetail schema lacks %s", p)
		}
	}
	for _, s := range []string{"Story", "StoryDetail", "Quotation"} {
		if doc.Components.Schemas[s] == nil {
			t.Errorf("no %s schema", s)
		}
	}
}
