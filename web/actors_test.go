package web_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/corpuslink"
	"github.com/newsgraph/newsgraph/web"
)

// actorServer serves the seeded store plus an article whose speaker's
// name carries markup, with the corpus linker, or none.
func actorServer(t *testing.T, linker newsgraph.Linker) (*httptest.Server, newsgraph.Store) {
	t.Helper()
	store := seed(t)
	d := newsgraph.NewDoc(newsgraph.Metadata{}, []newsgraph.Block{{Kind: newsgraph.KindBody, Text: "Ann <b>Bold</b> told Vladimir Putin: “No.”"}})
	at := func(x string) newsgraph.Span {
		i := strings.Index(d.Text, x)
		return newsgraph.Span{Start: i, End: i + len(x)}
	}
	src, to := at("Ann <b>Bold</b>"), at("Vladimir Putin")
	d.Mentions = []newsgraph.Mention{{Span: src, Kind: newsgraph.MentionName, Type: "PER", Entity: 0}, {Span: to, Kind: newsgraph.MentionName, Type: "PER", Entity: 1}}
	d.Entities = []newsgraph.Entity{{Type: "PER", Name: "Ann <b>Bold</b>", Mentions: []int{0}}, {Type: "PER", Name: "Vladimir Putin", Mentions: []int{1}}}
	d.Attributions = []newsgraph.Attribution{{Kind: newsgraph.Direct, Source: &src, Cue: at("told"), Content: at("“No.”"),
		Speaker:   &newsgraph.Referent{Entity: 0, Name: "Ann <b>Bold</b>", Mention: src},
		Addressee: &newsgraph.Referent{Entity: 1, Name: "Vladimir Putin", Mention: to}}}
	if _, _, err := store.Put(context.Background(), &newsgraph.Article{Hash: "c", Doc: d}); err != nil {
		t.Fatal(err)
	}
	h, err := web.New(store, nil)
	if err != nil {
		t.Fatal(err)
	}
	h.Linker = linker
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv, store
}

func post(t *testing.T, srv *httptest.Server, path, contentType, body string) (int, string) {
	t.Helper()
	resp, err := http.Post(srv.URL+path, contentType, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

func TestActorsAPI(t *testing.T) {
	srv, store := actorServer(t, corpuslink.Linker{})
	var list struct {
		Actors []newsgraph.ActorRecord
		Total  int
	}
	code, body, _ := get(t, srv, "/api/actors?q=putin&type=PER")
	if err := json.Unmarshal([]byte(body), &list); err != nil || code != 200 || list.Total != 1 {
		t.Fatalf("actors: %d %s", code, body)
	}
	putin := list.Actors[0]
	if putin.Name != "Vladimir Putin" || putin.Quotes != 1 || putin.Mentions != 2 {
		t.Errorf("Putin: %+v", putin)
	}
	var detail newsgraph.ActorDetail
	_, body, _ = get(t, srv, "/api/actors/"+itoa(putin.ID))
	if err := json.Unmarshal([]byte(body), &detail); err != nil || len(detail.QuotesBy) != 1 || len(detail.QuotesTo) != 1 ||
		detail.QuotesTo[0].Speaker.Name != "Ann <b>Bold</b>" {
		t.Errorf("detail: %s", body)
	}
	for _, c := range []struct {
		path string
		code int
		has  string
	}{
		{"/api/quotes?actor=" + itoa(putin.ID), 200, `"total":1`},
		{"/api/quotes?to_actor=" + itoa(putin.ID), 200, `"content":{"start"`},
		{"/api/quotes?actor=x", 400, `"code":"invalid"`},
		{"/api/actors/999", 404, `"code":"not_found"`},
	} {
		if code, body, _ := get(t, srv, c.path); code != c.code || !strings.Contains(body, c.has) {
			t.Errorf("GET %s: %d %s", c.path, code, body)
		}
	}
	// A correction over the API is recorded and re-links at once.
	ann, _, _ := store.Actors(context.Background(), newsgraph.ActorFilter{Query: "ann"})
	code, body = post(t, srv, "/api/actors/"+itoa(putin.ID)+"/merge", "application/json", `{"from":`+itoa(ann[0].ID)+`}`)
	if code != 200 || !strings.Contains(body, `"kind":"merge"`) || !strings.Contains(body, `"relink"`) {
		t.Fatalf("merge: %d %s", code, body)
	}
	_, body, _ = get(t, srv, "/api/actors/"+itoa(putin.ID))
	if !strings.Contains(body, `"quotes":2`) {
		t.Errorf("after the merge: %s", body)
	}
	for _, c := range []struct {
		path, ctype, body string
		code              int
	}{
		{"/api/actors/" + itoa(putin.ID) + "/merge", "application/json", `{"from":` + itoa(putin.ID) + `}`, 400},
		{"/api/actors/" + itoa(putin.ID) + "/split", "application/json", `{"name":"Nobody"}`, 400},
		{"/api/actors/" + itoa(putin.ID) + "/aliases", "application/json", `{"name":"V. Putin","extra":1}`, 400},
		{"/api/actors/" + itoa(putin.ID) + "/aliases", "text/plain", `{"name":"V. Putin"}`, 400},
		{"/api/actors/" + itoa(putin.ID) + "/aliases", "application/x-www-form-urlencoded", `name=V.+Putin`, 400},
		{"/api/actors/999/aliases", "application/json", `{"name":"X"}`, 404},
	} {
		if code, body := post(t, srv, c.path, c.ctype, c.body); code != c.code {
			t.Errorf("POST %s %s %s: %d %s, want %d", c.path, c.ctype, c.body, code, body, c.code)
		}
	}
	if cs, _ := store.Corrections(context.Background()); len(cs) != 1 {
		t.Errorf("refused corrections were stored: %+v", cs)
	}
}

func TestCorrectionsNeedALinker(t *testing.T) {
	srv, _ := actorServer(t, nil)
	if code, body := post(t, srv, "/api/actors/1/aliases", "application/json", `{"name":"X"}`); code != http.StatusConflict {
		t.Errorf("without a linker: %d %s", code, body)
	}
}

func TestActorPagesEscapeNames(t *testing.T) {
	srv, store := actorServer(t, nil)
	ann, _, _ := store.Actors(context.Background(), newsgraph.ActorFilter{Query: "ann"})
	putin, _, _ := store.Actors(context.Background(), newsgraph.ActorFilter{Query: "putin"})
	for _, path := range []string{"/actors", "/actors?q=%3Cb%3E", "/actors/" + itoa(ann[0].ID), "/actors/" + itoa(putin[0].ID)} {
		code, body, _ := get(t, srv, path)
		if code != 200 || strings.Contains(body, "<b>Bold") {
			t.Errorf("GET %s: %d, markup unescaped: %v", path, code, strings.Contains(body, "<b>Bold"))
		}
	}
	_, body, _ := get(t, srv, "/actors/"+itoa(putin[0].ID))
	for _, want := range []string{"Who addresses Vladimir Putin", `href="/actors/` + itoa(ann[0].ID) + `"`, "An old friend"} {
		if !strings.Contains(body, want) {
			t.Errorf("Putin's page lacks %q", want)
		}
	}
	if code, _, _ := get(t, srv, "/actors/4242"); code != 404 {
		t.Errorf("missing actor page: %d", code)
	}
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }
