package storetest

import (
	"errors"
	"reflect"
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph"
)

// exportTests is the contract of the Store's part named in this file's name.
var exportTests = map[string]func(*testing.T, newsgraph.Store){
	"EachQuoteIsTheWholeList":   testEachQuoteIsTheWholeList,
	"EachArticleIsTheWholeList": testEachArticleIsTheWholeList,
	"EachActorIsTheWholeList":   testEachActorIsTheWholeList,
	"EachStoryIsTheWholeList":   testEachStoryIsTheWholeList,
	"EachStopsAndRefuses":       testEachStopsAndRefuses,
}

// putExportCorpus stores putOutlets' six articles and three more, each
// quoting its speaker twice: twelve quotes, nine articles.
func putExportCorpus(t *testing.T, s newsgraph.Store) {
	t.Helper()
	putOutlets(t, s)
	for _, d := range []string{"2026-02-10", "2026-02-11", "2026-02-12"} {
		mustPut(t, s, twoQuotes("t"+d, "Cleo Marsh", day(d)))
	}
}

// allPages reads every page of a list, two items at a time.
func allPages[T any](t *testing.T, list func(newsgraph.Page) ([]T, int, error)) []T {
	t.Helper()
	var out []T
	for offset := 0; ; offset += 2 {
		page, total, err := list(newsgraph.Page{Limit: 2, Offset: offset})
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, page...)
		if offset+2 >= total {
			return out
		}
	}
}

// sameItems checks that an export yielded the paged list's items, each
// once, equal field by field, in increasing id order.
func sameItems[T any](t *testing.T, what string, paged, exported []T, id func(T) int64) {
	t.Helper()
	if len(paged) == 0 {
		t.Fatalf("%s: the paged list is empty, so the test shows nothing", what)
	}
	if !slices.IsSortedFunc(exported, func(a, b T) int { return int(id(a) - id(b)) }) {
		t.Errorf("%s: not in id order", what)
	}
	byID := map[int64]T{}
	for _, v := range paged {
		byID[id(v)] = v
	}
	if len(exported) != len(paged) {
		t.Errorf("%s: exported %d, the pages hold %d", what, len(exported), len(paged))
	}
	for i, v := range exported {
		if i > 0 && id(exported[i-1]) == id(v) {
			t.Errorf("%s: %d exported twice", what, id(v))
		}
		if want, ok := byID[id(v)]; !ok || !reflect.DeepEqual(v, want) {
			t.Errorf("%s: exported %+v\nthe list has %+v", what, v, want)
		}
	}
}

// collectEach gathers what an Each method yields.
func collectEach[T any](t *testing.T, each func(fn func(T) error) error) []T {
	t.Helper()
	var out []T
	if err := each(func(v T) error { out = append(out, v); return nil }); err != nil {
		t.Fatal(err)
	}
	return out
}

func testEachQuoteIsTheWholeList(t *testing.T, s newsgraph.Store) {
	putExportCorpus(t, s)
	for _, f := range []newsgraph.QuoteFilter{
		{},
		{Speaker: "marsh"},
		{Query: "ferries", Sort: newsgraph.SortRelevance},
		{Site: "Herald"},
		{From: day("2026-02-11"), To: day("2026-03-02"), Sort: newsgraph.SortOldest},
	} {
		paged := allPages(t, func(p newsgraph.Page) ([]newsgraph.QuoteRecord, int, error) {
			g := f
			g.Page = p
			return s.Quotes(ctx, g)
		})
		f.Page = newsgraph.Page{Limit: 2, Offset: 5} // a batch of two; the offset is ignored
		exported := collectEach(t, func(fn func(newsgraph.QuoteRecord) error) error { return s.EachQuote(ctx, f, fn) })
		sameItems(t, "quotes", paged, exported, func(q newsgraph.QuoteRecord) int64 { return q.ID })
	}
}

func testEachArticleIsTheWholeList(t *testing.T, s newsgraph.Store) {
	putExportCorpus(t, s)
	for _, f := range []newsgraph.ArticleFilter{
		{},
		{Query: "bridges"},
		{Site: "Gazette", Sort: newsgraph.SortOldest},
		{Query: "story", From: day("2026-02-11")},
		{To: day("2026-03-02")},
	} {
		paged := allPages(t, func(p newsgraph.Page) ([]newsgraph.ArticleSummary, int, error) {
			g := f
			g.Page = p
			hits, total, err := s.FindArticles(ctx, g)
			list := make([]newsgraph.ArticleSummary, len(hits))
			for i, h := range hits {
				list[i] = h.Article
			}
			return list, total, err
		})
		f.Page = newsgraph.Page{Limit: 3}
		exported := collectEach(t, func(fn func(newsgraph.ArticleSummary) error) error { return s.EachArticle(ctx, f, fn) })
		sameItems(t, "articles", paged, exported, func(a newsgraph.ArticleSummary) int64 { return a.ID })
	}
}

