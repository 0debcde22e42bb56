package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/export"
	"github.com/newsgraph/newsgraph/sqlite"
)

// invented articles, in HTML so that each has an outlet and a date; the
// second outlet's name and title begin as spreadsheet formulas would.
var exportPages = map[string]string{
	"fares.html": page("Ferry fares rise in Calderra", "Harbour Gazette", "2026-03-02",
		"The ferry company of Calderra raised its fares on Monday for the second time this year.",
		"“We had no choice, because fuel costs doubled,” said Marta Quell, the company's director.",
		"Commuters were angry. “They take a day's pay from us every week,” said Ivo Brandt, a nurse who crosses daily."),
	"pier.html": page("+1 pier for Calderra, council says", "=Coast Herald", "2026-03-05",
		"The council of Calderra voted on Thursday to build a new pier for the ferry company.",
		"“This pier will carry the town for fifty years,” said Marta Quell, who attended the vote.",
		"Councillor Jonas Pell said the cost was too high and that the town should wait another year."),
}

func page(title, site, date string, paragraphs ...string) string {
	return `<!DOCTYPE html><html><head><title>` + title + `</title><meta property="og:site_name" content="` + site + `">` +
		`<meta property="article:published_time" content="` + date + `T09:00:00Z"></head><body><article><h1>` + title +
		`</h1><p>` + strings.Join(paragraphs, `</p><p>`) + `</p></article></body></html>`
}

// ingestedDB ingests exportPages into a new SQLite file and returns its
// path and the store, open for the test to compare with.
func ingestedDB(t *testing.T) (string, newsgraph.Store) {
	t.Helper()
	dir := t.TempDir()
	args := []string{"ingest", "--db", filepath.Join(dir, "x.db"), "--workers", "1"}
	for name, html := range exportPages {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(html), 0o600); err != nil {
			t.Fatal(err)
		}
		args = append(args, filepath.Join(dir, name))
	}
	if _, stderr, err := run(t, "", args...); err != nil {
		t.Fatalf("%v: %s", err, stderr)
	}
	s, err := sqlite.Open(context.Background(), args[2])
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return args[2], s
}

// csvExport runs an export as CSV and returns its rows as maps by column,
// checking the header against the table's columns.
func csvExport(t *testing.T, columns []string, args ...string) []map[string]string {
	t.Helper()
	out, stderr, err := run(t, "", append([]string{"export"}, append(args, "--format", "csv")...)...)
	if err != nil {
		t.Fatalf("%q: %v: %s", args, err, stderr)
	}
	header, rows, err := export.ReadCSV(strings.NewReader(out))
	if err != nil || !slices.Equal(header, columns) {
		t.Fatalf("%q: header %q, %v", args, header, err)
	}
	return rows
}

// jsonlExport runs an export as JSON Lines and decodes each line.
func jsonlExport[T any](t *testing.T, args ...string) []T {
	t.Helper()
	out, stderr, err := run(t, "", append([]string{"export"}, append(args, "--format", "jsonl")...)...)
	if err != nil {
		t.Fatalf("%q: %v: %s", args, err, stderr)
	}
	var items []T
	for _, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		if line == "" {
			continue
		}
		var v T
		if err := json.Unmarshal([]byte(line), &v); err != nil {
			t.Fatalf("%v: %s", err, line)
		}
		items = append(items, v)
	}
	return items
}

