package web_test

import (
	"encoding/json"
	"net/http/httptest"
	"testing"

	"github.com/newsgraph/newsgraph/web"
)

// Whatever query /api/events is given, it answers 200 or 400 in JSON,
// never a server error.
func FuzzEventsQuery(f *testing.F) {
	h, err := web.New(seed(f), nil)
	if err != nil {
		f.Fatal(err)
	}
	for _, q := range []string{"actor=1&type=assault", "from=2026-02-30", "type=%00", "place=%25_%5C", "to=2026-01-01&from=2026-12-31",
		"limit=100000&offset=-1", "actor=9223372036854775808", "type=ASSAULT&type=CONSULT", "%zz"} {
		f.Add(q)
	}
	f.Fuzz(func(t *testing.T, query string) {
		req := httptest.NewRequest("GET", "/api/events", nil)
		req.URL.RawQuery = query
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		var body map[string]any
		if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil || rec.Code != 200 && rec.Code != 400 {
			t.Errorf("?%s: %d %s", query, rec.Code, rec.Body)
		}
	})
}
