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