// Quotes come out as the store lists them, filters honoured, in both
// formats, and a formula-like outlet is disarmed in the CSV only.
func TestExportQuotes(t *testing.T) {
	db, s := ingestedDB(t)
	for _, c := range []struct {
		args []string
		f    newsgraph.QuoteFilter
	}{
		{nil, newsgraph.QuoteFilter{}},
		{[]string{"--speaker", "quell"}, newsgraph.QuoteFilter{Speaker: "quell"}},
		{[]string{"--site", "=Coast Herald"}, newsgraph.QuoteFilter{Site: "=Coast Herald"}},
		{[]string{"--from", "2026-03-03", "--min-confidence", "0.5"}, newsgraph.QuoteFilter{From: time.Date(2026, 3, 3, 0, 0, 0, 0, time.UTC), MinConfidence: 0.5}},
	} {
		c.f.Limit = 100
		want, total, err := s.Quotes(context.Background(), c.f)
		if err != nil || total == 0 {
			t.Fatalf("%+v: %d quotes, %v; the test needs some", c.f, total, err)
		}
		args := append([]string{"quotes", "--db", db}, c.args...)
		rows := csvExport(t, export.Quotes.Columns, args...)
		lines := jsonlExport[newsgraph.QuoteRecord](t, args...)
		if len(rows) != total || len(lines) != total {
			t.Errorf("%q: %d rows and %d lines, the list has %d", c.args, len(rows), len(lines), total)
			continue
		}
		slices.SortFunc(want, func(a, b newsgraph.QuoteRecord) int { return int(a.ID - b.ID) })
		for i, q := range want {
			r := rows[i]
			if r["id"] != strconv.FormatInt(q.ID, 10) || r["speaker"] != export.Cell(q.Speaker.Name) || r["content"] != export.Cell(q.Content.Text) ||
				r["article_title"] != export.Cell(q.Article.Title) || r["date"] != q.Article.Published.Format("2006-01-02") ||
				r["start"] != strconv.Itoa(q.Content.Start) || r["outlet"] != export.Cell(q.Article.Site) {
				t.Errorf("%q: row %v, quote %+v", c.args, r, q)
			}
			if lines[i].ID != q.ID || lines[i].Article.Site != q.Article.Site || lines[i].Content != q.Content {
				t.Errorf("%q: line %+v, quote %+v", c.args, lines[i], q)
			}
		}
	}
	rows := csvExport(t, export.Quotes.Columns, "quotes", "--db", db, "--site", "=Coast Herald")
	if rows[0]["outlet"] != "'=Coast Herald" || rows[0]["article_title"] != "'+1 pier for Calderra, council says" {
		t.Errorf("outlet %q, title %q: a formula-like cell needs its leading quote", rows[0]["outlet"], rows[0]["article_title"])
	}
}

// Articles come out as the store lists them, a search's words and the
// outlet honoured.
func TestExportArticles(t *testing.T) {
	db, s := ingestedDB(t)
	for _, c := range []struct {
		args []string
		f    newsgraph.ArticleFilter
	}{
		{nil, newsgraph.ArticleFilter{}},
		{[]string{"--q", "pier"}, newsgraph.ArticleFilter{Query: "pier"}},
		{[]string{"--site", "Harbour Gazette", "--to", "2026-03-31"}, newsgraph.ArticleFilter{Site: "Harbour Gazette", To: time.Date(2026, 3, 31, 0, 0, 0, 0, time.UTC)}},
	} {
		c.f.Limit = 100
		hits, total, err := s.FindArticles(context.Background(), c.f)
		if err != nil || total == 0 {
			t.Fatalf("%+v: %d articles, %v; the test needs some", c.f, total, err)
		}
		args := append([]string{"articles", "--db", db}, c.args...)
		rows := csvExport(t, export.Articles.Columns, args...)
		lines := jsonlExport[newsgraph.ArticleSummary](t, args...)
		if len(rows) != total || len(lines) != total {
			t.Fatalf("%q: %d rows and %d lines, the list has %d", c.args, len(rows), len(lines), total)
		}
		slices.SortFunc(hits, func(a, b newsgraph.SearchHit) int { return int(a.Article.ID - b.Article.ID) })
		for i, h := range hits {
			a := h.Article
			if r := rows[i]; r["id"] != strconv.FormatInt(a.ID, 10) || r["title"] != export.Cell(a.Title) || r["quotes"] != strconv.Itoa(a.Quotes) ||
				r["outlet"] != export.Cell(a.Site) || r["date"] != a.Published.Format("2006-01-02") || lines[i] != a {
				t.Errorf("%q: row %v, line %+v, article %+v", c.args, r, lines[i], a)
			}
		}
	}
}

// Actors come out as the store lists them, by type and by name.
func TestExportActors(t *testing.T) {
	db, s := ingestedDB(t)
	for _, c := range []struct {
		args []string
		f    newsgraph.ActorFilter
	}{
		{nil, newsgraph.ActorFilter{}},
		{[]string{"--type", "per"}, newsgraph.ActorFilter{Type: "per"}},
		{[]string{"--name", "QUELL"}, newsgraph.ActorFilter{Query: "QUELL"}},
	} {
		c.f.Limit = 100
		want, total, err := s.Actors(context.Background(), c.f)
		if err != nil || total == 0 {
			t.Fatalf("%+v: %d actors, %v; the test needs some", c.f, total, err)
		}
		args := append([]string{"actors", "--db", db}, c.args...)
		rows := csvExport(t, export.Actors.Columns, args...)
		lines := jsonlExport[newsgraph.ActorRecord](t, args...)
		if len(rows) != total || len(lines) != total {
			t.Fatalf("%q: %d rows and %d lines, the list has %d", c.args, len(rows), len(lines), total)
		}
		slices.SortFunc(want, func(a, b newsgraph.ActorRecord) int { return int(a.ID - b.ID) })
		for i, a := range want {
			if r := rows[i]; r["id"] != strconv.FormatInt(a.ID, 10) || r["name"] != export.Cell(a.Name) || r["type"] != a.Type ||
				r["aliases"] != strings.Join(a.Aliases, "; ") || r["mentions"] != strconv.Itoa(a.Mentions) || lines[i].Key != a.Key {
				t.Errorf("%q: row %v, line %+v, actor %+v", c.args, r, lines[i], a)
			}
		}
	}
}

