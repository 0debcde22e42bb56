package extract

import (
	"bytes"
	"errors"
	"os"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/newsgraph/newsgraph"
)

func TestHTMLArticle(t *testing.T) {
	raw, err := os.ReadFile("testdata/article.html")
	if err != nil {
		t.Fatal(err)
	}
	meta, blocks, err := HTML(raw, "https://courier.example/port")
	if err != nil {
		t.Fatal(err)
	}
	if meta.Title != "Port of Brask reopens after strike" {
		t.Errorf("title = %q", meta.Title)
	}
	if len(meta.Authors) != 1 || meta.Authors[0] != "Tomas Reinholt" {
		t.Errorf("authors = %q", meta.Authors)
	}
	if meta.Published.Format("2006-01-02") != "2026-03-14" {
		t.Errorf("published = %v", meta.Published)
	}
	if meta.URL != "https://courier.example/port" {
		t.Errorf("url = %q", meta.URL)
	}
	d := newsgraph.NewDoc(meta, blocks)
	if d.Paragraphs[0].Kind != newsgraph.KindTitle || strings.Count(d.Text, "Port of Brask reopens") != 1 {
		t.Errorf("title paragraph missing or repeated in %q", d.Text)
	}
	for _, must := range []string{
		"brokered by the regional governor, Marek Stoyan.",
		"“It is a fair deal, and it is a deal we can live with,” said Piet Olander",
		"Night shifts: paid at one and a half times the day rate.",
		"most of it borne by small importers.",
	} {
		if !strings.Contains(d.Text, must) {
			t.Errorf("text lacks %q:\n%s", must, d.Text)
		}
	}
	for _, mustNot := range []string{"Advertisement", "Related Articles", "Back to top", "Home", "All rights reserved"} {
		if strings.Contains(d.Text, mustNot) {
			t.Errorf("text keeps chrome %q:\n%s", mustNot, d.Text)
		}
	}
	kinds := map[newsgraph.ParagraphKind]int{}
	for _, p := range d.Paragraphs {
		kinds[p.Kind]++
	}
	if kinds[newsgraph.KindHeading] != 1 || kinds[newsgraph.KindListItem] != 2 {
		t.Errorf("paragraph kinds = %v", kinds)
	}
}

func TestHTMLRefusesDeepNesting(t *testing.T) {
	for _, n := range []int{MaxHTMLDepth + 10, 100_000} {
		deep := strings.Repeat("<div>", n) + "text" + strings.Repeat("</div>", n)
		_, _, err := HTML([]byte("<html><body>"+deep+"</body></html>"), "")
		if err == nil || !strings.Contains(err.Error(), "nested") {
			t.Errorf("%d deep: err = %v, want a nesting error", n, err)
		}
	}
}

// A page nested as deep as real ones go is read.
func TestHTMLReadsDeepButRealPages(t *testing.T) {
	n := 400
	deep := strings.Repeat("<div>", n) + "<p>" + strings.Repeat("The port reopened on Friday after the strike. ", 8) + "</p>" + strings.Repeat("</div>", n)
	_, blocks, err := HTML([]byte("<html><head><title>Port</title></head><body>"+deep+"</body></html>"), "")
	if err != nil || len(blocks) == 0 {
		t.Errorf("%d deep: err = %v, %d blocks", n, err, len(blocks))
	}
}

// Ten million elements are refused by counting, before a tree is built.
func TestHTMLRefusesHugePagesBeforeParsing(t *testing.T) {
	page := []byte(strings.Repeat("<b>", 10_000_000))
	if err := precheck(page); err == nil || !strings.Contains(err.Error(), "nodes") {
		t.Errorf("err = %v, want a node-count error", err)
	}
}

func TestHTMLWithoutArticle(t *testing.T) {
	_, blocks, err := HTML([]byte("<html><body><nav><a href=/>Home</a></nav></body></html>"), "")
	if err == nil && len(blocks) > 0 {
		t.Errorf("blocks = %+v, want an error or nothing", blocks)
	}
}

