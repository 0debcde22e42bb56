package web_test

import (
	"bytes"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// box is an element's size on screen, from getBoundingClientRect.
type box struct{ Width, Height float64 }

// boxes are the sizes of every element css selects.
func (b *browser) boxes(css string) []box {
	b.t.Helper()
	return evaluate[[]box](b, `Array.from(document.querySelectorAll(`+jsString(css)+`)).map(e => { const r = e.getBoundingClientRect(); return {Width: r.width, Height: r.height} })`)
}

// jsString quotes a selector for a script (selectors here hold no quote).
func jsString(s string) string { return "'" + s + "'" }

// shot takes a screenshot of the first element css selects and counts
// its pixels that are not near white, and those near colour (r, g, b);
// it keeps the picture in $NEWSGRAPH_SCREENSHOTS, when set, for people.
func (b *browser) shot(css, name string, r, g, bl uint8) (inked, coloured, total int) {
	b.t.Helper()
	buf, err := chromedp.Run(b.ctx, chromedp.Screenshot(chromedp.CSS(css)))
	if err != nil {
		b.t.Fatalf("screenshot of %s: %v", css, err)
	}
	if dir := os.Getenv("NEWSGRAPH_SCREENSHOTS"); dir != "" {
		os.WriteFile(filepath.Join(dir, name+".png"), buf, 0o644)
	}
	img, err := png.Decode(bytes.NewReader(buf))
	if err != nil {
		b.t.Fatalf("screenshot of %s: %v", css, err)
	}
	return countInk(img, r, g, bl)
}

// countInk counts an image's pixels: not near white, near a colour, all.
func countInk(img image.Image, r, g, b uint8) (inked, coloured, total int) {
	near := func(x, y uint32) bool { return max(x, y)-min(x, y) < 24 }
	bounds := img.Bounds()
	for y := bounds.Min.Y; y < bounds.Max.Y; y++ {
		for x := bounds.Min.X; x < bounds.Max.X; x++ {
			pr, pg, pb, _ := img.At(x, y).RGBA()
			pr, pg, pb = pr>>8, pg>>8, pb>>8
			total++
			if pr < 235 || pg < 235 || pb < 235 {
				inked++
			}
			if near(pr, uint32(r)) && near(pg, uint32(g)) && near(pb, uint32(b)) {
				coloured++
			}
		}
	}
	return inked, coloured, total
}

// TestBrowserTimelineAndNetwork opens an actor page and the network page
// in headless Chromium: the timeline's bars and the network's circles are
// drawn with a size, the stylesheet colours them (the screenshots are not
// blank and hold the series' and the people's colours), a hostile name is
// text, and a click on a bar lands on the list it counts.
func TestBrowserTimelineAndNetwork(t *testing.T) {
	srv, _, ids := networkServer(t)
	b := newBrowser(t, srv)
	ann := itoa(ids["Ann Vale"])
	b.visit("/actors/" + ann)
	for _, css := range []string{"svg.timeline", "svg.timeline rect.bar", "svg.network-small", "svg.network-small circle"} {
		boxes := b.boxes(css)
		if len(boxes) == 0 {
			t.Errorf("%s: none drawn", css)
		}
		for _, bx := range boxes {
			if bx.Width < 1 || bx.Height < 1 {
				t.Errorf("%s drawn %.1f×%.1f", css, bx.Width, bx.Height)
			}
		}
	}
	if n := len(b.boxes("svg.timeline rect.bar")); n != 4 {
		t.Errorf("%d bars, want 4 (three days Ann spoke, one she was spoken to)", n)
	}
	// The "said" bars are #2a7ab0 (style.css).
	if inked, blue, total := b.shot("svg.timeline", "timeline", 0x2a, 0x7a, 0xb0); inked < total/50 || blue < 100 {
		t.Errorf("timeline screenshot: %d of %d pixels inked, %d the colour of said", inked, total, blue)
	}

	// The first bar is Ann's quote of 2 March.
	href := evaluate[string](b, `document.querySelector('svg.timeline g.bars a').getAttribute('href')`)
	if err := chromedp.Do(b.ctx, chromedp.Click(chromedp.CSS(`svg.timeline g.bars a rect`)), chromedp.WaitVisible(chromedp.CSS(`li.quote`))); err != nil {
		t.Fatalf("click on the first bar: %v", err)
	}
	landed := evaluate[string](b, `location.pathname + location.search`)
	if quotes := evaluate[[]string](b, `Array.from(document.querySelectorAll('li.quote blockquote')).map(q => q.textContent)`); landed != href ||
		len(quotes) != 1 || !strings.Contains(quotes[0], "Norland must listen") {
		t.Errorf("the bar %s landed on %s, listing %q", href, landed, quotes)
	}

	b.visit("/network")
	circles := b.boxes("svg.network circle")
	if len(circles) != 7 {
		t.Errorf("%d circles on the network page, want 7 actors", len(circles))
	}
	for _, c := range circles {
		if c.Width < 4 || c.Height < 4 {
			t.Errorf("a circle drawn %.1f×%.1f", c.Width, c.Height)
		}
	}
	if n := len(b.boxes("svg.network path.edge")); n < 9 {
		t.Errorf("%d edges drawn", n)
	}
	// People are #7b3fe4.
	if inked, purple, total := b.shot("svg.network", "network", 0x7b, 0x3f, 0xe4); inked < total/100 || purple < 50 {
		t.Errorf("network screenshot: %d of %d pixels inked, %d the colour of people", inked, total, purple)
	}
	labels := evaluate[[]string](b, `Array.from(document.querySelectorAll('svg.network .node text')).map(t => t.textContent)`)
	if !strings.Contains(strings.Join(labels, "|"), "<script>alert(1)</script>") || evaluate[int](b, `document.scripts.length`) != 0 {
		t.Errorf("the hostile name is not plain text: labels %q", labels)
	}
	overlapping := evaluate[int](b, `(() => { const cs = Array.from(document.querySelectorAll('svg.network circle')).map(c => c.getBoundingClientRect());
		let n = 0; for (let i = 0; i < cs.length; i++) for (let j = i + 1; j < cs.length; j++) {
			const a = cs[i], b = cs[j]; if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) n++ } return n })()`)
	if overlapping != 0 {
		t.Errorf("%d pairs of circles overlap", overlapping)
	}
}
