package feeds

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"
	ext "github.com/mmcdole/gofeed/extensions"

	"github.com/newsgraph/newsgraph/internal/fetch"
)

// ErrNotAFeed is the error of a document that is neither RSS, Atom nor
// JSON Feed, such as the HTML home page of a site given for its feed.
var ErrNotAFeed = errors.New("not a feed (RSS, Atom or JSON Feed)")

// Parsed is what one feed document holds that the watcher uses.
type Parsed struct {
	Title string
	// Items are the newest items, at most the limit given to Parse, newest
	// first (items without a date keep their place after the dated ones).
	Items []Item
	Total int // items in the document, kept or not
	// BadDates counts the kept items whose date was missing or
	// unreadable; their Published is "".
	BadDates int
	// Interval is how often the feed asks to be read (RSS <ttl>, or
	// <sy:updatePeriod> and <sy:updateFrequency>); 0 when it does not say.
	Interval time.Duration
}

// Lengths kept of the text a feed gives.
const (
	maxTitleBytes = 1000
	maxURLBytes   = 4096
	maxTextBytes  = 1 << 20
)

// Parse reads a feed document fetched from source, keeping at most
// maxItems items (the newest). now is the time of the poll.
func Parse(body []byte, source string, maxItems int, now time.Time) (*Parsed, error) {
	f, err := gofeed.NewParser().Parse(bytes.NewReader(body))
	if errors.Is(err, gofeed.ErrFeedTypeNotDetected) {
		if looksLikeHTML(body) {
			return nil, fmt.Errorf("%w: the address serves an HTML page; give the address of the site's feed instead", ErrNotAFeed)
		}
		return nil, ErrNotAFeed
	}
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrNotAFeed, err)
	}
	out := &Parsed{Title: clean(f.Title, maxTitleBytes), Total: len(f.Items), Interval: feedInterval(f, body)}
	out.Items, out.BadDates = newestItems(f.Items, source, maxItems, now)
	return out, nil
}

// newestItems turns the feed's items into queue items, newest first, and
// keeps at most limit. Sorting before cutting matters: feeds usually list
// the newest first, but not all do.
func newestItems(all []*gofeed.Item, source string, limit int, now time.Time) ([]Item, int) {
	type dated struct {
		item *gofeed.Item
		at   time.Time
	}
	list := make([]dated, 0, len(all))
	for _, it := range all {
		if it == nil {
			continue
		}
		var at time.Time
		if d, ok := itemDate(publishedOrUpdated(it), now); ok {
			at, _ = time.Parse(time.RFC3339, d)
		}
		list = append(list, dated{it, at})
	}
	slices.SortStableFunc(list, func(a, b dated) int { return b.at.Compare(a.at) })
	items, bad := []Item{}, 0
	for _, d := range list {
		if len(items) == limit {
			break
		}
		it, ok := toItem(d.item, source, now)
		if !ok {
			continue
		}
		if it.Published == "" {
			bad++
		}
		items = append(items, it)
	}
	return items, bad
}

// toItem makes a queue item of a feed item; false for an item with
// neither a link nor content, which gives nothing to read.
func toItem(it *gofeed.Item, source string, now time.Time) (Item, bool) {
	link := articleLink(it, source)
	out := Item{URL: link, Title: clean(it.Title, maxTitleBytes), Source: source}
	if link == "" {
		out.Text = clean(cmp.Or(it.Content, it.Description), maxTextBytes)
		if out.Text == "" {
			return Item{}, false
		}
	}
	out.Published, _ = itemDate(publishedOrUpdated(it), now)
	out.Key = ItemKey(it.GUID, link, it.Title, cmp.Or(it.Published, it.Updated))
	if out.Key == "" && out.Text != "" { // nothing names it but its words
		out.Key = hashKey(out.Text)
	}
	return out, out.Key != ""
}

// articleLink is the item's link made absolute against the feed's
// address, or "" when it has none that is http(s): a javascript: or
// mailto: link gives nothing to fetch, and a worker would refuse it.
func articleLink(it *gofeed.Item, source string) string {
	link := it.Link
	if link == "" && len(it.Links) > 0 {
		link = it.Links[0]
	}
	link = clean(link, maxURLBytes)
	if link == "" {
		return ""
	}
	if base, err := url.Parse(source); err == nil && base.IsAbs() {
		if u, err := base.Parse(link); err == nil {
			link = u.String()
		}
	}
	if !fetch.IsURL(link) {
		return ""
	}
	return link
}

func publishedOrUpdated(it *gofeed.Item) *time.Time {
	if it.PublishedParsed != nil {
		return it.PublishedParsed
	}
	return it.UpdatedParsed
}

// feedInterval reads how often the feed says it changes: RSS's <ttl>
// (minutes), else the syndication module's update period.
func feedInterval(f *gofeed.Feed, body []byte) time.Duration {
	if minutes := rssTTL(body); minutes > 0 {
		return time.Duration(min(minutes, 7*24*60)) * time.Minute
	}
	return syndicationInterval(f.Extensions)
}

// rssTTL finds <ttl> in the channel's head, before the first item. The
// universal feed drops it, and keeping gofeed's RSS-specific copy of a
// whole feed for one number would double the memory of a large one.
func rssTTL(body []byte) int {
	head := body[:min(len(body), 64<<10)]
	if i := bytes.Index(head, []byte("<item")); i >= 0 {
		head = head[:i]
	}
	_, rest, ok := bytes.Cut(head, []byte("<ttl>"))
	if !ok {
		return 0
	}
	value, _, ok := bytes.Cut(rest, []byte("</ttl>"))
	if !ok {
		return 0
	}
	minutes, err := strconv.Atoi(strings.TrimSpace(string(value)))
	if err != nil || minutes <= 0 {
		return 0
	}
	return minutes
}

// syndicationInterval reads RSS 1.0's syndication module: updatePeriod
// (hourly, daily…) divided by updateFrequency (times per period).
func syndicationInterval(exts ext.Extensions) time.Duration {
	sy := exts["sy"]
	if len(sy["updatePeriod"]) == 0 {
		return 0
	}
	period, ok := map[string]time.Duration{
		"hourly": time.Hour, "daily": 24 * time.Hour, "weekly": 7 * 24 * time.Hour,
		"monthly": 30 * 24 * time.Hour, "yearly": 365 * 24 * time.Hour,
	}[strings.ToLower(strings.TrimSpace(sy["updatePeriod"][0].Value))]
	if !ok {
		return 0
	}
	freq := 1
	if fs := sy["updateFrequency"]; len(fs) > 0 {
		if n, err := strconv.Atoi(strings.TrimSpace(fs[0].Value)); err == nil && n > 0 {
			freq = min(n, 10000)
		}
	}
	return period / time.Duration(freq)
}

// looksLikeHTML reports whether a document starts as an HTML page does.
func looksLikeHTML(body []byte) bool {
	head := bytes.ToLower(bytes.TrimSpace(body[:min(len(body), 1024)]))
	head = bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	return bytes.HasPrefix(head, []byte("<!doctype html")) || bytes.HasPrefix(head, []byte("<html")) ||
		bytes.Contains(head, []byte("<head")) || bytes.Contains(head, []byte("<body"))
}
