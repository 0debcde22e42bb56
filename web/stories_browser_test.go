package web_test

import (
	"strings"
	"testing"
)

// TestBrowserStories pages through the stories in Chromium to the last,
// then opens the wire story: its quotation names the first printer and
// the reprint, and the reprint's hostile headline stays text.
func TestBrowserStories(t *testing.T) {
	srv := storyServer(t)
	b := newBrowser(t, srv)
	b.visit("/stories?limit=2")
	var stories []string
	for pages := 1; ; pages++ {
		stories = append(stories, evaluate[[]string](b, `Array.from(document.querySelectorAll('li.story > a')).map(a => a.getAttribute('href'))`)...)
		if evaluate[bool](b, `document.querySelector('a[rel=next]') === null`) || pages > 5 {
			break
		}
		b.visit(evaluate[string](b, `document.querySelector('a[rel=next]').getAttribute('href')`))
	}
	if len(stories) != 5 || b.text(`nav.pager .count`) != "5–5 of 5" {
		t.Errorf("paged through stories %q", stories)
	}
	b.visit("/stories/" + itoa(storyOfArticle(t, srv, "6")))
	if pwned := evaluate[string](b, `String(window.__pwned)`); pwned != "undefined" {
		t.Errorf("a hostile headline ran: window.__pwned = %s", pwned)
	}
	links := evaluate[[]string](b, `Array.from(document.querySelectorAll('li.quotation a.first, li.quotation a.repeat')).map(a => a.getAttribute('href') + ' ' + a.textContent)`)
	if len(links) != 2 || links[0] != "/articles/6 Lake Orvan beaches reopen" || !strings.HasPrefix(links[1], "/articles/7 Reprint <script>") {
		t.Errorf("the quotation's printers: %q", links)
	}
}
