package analyze

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/pipeline"
	"github.com/newsgraph/newsgraph/internal/segment"
)

func newAnalyzer(t *testing.T) *Analyzer {
	p, err := pipeline.New(segment.Stage{})
	if err != nil {
		t.Fatal(err)
	}
	return &Analyzer{Pipeline: p}
}

func TestAnalyzeTextAndHTML(t *testing.T) {
	a := newAnalyzer(t)
	d, err := a.Analyze(context.Background(), Item{Raw: []byte("Headline here\n\nThe mayor spoke. She left.")})
	if err != nil {
		t.Fatal(err)
	}
	if d.Title() != "Headline here" || len(d.Sentences) != 3 {
		t.Errorf("title %q, %d sentences", d.Title(), len(d.Sentences))
	}
	html := "<html><head><title>Port news</title></head><body><article><p>" +
		strings.Repeat("The port reopened on Friday after a long strike by the dock workers. ", 5) + "</p></article></body></html>"
	d, err = a.Analyze(context.Background(), Item{Raw: []byte(html)})
	if err != nil {
		t.Fatal(err)
	}
	if d.Title() != "Port news" || !strings.Contains(d.Text, "dock workers") {
		t.Errorf("HTML doc: title %q, text %q", d.Title(), d.Text)
	}
}

func TestAnalyzeBadInput(t *testing.T) {
	a := newAnalyzer(t)
	for name, raw := range map[string]string{"empty": "", "binary": "\x00\x01\x02\x03GIF89a"} {
		if _, err := a.Analyze(context.Background(), Item{Raw: []byte(raw)}); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
	d, err := a.Analyze(context.Background(), Item{Raw: []byte("Caf\xe9 au lait.\n\nIt was good.")})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Diagnostics) != 1 || d.Diagnostics[0].Code != "not-utf8" || !strings.Contains(d.Text, "Caf\uFFFD") {
		t.Errorf("diagnostics %+v, text %q", d.Diagnostics, d.Text)
	}
	// A page in the encoding it declares is decoded, nothing replaced:
	// the diagnostic says so, and does not claim bad bytes.
	page := "<html><head><meta charset=\"iso-8859-1\"><title>Caf\xe9</title></head><body><p>The caf\xe9 in Kesh opened on Monday, its owner said.</p></body></html>"
	if d, err = a.Analyze(context.Background(), Item{Raw: []byte(page)}); err != nil {
		t.Fatal(err)
	}
	if len(d.Diagnostics) != 1 || !strings.Contains(d.Diagnostics[0].Message, "windows-1252") || strings.Contains(d.Diagnostics[0].Message, "FFFD") ||
		!strings.Contains(d.Text, "café") {
		t.Errorf("a Latin-1 page: diagnostics %+v, text %q", d.Diagnostics, d.Text)
	}
	if _, err := a.Analyze(context.Background(), Item{URL: "https://example.org", Fetch: true}); err == nil {
		t.Error("fetched without a Fetcher")
	}
}

func TestBatchKeepsOrderAndSkipsFailures(t *testing.T) {
	a := newAnalyzer(t)
	items := make(chan Item)
	const n = 60
	go func() {
		for i := range n {
			raw := fmt.Sprintf("Article %d\n\n%s", i, strings.Repeat("Words go here. ", i*7))
			if i%10 == 3 {
				raw = "" // fails
			}
			items <- Item{ID: fmt.Sprint(i), Raw: []byte(raw)}
		}
		close(items)
	}()
	var got []string
	failed := 0
	a.Batch(context.Background(), items, 4, func(r Result) {
		got = append(got, r.Item.ID)
		if r.Err != nil {
			failed++
			return
		}
		if want := "Article " + r.Item.ID; r.Doc.Title() != want && r.Item.ID != "0" {
			t.Errorf("item %s got doc %q", r.Item.ID, r.Doc.Title())
		}
	})
	if len(got) != n || failed != 6 {
		t.Fatalf("got %d results, %d failed", len(got), failed)
	}
	for i, id := range got {
		if id != fmt.Sprint(i) {
			t.Fatalf("result %d is item %s: order lost", i, id)
		}
	}
}

func TestAnalyzeGzippedInput(t *testing.T) {
	var buf bytes.Buffer
	z := gzip.NewWriter(&buf)
	z.Write([]byte("Headline here\n\nThe mayor spoke."))
	z.Close()
	d, err := newAnalyzer(t).Analyze(context.Background(), Item{Raw: buf.Bytes()})
	if err != nil || d.Title() != "Headline here" {
		t.Fatalf("gzipped text: %v, %+v", err, d)
	}
	if _, err := newAnalyzer(t).Analyze(context.Background(), Item{Raw: []byte{0x1f, 0x8b, 1, 2, 3}}); err == nil {
		t.Error("broken gzip accepted")
	}
}

func TestNonEnglishKeepsTextAndSaysWhy(t *testing.T) {
	a := newAnalyzer(t)
	text := "Titular\n\n" + strings.Repeat("El alcalde dijo el martes que el puerto seguirá abierto durante la huelga. ", 6)
	d, err := a.Analyze(context.Background(), Item{Raw: []byte(text)})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, g := range d.Diagnostics {
		found = found || g.Code == "not-english"
	}
	if !found || len(d.Tokens) == 0 || !strings.Contains(d.Text, "puerto") {
		t.Errorf("diagnostics %v, %d tokens: want not-english and the text kept", d.Diagnostics, len(d.Tokens))
	}
}
