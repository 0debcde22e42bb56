package web

import (
	"context"
	"net/http/httptest"
	"path/filepath"
	"testing"

	"github.com/newsgraph/newsgraph/internal/storetest"
	"github.com/newsgraph/newsgraph/sqlite"
)

// The article page's story line: the story of the article, nil for one
// the store does not hold.
func TestArticleStory(t *testing.T) {
	store, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "ng.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	a, b, _ := storetest.FloodReports()
	if _, _, err := store.Put(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	if _, _, err := store.Put(context.Background(), b); err != nil {
		t.Fatal(err)
	}
	s := &Server{Store: store}
	r := httptest.NewRequest("GET", "/articles/2", nil)
	if st := s.articleStory(r, 2); st == nil || st.Articles != 2 || st.Title != a.Doc.Title() {
		t.Errorf("the story of article 2: %+v", st)
	}
	if st := s.articleStory(r, 99); st != nil {
		t.Errorf("the story of a missing article: %+v", st)
	}
}