func TestDecodeHTMLConvertsLatin1(t *testing.T) {
	raw := []byte("<html><head><meta charset=\"iso-8859-1\"></head><body><p>Caf\xe9 cr\xe8me</p></body></html>")
	out, from := DecodeHTML(raw, "")
	if from != "windows-1252" || !bytes.Contains(out, []byte("Café crème")) {
		t.Errorf("DecodeHTML = %q, from %q; want Café crème from windows-1252 (which ISO-8859-1 is read as)", out, from)
	}
	utf := []byte("<p>Café</p>")
	if out, from := DecodeHTML(utf, ""); from != "" || !bytes.Equal(out, utf) {
		t.Errorf("UTF-8 input changed: %q, from %q", out, from)
	}
}

func TestText(t *testing.T) {
	in := "Minister: “We will not back down”\r\n\r\nBy Jane Doe and John Roe\n\n" +
		"The minister said on Monday\nthat talks would go on.\n\nNext steps\n\n“We are ready,” she said.\n\n" +
		"Related Articles\n\nTalks resume in Brask\n\nBack to top button\n"
	meta, blocks := Text(in)
	if want := []string{"Jane Doe", "John Roe"}; strings.Join(meta.Authors, ";") != strings.Join(want, ";") {
		t.Errorf("authors = %q", meta.Authors)
	}
	var got []string
	for _, b := range blocks {
		got = append(got, string(b.Kind)+":"+b.Text)
	}
	want := []string{"title:Minister: “We will not back down”",
		"body:The minister said on Monday\nthat talks would go on.", "heading:Next steps", "body:“We are ready,” she said."}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("blocks\n got %q\nwant %q", got, want)
	}
}

func TestTextTitleNeedsATitle(t *testing.T) {
	_, blocks := Text("the minister said on monday that talks would go on, and that she hoped for a deal by the end of the week.\n\nMore later.")
	if blocks[0].Kind != newsgraph.KindBody {
		t.Errorf("a sentence was taken as the title: %+v", blocks[0])
	}
	_, blocks = Text("Just one line.")
	if len(blocks) != 1 || blocks[0].Kind != newsgraph.KindBody {
		t.Errorf("one line = %+v", blocks)
	}
}

func TestCheck(t *testing.T) {
	for name, c := range map[string]struct {
		in   []byte
		want error
	}{
		"empty":  {[]byte(" \n\t"), ErrEmpty},
		"binary": {[]byte("PK\x03\x04\x00\x00binary"), ErrBinary},
		"huge":   {make([]byte, MaxInputBytes+1), ErrTooLarge},
		"text":   {[]byte("Hello."), nil},
	} {
		if got := Check(c.in); !errors.Is(got, c.want) {
			t.Errorf("%s: Check = %v, want %v", name, got, c.want)
		}
	}
}

func TestIsHTML(t *testing.T) {
	for in, want := range map[string]bool{
		"<!DOCTYPE html><p>x</p>":           true,
		"  <html><body>x</body></html>":     true,
		"<div class=a>text</div>":           true,
		"Plain text with <b> in it":         false,
		"<tweet id=\"1\">A tweet</tweet>\n": false,
	} {
		if got := IsHTML([]byte(in)); got != want {
			t.Errorf("IsHTML(%q) = %v", in, got)
		}
	}
}

func FuzzHTML(f *testing.F) {
	raw, err := os.ReadFile("testdata/article.html")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(raw)
	f.Add([]byte("<p>one<p>two<table><tr><td>x</table>"))
	f.Add([]byte("<html><body><h1>T</h1><p>“Quote,” he said.</p><script>alert(1)</script>"))
	f.Add([]byte("<div><div><div><span>\xff\xfe</span>"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		utf, _ := DecodeHTML(raw, "")
		meta, blocks, err := HTML(utf, "")
		if err != nil {
			return
		}
		d := newsgraph.NewDoc(meta, blocks)
		for _, p := range d.Paragraphs {
			if p.Start > p.End || p.End > len(d.Text) {
				t.Fatalf("paragraph %+v outside text of %d bytes", p, len(d.Text))
			}
		}
	})
}

