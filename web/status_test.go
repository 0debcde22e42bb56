package web_test

import (
	"context"
	"encoding/json"
	"errors"
	"net/http/httptest"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/web"
)

func TestAPIStatusShowsTheQueue(t *testing.T) {
	h, err := web.New(seed(t), nil)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	decode := func(path string) (int, map[string]any) {
		code, body, _ := get(t, srv, path)
		var out map[string]any
		if err := json.Unmarshal([]byte(body), &out); err != nil {
			t.Fatalf("%s: %v in %q", path, err, body)
		}
		return code, out
	}
	if _, spec := decode("/openapi.json"); spec["paths"].(map[string]any)["/api/status"] == nil {
		t.Error("/api/status is not in /openapi.json")
	}
	if code, out := decode("/api/status"); code != 200 || out["queue"] != nil {
		t.Errorf("without a queue: %d %v, want 200 and a null queue", code, out)
	}
	h.QueueStatus = func(context.Context) (any, error) { return map[string]int{"queued": 7}, nil }
	if _, out := decode("/api/status"); out["queue"].(map[string]any)["queued"] != 7.0 {
		t.Errorf("with a queue: %v", out)
	}
	h.QueueStatus = func(context.Context) (any, error) { return nil, errors.New("database gone") }
	if code, out := decode("/api/status"); code != 500 || out["error"].(map[string]any)["code"] != newsgraph.EINTERNAL {
		t.Errorf("a failing queue: %d %v, want a 500 error", code, out)
	}
}
