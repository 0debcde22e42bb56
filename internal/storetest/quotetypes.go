package storetest

import (
	"maps"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
)

// quoteTypeTests are the contract of quotes' types and confidences; Run
// runs them with the rest.
var quoteTypeTests = map[string]func(*testing.T, newsgraph.Store){
	"QuoteTypeRoundTrip":     testQuoteTypeRoundTrip,
	"QuotesByType":           testQuotesByType,
	"QuotesByMinConfidence":  testQuotesByMinConfidence,
	"BadQuoteFiltersRefused": testBadQuoteFiltersRefused,
}

// typed gives the one attribution of an article from article() a type
// and a confidence.
func typed(a *newsgraph.Article, t newsgraph.AttributionType, confidence float64) *newsgraph.Article {
	a.Doc.Attributions[0].Type, a.Doc.Attributions[0].Confidence = t, confidence
	return a
}

// contents lists quotes' contents without their quotation marks.
func contents(quotes []newsgraph.QuoteRecord) []string {
	var out []string
	for _, q := range quotes {
		out = append(out, strings.Trim(q.Content.Text, "“”"))
	}
	return out
}

// A quote's type and confidence come back as stored, in every list that
// carries quotes; a quote stored untyped comes back with neither.
func testQuoteTypeRoundTrip(t *testing.T, s newsgraph.Store) {
	mustPut(t, s, typed(article("a", "A", "Ann Lee", "Prices fell", day("2026-03-01")), newsgraph.Stance, 0.82))
	mustPut(t, s, article("b", "B", "Bob Roe", "Prices rose", day("2026-03-02")))
	quotes, _, err := s.Quotes(ctx, newsgraph.QuoteFilter{})
	if err != nil || len(quotes) != 2 {
		t.Fatalf("quotes: %+v, %v", quotes, err)
	}
	if q := quotes[1]; q.Type != "stance" || q.Confidence != 0.82 {
		t.Errorf("typed quote: type %q, confidence %v", q.Type, q.Confidence)
	}
	if q := quotes[0]; q.Type != "" || q.Confidence != 0 {
		t.Errorf("untyped quote: type %q, confidence %v", q.Type, q.Confidence)
	}
	ann := quotes[1].Speaker
	e, err := s.Entity(ctx, ann.EntityID)
	if err != nil || len(e.QuotesBy) != 1 || e.QuotesBy[0].Type != "stance" || e.QuotesBy[0].Confidence != 0.82 {
		t.Errorf("entity's quotes: %+v, %v", e, err)
	}
	a, err := s.Actor(ctx, ann.ActorID)
	if err != nil || len(a.QuotesBy) != 1 || a.QuotesBy[0].Type != "stance" || a.QuotesBy[0].Confidence != 0.82 {
		t.Errorf("actor's quotes: %+v, %v", a, err)
	}
	doc, err := s.Article(ctx, quotes[1].Article.ID)
	if err != nil || doc.Doc.Attributions[0].Type != newsgraph.Stance || doc.Doc.Attributions[0].Confidence != 0.82 {
		t.Errorf("stored document: %+v, %v", doc.Doc.Attributions, err)
	}
}

// Quotes are filtered by any of several types, alone or with a speaker,
// and counted by type for a speaker whatever types the filter names.
func testQuotesByType(t *testing.T, s newsgraph.Store) {
	mustPut(t, s, typed(article("a1", "A1", "Ann Lee", "Said one", day("2026-03-01")), newsgraph.Statement, 0))
	mustPut(t, s, typed(article("a2", "A2", "Ann Lee", "Criticised two", day("2026-03-02")), newsgraph.Stance, 0))
	mustPut(t, s, typed(article("a3", "A3", "Ann Lee", "Believed three", day("2026-03-03")), newsgraph.Belief, 0))
	mustPut(t, s, article("a4", "A4", "Ann Lee", "Untyped four", day("2026-03-04")))
	mustPut(t, s, typed(article("b1", "B1", "Bob Roe", "Criticised too", day("2026-03-05")), newsgraph.Stance, 0))
	all, _, err := s.Quotes(ctx, newsgraph.QuoteFilter{Speaker: "ann"})
	if err != nil || len(all) != 4 {
		t.Fatalf("Ann's quotes: %+v, %v", all, err)
	}
	ann := all[0].Speaker
	stance := []newsgraph.AttributionType{newsgraph.Stance}
	for _, c := range []struct {
		f    newsgraph.QuoteFilter
		want []string
	}{
		{newsgraph.QuoteFilter{Types: stance}, []string{"Criticised too", "Criticised two"}},
		{newsgraph.QuoteFilter{Types: stance, Actor: ann.ActorID}, []string{"Criticised two"}},
		{newsgraph.QuoteFilter{Types: stance, EntityID: ann.EntityID}, []string{"Criticised two"}},
		{newsgraph.QuoteFilter{Types: []newsgraph.AttributionType{newsgraph.Statement, newsgraph.Belief}, Speaker: "lee"}, []string{"Believed three", "Said one"}},
		{newsgraph.QuoteFilter{Types: []newsgraph.AttributionType{newsgraph.Intention}}, nil},
		{newsgraph.QuoteFilter{Actor: ann.ActorID}, []string{"Untyped four", "Believed three", "Criticised two", "Said one"}},
		{newsgraph.QuoteFilter{Types: stance, Page: newsgraph.Page{Limit: 1, Offset: 1}}, []string{"Criticised two"}},
	} {
		quotes, total, err := s.Quotes(ctx, c.f)
		if got := contents(quotes); err != nil || !slices.Equal(got, c.want) || c.f.Offset == 0 && total != len(c.want) {
			t.Errorf("%+v: %q (total %d, err %v), want %q", c.f, got, total, err, c.want)
		}
	}
	want := map[newsgraph.AttributionType]int{newsgraph.Statement: 1, newsgraph.Stance: 1, newsgraph.Belief: 1, "": 1}
	for _, f := range []newsgraph.QuoteFilter{{Actor: ann.ActorID}, {EntityID: ann.EntityID, Types: stance}} {
		if got, err := s.QuoteTypes(ctx, f); err != nil || !maps.Equal(got, want) {
			t.Errorf("QuoteTypes(%+v) = %v, %v; want %v", f, got, err, want)
		}
	}
	if got, err := s.QuoteTypes(ctx, newsgraph.QuoteFilter{}); err != nil || got[newsgraph.Stance] != 2 || len(got) != 4 {
		t.Errorf("QuoteTypes of every quote = %v, %v", got, err)
	}
}

