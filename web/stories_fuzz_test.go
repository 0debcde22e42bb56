package web_test

import (
	"net/http/httptest"
	"testing"
)

// Whatever query the story lists are given (words, outlet, dates, article,
// order, page), they answer 200 or 400, never a server error; a story's
// page and JSON answer 200, 400 or 404 whatever its id.
func FuzzStoryQuery(f *testing.F) {
	h := storyHandler(f)
	for _, q := range []string{"sort=oldest&site=herald.example", "q=flood&sort=relevance", "from=2026-05-05&to=2026-05-01", "article=3",
		"article=-5&limit=0", "q=%22%28*&offset=99999999999999999999", "site=%00%25_&from=2026-02-30", "q=%E2%80%9C"} {
		f.Add(q, "1")
	}
	f.Add("", "9223372036854775808")
	f.Add("", "..%2F1")
	answer := func(path, query string) int {
		req := httptest.NewRequest("GET", "/", nil)
		req.URL.Path, req.URL.RawQuery = path, query
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		return rec.Code
	}
	f.Fuzz(func(t *testing.T, query, id string) {
		for _, p := range []string{"/api/stories", "/stories"} {
			if code := answer(p, query); code != 200 && code != 400 {
				t.Errorf("%s?%s: %d", p, query, code)
			}
		}
		for _, p := range []string{"/api/stories/", "/stories/"} {
			if code := answer(p+id, ""); code >= 500 {
				t.Errorf("%s%s: %d", p, id, code)
			}
		}
	})
}
