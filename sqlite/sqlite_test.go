package sqlite_test

import (
	"context"
	"database/sql"
	"os"
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
		s.RankWindow = storetest.SearchRankWindow
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

// A database written at migration 001 is upgraded when opened.
func TestUpgradeFromVersion1(t *testing.T) {
	path := filepath.Join(t.TempDir(), "v1.db")
	db, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	v1, err := os.ReadFile("migration/001_initial.sql")
	if err != nil {
		t.Fatal(err)
	}
	storetest.WriteVersion1(t, db, v1,
		`INSERT INTO articles_fts (rowid, title, text) VALUES (1, 'Talks', 'Vladimir Putin said: “Peace now.” Moscow waits.'), (2, 'Toast', 'Kim Jong Un said: “Always.”')`,
		`INSERT INTO quotes_fts (rowid, content) VALUES (1, '“Peace now.”'), (2, '“Always.”')`)
	db.Close()
	s, err := sqlite.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	storetest.CheckUpgraded(t, s)
	if hits, total, err := s.Search(context.Background(), "peace", newsgraph.Page{}); err != nil || total != 2 || hits[0].Snippet == "" {
		t.Errorf("search after the upgrade: %+v (total %d, err %v)", hits, total, err)
	}
}
