package web_test

import (
	"context"
	"fmt"
	"net/http/httptest"
	"os"
	"os/exec"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// chromium finds a Chromium to drive, or skips: .ci/run installs Debian's.
func chromium(t *testing.T) string {
	for _, p := range []string{os.Getenv("CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"} {
		if p != "" {
			if _, err := exec.LookPath(p); err == nil {
				return p
			}
		}
	}
	t.Skip("skipping: no Chromium (apt-get install chromium; .ci/run does)")
	return ""
}

// browser is headless Chromium on one test server.
type browser struct {
	t   *testing.T
	ctx context.Context
	srv *httptest.Server
}

// newBrowser starts Chromium for srv, or skips without one; a hung browser
// fails the test instead of hanging it.
func newBrowser(t *testing.T, srv *httptest.Server) *browser {
	bin := chromium(t)
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(bin), chromedp.NoSandbox, chromedp.Headless, chromedp.DisableGPU,
		chromedp.Flag("disable-background-networking", true), chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true), chromedp.Flag("no-first-run", true), chromedp.Flag("disable-quic", true),
		chromedp.UserDataDir(t.TempDir()))
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancelAlloc)
	ctx, cancel := chromedp.NewContext(alloc)
	t.Cleanup(cancel)
	go func() {
		select {
		case <-time.After(90 * time.Second):
			cancel()
		case <-ctx.Done():
		}
	}()
	return &browser{t: t, ctx: ctx, srv: srv}
}

func (b *browser) visit(path string) {
	b.t.Helper()
	if err := chromedp.Do(b.ctx, chromedp.Navigate(b.srv.URL+path)); err != nil {
		b.t.Fatalf("navigate %s: %v", path, err)
	}
}

// text is the text of the first element css selects.
func (b *browser) text(css string) string {
	b.t.Helper()
	s, err := chromedp.Run(b.ctx, chromedp.Text(chromedp.CSS(css)))
	if err != nil {
		b.t.Fatalf("text of %s: %v", css, err)
	}
	return s
}

// evaluate runs a script in the page and returns its value.
func evaluate[T any](b *browser, script string) T {
	b.t.Helper()
	v, err := chromedp.Run(b.ctx, chromedp.Evaluate[T](script))
	if err != nil {
		b.t.Fatalf("%s: %v", script, err)
	}
	return v
}

// TestBrowser opens the UI in headless Chromium: the article page shows the
// quote highlighted, the hostile article's script never runs, and the
// speaker page lists the quote with a link back to its article.
func TestBrowser(t *testing.T) {
	b := newBrowser(t, newServer(t))
	b.visit("/articles/1")
	if content, cue := b.text(`.text span.content`), b.text(`.text span.cue`); content != "“An old friend is better than two new ones”" || cue != "said" {
		t.Errorf("highlighted content %q, cue %q", content, cue)
	}

	b.visit("/articles/2")
	if pwned := evaluate[string](b, `String(window.__pwned)`); pwned != "undefined" {
		t.Errorf("article script ran: window.__pwned = %s", pwned)
	}
	if hostileText := b.text(`.text p`); !strings.Contains(hostileText, "<script>") {
		t.Errorf("hostile markup not shown as text: %q", hostileText)
	}

	b.visit("/speakers/1")
	links := evaluate[[]string](b, `Array.from(document.querySelectorAll('li.quote a[href^="/articles/"]')).map(a => a.getAttribute('href'))`)
	if page := b.text(`main`); !strings.Contains(page, "An old friend is better than two new ones") || strings.Join(links, " ") != "/articles/1" {
		t.Errorf("speaker page: links %v, text %q", links, page)
	}
}

