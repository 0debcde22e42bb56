package web_test

import (
	"context"
	"encoding/json"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/web"
)

// typedServer serves the seeded store (Putin's and Eve's quotes,
// untyped) plus three quotes by Ann Lee: a statement scored 0.82, a
// stance scored 0.40 and an untyped one. It returns Ann's actor and
// entity ids.
func typedServer(t *testing.T) (srv *httptest.Server, actor, entity int64) {
	t.Helper()
	store := seed(t)
	put := func(hash, cue, quote string, typ newsgraph.AttributionType, confidence float64, day int) {
		d := newsgraph.NewDoc(newsgraph.Metadata{Published: time.Date(2026, 4, day, 0, 0, 0, 0, time.UTC)},
			[]newsgraph.Block{{Kind: newsgraph.KindTitle, Text: "Port " + hash}, {Kind: newsgraph.KindBody, Text: "Ann Lee " + cue + ": “" + quote + "”"}})
		at := func(x string) newsgraph.Span {
			i := strings.Index(d.Text, x)
			return newsgraph.Span{Start: i, End: i + len(x)}
		}
		src := at("Ann Lee")
		d.Mentions = []newsgraph.Mention{{Span: src, Kind: newsgraph.MentionName, Type: "PER", Entity: newsgraph.NoEntity}}
		d.Attributions = []newsgraph.Attribution{{Kind: newsgraph.Direct, Type: typ, Confidence: confidence, Source: &src, Cue: at(cue),
			Content: at("“" + quote + "”"), Speaker: &newsgraph.Referent{Entity: newsgraph.NoEntity, Name: "Ann Lee", Mention: src}}}
		if _, _, err := store.Put(context.Background(), &newsgraph.Article{Hash: hash, Doc: d}); err != nil {
			t.Fatal(err)
		}
	}
	put("s", "said", "The port opens Monday.", newsgraph.Statement, 0.82, 1)
	put("t", "criticised the plan", "The plan is reckless.", newsgraph.Stance, 0.4, 2)
	put("u", "wrote", "Untyped words.", "", 0, 3)
	quotes, _, err := store.Quotes(context.Background(), newsgraph.QuoteFilter{Speaker: "ann lee"})
	if err != nil || len(quotes) != 3 {
		t.Fatalf("Ann's quotes: %+v, %v", quotes, err)
	}
	h, err := web.New(store, nil)
	if err != nil {
		t.Fatal(err)
	}
	srv = httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv, quotes[0].Speaker.ActorID, quotes[0].Speaker.EntityID
}

const (
	statementQuote = "The port opens Monday."
	stanceQuote    = "The plan is reckless."
	untypedQuote   = "Untyped words."
)

// A speaker's page lists their statements by default, each type on
// request, and every quote under All; the row of types counts each, marks
// the one shown and leaves out the types they have none of.
func TestSpeakerPagesListStatementsFirst(t *testing.T) {
	srv, actor, entity := typedServer(t)
	for _, page := range []string{"/actors/" + itoa(actor), "/speakers/" + itoa(entity), "/entities/" + itoa(entity)} {
		for _, c := range []struct {
			query     string
			has, lack []string
		}{
			{"", []string{statementQuote, "statement · 0.82", `<strong aria-current="page">Statements (1)</strong>`,
				`<a href="?type=stance">Stances (1)</a>`, `<a href="?type=all">All (3)</a>`, `name="type" value="statement"`},
				[]string{stanceQuote, untypedQuote, "Beliefs", "Perceptions"}},
			{"?type=stance", []string{stanceQuote, "stance · 0.40", `<strong aria-current="page">Stances (1)</strong>`, `<a href="?type=statement">Statements (1)</a>`},
				[]string{statementQuote, untypedQuote}},
			{"?type=all", []string{statementQuote, stanceQuote, untypedQuote, `>untyped</span>`, `<strong aria-current="page">All (3)</strong>`}, nil},
			// Above 0.5 the stance is hidden, and the links keep the threshold.
			{"?type=all&min_confidence=0.5", []string{statementQuote, untypedQuote, `href="?min_confidence=0.5&amp;type=statement"`, `All (2)`, `value="0.5"`},
				[]string{stanceQuote, "Stances"}},
		} {
			code, body, _ := get(t, srv, page+c.query)
			if code != 200 {
				t.Errorf("GET %s%s: %d", page, c.query, code)
				continue
			}
			for _, s := range c.has {
				if !strings.Contains(body, s) {
					t.Errorf("GET %s%s lacks %q", page, c.query, s)
				}
			}
			for _, s := range c.lack {
				if strings.Contains(body, s) {
					t.Errorf("GET %s%s shows %q", page, c.query, s)
				}
			}
		}
		for _, q := range []string{"?type=opinion", "?type=%3Cb%3E", "?min_confidence=2", "?min_confidence=x"} {
			if code, body, _ := get(t, srv, page+q); code != 400 || strings.Contains(body, "<b>") {
				t.Errorf("GET %s%s: %d, want 400", page, q, code)
			}
		}
	}
}

