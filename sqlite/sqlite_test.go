package sqlite_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/storetest"
	"github.com/newsgraph/newsgraph/sqlite"
)

func TestStoreContract(t *testing.T) {
	storetest.Run(t, func(t *testing.T) newsgraph.Store {
		s, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "ng.db"))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		return s
	})
}

func TestReopenKeepsData(t *testing.T) {
	path := filepath.Join(t.TempDir(), "ng.db")
	s, err := sqlite.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	d := newsgraph.NewDoc(newsgraph.Metadata{}, []newsgraph.Block{{Kind: newsgraph.KindBody, Text: "Kept."}})
	if _, _, err := s.Put(context.Background(), &newsgraph.Article{Hash: "x", Doc: d}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s, err = sqlite.Open(context.Background(), path) // migrations must not run twice
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if ok, _ := s.Has(context.Background(), "x"); !ok {
		t.Error("article lost on reopen")
	}
}