// TestBrowserEvents: an article's events are marked in its text, styled by
// the server's own stylesheet apart from the quotes' highlights, and
// listed; a hostile verb stays text; the actor page lists the events.
func TestBrowserEvents(t *testing.T) {
	srv, norland := eventServer(t)
	b := newBrowser(t, srv)
	b.visit("/articles/3")
	verbs := evaluate[[]string](b, `Array.from(document.querySelectorAll('.text .ev-verb')).map(e => e.textContent)`)
	if strings.Join(verbs, " ") != "shelled hosted" {
		t.Errorf("marked verbs %q", verbs)
	}
	// The verb inside the officials' quote shows both: the quote's
	// background and the event's outline.
	style := evaluate[[]string](b, `(() => { const v = document.querySelectorAll('.text .ev-verb')[1];
		return [getComputedStyle(v).outlineStyle, getComputedStyle(v.parentElement).backgroundColor, v.parentElement.className] })()`)
	if len(style) != 3 || style[0] != "solid" || style[1] == "rgba(0, 0, 0, 0)" || style[2] != "content" {
		t.Errorf("the quoted event's styles: %q", style)
	}
	if actor := b.text(`.text .ev-actor`); actor != "Norland" {
		t.Errorf("first marked actor %q", actor)
	}
	rows := evaluate[[]string](b, `Array.from(document.querySelectorAll('table.events tr')).slice(1).map(r => r.innerText.replace(/\s+/g, ' ').trim())`)
	if len(rows) != 2 || !strings.HasPrefix(rows[0], "2026-03-02 Norland shelled Vesta ASSAULT · 194 asserted") ||
		!strings.HasSuffix(rows[1], "CONSULT (host) · 043 asserted officials") {
		t.Errorf("events table %q", rows)
	}

	b.visit("/articles/4")
	if pwned := evaluate[string](b, `String(window.__pwned)`); pwned != "undefined" {
		t.Errorf("a hostile event's verb ran: window.__pwned = %s", pwned)
	}
	if verb := b.text(`.text .ev-verb`); !strings.HasPrefix(verb, "<script>") {
		t.Errorf("hostile verb %q", verb)
	}

	b.visit("/actors/" + itoa(norland))
	lists := evaluate[[]string](b, `Array.from(document.querySelectorAll('ul.events')).map(u => u.innerText.replace(/\s+/g, ' ').trim())`)
	if len(lists) != 2 || !strings.Contains(lists[0], "Norland shelled Vesta in Port Ærø") || !strings.Contains(lists[1], "Vesta hosted Norland") {
		t.Errorf("the actor's events: %q", lists)
	}
}

// TestBrowserPagesThroughLists clicks Next on the home page until there is
// none: every article is seen once, the count on the last page is the
// total, and the undated come last. A search marks its words; a type
// badge does not look like a link.
func TestBrowserPagesThroughLists(t *testing.T) {
	b := newBrowser(t, listServer(t))
	b.visit("/?limit=25")
	seen := map[string]bool{}
	var dates []string
	for pages := 1; ; pages++ {
		links := evaluate[[]string](b, `Array.from(document.querySelectorAll('li.article > a')).map(a => a.getAttribute('href'))`)
		for _, l := range links {
			if seen[l] {
				t.Fatalf("page %d repeats %s", pages, l)
			}
			seen[l] = true
		}
		dates = append(dates, evaluate[[]string](b, `Array.from(document.querySelectorAll('li.article .dateline')).map(d => d.lastElementChild.textContent)`)...)
		if evaluate[bool](b, `document.querySelector('a[rel=next]') === null`) || pages > 10 {
			break
		}
		// Follow the link as a click would, waiting for the page to load.
		b.visit(evaluate[string](b, `document.querySelector('a[rel=next]').getAttribute('href')`))
	}
	total := listArticles + listEventArticles
	if count := b.text(`nav.pager .count`); len(seen) != total || count != fmt.Sprintf("51–%d of %d", total, total) {
		t.Errorf("paged through %d articles (last count %q), want %d", len(seen), count, total)
	}
	if undated := dates[len(dates)-listUndated:]; slices.ContainsFunc(undated, func(d string) bool { return d != "undated" }) || slices.Contains(dates[:len(dates)-listUndated], "undated") {
		t.Errorf("undated articles not last: %q", dates)
	}

	b.visit("/search?q=pier")
	if marked := evaluate[[]string](b, `Array.from(document.querySelectorAll('.snippet mark, blockquote mark')).map(m => m.textContent.toLowerCase())`); len(marked) == 0 || slices.ContainsFunc(marked, func(m string) bool { return m != "pier" }) {
		t.Errorf("marked words %q", marked)
	}
	b.visit("/actors?type=PER")
	style := evaluate[[]string](b, `(() => { const s = getComputedStyle(document.querySelector('.badge'));
		return [s.borderBottomStyle, s.cursor, s.textDecorationLine, String(document.querySelector('.badge').closest('a'))] })()`)
	if strings.Join(style, " ") != "none default none null" {
		t.Errorf("the type badge is styled as a link: %q", style)
	}
}
