package sqlstore_test

import (
	"context"
	"database/sql"
	"path/filepath"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/storetest"
	"github.com/newsgraph/newsgraph/sqlite"
)

var ctx = context.Background()

func put(t testing.TB, s newsgraph.Store, a *newsgraph.Article) int64 {
	t.Helper()
	id, _, err := s.Put(ctx, a)
	if err != nil {
		t.Fatal(err)
	}
	return id
}

func storyOf(t *testing.T, s newsgraph.Store, article int64) int64 {
	t.Helper()
	list, _, err := s.Stories(ctx, newsgraph.StoryFilter{Article: article})
	if err != nil || len(list) != 1 {
		t.Fatalf("story of %d: %v, %v", article, list, err)
	}
	return list[0].ID
}

// Two writers on one database place articles as one would: the second
// replays what the first stored before it places its own.
func TestWritersShareTheirStories(t *testing.T) {
	path := filepath.Join(t.TempDir(), "ng.db")
	one, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer one.Close()
	two, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer two.Close()
	a, b, other := storetest.FloodReports()
	ia := put(t, one, a)
	io := put(t, two, other)
	ib := put(t, two, b) // two never saw a placed: it must catch up
	if storyOf(t, one, ia) != storyOf(t, two, ib) {
		t.Error("the second writer put the flood's second report in a story of its own")
	}
	if storyOf(t, one, io) == storyOf(t, one, ia) {
		t.Error("the unrelated article joined the flood's story")
	}
	first := put(t, one, storetest.StoryPrint("ferry-1", "Ferry saved", 4))
	copied := put(t, two, storetest.StoryPrint("ferry-2", "Ferry back", 3)) // a copy of what one placed
	if storyOf(t, one, first) != storyOf(t, two, copied) {
		t.Error("a copy placed by the second writer did not join its original's story")
	}
}

// A reopened store rebuilds its clusterer from the stored features; a
// store whose stories were made by another version makes them again.
func TestStoriesSurviveReopenAndNewVersions(t *testing.T) {
	path := filepath.Join(t.TempDir(), "ng.db")
	s, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	a, b, other := storetest.FloodReports()
	ia, io := put(t, s, a), put(t, s, other)
	s.Close()
	if s, err = sqlite.Open(ctx, path); err != nil {
		t.Fatal(err)
	}
	ib := put(t, s, b)
	if storyOf(t, s, ia) != storyOf(t, s, ib) || storyOf(t, s, io) == storyOf(t, s, ia) {
		t.Error("after reopening, the flood's second report was placed apart from the first")
	}
	s.Close()

	db, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`UPDATE story_clock SET version = 'story.v0'`); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`UPDATE articles SET story_id = NULL WHERE id = ?`, ib); err != nil {
		t.Fatal(err)
	}
	db.Close()
	if s, err = sqlite.Open(ctx, path); err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	put(t, s, storetest.StoryPrint("ferry-1", "Ferry saved", 4))
	if storyOf(t, s, ia) != storyOf(t, s, ib) {
		t.Error("stories made again did not put the flood's reports together")
	}
	if _, total, err := s.Stories(ctx, newsgraph.StoryFilter{}); err != nil || total != 3 {
		t.Errorf("%d stories after making them again (err %v), want 3", total, err)
	}
}