// A threshold hides the scored quotes below it and keeps the unscored
// ones (confidence 0: stored before scoring, not scored low).
func testQuotesByMinConfidence(t *testing.T, s newsgraph.Store) {
	mustPut(t, s, typed(article("a", "A", "Ann Lee", "Sure", day("2026-03-04")), newsgraph.Statement, 0.9))
	mustPut(t, s, typed(article("b", "B", "Ann Lee", "Even", day("2026-03-03")), newsgraph.Statement, 0.5))
	mustPut(t, s, typed(article("c", "C", "Ann Lee", "Doubtful", day("2026-03-02")), newsgraph.Stance, 0.3))
	mustPut(t, s, typed(article("d", "D", "Ann Lee", "Unscored", day("2026-03-01")), newsgraph.Statement, 0))
	for _, c := range []struct {
		f    newsgraph.QuoteFilter
		want []string
	}{
		{newsgraph.QuoteFilter{}, []string{"Sure", "Even", "Doubtful", "Unscored"}},
		{newsgraph.QuoteFilter{MinConfidence: 0.5}, []string{"Sure", "Even", "Unscored"}},
		{newsgraph.QuoteFilter{MinConfidence: 0.51, Speaker: "ann"}, []string{"Sure", "Unscored"}},
		{newsgraph.QuoteFilter{MinConfidence: 1}, []string{"Unscored"}},
		{newsgraph.QuoteFilter{MinConfidence: 0.2, Types: []newsgraph.AttributionType{newsgraph.Stance}}, []string{"Doubtful"}},
		{newsgraph.QuoteFilter{MinConfidence: 0.4, Types: []newsgraph.AttributionType{newsgraph.Stance}}, nil},
	} {
		quotes, total, err := s.Quotes(ctx, c.f)
		if got := contents(quotes); err != nil || !slices.Equal(got, c.want) || total != len(c.want) {
			t.Errorf("%+v: %q (total %d, err %v), want %q", c.f, got, total, err, c.want)
		}
	}
	want := map[newsgraph.AttributionType]int{newsgraph.Statement: 3}
	if got, err := s.QuoteTypes(ctx, newsgraph.QuoteFilter{Speaker: "ann", MinConfidence: 0.4}); err != nil || !maps.Equal(got, want) {
		t.Errorf("QuoteTypes above 0.4 = %v, %v; want %v", got, err, want)
	}
}

// An unknown type or a threshold outside 0..1 is the caller's mistake,
// refused with EINVALID before any SQL runs.
func testBadQuoteFiltersRefused(t *testing.T, s newsgraph.Store) {
	mustPut(t, s, typed(article("a", "A", "Ann Lee", "Sure", day("2026-03-04")), newsgraph.Statement, 0.9))
	for _, f := range []newsgraph.QuoteFilter{
		{Types: []newsgraph.AttributionType{"opinion"}},
		{Types: []newsgraph.AttributionType{newsgraph.Statement, "' OR 1=1 --"}},
		{Types: []newsgraph.AttributionType{""}},
		{MinConfidence: 1.5},
		{MinConfidence: -0.1},
		{MinConfidence: math.NaN()},
	} {
		if _, _, err := s.Quotes(ctx, f); newsgraph.ErrorCode(err) != newsgraph.EINVALID {
			t.Errorf("Quotes(%+v): %v, want %s", f, err, newsgraph.EINVALID)
		}
		if _, err := s.QuoteTypes(ctx, f); f.Types == nil && newsgraph.ErrorCode(err) != newsgraph.EINVALID {
			t.Errorf("QuoteTypes(%+v): %v, want %s", f, err, newsgraph.EINVALID)
		}
	}
}
