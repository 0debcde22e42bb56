package web_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/sqlite"
	"github.com/newsgraph/newsgraph/web"
)

// hostile is an article whose text carries markup that must stay text.
const hostile = `<script>window.__pwned = 1</script><img src=x onerror="window.__pwned=2">`

// seed stores two hand-built articles: one quoting Putin, one with hostile
// text in its title, body and quote.
func seed(t testing.TB) newsgraph.Store {
	t.Helper()
	s, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "ng.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	put := func(hash, title, speaker, quote string, published time.Time) {
		putQuoted(t, s, hash, "", title, speaker, quote, published)
	}
	put("a", "Summit ends", "Vladimir Putin", "An old friend is better than two new ones", time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC))
	put("b", "Hostile "+hostile, "Eve Mallory", hostile, time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC))
	return s
}

func newServer(t testing.TB) *httptest.Server {
	h, err := web.New(seed(t), nil)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv
}

func get(t *testing.T, srv *httptest.Server, path string) (int, string, http.Header) {
	t.Helper()
	resp, err := http.Get(srv.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b), resp.Header
}

func TestAPI(t *testing.T) {
	srv := newServer(t)
	var quotes struct {
		Quotes []newsgraph.QuoteRecord
		Total  int
	}
	code, body, _ := get(t, srv, "/api/quotes?speaker=putin")
	if err := json.Unmarshal([]byte(body), &quotes); err != nil || code != 200 {
		t.Fatalf("quotes: %d %s", code, body)
	}
	if quotes.Total != 1 || quotes.Quotes[0].Speaker.Name != "Vladimir Putin" || quotes.Quotes[0].Article.Title != "Summit ends" {
		t.Errorf("quotes = %+v", quotes)
	}
	for _, c := range []struct {
		path string
		code int
		has  string
	}{
		{"/api/articles", 200, `"total":2`},
		{"/api/articles?limit=1&offset=1", 200, `"title":"Summit ends"`},
		{"/api/articles/1", 200, `"article_id":1`},
		{"/api/articles/1", 200, `"schema":"newsgraph.doc/2"`},
		{"/api/articles/999", 404, `"code":"not_found"`},
		{"/api/articles/abc", 400, `"code":"invalid"`},
		{"/api/articles?limit=-3", 400, `"code":"invalid"`},
		{"/api/articles?offset=9223372036854775807", 400, `"code":"invalid"`}, // its next page's offset would overflow
		{"/api/articles?offset=1073741824", 200, `"total":2`},
		{"/api/quotes?from=2026-03-02", 200, `"total":1`},
		{"/api/quotes?from=yesterday", 400, `"code":"invalid"`},
		{"/api/quotes?q=old+friend", 200, `"total":1`},
		{"/api/entities?type=PER", 200, `"total":2`},
		{"/api/entities/1", 200, `"quotes_by"`},
		{"/api/search?q=summit", 200, `"total":1`},
		{"/api/search?q=" + strings.Repeat("x", 600), 400, "longer than"},
		{"/api/nothing", 404, `"code":"not_found"`},
		{"/openapi.json", 200, `"openapi": "3.0.3"`},
	} {
		code, body, hdr := get(t, srv, c.path)
		if code != c.code || !strings.Contains(body, c.has) {
			t.Errorf("GET %s: %d %s; want %d with %q", c.path, code, body, c.code, c.has)
		}
		if !strings.HasPrefix(hdr.Get("Content-Type"), "application/json") {
			t.Errorf("GET %s: content type %q", c.path, hdr.Get("Content-Type"))
		}
	}
	resp, err := http.Post(srv.URL+"/api/articles", "application/json", strings.NewReader("{}"))
	if err != nil || resp.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("POST: %v %v", resp.StatusCode, err)
	}
}

func TestPagesEscapeArticleText(t *testing.T) {
	srv := newServer(t)
	for _, path := range []string{"/", "/articles/2", "/search?q=Hostile", "/speakers/2", "/search?q=" + "%3Cscript%3E"} {
		code, body, hdr := get(t, srv, path)
		if code != 200 {
			t.Errorf("GET %s: %d", path, code)
		}
		if strings.Contains(body, "<script>") || strings.Contains(body, "<img src=x") {
			t.Errorf("GET %s: article markup reached the page unescaped", path)
		}
		if !strings.Contains(hdr.Get("Content-Security-Policy"), "default-src 'none'") {
			t.Errorf("GET %s: no CSP", path)
		}
	}
	_, body, _ := get(t, srv, "/articles/2")
	if !strings.Contains(body, "&lt;script&gt;") || !strings.Contains(body, `class="content"`) || !strings.Contains(body, `class="cue"`) {
		t.Errorf("article page lacks escaped text or highlights")
	}
	if code, _, _ := get(t, srv, "/articles/77"); code != 404 {
		t.Errorf("missing article page: %d", code)
	}
}