func testEachActorIsTheWholeList(t *testing.T, s newsgraph.Store) {
	putExportCorpus(t, s)
	for _, f := range []newsgraph.ActorFilter{{}, {Type: "per"}, {Query: "LEE"}} {
		paged := allPages(t, func(p newsgraph.Page) ([]newsgraph.ActorRecord, int, error) {
			g := f
			g.Page = p
			return s.Actors(ctx, g)
		})
		f.Page = newsgraph.Page{Limit: 1}
		exported := collectEach(t, func(fn func(newsgraph.ActorRecord) error) error { return s.EachActor(ctx, f, fn) })
		sameItems(t, "actors", paged, exported, func(a newsgraph.ActorRecord) int64 { return a.ID })
	}
}

// EachStory yields the stories of the paged list, each with the first
// actors of its page.
func testEachStoryIsTheWholeList(t *testing.T, s newsgraph.Store) {
	putExportCorpus(t, s)
	for _, f := range []newsgraph.StoryFilter{{}, {Site: "Herald"}, {Query: "ferries"}, {From: day("2026-02-11"), To: day("2026-03-02")}} {
		paged := allPages(t, func(p newsgraph.Page) ([]newsgraph.StoryRecord, int, error) {
			g := f
			g.Page = p
			return s.Stories(ctx, g)
		})
		f.Page = newsgraph.Page{Limit: 2}
		rows := collectEach(t, func(fn func(newsgraph.StoryRow) error) error { return s.EachStory(ctx, f, fn) })
		exported := make([]newsgraph.StoryRecord, len(rows))
		for i, r := range rows {
			exported[i] = r.StoryRecord
			d, err := s.Story(ctx, r.ID)
			if err != nil {
				t.Fatal(err)
			}
			want := d.Actors[:min(len(d.Actors), newsgraph.StoryRowActors)]
			if len(want) == 0 || !reflect.DeepEqual(r.TopActors, want) {
				t.Errorf("story %d: top actors %+v, its page names %+v", r.ID, r.TopActors, d.Actors)
			}
		}
		sameItems(t, "stories", paged, exported, func(st newsgraph.StoryRecord) int64 { return st.ID })
	}
}

// A callback's error stops a walk and comes back; a filter the paged list
// refuses is refused before anything is yielded.
func testEachStopsAndRefuses(t *testing.T, s newsgraph.Store) {
	putExportCorpus(t, s)
	stop := errors.New("stop")
	calls := 0
	for name, walk := range map[string]func() error{
		"quotes": func() error {
			return s.EachQuote(ctx, newsgraph.QuoteFilter{}, func(newsgraph.QuoteRecord) error { calls++; return stop })
		},
		"articles": func() error {
			return s.EachArticle(ctx, newsgraph.ArticleFilter{}, func(newsgraph.ArticleSummary) error { calls++; return stop })
		},
		"actors": func() error {
			return s.EachActor(ctx, newsgraph.ActorFilter{}, func(newsgraph.ActorRecord) error { calls++; return stop })
		},
	} {
		calls = 0
		if err := walk(); !errors.Is(err, stop) || calls != 1 {
			t.Errorf("%s: %d calls, %v; want one call and the callback's error", name, calls, err)
		}
	}
	never := func(newsgraph.QuoteRecord) error { t.Error("a refused filter yielded a quote"); return nil }
	for _, f := range []newsgraph.QuoteFilter{
		{From: day("2026-03-02"), To: day("2026-03-01")},
		{Types: []newsgraph.AttributionType{"rumour"}},
		{MinConfidence: 2},
	} {
		if err := s.EachQuote(ctx, f, never); newsgraph.ErrorCode(err) != newsgraph.EINVALID {
			t.Errorf("EachQuote(%+v): %v, want an invalid-filter error", f, err)
		}
	}
	err := s.EachArticle(ctx, newsgraph.ArticleFilter{Query: "ferries", From: day("2026-01-02"), To: day("2026-01-01")}, func(newsgraph.ArticleSummary) error {
		t.Error("a refused filter yielded an article")
		return nil
	})
	if newsgraph.ErrorCode(err) != newsgraph.EINVALID {
		t.Errorf("EachArticle with dates that run backwards: %v", err)
	}
}
