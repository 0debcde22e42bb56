package extract

import (
	"net/url"
	"path"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsgraph/newsgraph"
)

// maxFallbackTitleWords bounds a title made from the start of the text.
const maxFallbackTitleWords = 20

// minSlugWords is how many words a URL's last path segment needs to serve
// as a title: news sites make that segment from the headline
// ("port-strike-ends-after-talks"), other sites from ids or sections.
const minSlugWords = 3

// fallbackTitle names an article that has no headline of its own, so that
// it is never listed as an empty, unclickable link. In order: the last
// segment of the URL's path when it reads like a headline
// ("port-strike-ends.html" gives "port strike ends"); the first paragraph,
// its lines joined, a trailing comma, semicolon or colon dropped, cut to
// maxFallbackTitleWords words; any segment of the URL's path; its host.
// It returns "" only when there is no text and no URL.
func fallbackTitle(blocks []newsgraph.Block, pageURL string) string {
	slug := urlTitle(pageURL)
	if len(strings.Fields(slug)) >= minSlugWords {
		return slug
	}
	for _, b := range blocks {
		if t := clipWords(strings.TrimRight(collapseSpace(b.Text), ",;: "), maxFallbackTitleWords); t != "" {
			return t
		}
	}
	return slug
}

// clipWords keeps the first max words of s, marking a cut with "…".
func clipWords(s string, max int) string {
	words := strings.Fields(s)
	if len(words) <= max {
		return s
	}
	return strings.Join(words[:max], " ") + "…"
}

// pageExtensions are the file extensions web pages' URLs end in.
var pageExtensions = map[string]bool{".html": true, ".htm": true, ".shtml": true, ".php": true, ".asp": true, ".aspx": true, ".jsp": true}

// urlTitle makes a title of a URL: its last meaningful path segment with
// the extension dropped and dashes and underscores as spaces, or its host.
// Segments of digits alone (story ids) are passed over.
func urlTitle(pageURL string) string {
	u, err := url.Parse(pageURL)
	if err != nil {
		return ""
	}
	segments := strings.Split(strings.Trim(u.Path, "/"), "/")
	for i := len(segments) - 1; i >= 0; i-- {
		seg, err := url.PathUnescape(segments[i])
		if err != nil {
			seg = segments[i]
		}
		seg = strings.ToValidUTF8(seg, "") // an escape may spell half a character
		if ext := path.Ext(seg); pageExtensions[strings.ToLower(ext)] {
			seg = strings.TrimSuffix(seg, ext)
		}
		words := strings.Fields(strings.NewReplacer("-", " ", "_", " ", "+", " ").Replace(seg))
		if t := strings.Join(words, " "); strings.Trim(t, "0123456789 ") != "" {
			return clipWords(t, maxFallbackTitleWords)
		}
	}
	return strings.ToValidUTF8(u.Hostname(), "") // the host may be escaped too
}

// spacedHeading mends a title that the page's metadata took from the text
// of its first <h1>, where a <br> between the lines of a two-line headline
// left no space ("Strike ends;port reopens"): the heading is read again
// with its lines joined by spaces. Any other title comes back unchanged.
func spacedHeading(title string, root *html.Node) string {
	h1 := firstElement(root, atom.H1)
	if h1 == nil || firstElement(h1, atom.Br) == nil || squeeze(innerText(h1)) != squeeze(title) {
		return title
	}
	var lines []string
	for _, b := range walkPage(h1) {
		lines = append(lines, strings.Fields(b.Text)...)
	}
	return strings.Join(lines, " ")
}
