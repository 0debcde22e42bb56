package web_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/storetest"
	"github.com/newsgraph/newsgraph/web"
)

// eventServer serves the seeded store plus storetest's event article
// (article 3: Norland shelled Vesta on Monday, 2026-03-02; Vesta hosted
// envoys from Norland, as officials said, dated by the article, 2026-03-04)
// and an article whose one event's verb is hostile markup (article 4).
// It returns Norland's actor id.
func eventServer(t *testing.T) (*httptest.Server, int64) {
	t.Helper()
	store := seed(t)
	ctx := context.Background()
	if _, _, err := store.Put(ctx, storetest.EventArticle("ev", time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC), "2026-03-02")); err != nil {
		t.Fatal(err)
	}
	d := newsgraph.NewDoc(newsgraph.Metadata{}, []newsgraph.Block{{Kind: newsgraph.KindBody, Text: "Mallory " + hostile + " Trent."}})
	at := func(x string) newsgraph.Span {
		i := strings.Index(d.Text, x)
		return newsgraph.Span{Start: i, End: i + len(x)}
	}
	d.Sentences = []newsgraph.Sentence{{Span: newsgraph.Span{Start: 0, End: len(d.Text)}}}
	d.Events = []newsgraph.Event{{Type: "THREATEN", CAMEO: "130", QuadClass: 3, Verb: at(hostile), Timex: newsgraph.NoTimex,
		Actor:    []newsgraph.Participant{{Entity: newsgraph.NoEntity, Mention: at("Mallory")}},
		Modality: newsgraph.Hypothetical, ReportedBy: newsgraph.NoAttribution}}
	if _, _, err := store.Put(ctx, &newsgraph.Article{Hash: "hostile-event", Doc: d}); err != nil {
		t.Fatal(err)
	}
	actors, _, err := store.Actors(ctx, newsgraph.ActorFilter{Query: "Norland"})
	if err != nil || len(actors) != 1 {
		t.Fatalf("actor Norland: %+v, %v", actors, err)
	}
	h, err := web.New(store, nil)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv, actors[0].ID
}

func TestEventsAPI(t *testing.T) {
	srv, norland := eventServer(t)
	for _, c := range []struct {
		path  string
		code  int
		verbs string // the events' verbs, in order, or the error's words
	}{
		{"/api/events", 200, hostile + " hosted shelled"}, // the hostile article is undated: listed by today
		{fmt.Sprint("/api/events?actor=", norland), 200, "shelled"},
		{fmt.Sprint("/api/events?recipient=", norland), 200, "hosted"},
		{fmt.Sprint("/api/events?involving=", norland, "&limit=1&offset=1"), 200, "shelled"},
		{"/api/events?type=assault", 200, "shelled"},
		{"/api/events?type=CONSULT&from=2026-03-04&to=2026-03-04", 200, "hosted"},
		{"/api/events?to=2026-03-03", 200, "shelled"},
		{"/api/events?place=%C3%A6r%C3%B8", 200, "shelled"}, // ærø
		{"/api/events?article=3&type=threaten", 200, ""},
		{"/api/events?from=2026-13-01", 400, "from must be a date"},
		{"/api/events?to=last+week", 400, "to must be a date"},
		{"/api/events?type=BOMBARD", 400, "PLOVER event type"},
		{"/api/events?from=2026-03-05&to=2026-03-01", 400, "backwards"},
		{"/api/events?actor=Norland", 400, "actor must be a positive integer"},
		{"/api/events?place=" + strings.Repeat("x", 600), 400, "longer than"},
	} {
		code, body, _ := get(t, srv, c.path)
		var resp struct {
			Events []newsgraph.EventRecord
			Total  int
			Error  struct{ Message string }
		}
		if err := json.Unmarshal([]byte(body), &resp); err != nil || code != c.code {
			t.Errorf("GET %s: %d %s; want %d", c.path, code, body, c.code)
			continue
		}
		if code != 200 {
			if !strings.Contains(resp.Error.Message, c.verbs) {
				t.Errorf("GET %s: error %q, want one saying %q", c.path, resp.Error.Message, c.verbs)
			}
			continue
		}
		var verbs []string
		for _, e := range resp.Events {
			verbs = append(verbs, e.Verb.Text)
		}
		if got := strings.Join(verbs, " "); got != c.verbs || resp.Total < len(verbs) {
			t.Errorf("GET %s: verbs %q (total %d), want %q", c.path, got, resp.Total, c.verbs)
		}
	}
}

