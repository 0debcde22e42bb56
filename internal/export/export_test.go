package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph"
)

func TestCellDisarmsFormulas(t *testing.T) {
	for in, want := range map[string]string{
		"=HYPERLINK(\"http://x\")": "'=HYPERLINK(\"http://x\")",
		"+1+1":                     "'+1+1",
		"-2+3":                     "'-2+3",
		"@SUM(A1)":                 "'@SUM(A1)",
		"\t=1":                     "'\t=1",
		"\r=1":                     "'\r=1",
		"-":                        "'-",
		"-3.5":                     "-3.5",
		"+7":                       "+7",
		"-1.2.3":                   "'-1.2.3",
		"a=1":                      "a=1",
		"":                         "",
		"“Quoted”":                 "“Quoted”",
	} {
		if got := Cell(in); got != want {
			t.Errorf("Cell(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestParseFormat(t *testing.T) {
	for in, want := range map[string]Format{"csv": CSV, " JSONL ": JSONL} {
		if f, err := ParseFormat(in); err != nil || f != want {
			t.Errorf("ParseFormat(%q) = %q, %v", in, f, err)
		}
	}
	for _, in := range []string{"", "tsv", "xlsx", strings.Repeat("x", 1000)} {
		if _, err := ParseFormat(in); err == nil || len(err.Error()) > 100 {
			t.Errorf("ParseFormat(%q): %v, want a short error", in, err)
		}
	}
	if CSV.FileName("quotes") != "newsgraph-quotes.csv" || !strings.HasPrefix(CSV.ContentType(), "text/csv") ||
		JSONL.ContentType() != "application/x-ndjson" {
		t.Error("file name or content type")
	}
}

// hostileQuote is an invented quote whose every text field is an attack
// on a spreadsheet or a JSON reader.
func hostileQuote() newsgraph.QuoteRecord {
	return newsgraph.QuoteRecord{ID: 7, Type: "direct", Confidence: 0.25,
		Speaker: &newsgraph.QuoteSpeaker{Name: "=cmd|' /C calc'!A0", ActorID: 3},
		Cue:     newsgraph.TextSpan{Text: "said"},
		Content: newsgraph.TextSpan{Start: 4, End: 40, Text: "“Line one,\nline \"two\"”\u2028</script>"},
		Article: newsgraph.ArticleSummary{ID: 2, Title: "@Title", Site: "-Outlet", URL: "https://example.org/a",
			Published: time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC)}}
}

func TestCSVRowsReadBack(t *testing.T) {
	var b bytes.Buffer
	w, err := NewWriter(&b, CSV, Quotes)
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Write(hostileQuote()); err != nil {
		t.Fatal(err)
	}
	unscored := hostileQuote()
	unscored.Confidence, unscored.Speaker = 0, nil
	if err := w.Write(unscored); err != nil || w.Flush() != nil || w.Written() != 2 {
		t.Fatalf("write: %v, %d written", err, w.Written())
	}
	rows, err := csv.NewReader(&b).ReadAll()
	if err != nil || len(rows) != 3 {
		t.Fatalf("%d rows, %v", len(rows), err)
	}
	row := map[string]string{}
	for i, c := range rows[0] {
		row[c] = rows[1][i]
	}
	want := map[string]string{"id": "7", "date": "2026-03-04", "outlet": "'-Outlet", "article_id": "2", "article_title": "'@Title",
		"speaker": "'=cmd|' /C calc'!A0", "speaker_actor_id": "3", "content": "“Line one,\nline \"two\"”\u2028</script>",
		"addressee_actor_id": "", "type": "direct", "confidence": "0.25", "start": "4", "end": "40"}
	for c, v := range want {
		if row[c] != v {
			t.Errorf("%s = %q, want %q", c, row[c], v)
		}
	}
	if got := rows[2][indexOf(rows[0], "confidence")] + "|" + rows[2][indexOf(rows[0], "speaker")]; got != "|" {
		t.Errorf("an unscored quote without a speaker: confidence|speaker = %q, want both empty", got)
	}
}

func indexOf(columns []string, name string) int {
	for i, c := range columns {
		if c == name {
			return i
		}
	}
	return -1
}

// An empty list is still a CSV with its header, and a JSON Lines file
// with nothing in it.
func TestEmptyLists(t *testing.T) {
	for f, want := range map[Format]string{CSV: strings.Join(Actors.Columns, ",") + "\n", JSONL: ""} {
		var b bytes.Buffer
		w, err := NewWriter(&b, f, Actors)
		if err != nil || w.Flush() != nil || b.String() != want {
			t.Errorf("%s: %q, %v; want %q", f, b.String(), err, want)
		}
	}
	if _, err := NewWriter(&bytes.Buffer{}, Format("xml"), Actors); err == nil {
		t.Error("an unknown format was accepted")
	}
}

func TestStoryRow(t *testing.T) {
	st := newsgraph.StoryRow{StoryRecord: newsgraph.StoryRecord{ID: 9, Title: "Pier vote", Articles: 3, Sites: 2,
		First: time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC), Last: time.Date(2026, 3, 5, 0, 0, 0, 0, time.UTC)},
		TopActors: []newsgraph.StoryActor{{ID: 4, Name: "Marta Quell"}, {ID: 7, Name: "Calderra"}}}
	got := strings.Join(Stories.Row(st), "|")
	if got != "9|Pier vote|2026-03-02|2026-03-05|3|2|Marta Quell; Calderra|4 7" {
		t.Errorf("story row %q", got)
	}
}

// A JSON line is the item as the API gives it, escaped so that no text
// breaks the line or reads as markup.
func TestJSONLinesEscaped(t *testing.T) {
	var b bytes.Buffer
	w, _ := NewWriter(&b, JSONL, Quotes)
	if err := w.Write(hostileQuote()); err != nil {
		t.Fatal(err)
	}
	line := b.String()
	if strings.Count(line, "\n") != 1 || strings.Contains(line, "</script>") || strings.ContainsRune(line, '\u2028') {
		t.Errorf("line %q", line)
	}
	var back newsgraph.QuoteRecord
	if err := json.Unmarshal(b.Bytes(), &back); err != nil || back.Content.Text != hostileQuote().Content.Text || back.Speaker.ActorID != 3 {
		t.Errorf("read back %+v, %v", back, err)
	}
}

// Every table has a cell for each of its columns.
func TestRowsFitColumns(t *testing.T) {
	e := newsgraph.EventRecord{Actor: []newsgraph.EventParticipant{{Mention: newsgraph.TextSpan{Text: "Norland"}, ActorID: 4, Codes: []string{"NOR", "GOV"}}},
		Recipient:  []newsgraph.EventParticipant{{ActorName: "Vesta"}, {Mention: newsgraph.TextSpan{Text: "allies"}}},
		ReportedBy: &newsgraph.EventReport{}, Goldstein: -10}
	cells := Events.Row(e)
	if len(cells) != len(Events.Columns) {
		t.Fatalf("events: %d cells, %d columns", len(cells), len(Events.Columns))
	}
	got := map[string]string{}
	for i, c := range Events.Columns {
		got[c] = cells[i]
	}
	if got["actor_ids"] != "4" || got["actor_codes"] != "NOR GOV" || got["recipient"] != "Vesta and allies" ||
		got["reported_by"] != "a source" || got["goldstein"] != "-10" || Cell(got["goldstein"]) != "-10" {
		t.Errorf("event row %v", got)
	}
	for name, n := range map[string]int{
		"quotes":   len(Quotes.Row(newsgraph.QuoteRecord{})) - len(Quotes.Columns),
		"articles": len(Articles.Row(newsgraph.ArticleSummary{})) - len(Articles.Columns),
		"actors":   len(Actors.Row(newsgraph.ActorRecord{})) - len(Actors.Columns),
		"stories":  len(Stories.Row(newsgraph.StoryRow{})) - len(Stories.Columns),
	} {
		if n != 0 {
			t.Errorf("%s: %d cells more than columns", name, n)
		}
	}
}

// Whatever text a quote holds, its CSV row reads back as one record of
// the table's width, each cell the text or, when a spreadsheet would run
// it, the text behind a single quote.
func FuzzQuoteRow(f *testing.F) {
	f.Add("=1+1", "Ann \"Lee\"", "line\nbreak\r\n", "-5")
	f.Add("", "@x", "\t", "+")
	f.Add("\x00\xff", "\u2028", ",,,", "'=already")
	f.Fuzz(func(t *testing.T, content, speaker, title, site string) {
		q := newsgraph.QuoteRecord{Speaker: &newsgraph.QuoteSpeaker{Name: speaker}, Content: newsgraph.TextSpan{Text: content},
			Article: newsgraph.ArticleSummary{Title: title, Site: site}}
		var b bytes.Buffer
		w, _ := NewWriter(&b, CSV, Quotes)
		if err := w.Write(q); err != nil {
			t.Fatal(err)
		}
		if err := w.Flush(); err != nil {
			t.Fatal(err)
		}
		r := csv.NewReader(&b)
		if _, err := r.Read(); err != nil {
			t.Fatal(err)
		}
		row, err := r.Read()
		if err != nil || len(row) != len(Quotes.Columns) {
			t.Fatalf("row %q, %v", row, err)
		}
		for name, in := range map[string]string{"content": content, "speaker": speaker, "article_title": title, "outlet": site} {
			got := row[indexOf(Quotes.Columns, name)]
			// encoding/csv turns \r\n inside a quoted field into \n.
			norm := strings.ReplaceAll(in, "\r\n", "\n")
			if got != norm && got != "'"+norm && got != strings.ReplaceAll("'"+in, "\r\n", "\n") {
				t.Errorf("%s: %q read back as %q", name, in, got)
			}
			if got != "" && strings.ContainsRune("=+-@\t\r", rune(got[0])) && !plainNumber(got) {
				t.Errorf("%s: %q left a formula", name, got)
			}
		}
	})
}

// Whatever bytes it is given, ReadCSV returns rows as wide as the header
// or an error.
func FuzzReadCSV(f *testing.F) {
	f.Add("id,name\n1,a\n")
	f.Add("id,name\n1\n")
	f.Add("\"unclosed\n")
	f.Add("")
	f.Fuzz(func(t *testing.T, in string) {
		columns, rows, err := ReadCSV(strings.NewReader(in))
		if err != nil {
			return
		}
		for _, r := range rows {
			if len(r) > len(columns) {
				t.Errorf("a row of %d cells under %d columns", len(r), len(columns))
			}
		}
	})
}
