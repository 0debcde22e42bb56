package storetest

import (
	"errors"
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph"
)

// eventTests are the contract of stored events; Run runs them with the
// rest.
var eventTests = map[string]func(*testing.T, newsgraph.Store){
	"EventRoundTrip":         testEventRoundTrip,
	"EventFilters":           testEventFilters,
	"EventsArePaged":         testEventsArePaged,
	"EventsStoredOnce":       testEventsStoredOnce,
	"EventsFollowRelinking":  testEventsFollowRelinking,
	"EachEvent":              testEachEvent,
	"BadEventFiltersRefused": testBadEventFiltersRefused,
	"BadEventSpansRefused":   testBadEventSpansRefused,
}

// verbs lists events' verbs with their articles' hashes' URLs' last part.
func verbs(events []newsgraph.EventRecord) []string {
	var out []string
	for _, e := range events {
		out = append(out, e.Verb.Text+"@"+e.Article.URL[len("https://example.org/"):])
	}
	return out
}

// cpText is the text of code points [start, end) of s.
func cpText(s string, start, end int) string {
	r := []rune(s)
	if start < 0 || end > len(r) || start > end {
		return "<out of range>"
	}
	return string(r[start:end])
}

// Every field of an event comes back as stored, offsets in code points,
// participants linked to their actors, the place to its entity, the date
// to its time expression and the reported event to its quote.
func testEventRoundTrip(t *testing.T, s newsgraph.Store) {
	id := mustPut(t, s, EventArticle("e1", day("2026-03-04"), "2026-03-02"))
	a, err := s.Article(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Doc.Events) != 2 || len(a.Doc.Times) != 1 {
		t.Fatalf("the stored document has %d events and %d times", len(a.Doc.Events), len(a.Doc.Times))
	}
	events, total, err := s.Events(ctx, newsgraph.EventFilter{Article: id})
	if err != nil || total != 2 || len(events) != 2 {
		t.Fatalf("Events: %d of %d, %v", len(events), total, err)
	}
	// The event dated by the article (2026-03-04) is newer than the one
	// dated Monday (2026-03-02).
	hosted, shelled := events[0], events[1]
	text := a.Doc.Text
	for _, span := range []newsgraph.TextSpan{shelled.Verb, hosted.Verb, shelled.Place.TextSpan, shelled.Time.TextSpan,
		shelled.Actor[0].Mention, hosted.Recipient[0].Mention} {
		if got := cpText(text, span.Start, span.End); got != span.Text {
			t.Errorf("code points %d–%d are %q, not %q", span.Start, span.End, got, span.Text)
		}
	}
	if shelled.Type != "ASSAULT" || shelled.CAMEO != "194" || shelled.QuadClass != 4 || shelled.Goldstein != -10 || shelled.Index != 0 ||
		shelled.Verb.Text != "shelled" || shelled.Date != "2026-03-02" || shelled.Dated != "2026-03-02" ||
		shelled.Modality != newsgraph.Asserted || shelled.ReportedBy != nil || shelled.Article.Title != "Border “flare-up”" {
		t.Errorf("shelled: %+v", shelled)
	}
	if p := shelled.Place; p == nil || p.Text != "Port Ærø" || p.Name != "Port Ærø" || p.EntityID == 0 {
		t.Errorf("place %+v", p)
	}
	if tm := shelled.Time; tm == nil || tm.Text != "Monday" || tm.Value != "2026-03-02" || tm.Type != "DATE" {
		t.Errorf("time %+v", tm)
	}
	norland := actorNamed(t, s, "Norland")
	if len(shelled.Actor) != 1 || len(shelled.Recipient) != 1 || shelled.Actor[0].ActorID != norland.ID ||
		shelled.Actor[0].Name() != "Norland" || !slices.Equal(shelled.Actor[0].Codes, []string{"NORMIL"}) ||
		shelled.Recipient[0].Mention.Text != "Vesta" || shelled.Recipient[0].EntityID == 0 {
		t.Errorf("shelled's participants: %+v, %+v", shelled.Actor, shelled.Recipient)
	}
	quotes, _, _ := s.Quotes(ctx, newsgraph.QuoteFilter{})
	if r := hosted.ReportedBy; r == nil || r.Attribution != 0 || r.Speaker != "officials" || len(quotes) != 1 || r.QuoteID != quotes[0].ID {
		t.Errorf("hosted is reported by %+v; the quotes are %+v", r, quotes)
	}
	if hosted.Mode != "host" || hosted.Date != "" || hosted.Dated != "2026-03-04" || hosted.Time != nil || hosted.Place != nil || hosted.Sentence != 1 {
		t.Errorf("hosted: %+v", hosted)
	}
}

