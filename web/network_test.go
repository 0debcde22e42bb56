package web_test

import (
	"context"
	"encoding/json"
	"html"
	"net/http/httptest"
	"path/filepath"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/storetest"
	"github.com/newsgraph/newsgraph/sqlite"
	"github.com/newsgraph/newsgraph/web"
)

// hostileName is an actor's name that must stay text wherever it is drawn.
const hostileName = `<script>alert(1)</script>"&`

// networkServer serves storetest.NetworkCorpus, plus an article in which
// an actor with a hostile name tells Bo Rusk about Norland, and returns
// the store and the actors by name.
func networkServer(t testing.TB) (*httptest.Server, newsgraph.Store, map[string]int64) {
	t.Helper()
	s, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "ng.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	storetest.NetworkCorpus(t, s)
	if _, _, err := s.Put(context.Background(), storetest.TellArticle("x", hostileName, "Bo Rusk", "Norland", time.Date(2026, 3, 9, 0, 0, 0, 0, time.UTC))); err != nil {
		t.Fatal(err)
	}
	actors, _, err := s.Actors(context.Background(), newsgraph.ActorFilter{Page: newsgraph.Page{Limit: 100}})
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]int64{}
	for _, a := range actors {
		ids[a.Name] = a.ID
	}
	h, err := web.New(s, nil)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv, s, ids
}

// svgBars are the timeline's bars on a page: each link and its title.
var svgBars = regexp.MustCompile(`<a href="([^"]*)"><rect class="bar bar-(\w+)"[^>]*><title>([^<]*): (\d+) [^<]*</title>`)

// The actor page draws a bar segment for each count of the store's
// timeline; each leads to a list holding as many items as it counts.
func TestActorTimeline(t *testing.T) {
	srv, store, ids := networkServer(t)
	ann := ids["Ann Vale"]
	points, err := store.Timeline(context.Background(), newsgraph.TimelineFilter{Actor: ann})
	if err != nil {
		t.Fatal(err)
	}
	segments := 0
	for _, p := range points {
		for _, n := range []int{p.Said, p.Addressed, p.Did, p.DoneTo} {
			if n > 0 {
				segments++
			}
		}
	}
	code, body, _ := get(t, srv, "/actors/"+itoa(ann))
	bars := svgBars.FindAllStringSubmatch(body, -1)
	if code != 200 || !strings.Contains(body, `<svg class="timeline"`) || len(bars) != segments || segments == 0 {
		t.Fatalf("actor page: %d, %d bars for %d counts", code, len(bars), segments)
	}
	for _, bar := range bars {
		link := html.UnescapeString(bar[1])
		if !strings.HasPrefix(link, "/quotes?") && !strings.HasPrefix(link, "/events?") || !strings.Contains(link, "="+itoa(ann)) {
			t.Errorf("bar %s leads to %s", bar[3], link)
			continue
		}
		var list struct{ Total int }
		_, js, _ := get(t, srv, "/api"+link)
		if err := json.Unmarshal([]byte(js), &list); err != nil || strconv.Itoa(list.Total) != bar[4] {
			t.Errorf("bar %q (%s) counts %s, its list %s holds %d", bar[3], bar[2], bar[4], link, list.Total)
		}
	}
	var api struct {
		Bucket string
		Points []newsgraph.TimelinePoint
	}
	_, js, _ := get(t, srv, "/api/actors/"+itoa(ann)+"/timeline?bucket=week")
	weeks, _ := store.Timeline(context.Background(), newsgraph.TimelineFilter{Actor: ann, Bucket: newsgraph.BucketWeek})
	if err := json.Unmarshal([]byte(js), &api); err != nil || api.Bucket != "week" || !reflect.DeepEqual(api.Points, weeks) {
		t.Errorf("timeline API by week: %s", js)
	}
	code, body, _ = get(t, srv, "/actors/"+itoa(ids["Lakeside"]))
	if code != 200 || strings.Contains(body, `<svg class="timeline"`) || !strings.Contains(body, "Nothing dated yet") {
		t.Errorf("Lakeside's page draws a timeline of nothing: %d", code)
	}
}

// svgNodes are a network's nodes: link, then title.
var svgNodes = regexp.MustCompile(`<a href="(/actors/\d+)" class="node[^"]*"><circle [^>]*><title>([^<]*)</title>`)

