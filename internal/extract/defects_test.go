package extract

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph"
)

// The texts below are invented for these tests.

func kindsAndTexts(blocks []newsgraph.Block) []string {
	var out []string
	for _, b := range blocks {
		out = append(out, string(b.Kind)+":"+b.Text)
	}
	return out
}

// Issue 17: a heading and the paragraph after it ran together ("Strike
// endsThe union said…") when trafilatura fell back to a page's whole text.
func TestHTMLBlocksStaySeparate(t *testing.T) {
	lead := "The dockers' union said on Monday that the strike at the Brask port was over."
	second := "Crews will return on Tuesday, a union spokesman said."
	for name, page := range map[string]string{
		"fragment":        "<h1>Strike ends</h1><p>" + lead + "</p><p>" + second + "</p>",
		"article element": "<html><body><article><h1>Strike ends</h1><p>" + lead + "</p><h2>Back to work</h2><p>" + second + "</p></article></body></html>",
		"divs":            "<html><body><div><h1>Strike ends</h1></div><div>" + lead + "</div><div>" + second + "</div></body></html>",
	} {
		meta, blocks, err := HTML([]byte(page), "")
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		got := kindsAndTexts(blocks)
		joined := strings.Join(got, "|")
		if strings.Contains(joined, "endsThe") || strings.Contains(joined, "over.Crews") || strings.Contains(joined, "workCrews") {
			t.Errorf("%s: blocks run together: %q", name, got)
		}
		if meta.Title != "Strike ends" {
			t.Errorf("%s: title %q", name, meta.Title)
		}
		seen := map[string]bool{}
		for _, b := range blocks {
			if seen[b.Text] {
				t.Errorf("%s: paragraph %q repeated in %q", name, b.Text, got)
			}
			seen[b.Text] = true
		}
		if !seen[lead] || !seen[second] {
			t.Errorf("%s: want %q and %q as paragraphs of their own, got %q", name, lead, second, got)
		}
	}
}

// A page of one paragraph was read twice: trafilatura kept the paragraph
// and added the page's whole text after it ("Port newsMayor Lind said…",
// the <title> run into the body), so every quote on it counted double.
func TestHTMLOneParagraphOnce(t *testing.T) {
	para := "Mayor Ola Lind said the ferry would sail on Sunday."
	for name, page := range map[string]string{
		"title":    "<html><head><title>Ferry news</title></head><body><p>" + para + "</p></body></html>",
		"no title": "<html><body><p>" + para + "</p></body></html>",
		"fragment": "<p>" + para + "</p>",
	} {
		_, blocks, err := HTML([]byte(page), "")
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		body := 0
		for _, b := range blocks {
			if b.Kind != newsgraph.KindTitle {
				body++
				if b.Text != para {
					t.Errorf("%s: paragraph %q, want %q", name, b.Text, para)
				}
			}
		}
		if body != 1 {
			t.Errorf("%s: %d body paragraphs, want 1: %q", name, body, kindsAndTexts(blocks))
		}
	}
}

// A page whose article sits in a <form> (the page walk skips forms, the
// fallback reads them) and a paragraph outside it keeps the article: the
// fallback's paragraph is more than the one paragraph the walk finds.
func TestHTMLArticleInAFormKept(t *testing.T) {
	page := "<html><body><p>Cookies help us run this site.</p><form><div><h1>Ferry will sail</h1>" +
		"<div>Mayor Ola Lind said the ferry to Kesh would sail on Sunday. “We are ready,” she said.</div>" +
		"<div>The council approved the timetable on Friday.</div></div></form></body></html>"
	_, blocks, err := HTML([]byte(page), "")
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(kindsAndTexts(blocks), "|"); !strings.Contains(got, "Mayor Ola Lind said") || !strings.Contains(got, "timetable") {
		t.Errorf("the article was lost: %q", got)
	}
}

// The rescue reads the page itself: scripts and navigation stay out, and
// the page's own line breaks do not split a paragraph.
func TestHTMLRescueSkipsFurniture(t *testing.T) {
	page := "<html><body><nav>Home News Sport</nav><script>var track = 1;</script>" +
		"<h1>Ferry resumes</h1><p>The ferry to Kesh sailed\nagain on Sunday.</p></body></html>"
	_, blocks, err := HTML([]byte(page), "")
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join(kindsAndTexts(blocks), "|")
	if strings.Contains(got, "track") || strings.Contains(got, "Sport") {
		t.Errorf("furniture kept: %q", got)
	}
	if !strings.Contains(got, "body:The ferry to Kesh sailed again on Sunday.") {
		t.Errorf("paragraph split or lost: %q", got)
	}
}

