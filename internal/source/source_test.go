package source

import (
	"bytes"
	"compress/gzip"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/analyze"
)

func collect(t *testing.T, args []string, stdin string) []analyze.Item {
	t.Helper()
	var out []analyze.Item
	for it := range Open(context.Background(), args, strings.NewReader(stdin)) {
		out = append(out, it)
	}
	return out
}

func TestDirectoryWalk(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("b.txt", "B")
	write("a.html", "<p>A</p>")
	write("sub/c.htm", "<p>C</p>")
	write("notes.md", "skipped")
	write(".hidden/d.txt", "skipped")
	write("feed.jsonl", `{"id":"1","text":"One"}`+"\n"+`{"id":"2","html":"<p>Two</p>","published":"2026-03-01"}`+"\n")
	items := collect(t, []string{dir}, "")
	var got []string
	for _, it := range items {
		if it.Err != nil {
			t.Fatalf("%s: %v", it.Source, it.Err)
		}
		got = append(got, filepath.Base(it.Source)+"="+string(it.Raw))
	}
	want := "a.html=<p>A</p> b.txt=B feed.jsonl:1=One feed.jsonl:2=<p>Two</p> c.htm=<p>C</p>"
	if strings.Join(got, " ") != want {
		t.Errorf("items %q\nwant %q", strings.Join(got, " "), want)
	}
	if items[3].Format != analyze.FormatHTML || items[3].Published.Format("2006-01-02") != "2026-03-01" || items[2].ID != "1" {
		t.Errorf("record fields lost: %+v", items[3])
	}
	if n := Count([]string{filepath.Join(dir, "sub"), filepath.Join(dir, "b.txt")}); n != 2 {
		t.Errorf("Count = %d, want 2", n)
	}
	if n := Count([]string{dir}); n != -1 {
		t.Errorf("Count with a .jsonl = %d, want -1 (unknown)", n)
	}
}

func TestStdin(t *testing.T) {
	items := collect(t, []string{"-"}, "Just a plain article.\n\nSecond paragraph.")
	if len(items) != 1 || !strings.HasPrefix(string(items[0].Raw), "Just") {
		t.Fatalf("plain stdin: %+v", items)
	}
	items = collect(t, []string{"-"}, "{\"text\":\"a\"}\nnot json\n{\"url\":\"ftp://x\"}\n{\"text\":\"b\",\"published\":\"soon\"}\n")
	if len(items) != 4 || items[0].Err != nil || items[1].Err == nil || items[2].Err == nil || items[3].Err == nil {
		t.Errorf("JSON Lines: %+v", items)
	}
	if items[1].Source != "stdin:2" {
		t.Errorf("source = %q", items[1].Source)
	}
	items = collect(t, []string{"https://example.org/a", filepath.Join(t.TempDir(), "missing.txt")}, "")
	if !items[0].Fetch || items[0].URL != "https://example.org/a" || items[1].Err == nil {
		t.Errorf("url and missing file: %+v", items)
	}
}

func FuzzJSONLines(f *testing.F) {
	f.Add(`{"id":"1","text":"One","published":"2026-03-01"}`)
	f.Add(`{"html":"<p>x</p>","url":"https://e.org"}` + "\n\n" + `{"bad":`)
	f.Add("{\"text\":\"\\u0000\"}\n")
	f.Fuzz(func(t *testing.T, s string) {
		for it := range Open(context.Background(), []string{"-"}, strings.NewReader("{"+s)) {
			if it.Err == nil && len(it.Raw) == 0 && !it.Fetch {
				t.Fatalf("item with neither content, URL nor error: %+v", it)
			}
		}
	})
}

func TestGzippedFiles(t *testing.T) {
	dir := t.TempDir()
	gz := func(name, body string) {
		var buf bytes.Buffer
		z := gzip.NewWriter(&buf)
		z.Write([]byte(body))
		z.Close()
		if err := os.WriteFile(filepath.Join(dir, name), buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	gz("a.html.gz", "<p>A</p>")
	gz("b.jsonl.gz", `{"id":"1","text":"One"}`+"\n"+`{"id":"2","text":"Two"}`+"\n")
	gz("c.bin.gz", "skipped")
	items := collect(t, []string{dir}, "")
	if len(items) != 3 || items[0].Format != analyze.FormatHTML || string(items[1].Raw) != "One" || items[2].ID != "2" {
		t.Fatalf("items %+v", items)
	}
}
