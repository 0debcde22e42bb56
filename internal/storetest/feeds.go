package storetest

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph"
)

// feedTests is the contract of the Store's part named in this file's name.
var feedTests = map[string]func(*testing.T, newsgraph.Store){
	"FeedAddedOnce":            testFeedAddedOnce,
	"FeedPollStateRoundTrips":  testFeedPollStateRoundTrips,
	"FeedItemsSeenOncePerFeed": testFeedItemsSeenOncePerFeed,
	"FeedItemsInMany":          testFeedItemsInMany,
	"FeedBadInputRefused":      testFeedBadInputRefused,
}

func testFeedAddedOnce(t *testing.T, s newsgraph.Store) {
	a, err := s.AddFeed(ctx, "https://news.example/rss")
	if err != nil || a.ID == 0 || a.URL != "https://news.example/rss" || a.Polls != 0 || !a.NextPoll.IsZero() {
		t.Fatalf("AddFeed: %+v, %v", a, err)
	}
	again, err := s.AddFeed(ctx, "https://news.example/rss")
	if err != nil || again.ID != a.ID {
		t.Fatalf("adding the feed again: %+v, %v (want id %d)", again, err, a.ID)
	}
	b, _ := s.AddFeed(ctx, "https://another.example/atom")
	list, err := s.Feeds(ctx)
	if err != nil || len(list) != 2 || list[0].ID != b.ID || list[1].ID != a.ID {
		t.Errorf("Feeds, by URL: %+v, %v", list, err)
	}
}

func testFeedPollStateRoundTrips(t *testing.T, s newsgraph.Store) {
	f, _ := s.AddFeed(ctx, "https://news.example/rss")
	polled := time.Date(2026, 5, 4, 3, 2, 1, 500_000_000, time.UTC)
	f.Title, f.ETag, f.LastModified = "Harbour News “daily”", `W/"abc"`, "Mon, 04 May 2026 03:00:00 GMT"
	f.LastPolled, f.NextPoll = polled, polled.Add(90*time.Second)
	f.Errors, f.LastError, f.Polls, f.NotModified = 2, "HTTP 503 Service Unavailable", 7, 3
	f.ItemsSeen = 999 // the store's own count: not written
	if err := s.SaveFeedPoll(ctx, f); err != nil {
		t.Fatal(err)
	}
	list, _ := s.Feeds(ctx)
	if len(list) != 1 {
		t.Fatalf("%d feeds", len(list))
	}
	got := list[0]
	f.ItemsSeen = 0
	if got != *f {
		t.Errorf("saved state read back as\n%+v\nwant\n%+v", got, *f)
	}
	missing := *f
	missing.ID = f.ID + 100
	if err := s.SaveFeedPoll(ctx, &missing); newsgraph.ErrorCode(err) != newsgraph.ENOTFOUND {
		t.Errorf("saving an unknown feed: %v", err)
	}
}

func testFeedItemsSeenOncePerFeed(t *testing.T, s newsgraph.Store) {
	a, _ := s.AddFeed(ctx, "https://a.example/feed")
	b, _ := s.AddFeed(ctx, "https://b.example/feed")
	unseen, err := s.UnseenFeedItems(ctx, a.ID, []string{"k2", "k1", "k2"})
	if err != nil || !slices.Equal(unseen, []string{"k2", "k1"}) {
		t.Fatalf("nothing seen yet: %v, %v", unseen, err)
	}
	if n, err := s.MarkFeedItemsSeen(ctx, a.ID, []string{"k1", "k2", "k1"}); err != nil || n != 2 {
		t.Fatalf("marking two keys: %d, %v", n, err)
	}
	if n, _ := s.MarkFeedItemsSeen(ctx, a.ID, []string{"k2", "k3"}); n != 1 {
		t.Errorf("marking one seen and one new key counted %d new", n)
	}
	unseen, _ = s.UnseenFeedItems(ctx, a.ID, []string{"k1", "k4", "k3"})
	if !slices.Equal(unseen, []string{"k4"}) {
		t.Errorf("after marking k1-k3: unseen %v", unseen)
	}
	if unseen, _ := s.UnseenFeedItems(ctx, b.ID, []string{"k1"}); !slices.Equal(unseen, []string{"k1"}) {
		t.Errorf("a key seen in one feed counts as seen in another: %v", unseen)
	}
	list, _ := s.Feeds(ctx)
	if list[0].ItemsSeen != 3 || list[1].ItemsSeen != 0 {
		t.Errorf("items seen: %d and %d, want 3 and 0", list[0].ItemsSeen, list[1].ItemsSeen)
	}
}

// testFeedItemsInMany passes more keys than one statement takes.
func testFeedItemsInMany(t *testing.T, s newsgraph.Store) {
	f, _ := s.AddFeed(ctx, "https://a.example/feed")
	keys := make([]string, 1500)
	for i := range keys {
		keys[i] = fmt.Sprintf("https://a.example/story/%d", i)
	}
	if n, err := s.MarkFeedItemsSeen(ctx, f.ID, keys[:1000]); err != nil || n != 1000 {
		t.Fatalf("marking 1000: %d, %v", n, err)
	}
	unseen, err := s.UnseenFeedItems(ctx, f.ID, keys)
	if err != nil || !slices.Equal(unseen, keys[1000:]) {
		t.Errorf("unseen: %d keys, err %v; want the last 500", len(unseen), err)
	}
}

func testFeedBadInputRefused(t *testing.T, s newsgraph.Store) {
	for _, url := range []string{"", "https://a.example/\nX-Evil: 1", string(make([]byte, 5000))} {
		if _, err := s.AddFeed(ctx, url); newsgraph.ErrorCode(err) != newsgraph.EINVALID {
			t.Errorf("AddFeed(%.20q): %v, want invalid", url, err)
		}
	}
	if _, err := s.MarkFeedItemsSeen(ctx, 12345, []string{"k"}); newsgraph.ErrorCode(err) != newsgraph.ENOTFOUND {
		t.Errorf("marking items of an unknown feed: %v", err)
	}
	hostile := []string{"'; DROP TABLE feeds; --", "ключ “x”", "%_\\"}
	f, _ := s.AddFeed(ctx, "https://a.example/feed")
	if n, err := s.MarkFeedItemsSeen(ctx, f.ID, hostile); err != nil || n != 3 {
		t.Fatalf("hostile keys: %d, %v", n, err)
	}
	if unseen, _ := s.UnseenFeedItems(ctx, f.ID, append(hostile, "%")); !slices.Equal(unseen, []string{"%"}) {
		t.Errorf("hostile keys read back wrong: unseen %q", unseen)
	}
}