func FuzzText(f *testing.F) {
	f.Add("Title here\n\nBy Jane Doe\n\nBody text. “Quote,” she said.\n\nRelated Articles\n\nBack to top")
	f.Add("\r\n\r\n\t \n")
	f.Add("one line only")
	f.Fuzz(func(t *testing.T, s string) {
		s, _ = ValidUTF8(s)
		meta, blocks := Text(s)
		d := newsgraph.NewDoc(meta, blocks)
		for i, p := range d.Paragraphs {
			if p.Start >= p.End || p.End > len(d.Text) {
				t.Fatalf("paragraph %d %+v outside text of %d bytes", i, p, len(d.Text))
			}
			if i > 0 && p.Kind == newsgraph.KindTitle {
				t.Fatalf("title paragraph at %d", i)
			}
		}
	})
}

func TestHTMLRefusesHugeTrees(t *testing.T) {
	page := "<html><body>" + strings.Repeat("<p><b><i>x", MaxHTMLNodes/3+10) + "</body></html>"
	if _, _, err := HTML([]byte(page), ""); err == nil || !strings.Contains(err.Error(), "nodes") {
		t.Errorf("err = %v, want a node-count error", err)
	}
}

func TestStripSiteName(t *testing.T) {
	for _, c := range []struct{ title, site, want string }{
		{"Port reopens - The Brask Courier", "The Brask Courier", "Port reopens"},
		{"Nadal keeps Spain alive - Sportsnet.ca", "Sportsnet.ca", "Nadal keeps Spain alive"},
		{"Air for sale? - News Nation", "https://www.newsnation.in", "Air for sale?"},
		{"Opinion | Republicans follow", "NYTimes", "Opinion | Republicans follow"},
		{"Left - Right", "", "Left - Right"},
		{"Talks - a new round", "The Brask Courier", "Talks - a new round"},
	} {
		if got := stripSiteName(c.title, c.site); got != c.want {
			t.Errorf("stripSiteName(%q, %q) = %q, want %q", c.title, c.site, got, c.want)
		}
	}
}

// FuzzHTMLTree is the fast HTML target: the checks before and after parsing
// and newsgraph's own walk of the tree, without go-trafilatura, whose
// scoring of a whole page holds FuzzHTML to a few hundred executions a
// second.
func FuzzHTMLTree(f *testing.F) {
	f.Add([]byte("<p>one<p>two<table><tr><td>x</table>"))
	f.Add([]byte("<h2>Talks</h2><ul><li>first<li>second</ul><blockquote>“Soon,” she said.</blockquote>"))
	f.Add([]byte("<div><div><div><span>\xff\xfe</span>"))
	f.Add([]byte(strings.Repeat("<b><i>", 40)))
	f.Fuzz(func(t *testing.T, raw []byte) {
		if precheck(raw) != nil {
			return
		}
		root, err := html.Parse(bytes.NewReader(raw))
		if err != nil || checkTree(root) != nil {
			return
		}
		d := newsgraph.NewDoc(newsgraph.Metadata{}, paragraphs(root))
		for _, p := range d.Paragraphs {
			if p.Start >= p.End || p.End > len(d.Text) {
				t.Fatalf("paragraph %+v outside text of %d bytes", p, len(d.Text))
			}
		}
	})
}

// BenchmarkHTMLDeepNesting is the refusal of 100,000 nested elements,
// which took 85 s before the parser bounded its depth.
func BenchmarkHTMLDeepNesting(b *testing.B) {
	n := 100_000
	page := []byte("<html><body>" + strings.Repeat("<div>", n) + "x" + strings.Repeat("</div>", n) + "</body></html>")
	for b.Loop() {
		if _, _, err := HTML(page, ""); err == nil {
			b.Fatal("not refused")
		}
	}
}

// A printed interview pasted with a question and its answer on lines of
// their own, no blank line between: each "Q:" and "A:" is a paragraph,
// so the answers are told from the questions.
func TestTextSplitsInterviewTurns(t *testing.T) {
	_, blocks := Text("Interview with the mayor\n\nQ: Why now?\nA: Because the port needs it.\nQ: And after?\nA: We will see.")
	var got []string
	for _, b := range blocks[1:] {
		got = append(got, b.Text)
	}
	want := []string{"Q: Why now?", "A: Because the port needs it.", "Q: And after?", "A: We will see."}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("paragraphs %q, want %q", got, want)
	}
}
