package web_test

import (
	"context"
	"os"
	"os/exec"
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

// TestBrowser opens the UI in headless Chromium: the article page shows the
// quote highlighted, the hostile article's script never runs, and the
// speaker page lists the quote with a link back to its article.
func TestBrowser(t *testing.T) {
	bin := chromium(t)
	srv := newServer(t)
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(bin), chromedp.NoSandbox, chromedp.Headless, chromedp.DisableGPU,
		chromedp.Flag("disable-background-networking", true), chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true), chromedp.Flag("no-first-run", true), chromedp.Flag("disable-quic", true),
		chromedp.UserDataDir(t.TempDir()))
	alloc, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancel()
	ctx, cancel := chromedp.NewContext(alloc)
	defer cancel()
	go func() { // a hung browser fails the test instead of hanging it
		select {
		case <-time.After(90 * time.Second):
			cancel()
		case <-ctx.Done():
		}
	}()

	visit := func(path string) {
		t.Helper()
		if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL+path)); err != nil {
			t.Fatalf("navigate %s: %v", path, err)
		}
	}
	text := func(css string) string {
		t.Helper()
		s, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(css)))
		if err != nil {
			t.Fatalf("text of %s: %v", css, err)
		}
		return s
	}

	visit("/articles/1")
	if content, cue := text(`.text span.content`), text(`.text span.cue`); content != "“An old friend is better than two new ones”" || cue != "said" {
		t.Errorf("highlighted content %q, cue %q", content, cue)
	}

	visit("/articles/2")
	pwned, err := chromedp.Run(ctx, chromedp.Evaluate[string](`String(window.__pwned)`))
	if err != nil || pwned != "undefined" {
		t.Errorf("article script ran: window.__pwned = %s (%v)", pwned, err)
	}
	if hostileText := text(`.text p`); !strings.Contains(hostileText, "<script>") {
		t.Errorf("hostile markup not shown as text: %q", hostileText)
	}

	visit("/speakers/1")
	links, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`Array.from(document.querySelectorAll('li.quote a[href^="/articles/"]')).map(a => a.getAttribute('href'))`))
	if err != nil {
		t.Fatal(err)
	}
	if page := text(`main`); !strings.Contains(page, "An old friend is better than two new ones") || strings.Join(links, " ") != "/articles/1" {
		t.Errorf("speaker page: links %v, text %q", links, page)
	}
}
