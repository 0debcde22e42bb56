package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// run executes the CLI in-process with args and stdin.
func run(t *testing.T, stdin string, args ...string) (string, string, error) {
	t.Helper()
	var out, errOut bytes.Buffer
	cmd := newRoot()
	cmd.SetArgs(args)
	cmd.SetIn(strings.NewReader(stdin))
	cmd.SetOut(&out)
	cmd.SetErr(&errOut)
	err := cmd.ExecuteContext(context.Background())
	return out.String(), errOut.String(), err
}

type jsonDoc struct {
	Title      string
	Text       string
	Authors    []string
	Paragraphs []struct {
		Start, End int
		Kind       string
	}
	Sentences []struct{ Start, End int }
	Tokens    []struct {
		Start, End int
		Text       string
	}
	Quotes []struct {
		Start, End int
		Closed     bool
	}
}

func decodeLines(t *testing.T, out string) []jsonDoc {
	t.Helper()
	var docs []jsonDoc
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var d jsonDoc
		if err := json.Unmarshal([]byte(line), &d); err != nil {
			t.Fatalf("bad JSON line %q: %v", line, err)
		}
		docs = append(docs, d)
	}
	return docs
}

func TestAnalyzeExampleArticle(t *testing.T) {
	out, stderr, err := run(t, "", "analyze", "../../examples/port-strike.txt")
	if err != nil {
		t.Fatalf("%v: %s", err, stderr)
	}
	docs := decodeLines(t, out)
	if len(docs) != 1 {
		t.Fatalf("%d documents", len(docs))
	}
	d := docs[0]
	if !strings.HasPrefix(d.Title, "Mayor Elena Varga:") || len(d.Authors) != 1 {
		t.Errorf("title %q authors %q", d.Title, d.Authors)
	}
	if !strings.HasSuffix(d.Text, "the port authority said.") {
		t.Errorf("text does not end with the last real paragraph: …%q", d.Text[max(0, len(d.Text)-80):])
	}
	runes := []rune(d.Text)
	for _, tok := range d.Tokens {
		if string(runes[tok.Start:tok.End]) != tok.Text {
			t.Fatalf("token %q does not match text at [%d,%d)", tok.Text, tok.Start, tok.End)
		}
	}
	for _, q := range d.Quotes {
		if !q.Closed {
			t.Errorf("unpaired quote %q", string(runes[q.Start:q.End]))
		}
	}
	if len(d.Sentences) != 17 || len(d.Quotes) != 6 {
		t.Errorf("%d sentences, %d quotes; want 17 and 6", len(d.Sentences), len(d.Quotes))
	}
}

func TestAnalyzeManyInputsInOrderAndSkipsBadOnes(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	a := write("a.txt", "First story\n\nIt began here.")
	bad := write("b.txt", "\x00\x01\x02binary")
	c := write("c.html", "<html><head><title>Third story</title></head><body><article><p>"+
		strings.Repeat("The third story is told in HTML and runs on. ", 6)+"</p></article></body></html>")
	out, stderr, err := run(t, "", "analyze", a, bad, c)
	if err == nil || !strings.Contains(stderr, "b.txt") || !strings.Contains(stderr, "binary") {
		t.Errorf("err %v, stderr %q: want the binary file reported", err, stderr)
	}
	docs := decodeLines(t, out)
	if len(docs) != 2 || docs[0].Title != "First story" || docs[1].Title != "Third story" {
		t.Fatalf("docs %+v", docs)
	}
	// A directory gives the same two good articles, in path order.
	out, _, _ = run(t, "", "analyze", dir)
	if docs := decodeLines(t, out); len(docs) != 2 || docs[1].Title != "Third story" {
		t.Errorf("directory: %+v", docs)
	}
}

func TestAnalyzeJSONLinesOnStdin(t *testing.T) {
	in := `{"id":"1","text":"One\n\nThe first.","published":"2026-01-02"}
{"id":"2","html":"<p>no title here but a paragraph of text that is long enough to count as an article body for sure.</p>","title":"Two"}
{"id":"3"}
`
	out, stderr, err := run(t, in, "analyze", "-")
	if err == nil || !strings.Contains(stderr, "stdin:3") {
		t.Errorf("err %v stderr %q: want record 3 reported", err, stderr)
	}
	docs := decodeLines(t, out)
	if len(docs) != 2 || docs[0].Title != "One" || docs[1].Title != "Two" {
		t.Errorf("docs %+v", docs)
	}
}

func TestAnalyzeTextFormat(t *testing.T) {
	out, _, err := run(t, "Headline\n\nMr. Smith spoke. He left.", "analyze", "--format", "text", "-")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"# Headline", "  2  Mr. Smith spoke.", "  3  He left."} {
		if !strings.Contains(out, want) {
			t.Errorf("text view lacks %q:\n%s", want, out)
		}
	}
}

func TestBadInputGivesOneLineError(t *testing.T) {
	for name, in := range map[string]string{
		"empty":  "",
		"binary": "\x7fELF\x02\x01\x01\x00\x00\x00",
		"deep":   "<html><body>" + strings.Repeat("<div>", 10000) + "x" + "</body></html>",
	} {
		out, stderr, err := run(t, in, "analyze", "-")
		if err == nil || out != "" {
			t.Errorf("%s: err %v, stdout %q", name, err, out)
		}
		if strings.Count(strings.TrimSpace(stderr), "\n") != 0 || stderr == "" {
			t.Errorf("%s: stderr is not one line: %q", name, stderr)
		}
	}
	if _, _, err := run(t, "", "analyze", "--format", "xml", "-"); err == nil {
		t.Error("unknown format accepted")
	}
}

func TestURLToPrivateAddressRefused(t *testing.T) {
	_, stderr, err := run(t, "", "analyze", "http://127.0.0.1:1/")
	if err == nil || !strings.Contains(stderr, "allow-private") {
		t.Errorf("err %v stderr %q", err, stderr)
	}
}
