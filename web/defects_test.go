package web_test

import (
	"regexp"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/corpuslink"
)

// Regression tests for the UI defects of issue 17, on hand-built
// articles: each fails on the UI as it was.

// The tab title names the page once: "newsgraph" on the home page, not
// "newsgraph · newsgraph".
func TestTitleNamesTheSiteOnce(t *testing.T) {
	srv := newServer(t)
	title := regexp.MustCompile(`<title>([^<]*)</title>`)
	for path, want := range map[string]string{"/": "newsgraph", "/articles/1": "Summit ends · newsgraph", "/actors": "Actors · newsgraph"} {
		_, body, _ := get(t, srv, path)
		if m := title.FindStringSubmatch(body); m == nil || m[1] != want {
			t.Errorf("GET %s: title %q, want %q", path, m, want)
		}
	}
}

// An article with no outlet, date, author or address (a text file) shows
// no empty line above its text; one with a date shows it.
func TestNoEmptyHeaderLine(t *testing.T) {
	srv, _ := actorServer(t, nil)
	meta := regexp.MustCompile(`<article>\s*<p class="meta">`)
	if _, body, _ := get(t, srv, "/articles/3"); meta.MatchString(body) {
		t.Errorf("a text article shows a header line")
	}
	if _, body, _ := get(t, srv, "/articles/1"); !meta.MatchString(body) || !strings.Contains(body, "<time>1 Mar 2026</time>") {
		t.Errorf("a dated article lacks its header line")
	}
}

// The attributions table links speakers and addressees to their pages,
// and the addressee ("told Vladimir Putin") is marked in the text.
func TestAttributionsLinkSpeakerAndAddressee(t *testing.T) {
	srv, _ := actorServer(t, corpuslink.Linker{})
	_, body, _ := get(t, srv, "/articles/3")
	row := regexp.MustCompile(`<tr><td><a href="/actors/(\d+)">Ann &lt;b&gt;Bold&lt;/b&gt;</a></td><td>told</td><td><a href="/actors/(\d+)">Vladimir Putin</a></td>`)
	m := row.FindStringSubmatch(body)
	if m == nil || m[1] == m[2] {
		t.Fatalf("attributions table without links to speaker and addressee:\n%s", body)
	}
	if !strings.Contains(body, `<span class="addressee" title="addressed by Ann &lt;b&gt;Bold&lt;/b&gt;"><a class="ent ent-PER" href="/entities/`) {
		t.Errorf("the addressee is not marked in the text")
	}
	_, actor, _ := get(t, srv, "/actors/"+m[2])
	if !strings.Contains(actor, "“No.”") || !strings.Contains(actor, "1 addressed to") {
		t.Errorf("the addressee's page does not list what was said to them")
	}
	_, speaker, _ := get(t, srv, "/actors/"+m[1])
	if !strings.Contains(speaker, `to <a class="addressee" href="/actors/`+m[2]+`">Vladimir Putin</a>`) {
		t.Errorf("the speaker's quote does not name whom it was told to")
	}
}

// A type badge is a label, not a link: no entity underline class.
func TestTypeBadgeIsNotALink(t *testing.T) {
	srv, _ := actorServer(t, nil)
	for _, path := range []string{"/actors/1", "/speakers/1", "/actors", "/entities"} {
		_, body, _ := get(t, srv, path)
		if strings.Contains(body, `<span class="ent`) || !strings.Contains(body, `<span class="badge badge-PER">PER</span>`) {
			t.Errorf("GET %s: the type shows as an underlined entity, not a badge", path)
		}
	}
}
