package feeds

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// FuzzParseOPML: any bytes give lists or ErrNotOPML, never a panic, and
// never more entries than the bound.
func FuzzParseOPML(f *testing.F) {
	f.Add([]byte(opmlText(feedOutline("https://a.example/rss"), includeOutline("b.opml"))))
	f.Add([]byte(`<opml><body><outline><outline xmlUrl=" x "/></outline></body></opml>`))
	f.Add([]byte(`<?xml version="1.0" encoding="ISO-8859-1"?><opml><body><outline type="include" url="é.opml"/></body></opml>`))
	f.Add([]byte(`<opml><body><outline type="link" url="a.OPML"`))
	f.Fuzz(func(t *testing.T, body []byte) {
		feeds, includes, err := ParseOPML(body)
		if err != nil {
			return
		}
		if len(feeds)+len(includes) > maxOPMLFeeds+1 {
			t.Fatalf("%d entries past the bound", len(feeds)+len(includes))
		}
		for _, u := range append(feeds, includes...) {
			if u == "" || u != strings.TrimSpace(u) {
				t.Fatalf("entry %q", u)
			}
		}
	})
}

// FuzzFeedItems: the fields of an item, as a feed might write them, give
// items whose keys and dates can be stored: a key that is valid UTF-8
// without NUL and at most maxKeyBytes, the same on every reading, and a
// date that is "" or RFC 3339 within the accepted years.
func FuzzFeedItems(f *testing.F) {
	f.Add("g-1", "https://a.example/1", "Ferry late", "Sun, 01 Mar 2026 08:00:00 +0000")
	f.Add("", "", "Tide table", "the thirty-second of Smarch")
	f.Add("", "", "", "0001-01-01T00:00:00Z")
	f.Add("x\xff\x00", "", "", "Fri, 31 Dec 99999 23:59:59 GMT")
	f.Add("", " javascript:alert(1) ", "t", "2026-02-30")
	f.Fuzz(func(t *testing.T, guid, link, title, date string) {
		doc := rssDoc("Fuzz", 0, story{guid: guid, link: link, title: title, date: date}, story{guid: guid, link: link, title: title, date: date})
		p, err := Parse([]byte(doc), "https://src.example/", 10, pollTime)
		if err != nil {
			return // rssDoc escapes for HTML, not for every XML rule (control bytes)
		}
		again, _ := Parse([]byte(doc), "https://src.example/", 10, pollTime)
		for i, it := range p.Items {
			if it.Key == "" || len(it.Key) > maxKeyBytes || !utf8.ValidString(it.Key) || strings.ContainsRune(it.Key, 0) {
				t.Fatalf("key %q", it.Key)
			}
			if it.Key != again.Items[i].Key {
				t.Fatalf("key %q then %q", it.Key, again.Items[i].Key)
			}
			if it.Published != "" {
				d, err := time.Parse(time.RFC3339, it.Published)
				if err != nil || d.Year() < minYear || d.Year() > pollTime.Year()+maxYearsAhead {
					t.Fatalf("date %q", it.Published)
				}
			}
			if !utf8.ValidString(it.Title) || !utf8.ValidString(it.URL) || strings.ContainsRune(it.Title+it.URL, 0) {
				t.Fatalf("text not storable: %q %q", it.Title, it.URL)
			}
		}
		if p.BadDates > len(p.Items) {
			t.Fatalf("%d bad dates in %d items", p.BadDates, len(p.Items))
		}
	})
}