// Stories come out as the store lists them, each with its top actors.
func TestExportStories(t *testing.T) {
	db, s := ingestedDB(t)
	for _, c := range []struct {
		args []string
		f    newsgraph.StoryFilter
	}{
		{nil, newsgraph.StoryFilter{}},
		{[]string{"--site", "Harbour Gazette"}, newsgraph.StoryFilter{Site: "Harbour Gazette"}},
		{[]string{"--q", "pier", "--from", "2026-03-04"}, newsgraph.StoryFilter{Query: "pier", From: time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC)}},
	} {
		c.f.Limit = 100
		want, total, err := s.Stories(context.Background(), c.f)
		if err != nil || total == 0 {
			t.Fatalf("%+v: %d stories, %v; the test needs some", c.f, total, err)
		}
		args := append([]string{"stories", "--db", db}, c.args...)
		rows := csvExport(t, export.Stories.Columns, args...)
		lines := jsonlExport[newsgraph.StoryRow](t, args...)
		if len(rows) != total || len(lines) != total {
			t.Fatalf("%q: %d rows and %d lines, the list has %d", c.args, len(rows), len(lines), total)
		}
		slices.SortFunc(want, func(a, b newsgraph.StoryRecord) int { return int(a.ID - b.ID) })
		for i, st := range want {
			d, err := s.Story(context.Background(), st.ID)
			if err != nil || len(d.Actors) == 0 {
				t.Fatalf("story %d: %v, no actors", st.ID, err)
			}
			if r := rows[i]; r["id"] != strconv.FormatInt(st.ID, 10) || r["title"] != export.Cell(st.Title) ||
				r["articles"] != strconv.Itoa(st.Articles) || !strings.HasPrefix(r["top_actors"], export.Cell(d.Actors[0].Name)) ||
				lines[i].ID != st.ID || len(lines[i].TopActors) == 0 || lines[i].TopActors[0] != d.Actors[0] {
				t.Errorf("%q: row %v, line %+v, story %+v", c.args, r, lines[i], st)
			}
		}
	}
}

// --out writes the file and nothing to standard output; an export that
// fails leaves no file behind, and bad flags are refused by name.
func TestExportOutAndBadFlags(t *testing.T) {
	db, _ := ingestedDB(t)
	file := filepath.Join(t.TempDir(), "q.csv")
	out, _, err := run(t, "", "export", "quotes", "--db", db, "--out", file)
	body, rerr := os.ReadFile(file)
	if err != nil || rerr != nil || out != "" || !strings.HasPrefix(string(body), strings.Join(export.Quotes.Columns, ",")+"\n") ||
		strings.Count(string(body), "\n") < 2 {
		t.Errorf("--out: %v, %v, stdout %q, file %q", err, rerr, out, body)
	}
	for _, c := range []struct {
		args []string
		says string
	}{
		{[]string{"quotes", "--format", "xlsx"}, "--format"},
		{[]string{"actors", "--format", "tsv"}, "--format"},
		{[]string{"quotes", "--type", "rumour"}, "unknown quote type"},
		{[]string{"quotes", "--min-confidence", "3"}, "confidence"},
		{[]string{"articles", "--from", "2026-04-01", "--to", "2026-03-01"}, "backwards"},
		{[]string{"articles", "--actor", "Quell"}, "--actor"},
		{[]string{"quotes", "--out", filepath.Join(t.TempDir(), "no", "such", "dir.csv")}, "no such file"},
	} {
		_, _, err := run(t, "", append([]string{"export"}, append(c.args, "--db", db)...)...)
		if err == nil || !strings.Contains(err.Error(), c.says) {
			t.Errorf("%q: %v, want an error saying %q", c.args, err, c.says)
		}
	}
	bad := filepath.Join(t.TempDir(), "bad.csv")
	if _, _, err := run(t, "", "export", "quotes", "--db", db, "--type", "rumour", "--out", bad); err == nil {
		t.Error("a refused filter exported")
	}
	if _, err := os.Stat(bad); !os.IsNotExist(err) {
		t.Errorf("a failed export left %s: %v", bad, err)
	}
	if _, _, err := run(t, "", "export", "quotes", "--db", filepath.Join(t.TempDir(), "typo.db")); err == nil {
		t.Error("a database that does not exist was opened")
	}
}