// Each filter keeps the events it names, alone and together.
func testEventFilters(t *testing.T, s newsgraph.Store) {
	first := mustPut(t, s, EventArticle("f1", day("2026-03-04"), "2026-03-02"))
	mustPut(t, s, EventArticle("f2", day("2026-04-10"), "2026-04-06"))
	norland, vesta := actorNamed(t, s, "Norland"), actorNamed(t, s, "Vesta")
	for _, c := range []struct {
		f    newsgraph.EventFilter
		want []string
	}{
		{newsgraph.EventFilter{}, []string{"hosted@f2", "shelled@f2", "hosted@f1", "shelled@f1"}},
		{newsgraph.EventFilter{Actor: norland.ID}, []string{"shelled@f2", "shelled@f1"}},
		{newsgraph.EventFilter{Recipient: norland.ID}, []string{"hosted@f2", "hosted@f1"}},
		{newsgraph.EventFilter{Involving: vesta.ID}, []string{"hosted@f2", "shelled@f2", "hosted@f1", "shelled@f1"}},
		{newsgraph.EventFilter{Actor: vesta.ID, Recipient: vesta.ID}, nil},
		{newsgraph.EventFilter{Type: "assault"}, []string{"shelled@f2", "shelled@f1"}},
		{newsgraph.EventFilter{Type: "CONSULT", Actor: vesta.ID, From: day("2026-04-01")}, []string{"hosted@f2"}},
		{newsgraph.EventFilter{Type: "PROTEST"}, nil},
		{newsgraph.EventFilter{From: day("2026-03-03"), To: day("2026-04-06")}, []string{"shelled@f2", "hosted@f1"}},
		{newsgraph.EventFilter{To: day("2026-03-02")}, []string{"shelled@f1"}},
		{newsgraph.EventFilter{Place: "ærø"}, []string{"shelled@f2", "shelled@f1"}},
		{newsgraph.EventFilter{Place: "PORT"}, []string{"shelled@f2", "shelled@f1"}},
		{newsgraph.EventFilter{Place: "%"}, nil},
		{newsgraph.EventFilter{Place: "Vesta"}, nil},
		{newsgraph.EventFilter{Article: first}, []string{"hosted@f1", "shelled@f1"}},
	} {
		events, total, err := s.Events(ctx, c.f)
		if got := verbs(events); err != nil || total != len(c.want) || !slices.Equal(got, c.want) {
			t.Errorf("%+v: %q (total %d, err %v), want %q", c.f, got, total, err, c.want)
		}
	}
}

// Events come newest first, in text order within an article, and pages
// neither repeat nor skip one.
func testEventsArePaged(t *testing.T, s newsgraph.Store) {
	for _, d := range []string{"2026-01-02", "2026-01-04", "2026-01-01", "2026-01-03"} {
		// Each article's own date for both events: Monday is that day.
		mustPut(t, s, EventArticle(d, day(d), d))
	}
	var got []string
	for offset := 0; offset < 10; offset += 3 {
		events, total, err := s.Events(ctx, newsgraph.EventFilter{Page: newsgraph.Page{Limit: 3, Offset: offset}})
		if err != nil || total != 8 {
			t.Fatalf("offset %d: total %d, err %v", offset, total, err)
		}
		got = append(got, verbs(events)...)
	}
	want := []string{"shelled@2026-01-04", "hosted@2026-01-04", "shelled@2026-01-03", "hosted@2026-01-03",
		"shelled@2026-01-02", "hosted@2026-01-02", "shelled@2026-01-01", "hosted@2026-01-01"}
	if !slices.Equal(got, want) {
		t.Errorf("pages of events:\n got %q\nwant %q", got, want)
	}
}

// An article stored twice has its events stored once.
func testEventsStoredOnce(t *testing.T, s newsgraph.Store) {
	mustPut(t, s, EventArticle("o1", day("2026-03-04"), "2026-03-02"))
	if _, added, err := s.Put(ctx, EventArticle("o1", day("2026-03-04"), "2026-03-02")); added || err != nil {
		t.Fatalf("second Put: added %v, err %v", added, err)
	}
	_, total, err := s.Events(ctx, newsgraph.EventFilter{})
	_, counted, _ := s.Events(ctx, newsgraph.EventFilter{Type: "ASSAULT"})
	if err != nil || total != 2 || counted != 1 {
		t.Errorf("after putting an article twice: %d events, %d assaults (err %v)", total, counted, err)
	}
}

