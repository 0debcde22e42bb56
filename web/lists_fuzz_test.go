package web_test

import (
	"net/http/httptest"
	"testing"

	"github.com/newsgraph/newsgraph/web"
)

// Whatever query a list is given (order, outlet, dates, ids, page), the
// API and the pages answer 200 or 400, never a server error.
func FuzzListQuery(f *testing.F) {
	h, err := web.New(seed(f), nil)
	if err != nil {
		f.Fatal(err)
	}
	for _, q := range []string{"sort=oldest&site=Herald", "sort=relevance", "q=summit&sort=relevance&from=2026-03-01&to=2026-03-01",
		"from=2026-03-02&to=2026-03-01", "site=%00%25_", "limit=100000&offset=99999999999999999999", "actor=9223372036854775808",
		"q=%22%28*&quotes_offset=-1", "sort=&from=&to=", "entity=1&about=1&article=1"} {
		f.Add(q)
	}
	paths := []string{"/api/articles", "/api/search", "/api/quotes", "/", "/search", "/quotes", "/events", "/entities", "/actors"}
	f.Fuzz(func(t *testing.T, query string) {
		for _, p := range paths {
			req := httptest.NewRequest("GET", p, nil)
			req.URL.RawQuery = query
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			if rec.Code != 200 && rec.Code != 400 {
				t.Errorf("%s?%s: %d %s", p, query, rec.Code, rec.Body)
			}
		}
	})
}
