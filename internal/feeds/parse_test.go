package feeds

import (
	"errors"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

var pollTime = time.Date(2026, 3, 2, 12, 0, 0, 0, time.UTC)

func TestParseReadsEachFormat(t *testing.T) {
	atom := `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Quay Notes</title>
<entry><id>tag:quay.example,2026:1</id><title>Crane repaired</title><link href="https://quay.example/crane"/><updated>2026-03-01T09:30:00Z</updated></entry></feed>`
	jsonFeed := `{"version":"https://jsonfeed.org/version/1.1","title":"Lock Keeper","items":[
{"id":"lk-1","url":"https://lock.example/gates","title":"Gates reopen","date_published":"2026-03-01T10:00:00+01:00"}]}`
	for _, c := range []struct{ name, doc, title, url, key, date string }{
		{"RSS", rssDoc("Harbour", 0, story{guid: "h-1", link: "https://harbour.example/1", title: "Ferry late", date: "Sun, 01 Mar 2026 08:00:00 +0000"}),
			"Harbour", "https://harbour.example/1", "h-1", "2026-03-01T08:00:00Z"},
		{"Atom", atom, "Quay Notes", "https://quay.example/crane", "tag:quay.example,2026:1", "2026-03-01T09:30:00Z"},
		{"JSON Feed", jsonFeed, "Lock Keeper", "https://lock.example/gates", "lk-1", "2026-03-01T09:00:00Z"},
	} {
		p, err := Parse([]byte(c.doc), "https://src.example/feed", 10, pollTime)
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if p.Title != c.title || len(p.Items) != 1 {
			t.Errorf("%s: title %q, %d items", c.name, p.Title, len(p.Items))
			continue
		}
		it := p.Items[0]
		if it.URL != c.url || it.Key != c.key || it.Published != c.date || it.Source != "https://src.example/feed" {
			t.Errorf("%s: item %+v", c.name, it)
		}
	}
}

func TestParseReadsTheFeedsInterval(t *testing.T) {
	sy := func(period, freq string) string {
		return `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
 xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"><channel rdf:about="https://dock.example/"><title>Dock</title>
<sy:updatePeriod>` + period + `</sy:updatePeriod><sy:updateFrequency>` + freq + `</sy:updateFrequency></channel>
<item rdf:about="https://dock.example/1"><title>Berth</title><link>https://dock.example/1</link></item></rdf:RDF>`
	}
	for _, c := range []struct {
		doc  string
		want time.Duration
	}{
		{rssDoc("Harbour", 45), 45 * time.Minute},
		{rssDoc("Harbour", 0), 0},
		{sy("hourly", "4"), 15 * time.Minute},
		{sy("daily", ""), 24 * time.Hour},
		{sy("fortnightly", "2"), 0},
	} {
		p, err := Parse([]byte(c.doc), "", 10, pollTime)
		if err != nil || p.Interval != c.want {
			t.Errorf("interval %v, want %v (err %v) in %.80s", p.Interval, c.want, err, c.doc)
		}
	}
}

func TestParseRefusesWhatIsNotAFeed(t *testing.T) {
	for _, doc := range []string{
		"<!DOCTYPE html><html><body><p>Harbour Gazette</p></body></html>",
		"<html><head><title>x</title></head></html>",
		"just some words about a ferry",
		"",
		"<rss><channel><title>cut short",
	} {
		if _, err := Parse([]byte(doc), "", 10, pollTime); !errors.Is(err, ErrNotAFeed) {
			t.Errorf("%q: %v, want ErrNotAFeed", doc, err)
		}
	}
}

func TestParseSkipsItemsWithNothingToRead(t *testing.T) {
	doc := `<rss version="2.0"><channel><title>T</title>
<item><title>Only a title</title></item>
<item><description>&lt;p&gt;The whole story is here.&lt;/p&gt;</description></item>
</channel></rss>`
	p, err := Parse([]byte(doc), "", 10, pollTime)
	if err != nil || len(p.Items) != 1 || !strings.Contains(p.Items[0].Text, "whole story") || p.Items[0].Key == "" {
		t.Errorf("items %+v, err %v", p, err)
	}
}

func TestParseResolvesLinksAndDropsOthers(t *testing.T) {
	doc := rssDoc("Harbour", 0,
		story{guid: "1", link: "/news/ferry", title: "Relative"},
		story{guid: "2", link: "javascript:alert(1)", title: "Script"},
		story{guid: "3", link: "https://other.example/x", title: "Absolute"})
	p, err := Parse([]byte(doc), "https://harbour.example/feeds/main.xml", 10, pollTime)
	if err != nil {
		t.Fatal(err)
	}
	var urls []string
	for _, it := range p.Items {
		urls = append(urls, it.URL)
	}
	if len(urls) != 2 || urls[0] != "https://harbour.example/news/ferry" || urls[1] != "https://other.example/x" {
		t.Errorf("links %q", urls)
	}
}

func TestItemKeyPrefersGUIDThenLinkThenHash(t *testing.T) {
	long := "https://harbour.example/" + strings.Repeat("x", 600)
	for _, c := range []struct{ guid, link, title, date, want string }{
		{"g-1", "https://a.example/1", "T", "D", "g-1"},
		{"  ", " https://a.example/1 ", "T", "D", "https://a.example/1"},
		{"", "", "", "", ""},
	} {
		if got := ItemKey(c.guid, c.link, c.title, c.date); got != c.want {
			t.Errorf("ItemKey(%q, %q, …) = %q, want %q", c.guid, c.link, got, c.want)
		}
	}
	a, b := ItemKey("", "", "Ferry late", "yesterday"), ItemKey("", "", "Ferry late", "today")
	if !strings.HasPrefix(a, "sha256:") || a == b {
		t.Errorf("title+date keys %q and %q", a, b)
	}
	if k := ItemKey(long, "", "", ""); len(k) > maxKeyBytes || k != ItemKey(long, "", "", "") || k == ItemKey(long+"y", "", "", "") {
		t.Errorf("a long GUID's key %q", k)
	}
	if k := ItemKey("bad\xffguid\x00", "", "", ""); !utf8.ValidString(k) || strings.ContainsRune(k, 0) {
		t.Errorf("key %q is not storable text", k)
	}
}

func TestItemDateRange(t *testing.T) {
	at := func(y int) *time.Time { t := time.Date(y, 1, 2, 3, 4, 5, 0, time.FixedZone("", 3600)); return &t }
	for _, c := range []struct {
		d    *time.Time
		want string
	}{
		{at(2026), "2026-01-02T02:04:05Z"},
		{at(1), ""},
		{at(20226), ""},
		{nil, ""},
	} {
		if got, ok := itemDate(c.d, pollTime); got != c.want || ok != (c.want != "") {
			t.Errorf("itemDate(%v) = %q, %v; want %q", c.d, got, ok, c.want)
		}
	}
}

func TestPolicyIntervals(t *testing.T) {
	p := Policy{Jitter: -1}.WithDefaults()
	for _, c := range []struct {
		asks, want time.Duration
	}{
		{0, 15 * time.Minute}, {time.Minute, 5 * time.Minute}, {time.Hour, time.Hour}, {30 * 24 * time.Hour, 24 * time.Hour},
	} {
		if got := p.interval(c.asks); got != c.want {
			t.Errorf("interval(%v) = %v, want %v", c.asks, got, c.want)
		}
	}
	if got := p.afterError(0, 1, 0); got != 30*time.Minute {
		t.Errorf("after one error: %v", got)
	}
	if got := p.afterError(0, 50, 0); got != 6*time.Hour {
		t.Errorf("after 50 errors: %v, want the 6h cap", got)
	}
	if got := p.afterError(0, 1, 2*time.Hour); got != 2*time.Hour {
		t.Errorf("Retry-After 2h after one error: %v", got)
	}
	if got := p.afterError(0, 1, 1000*time.Hour); got != 6*time.Hour {
		t.Errorf("Retry-After 1000h: %v, want the cap", got)
	}
	j := Policy{}.WithDefaults()
	for range 100 {
		if d := j.jitter(time.Hour); d < 54*time.Minute || d > 66*time.Minute {
			t.Fatalf("jitter moved an hour to %v", d)
		}
	}
}

func TestRetryAfterHeader(t *testing.T) {
	now := time.Date(2026, 3, 2, 12, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		h    string
		want time.Duration
	}{
		{"120", 2 * time.Minute}, {"", 0}, {"-5", 0}, {"soon", 0},
		{"Mon, 02 Mar 2026 12:05:00 GMT", 5 * time.Minute}, {"Mon, 02 Mar 2026 11:00:00 GMT", 0},
	} {
		if got := retryAfter(c.h, now); got != c.want {
			t.Errorf("retryAfter(%q) = %v, want %v", c.h, got, c.want)
		}
	}
}