// Issue 17: a headline set over two lines ending in ";" gave an empty
// title, and the article an empty link.
func TestTextHeadlineOverTwoLines(t *testing.T) {
	in := "Strike ends at Brask port;\ncrews back on Tuesday;\n\nThe union said on Monday that the strike was over.\n\nTalks went on all night."
	meta, blocks := Text(in)
	d := newsgraph.NewDoc(meta, blocks)
	if got := d.Title(); got != "Strike ends at Brask port; crews back on Tuesday" {
		t.Errorf("title = %q; blocks %q", got, kindsAndTexts(blocks))
	}
	if len(d.Body()) != 2 {
		t.Errorf("body = %d paragraphs, want 2: %q", len(d.Body()), kindsAndTexts(blocks))
	}
}

// Whatever the first paragraph looks like, an article with text has a
// title.
func TestTextTitleNeverEmpty(t *testing.T) {
	for _, in := range []string{
		"Strike ends;\n\nThe union said on Monday that the strike was over.",
		"the union said on monday that the strike was over, and that crews would return.",
		"A single line of text with no title over it.",
		"One;\ntwo;\nthree;\nfour;\n\nFive.",
		strings.Repeat("word ", 300) + ";\n\nMore.",
	} {
		meta, blocks := Text(in)
		d := newsgraph.NewDoc(meta, blocks)
		title := d.Title()
		if strings.TrimSpace(title) == "" {
			t.Errorf("empty title for %.40q", in)
		}
		if n := len(strings.Fields(title)); n > maxFallbackTitleWords+1 {
			t.Errorf("title of %d words for %.40q", n, in)
		}
	}
}

func TestHTMLHeadlineOverTwoLines(t *testing.T) {
	body := "<p>" + strings.Repeat("The union said on Monday that the strike at the port was over. ", 5) + "</p>"
	for name, page := range map[string]string{
		"h1 with br": "<html><body><h1>Strike ends;<br>port reopens;</h1>" + body + "</body></html>",
		"title tag":  "<html><head><title>Strike ends;\nport reopens;</title></head><body>" + body + "</body></html>",
	} {
		meta, _, err := HTML([]byte(page), "")
		if err != nil || meta.Title != "Strike ends; port reopens" {
			t.Errorf("%s: title %q, err %v", name, meta.Title, err)
		}
	}
}

// A page that names no headline anywhere is titled from its URL when that
// reads like a headline, else from its first paragraph.
func TestHTMLTitleNeverEmpty(t *testing.T) {
	para := strings.Repeat("The ferry to Kesh sailed again on Sunday after a week of storms. ", 5)
	page := []byte("<html><body><p>" + para + "</p></body></html>")
	opening := strings.Join(strings.Fields(para)[:maxFallbackTitleWords], " ") + "…"
	for _, c := range []struct{ url, want string }{
		{"https://courier.example/news/2026/ferry-to-kesh-sails-again.html", "ferry to kesh sails again"},
		{"https://courier.example/story/48213", opening},
		{"", opening},
	} {
		meta, _, err := HTML(page, c.url)
		if err != nil || meta.Title != c.want {
			t.Errorf("%q: title %q, err %v; want %q", c.url, meta.Title, err, c.want)
		}
	}
}

func TestURLTitle(t *testing.T) {
	for url, want := range map[string]string{
		"https://a.example/2026/03/port-strike-ends/":     "port strike ends",
		"https://a.example/news/port_strike_ends.php?x=1": "port strike ends",
		"https://a.example/news/ferry-sails/4236383":      "ferry sails",
		"https://a.example/":                              "a.example",
		"https://a.example/2026/03/":                      "a.example",
		"not a url %zz":                                   "",
	} {
		if got := urlTitle(url); got != want {
			t.Errorf("urlTitle(%q) = %q, want %q", url, got, want)
		}
	}
}

func FuzzURLTitle(f *testing.F) {
	for _, s := range []string{"https://a.example/port-strike-ends.html", "https://a.example/%e2%82", "", "http://[::1]/a-b-c"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, url string) {
		title := urlTitle(url)
		if utf8.ValidString(url) && !utf8.ValidString(title) {
			t.Errorf("urlTitle(%q) = %q, not UTF-8", url, title)
		}
		if n := len(strings.Fields(title)); n > maxFallbackTitleWords+1 {
			t.Errorf("urlTitle(%q) has %d words", url, n)
		}
	})
}
