package storetest

import (
	"fmt"
	"maps"
	"testing"

	"github.com/newsgraph/newsgraph"
)

// said is article with its quotation given an attribution type.
func said(hash, speaker, quote string, typ newsgraph.AttributionType, date string) *newsgraph.Article {
	return typed(article(hash, "Harbour "+hash, speaker, quote, day(date), "Port Lume"), typ, 0)
}

// An actor's quotes are counted by type when stored and again when
// re-linked: the counts by the actor alone, its list's total among them,
// equal those of the same quotes selected another way (all dated since
// 1900), near-duplicate copies left out, through merges and new
// articles.
func testQuoteCountsByActorKept(t *testing.T, s newsgraph.Store) {
	mustPut(t, s, said("q1", "Ann Vale", "The port opens in May", newsgraph.Statement, "2026-03-01"))
	mustPut(t, s, said("q2", "Ann Vale", "I believe the crews will stay", newsgraph.Belief, "2026-03-02"))
	mustPut(t, s, said("q3", "Bo Rusk", "The toll is a disgrace", newsgraph.Stance, "2026-03-03"))
	mustPut(t, s, said("q4", "Bo Rusk", "We never agreed to it", newsgraph.Statement, "2026-03-04"))
	mustPut(t, s, wire("qw1", "wire.example", "Lake Orvan beaches reopen").article())
	mustPut(t, s, wire("qw2", "daily.example", "Swimmers return to Lake Orvan").article()) // a copy
	check := func(when string) {
		t.Helper()
		actors, _, err := s.Actors(ctx, newsgraph.ActorFilter{Page: newsgraph.Page{Limit: 100}})
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range actors {
			kept, err := s.QuoteTypes(ctx, newsgraph.QuoteFilter{Actor: a.ID})
			if err != nil {
				t.Fatal(err)
			}
			counted, err := s.QuoteTypes(ctx, newsgraph.QuoteFilter{Actor: a.ID, From: day("1900-01-01")})
			if err != nil {
				t.Fatal(err)
			}
			if !maps.Equal(kept, counted) {
				t.Errorf("%s, %s: kept counts %v, counted %v", when, a.Name, kept, counted)
			}
			for _, types := range [][]newsgraph.AttributionType{nil, {newsgraph.Statement}, {newsgraph.Belief, newsgraph.Stance}} {
				list, total, err := s.Quotes(ctx, newsgraph.QuoteFilter{Actor: a.ID, Types: types, Page: newsgraph.Page{Limit: 1}})
				_, want, err2 := s.Quotes(ctx, newsgraph.QuoteFilter{Actor: a.ID, Types: types, From: day("1900-01-01")})
				if err != nil || err2 != nil || total != want || len(list) != min(want, 1) {
					t.Errorf("%s, %s, types %v: total %d of a page of %d, counted %d (%v, %v)", when, a.Name, types, total, len(list), want, err, err2)
				}
			}
		}
		if a := actorNamed(t, s, "Jonas Brekke"); fmt.Sprint(mustTypes(t, s, a.ID)) != "map[:1]" {
			t.Errorf("%s: the syndicated speaker's counts %v, want its quote once", when, mustTypes(t, s, a.ID))
		}
	}
	check("as stored")
	ann, bo := actorNamed(t, s, "Ann Vale"), actorNamed(t, s, "Bo Rusk")
	if _, err := s.Correct(ctx, newsgraph.CorrectMerge, ann.ID, bo.ID, ""); err != nil {
		t.Fatal(err)
	}
	relink(t, s)
	check("after merging Bo into Ann")
	if got := mustTypes(t, s, ann.ID); got[newsgraph.Statement] != 2 || got[newsgraph.Belief] != 1 || got[newsgraph.Stance] != 1 {
		t.Errorf("Ann with Bo merged in: %v", got)
	}
	mustPut(t, s, said("q5", "Bo Rusk", "The crews are right", newsgraph.Stance, "2026-03-05"))
	check("after a new article")
}

func mustTypes(t *testing.T, s newsgraph.Store, actor int64) map[newsgraph.AttributionType]int {
	t.Helper()
	m, err := s.QuoteTypes(ctx, newsgraph.QuoteFilter{Actor: actor})
	if err != nil {
		t.Fatal(err)
	}
	return m
}
