package analyze

import (
	"context"
	"testing"
	"time"
)

// The analyzer's date is the fallback: a record's own date wins.
func TestPublishedIsTheDateOfArticlesWithoutOne(t *testing.T) {
	a := newAnalyzer(t)
	a.Published = time.Date(2023, 9, 14, 0, 0, 0, 0, time.UTC)
	own := time.Date(2020, 1, 2, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		item Item
		want time.Time
	}{
		{Item{Raw: []byte("The mayor spoke on Wednesday.")}, a.Published},
		{Item{Raw: []byte("The mayor spoke on Wednesday."), Published: own}, own},
	} {
		d, err := a.Analyze(context.Background(), c.item)
		if err != nil {
			t.Fatal(err)
		}
		if !d.Meta.Published.Equal(c.want) {
			t.Errorf("published = %v, want %v", d.Meta.Published, c.want)
		}
	}
}

// Text that comes with a URL and no site name is listed under the URL's
// host, so the outlet filters and columns have something to show.
func TestTextWithAURLIsListedUnderItsHost(t *testing.T) {
	a := newAnalyzer(t)
	for _, c := range []struct{ url, want string }{
		{"https://www.Harbour-Herald.example/2031/strike", "harbour-herald.example"},
		{"http://news.example:8080/a", "news.example"},
		{"", ""},
	} {
		d, err := a.Analyze(context.Background(), Item{Raw: []byte("The mayor spoke on Wednesday."), URL: c.url})
		if err != nil {
			t.Fatal(err)
		}
		if d.Meta.Site != c.want {
			t.Errorf("URL %q: site %q, want %q", c.url, d.Meta.Site, c.want)
		}
	}
}