// A speaker with no statements (here, only quotes stored untyped) is
// shown every quote, not an empty list.
func TestSpeakerWithoutStatementsShowsAll(t *testing.T) {
	srv, _, _ := typedServer(t)
	code, body, _ := get(t, srv, "/speakers/1") // Vladimir Putin, the seed's first entity
	if code != 200 || !strings.Contains(body, "An old friend") || !strings.Contains(body, `<strong aria-current="page">All (1)</strong>`) ||
		strings.Contains(body, "Statements (") {
		t.Errorf("Putin's page: %d\n%s", code, body)
	}
}

func TestQuoteTypesAPI(t *testing.T) {
	srv, actor, entity := typedServer(t)
	var list struct {
		Quotes []newsgraph.QuoteRecord
		Total  int
	}
	code, body, _ := get(t, srv, "/api/quotes?type=stance")
	if err := json.Unmarshal([]byte(body), &list); err != nil || code != 200 || list.Total != 1 ||
		list.Quotes[0].Type != "stance" || list.Quotes[0].Confidence != 0.4 || !strings.Contains(body, `"type":"stance","confidence":0.4`) {
		t.Fatalf("type=stance: %d %s", code, body)
	}
	for _, c := range []struct {
		path string
		code int
		has  string
	}{
		{"/api/quotes?type=statement,stance", 200, `"total":2`},
		{"/api/quotes?type=statement&type=+stance", 200, `"total":2`},
		{"/api/quotes?type=statement&type=statement", 200, `"total":1`},
		{"/api/quotes?type=", 200, `"total":5`},
		{"/api/quotes?type=opinion", 400, `unknown quote type \"opinion\": the types are statement, stance, belief, intention, perception, other`},
		{"/api/quotes?type=statement,all", 400, `"code":"invalid"`},
		{"/api/quotes?min_confidence=0.5", 200, `"total":4`}, // the stance hidden; unscored quotes kept
		{"/api/quotes?min_confidence=0.5&type=stance", 200, `"total":0`},
		{"/api/quotes?min_confidence=1", 200, `"total":3`},
		{"/api/quotes?min_confidence=1.5", 400, `min_confidence must be a number from 0 to 1`},
		{"/api/quotes?min_confidence=-1", 400, `"code":"invalid"`},
		{"/api/quotes?min_confidence=NaN", 400, `"code":"invalid"`},
		{"/api/quotes?min_confidence=x", 400, `"code":"invalid"`},
		{"/api/quotes?speaker=putin", 200, `"type":""`}, // untyped, and unscored: no confidence
		{"/api/actors/" + itoa(actor), 200, `"type":"statement","confidence":0.82`},
		{"/api/entities/" + itoa(entity), 200, `"type":"stance","confidence":0.4`},
	} {
		if code, body, _ := get(t, srv, c.path); code != c.code || !strings.Contains(body, c.has) {
			t.Errorf("GET %s: %d %s; want %d with %s", c.path, code, body, c.code, c.has)
		}
	}
	if _, body, _ := get(t, srv, "/api/quotes?speaker=putin"); strings.Contains(body, `"confidence"`) {
		t.Errorf("an unscored quote carries a confidence: %s", body)
	}
}

// Search results hide the scored quotes below a threshold too, and the
// article page labels each attribution with its type.
func TestSearchHidesBelowAndArticleShowsTypes(t *testing.T) {
	srv, _, _ := typedServer(t)
	if _, body, _ := get(t, srv, "/search?q=reckless"); !strings.Contains(body, "stance · 0.40") || !strings.Contains(body, `name="min_confidence"`) {
		t.Errorf("search for reckless lacks the stance or the hide-below form")
	}
	if _, body, _ := get(t, srv, "/search?q=reckless&min_confidence=0.5"); strings.Contains(body, "stance · 0.40") || !strings.Contains(body, `value="0.5"`) {
		t.Errorf("search above 0.5 shows the stance scored 0.40")
	}
	if code, _, _ := get(t, srv, "/search?q=reckless&min_confidence=7"); code != 400 {
		t.Errorf("search with min_confidence=7: %d", code)
	}
	_, body, _ := get(t, srv, "/articles/3") // Ann's statement
	if !strings.Contains(body, "<th>type</th>") || !strings.Contains(body, "statement · 0.82") {
		t.Errorf("the article's attributions lack their type")
	}
}

// The OpenAPI document describes the quote filters with the types the
// store knows, and quotes with their type and confidence.
func TestOpenAPIQuoteTypes(t *testing.T) {
	srv := newServer(t)
	_, body, _ := get(t, srv, "/openapi.json")
	var doc openAPIDoc
	if err := json.Unmarshal([]byte(body), &doc); err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, typ := range newsgraph.AttributionTypes {
		want = append(want, string(typ))
	}
	params := map[string][]string{}
	for _, p := range doc.Paths["/api/quotes"].Get.Parameters {
		params[p.Name] = p.Schema.Items.Enum
	}
	if got, ok := params["type"]; !ok || strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("type parameter: %q, want %q", got, want)
	}
	if _, ok := params["min_confidence"]; !ok {
		t.Error("no min_confidence parameter")
	}
	quote := doc.Components.Schemas["Quote"].Properties
	if quote["type"] == nil || quote["confidence"] == nil {
		t.Errorf("Quote lacks type or confidence: %v", quote)
	}
}