// The network pages draw a circle per node and a path per edge of the
// store's network, nodes linked to their actors, names inert.
func TestNetworkPages(t *testing.T) {
	srv, store, ids := networkServer(t)
	for _, c := range []struct {
		path string
		f    newsgraph.NetworkFilter
	}{
		{"/network", newsgraph.NetworkFilter{}},
		{"/network?from=2026-03-10&kind=acts&kind=addresses", newsgraph.NetworkFilter{From: day(t, "2026-03-10"), Kinds: []string{"acts", "addresses"}}},
		{"/network?limit=3", newsgraph.NetworkFilter{Limit: 3}},
		{"/actors/" + itoa(ids["Bo Rusk"]) + "/network", newsgraph.NetworkFilter{Actor: ids["Bo Rusk"]}},
	} {
		want, err := store.Network(context.Background(), c.f)
		if err != nil {
			t.Fatal(err)
		}
		code, body, _ := get(t, srv, c.path)
		nodes := svgNodes.FindAllStringSubmatch(body, -1)
		if code != 200 || len(nodes) != len(want.Nodes) || strings.Count(body, `<path class="edge`) != len(want.Edges) {
			t.Errorf("%s: %d, %d nodes and %d edges drawn, the store has %d and %d", c.path, code, len(nodes),
				strings.Count(body, `<path class="edge`), len(want.Nodes), len(want.Edges))
			continue
		}
		for i, n := range nodes {
			if n[1] != "/actors/"+itoa(want.Nodes[i].ActorID) || !strings.HasPrefix(html.UnescapeString(n[2]), want.Nodes[i].Name+" (") {
				t.Errorf("%s: node %d is %q, want %+v", c.path, i, n[1:], want.Nodes[i])
			}
		}
		if strings.Contains(body, hostileName) || strings.Contains(body, "<script>") {
			t.Errorf("%s: the hostile name reached the page unescaped", c.path)
		}
		var api newsgraph.Network
		_, js, _ := get(t, srv, "/api"+c.path)
		if err := json.Unmarshal([]byte(js), &api); err != nil || !reflect.DeepEqual(&api, want) {
			t.Errorf("/api%s: %s", c.path, js)
		}
	}
	_, body, _ := get(t, srv, "/network")
	if !strings.Contains(body, "&lt;script&gt;alert(1)&lt;/script&gt;") {
		t.Errorf("the hostile name is not shown as text")
	}
	code, body, _ := get(t, srv, "/actors/"+itoa(ids["Bo Rusk"]))
	if code != 200 || !strings.Contains(body, `<svg class="network network-small"`) || !strings.Contains(body, `href="/actors/`+itoa(ids["Bo Rusk"])+`/network"`) {
		t.Errorf("Bo's page has no network panel linking to his network: %d", code)
	}
}

func TestNetworkBadQueries(t *testing.T) {
	srv, _, ids := networkServer(t)
	ann := itoa(ids["Ann Vale"])
	for _, c := range []struct {
		path string
		code int
	}{
		{"/network?from=yesterday", 400},
		{"/network?from=2026-03-05&to=2026-03-01", 400},
		{"/network?limit=0", 400},
		{"/network?limit=100000", 400},
		{"/network?kind=likes", 400},
		{"/actors/" + ann + "/network?to=2026-02-30", 400},
		{"/actors/" + ann + "?from=soon", 400},
		{"/actors/" + ann + "?bucket=month", 400},
		{"/actors/99999/network", 404},
		{"/api/network?to=03/05/2026", 400},
		{"/api/actors/" + ann + "/network?kind=acts,likes", 400},
		{"/api/actors/" + ann + "/timeline?bucket=year", 400},
		{"/api/actors/" + ann + "/timeline?from=2026-3-1", 400},
		{"/api/actors/99999/timeline", 404},
		{"/api/actors/abc/timeline", 400},
		{"/api/actors/" + ann + "/timeline?from=2026-03-01&to=2026-03-31&bucket=day", 200},
	} {
		if code, body, _ := get(t, srv, c.path); code != c.code {
			t.Errorf("GET %s: %d %s, want %d", c.path, code, body, c.code)
		}
	}
}

// Whatever query the network and timeline views get, they answer 200 or
// 400, never a server error.
func FuzzNetworkQuery(f *testing.F) {
	srv, _, ids := networkServer(f)
	h := srv.Config.Handler
	for _, q := range []string{"from=2026-03-01&to=2026-03-31", "kind=acts&kind=mentions,addresses&limit=2", "bucket=week&from=2026-01-01",
		"to=2026-03-01&from=2026-03-05", "limit=-1", "kind=%00", "bucket=day&from=1900-01-01&to=2400-12-31", "limit=99999999999999999999"} {
		f.Add(q)
	}
	ann := itoa(ids["Ann Vale"])
	paths := []string{"/api/network", "/network", "/api/actors/" + ann + "/timeline", "/api/actors/" + ann + "/network", "/actors/" + ann, "/actors/" + ann + "/network"}
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

func day(t *testing.T, s string) time.Time {
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// The API document describes the timeline and network endpoints.
func TestOpenAPINetwork(t *testing.T) {
	srv := newServer(t)
	_, body, _ := get(t, srv, "/openapi.json")
	var doc struct {
		Paths map[string]struct{ Get json.RawMessage }
		// The schemas the paths refer to, by name.
		Components struct{ Schemas map[string]any }
	}
	if err := json.Unmarshal([]byte(body), &doc); err != nil {
		t.Fatal(err)
	}
	for path, params := range map[string][]string{
		"/api/actors/{id}/timeline": {`"from"`, `"to"`, `"bucket"`, `"week"`},
		"/api/actors/{id}/network":  {`"from"`, `"to"`, `"kind"`, `"limit"`},
		"/api/network":              {`"from"`, `"to"`, `"kind"`, `"limit"`},
	} {
		for _, p := range params {
			if !strings.Contains(string(doc.Paths[path].Get), p) {
				t.Errorf("%s lacks %s", path, p)
			}
		}
	}
	if doc.Components.Schemas["TimelinePoint"] == nil || doc.Components.Schemas["Network"] == nil {
		t.Error("no TimelinePoint or Network schema")
	}
}