// An actor's JSON says what it did and what was done to it.
func TestActorAPIHasEvents(t *testing.T) {
	srv, norland := eventServer(t)
	code, body, _ := get(t, srv, fmt.Sprint("/api/actors/", norland))
	var a struct {
		Name     string
		QuotesBy []newsgraph.QuoteRecord `json:"quotes_by"`
		EventsBy []newsgraph.EventRecord `json:"events_by"`
		EventsOn []newsgraph.EventRecord `json:"events_on"`
		Roles    []newsgraph.ActorRole   `json:"roles"`
	}
	if err := json.Unmarshal([]byte(body), &a); err != nil || code != 200 {
		t.Fatalf("%d %s", code, body)
	}
	if a.Name != "Norland" || a.QuotesBy == nil || a.Roles == nil || len(a.EventsBy) != 1 || len(a.EventsOn) != 1 ||
		a.EventsBy[0].Verb.Text != "shelled" || a.EventsOn[0].Verb.Text != "hosted" || a.EventsOn[0].Recipient[0].ActorID != norland {
		t.Errorf("actor: %s", body)
	}
}

// The article page marks each event's verb, actors and recipients apart
// from the quotes' marks, and lists the events with links to the actors.
func TestArticlePageShowsEvents(t *testing.T) {
	srv, norland := eventServer(t)
	_, body, _ := get(t, srv, "/articles/3")
	for _, want := range []string{
		`<span class="ev ev-verb" title="ASSAULT · 194: shelled">shelled</span>`,
		`<span class="ev ev-actor" title="actor of ASSAULT · 194: shelled">`,
		`<span class="ev ev-recipient" title="recipient of ASSAULT · 194: shelled">`,
		// The second event lies inside the officials' quote: both marks.
		`<span class="content" title="officials"><span class="ev ev-verb" title="CONSULT (host) · 043: hosted">hosted</span></span>`,
		fmt.Sprintf(`<td><a href="/actors/%d">Norland</a></td><td class="ev-verb">shelled</td>`, norland),
		`<td>CONSULT (host) · 043</td><td class="modality modality-asserted">asserted</td><td>officials</td>`,
		`<td><time>2026-03-02</time></td>`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("article page lacks %s", want)
		}
	}
	code, body, hdr := get(t, srv, "/articles/4")
	if code != 200 || strings.Contains(body, "<script>") || strings.Contains(body, "<img src=x") ||
		!strings.Contains(body, `<span class="ev ev-verb" title="THREATEN · 130: &lt;script&gt;`) || !strings.Contains(body, "hypothetical") {
		t.Errorf("the hostile event's page: %d\n%s", code, body)
	}
	if csp := hdr.Get("Content-Security-Policy"); !strings.Contains(csp, "style-src 'self'") || strings.Contains(csp, "unsafe-inline") {
		t.Errorf("CSP %q", csp)
	}
}

// An actor's page lists what they did and what was done to them.
func TestActorPageListsEvents(t *testing.T) {
	srv, norland := eventServer(t)
	_, body, _ := get(t, srv, fmt.Sprint("/actors/", norland))
	did, done, ok := strings.Cut(body, "What was done to Norland")
	if !ok || !strings.Contains(did, "What Norland did") {
		t.Fatalf("no sections of events:\n%s", body)
	}
	did = did[strings.Index(did, "What Norland did"):]
	if !strings.Contains(did, `<strong class="ev-verb">shelled</strong>`) || strings.Contains(did, "hosted") ||
		!strings.Contains(did, "in Port Ærø") || !strings.Contains(did, "<time>2026-03-02</time>") {
		t.Errorf("what Norland did:\n%s", did)
	}
	done = done[:strings.Index(done, "</section>")]
	if !strings.Contains(done, `<strong class="ev-verb">hosted</strong>`) || !strings.Contains(done, "as officials reports it") ||
		!strings.Contains(done, "<time>2026-03-04</time>") || !strings.Contains(done, `href="/articles/3"`) {
		t.Errorf("what was done to Norland:\n%s", done)
	}
}

func TestOpenAPIEvents(t *testing.T) {
	srv, _ := eventServer(t)
	_, body, _ := get(t, srv, "/openapi.json")
	var doc struct {
		Paths      map[string]map[string]json.RawMessage
		Components struct{ Schemas map[string]json.RawMessage }
	}
	if err := json.Unmarshal([]byte(body), &doc); err != nil {
		t.Fatal(err)
	}
	events, ok := doc.Paths["/api/events"]["get"]
	if !ok || doc.Components.Schemas["Event"] == nil {
		t.Fatal("no /api/events or Event schema")
	}
	for _, p := range []string{`"actor"`, `"recipient"`, `"type"`, `"from"`, `"to"`, `"place"`, `"ASSAULT"`} {
		if !strings.Contains(string(events), p) {
			t.Errorf("/api/events lacks %s", p)
		}
	}
	if actor := string(doc.Paths["/api/actors/{id}"]["get"]); !strings.Contains(actor, "events_by") || !strings.Contains(actor, "events_on") {
		t.Error("/api/actors/{id} lacks its events")
	}
}
