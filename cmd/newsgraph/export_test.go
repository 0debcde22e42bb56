package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/storetest"
	"github.com/newsgraph/newsgraph/sqlite"
)

// exportDB is a SQLite store holding storetest's event article twice over
// (two hashes, published 2026-03-04 and 2026-04-10, their Mondays the 2nd
// and the 6th), and the id of the actor Norland.
func exportDB(t *testing.T) (string, int64) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "ng.db")
	s, err := sqlite.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for _, a := range []*newsgraph.Article{
		storetest.EventArticle("x1", time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC), "2026-03-02"),
		storetest.EventArticle("x2", time.Date(2026, 4, 10, 0, 0, 0, 0, time.UTC), "2026-04-06"),
	} {
		a.Ingested = time.Date(2026, 5, 1, 12, 30, 0, 0, time.UTC)
		if _, _, err := s.Put(context.Background(), a); err != nil {
			t.Fatal(err)
		}
	}
	actors, _, err := s.Actors(context.Background(), newsgraph.ActorFilter{Query: "Norland"})
	if err != nil || len(actors) != 1 {
		t.Fatalf("Norland: %+v, %v", actors, err)
	}
	return path, actors[0].ID
}

// runExport runs `export` (main.go registers it) with args.
func runExport(t *testing.T, args ...string) (string, error) {
	t.Helper()
	var out bytes.Buffer
	cmd := newExport()
	cmd.SetArgs(args)
	cmd.SetOut(&out)
	cmd.SetErr(&out)
	err := cmd.ExecuteContext(context.Background())
	return out.String(), err
}

func TestExportEventsJSONL(t *testing.T) {
	db, norland := exportDB(t)
	out, err := runExport(t, "events", "--db", db, "--format", "jsonl", "--actor", strconv.FormatInt(norland, 10))
	if err != nil {
		t.Fatal(err)
	}
	var verbs []string
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var e newsgraph.EventRecord
		if err := json.Unmarshal([]byte(line), &e); err != nil {
			t.Fatalf("%v: %s", err, line)
		}
		verbs = append(verbs, e.Verb.Text+" "+e.Dated)
	}
	if strings.Join(verbs, ", ") != "shelled 2026-03-02, shelled 2026-04-06" {
		t.Errorf("events by Norland, in the order stored: %q", verbs)
	}
}

func TestExportEventsCSV(t *testing.T) {
	db, _ := exportDB(t)
	out, err := runExport(t, "events", "--db", db, "--format", "csv", "--type", "consult", "--from", "2026-04-01")
	if err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil || len(rows) != 2 {
		t.Fatalf("%d rows, %v:\n%s", len(rows), err, out)
	}
	row := map[string]string{}
	for i, c := range rows[0] {
		row[c] = rows[1][i]
	}
	if row["actor"] != "Vesta" || row["recipient"] != "Norland" || row["verb"] != "hosted" || row["cameo"] != "043" ||
		row["mode"] != "host" || row["reported_by"] != "officials" || row["dated"] != "2026-04-10" || row["published"] != "2026-04-10" ||
		row["actor_codes"] != "VESGOV" || row["recipient_ids"] == "" || row["url"] != "https://example.org/x2" {
		t.Errorf("row %v", row)
	}
}

// The TSV has GDELT 2.0's 61 columns, no header, and newsgraph's values in
// GDELT's places.
func TestExportEventsGDELT(t *testing.T) {
	db, _ := exportDB(t)
	out, err := runExport(t, "events", "--db", db, "--format", "tsv", "--to", "2026-03-31", "--place", "port")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != 1 {
		t.Fatalf("%d lines:\n%s", len(lines), out)
	}
	fields := strings.Split(lines[0], "\t")
	if len(fields) != 61 || len(gdeltColumns) != 61 {
		t.Fatalf("%d fields, %d columns", len(fields), len(gdeltColumns))
	}
	got := map[string]string{}
	for i, c := range gdeltColumns {
		got[c] = fields[i]
	}
	want := map[string]string{"SQLDATE": "20260302", "MonthYear": "202603", "Year": "2026", "FractionDate": "2026.2521",
		"Actor1Code": "NORMIL", "Actor1Name": "Norland", "Actor2Code": "VES", "Actor2Name": "Vesta", "IsRootEvent": "1",
		"EventCode": "194", "EventBaseCode": "194", "EventRootCode": "19", "QuadClass": "4", "GoldsteinScale": "-10",
		"NumMentions": "1", "ActionGeo_FullName": "Port Ærø", "DATEADDED": "20260501123000", "SOURCEURL": "https://example.org/x1",
		"Actor1CountryCode": "", "AvgTone": "", "ActionGeo_Lat": ""}
	for c, v := range want {
		if got[c] != v {
			t.Errorf("%s = %q, want %q", c, got[c], v)
		}
	}
}

func TestExportEventsRefusesBadFlags(t *testing.T) {
	db, _ := exportDB(t)
	for _, c := range []struct {
		args []string
		says string
	}{
		{[]string{"--format", "xml"}, "--format must be jsonl, csv or tsv"},
		{[]string{"--type", "BOMBARD"}, "unknown event type"},
		{[]string{"--from", "tomorrow"}, "--from"},
		{[]string{"--from", "2026-05-01", "--to", "2026-04-01"}, "backwards"},
		{[]string{"--actor", "Norland"}, "--actor"},
	} {
		_, err := runExport(t, append([]string{"events", "--db", db}, c.args...)...)
		if err == nil || !strings.Contains(err.Error(), c.says) {
			t.Errorf("%q: %v, want an error saying %q", c.args, err, c.says)
		}
	}
}

// Whatever a stored name holds, a GDELT row stays 61 fields on one line.
func FuzzGDELTRow(f *testing.F) {
	f.Add("Norland", "NOR", "Port\tÆrø", "2026-03-02", "194")
	f.Add("a\nb\r\nc", "", "", "", "1")
	f.Add("\u2028x\x00", "X\tY", "\v", "2026-3-2", "")
	f.Fuzz(func(t *testing.T, name, code, place, dated, cameo string) {
		e := newsgraph.EventRecord{CAMEO: cameo, Dated: dated,
			Actor: []newsgraph.EventParticipant{{Mention: newsgraph.TextSpan{Text: name}, Codes: []string{code}}},
			Place: &newsgraph.EventPlace{TextSpan: newsgraph.TextSpan{Text: place}}}
		var b bytes.Buffer
		w := newGDELTEvents(&b)
		if err := w.Write(e); err != nil {
			t.Fatal(err)
		}
		if err := w.Flush(); err != nil {
			t.Fatal(err)
		}
		line := b.String()
		if strings.Count(line, "\n") != 1 || !strings.HasSuffix(line, "\n") || strings.Count(line, "\t") != len(gdeltColumns)-1 ||
			strings.ContainsAny(strings.TrimSuffix(line, "\n"), "\r\n\v\f\u2028\u2029\u0085") {
			t.Errorf("row %q", line)
		}
	})
}