// Participants follow their entities into the actors relinking and users'
// corrections make.
func testEventsFollowRelinking(t *testing.T, s newsgraph.Store) {
	mustPut(t, s, EventArticle("r1", day("2026-03-04"), "2026-03-02"))
	norland, vesta := actorNamed(t, s, "Norland"), actorNamed(t, s, "Vesta")
	if _, err := s.Correct(ctx, newsgraph.CorrectMerge, norland.ID, vesta.ID, ""); err != nil {
		t.Fatal(err)
	}
	relink(t, s)
	merged := actorNamed(t, s, "Norland")
	events, total, err := s.Events(ctx, newsgraph.EventFilter{Actor: merged.ID})
	if err != nil || total != 2 {
		t.Fatalf("events by Norland with Vesta merged in: %q (%d), %v", verbs(events), total, err)
	}
	for _, e := range events {
		if e.Actor[0].ActorID != merged.ID || e.Actor[0].ActorName != "Norland" || e.Recipient[0].ActorID != merged.ID {
			t.Errorf("participants after relinking: %+v, %+v", e.Actor, e.Recipient)
		}
	}
}

// EachEvent walks every event a filter selects, past any page size, and
// stops at its callback's error.
func testEachEvent(t *testing.T, s newsgraph.Store) {
	for _, d := range []string{"2026-02-01", "2026-02-02", "2026-02-03"} {
		mustPut(t, s, EventArticle(d, day(d), d))
	}
	var got []string
	err := s.EachEvent(ctx, newsgraph.EventFilter{Type: "assault", Page: newsgraph.Page{Limit: 1}}, func(e newsgraph.EventRecord) error {
		got = append(got, verbs([]newsgraph.EventRecord{e})...)
		if len(e.Actor) != 1 || e.Actor[0].Mention.Text != "Norland" {
			t.Errorf("participants: %+v", e.Actor)
		}
		return nil
	})
	if want := []string{"shelled@2026-02-01", "shelled@2026-02-02", "shelled@2026-02-03"}; err != nil || !slices.Equal(got, want) {
		t.Errorf("EachEvent: %q, %v; want %q in the order stored", got, err, want)
	}
	stop := errors.New("stop")
	n := 0
	err = s.EachEvent(ctx, newsgraph.EventFilter{}, func(newsgraph.EventRecord) error { n++; return stop })
	if !errors.Is(err, stop) || n != 1 {
		t.Errorf("a callback's error: %d calls, %v", n, err)
	}
}

func testBadEventFiltersRefused(t *testing.T, s newsgraph.Store) {
	for _, f := range []newsgraph.EventFilter{
		{Type: "BOMBARD"},
		{Type: "assault; DROP TABLE events"},
		{From: day("2026-03-02"), To: day("2026-03-01")},
	} {
		if _, _, err := s.Events(ctx, f); newsgraph.ErrorCode(err) != newsgraph.EINVALID {
			t.Errorf("%+v: %v", f, err)
		}
		if err := s.EachEvent(ctx, f, func(newsgraph.EventRecord) error { return nil }); newsgraph.ErrorCode(err) != newsgraph.EINVALID {
			t.Errorf("EachEvent %+v: %v", f, err)
		}
	}
}

// A document whose event spans do not fit its text is refused whole.
func testBadEventSpansRefused(t *testing.T, s newsgraph.Store) {
	a := EventArticle("bad", day("2026-03-04"), "2026-03-02")
	a.Doc.Events[1].Recipient[0].Mention.End = len(a.Doc.Text) + 5
	if _, _, err := s.Put(ctx, a); newsgraph.ErrorCode(err) != newsgraph.EINVALID {
		t.Errorf("Put: %v", err)
	}
	b := EventArticle("cut", day("2026-03-04"), "2026-03-02")
	b.Doc.Events[0].Place.End-- // inside "ø", a two-byte character
	if _, _, err := s.Put(ctx, b); newsgraph.ErrorCode(err) != newsgraph.EINVALID {
		t.Errorf("Put with a span cutting a character: %v", err)
	}
	if _, total, _ := s.Articles(ctx, newsgraph.Page{}); total != 0 {
		t.Errorf("%d articles stored", total)
	}
}

// checkEventsUpgraded: a store upgraded from before events has none, and
// stores those of new articles.
func checkEventsUpgraded(t *testing.T, s newsgraph.Store) {
	t.Helper()
	if _, n, err := s.Events(ctx, newsgraph.EventFilter{}); err != nil || n != 0 {
		t.Errorf("events after the upgrade: %d, %v", n, err)
	}
	mustPut(t, s, EventArticle("v4", day("2026-03-07"), "2026-03-02"))
	if events, n, err := s.Events(ctx, newsgraph.EventFilter{Type: "consult"}); err != nil || n != 1 || events[0].ReportedBy == nil {
		t.Errorf("events after a new article: %+v (%d), %v", events, n, err)
	}
}
