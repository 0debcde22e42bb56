package storetest

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/corpuslink"
)

// actorTests are the contract of newsgraph.ActorStore; Run runs them with
// the rest.
var actorTests = map[string]func(*testing.T, newsgraph.Store){
	"ActorsLinkedAtPut":         testActorsLinkedAtPut,
	"RelinkGroupsShortForms":    testRelinkGroupsShortForms,
	"CorrectionsSurviveRelink":  testCorrectionsSurviveRelink,
	"BadCorrectionsRefused":     testBadCorrectionsRefused,
	"RolesAndAddresseesByActor": testRolesAndAddresseesByActor,
	"ImportedCorrections":       testImportedCorrections,
	"QuoteCountsByActorKept":    testQuoteCountsByActorKept,
}

// linker is the corpus linker newsgraph ships, without a knowledge base.
var linker = corpuslink.Linker{}

func relink(t *testing.T, s newsgraph.Store) newsgraph.RelinkStats {
	t.Helper()
	var last int
	st, err := s.Relink(ctx, linker, func(done, total int) { last = done })
	if err != nil {
		t.Fatal(err)
	}
	if last != st.Items {
		t.Errorf("progress ended at %d of %d", last, st.Items)
	}
	return st
}

// actorNamed finds the one actor whose name is name.
func actorNamed(t *testing.T, s newsgraph.Store, name string) newsgraph.ActorRecord {
	t.Helper()
	list, _, err := s.Actors(ctx, newsgraph.ActorFilter{Query: name, Page: newsgraph.Page{Limit: 100}})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range list {
		if a.Name == name {
			return a
		}
	}
	t.Fatalf("no actor named %q in %+v", name, list)
	return newsgraph.ActorRecord{}
}

func testActorsLinkedAtPut(t *testing.T, s newsgraph.Store) {
	mustPut(t, s, article("p1", "One", "Vladimir Putin", "Moscow is ready", day("2026-03-01"), "Moscow"))
	mustPut(t, s, article("p2", "Two", "Kim Jong Un", "Moscow is a friend", day("2026-03-02"), "Moscow"))
	list, total, err := s.Actors(ctx, newsgraph.ActorFilter{})
	if err != nil || total != 3 || list[0].Name != "Moscow" || list[0].Mentions != 2 || list[0].Articles != 2 {
		t.Fatalf("actors %+v (total %d), %v", list, total, err)
	}
	people, _, _ := s.Actors(ctx, newsgraph.ActorFilter{Type: "per", Query: "JONG"})
	if len(people) != 1 || people[0].Name != "Kim Jong Un" || people[0].Quotes != 1 || !slices.Equal(people[0].Aliases, []string{"Kim Jong Un"}) {
		t.Fatalf("people matching jong: %+v", people)
	}
	quotes, n, err := s.Quotes(ctx, newsgraph.QuoteFilter{Actor: people[0].ID})
	if err != nil || n != 1 || quotes[0].Speaker.ActorID != people[0].ID || !strings.Contains(quotes[0].Content.Text, "friend") {
		t.Errorf("quotes by actor: %+v (%d), %v", quotes, n, err)
	}
	d, err := s.Actor(ctx, people[0].ID)
	if err != nil || len(d.QuotesBy) != 1 || len(d.MentionedIn) != 1 || d.MentionedIn[0].Title != "Two" {
		t.Errorf("Actor: %+v, %v", d, err)
	}
}

// shortFormCorpus: Donald Trump in full in two articles, one of them with
// Iowa; "Trump" alone in an article with Iowa; and filler articles, so
// that Iowa is a telling companion.
func shortFormCorpus(t *testing.T, s newsgraph.Store) {
	mustPut(t, s, article("t1", "One", "Donald Trump", "We will win", day("2026-03-01"), "Iowa"))
	mustPut(t, s, article("t2", "Two", "Donald J. Trump", "We won", day("2026-03-02"), "Ohio"))
	mustPut(t, s, article("t3", "Three", "Trump", "Big win", day("2026-03-03"), "Iowa"))
	for i := range 8 {
		mustPut(t, s, article(fmt.Sprint("f", i), "Filler", "Ann Lee", "Rain", day("2026-03-04"), "Texas"))
	}
}

func testRelinkGroupsShortForms(t *testing.T, s newsgraph.Store) {
	shortFormCorpus(t, s)
	if _, n, _ := s.Actors(ctx, newsgraph.ActorFilter{Query: "trump"}); n != 3 {
		t.Errorf("before re-linking, %d actors match trump, want 3 (Put links by name alone)", n)
	}
	st := relink(t, s)
	trump := actorNamed(t, s, "Donald Trump")
	if trump.Quotes != 3 || trump.Articles != 3 || !slices.Contains(trump.Aliases, "Trump") || !slices.Contains(trump.Aliases, "Donald J. Trump") {
		t.Errorf("after re-linking: %+v (stats %+v)", trump, st)
	}
	if _, n, _ := s.Actors(ctx, newsgraph.ActorFilter{Query: "trump"}); n != 1 {
		t.Errorf("%d actors match trump after re-linking", n)
	}
	if _, n, _ := s.Quotes(ctx, newsgraph.QuoteFilter{Actor: trump.ID}); n != 3 {
		t.Errorf("%d quotes by the actor", n)
	}
	// Re-linking again changes nothing and keeps ids.
	if again := relink(t, s); again.Changed != 0 || actorNamed(t, s, "Donald Trump").ID != trump.ID {
		t.Errorf("second re-linking: %+v", again)
	}
	// A new article whose name a re-linking has seen goes where it went.
	mustPut(t, s, article("t4", "Four", "Trump", "Again", day("2026-03-05"), "Texas"))
	if a := actorNamed(t, s, "Donald Trump"); a.Quotes != 4 {
		t.Errorf("a new article's Trump was not linked through the last re-linking: %+v", a)
	}
}

func testCorrectionsSurviveRelink(t *testing.T, s newsgraph.Store) {
	shortFormCorpus(t, s)
	relink(t, s)
	trump := actorNamed(t, s, "Donald Trump")
	if _, err := s.Correct(ctx, newsgraph.CorrectSplit, trump.ID, 0, "Trump"); err != nil {
		t.Fatal(err)
	}
	relink(t, s)
	relink(t, s) // a correction is replayed by every re-linking, not applied once
	if a := actorNamed(t, s, "Donald Trump"); a.ID != trump.ID || a.Quotes != 2 || slices.Contains(a.Aliases, "Trump") {
		t.Errorf("after the split: %+v", a)
	}
	short := actorNamed(t, s, "Trump")
	if short.Quotes != 1 {
		t.Errorf("split actor %+v", short)
	}
	ann := actorNamed(t, s, "Ann Lee")
	if _, err := s.Correct(ctx, newsgraph.CorrectMerge, ann.ID, short.ID, ""); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Correct(ctx, newsgraph.CorrectAlias, trump.ID, 0, "The Donald"); err != nil {
		t.Fatal(err)
	}
	relink(t, s)
	if a := actorNamed(t, s, "Ann Lee"); a.Quotes != 9 || !slices.Contains(a.Aliases, "Trump") {
		t.Errorf("after merging Trump into Ann Lee: %+v", a)
	}
	cs, err := s.Corrections(ctx)
	if err != nil || len(cs) != 3 || cs[0].Kind != newsgraph.CorrectSplit || cs[1].Other != short.Key || cs[2].Name != "The Donald" {
		t.Errorf("corrections %+v, %v", cs, err)
	}
	d, _ := s.Actor(ctx, trump.ID)
	if len(d.Corrections) != 2 {
		t.Errorf("the actor's own corrections: %+v", d.Corrections)
	}
}

func testBadCorrectionsRefused(t *testing.T, s newsgraph.Store) {
	shortFormCorpus(t, s)
	relink(t, s)
	trump, ann := actorNamed(t, s, "Donald Trump"), actorNamed(t, s, "Ann Lee")
	for _, c := range []struct {
		kind         string
		actor, other int64
		name, code   string
		what         string
	}{
		{newsgraph.CorrectMerge, trump.ID, trump.ID, "", newsgraph.EINVALID, "merge into itself"},
		{newsgraph.CorrectMerge, trump.ID, 999999, "", newsgraph.ENOTFOUND, "merge of a missing actor"},
		{newsgraph.CorrectSplit, trump.ID, 0, "Melania Trump", newsgraph.EINVALID, "split of a name it does not have"},
		{newsgraph.CorrectSplit, ann.ID, 0, "Ann Lee", newsgraph.EINVALID, "split of its only name"},
		{newsgraph.CorrectAlias, trump.ID, 0, "a\x00b", newsgraph.EINVALID, "alias with a control character"},
		{newsgraph.CorrectAlias, trump.ID, 0, strings.Repeat("x", 300), newsgraph.EINVALID, "alias too long"},
		{"rename", trump.ID, 0, "x", newsgraph.EINVALID, "unknown kind"},
	} {
		if _, err := s.Correct(ctx, c.kind, c.actor, c.other, c.name); newsgraph.ErrorCode(err) != c.code {
			t.Errorf("%s: %v, want %s", c.what, err, c.code)
		}
	}
	// Ann into Trump, then Trump into Ann: replayed in order, the second
	// would undo the first and more. Refused as a cycle.
	if _, err := s.Correct(ctx, newsgraph.CorrectMerge, trump.ID, ann.ID, ""); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Correct(ctx, newsgraph.CorrectMerge, ann.ID, trump.ID, ""); newsgraph.ErrorCode(err) != newsgraph.ECONFLICT {
		t.Errorf("merge cycle: %v", err)
	}
	if cs, _ := s.Corrections(ctx); len(cs) != 1 {
		t.Errorf("refused corrections were stored: %+v", cs)
	}
}

func testRolesAndAddresseesByActor(t *testing.T, s newsgraph.Store) {
	text := "Defence Minister Sergei Shoigu told Kim Jong Un: “We stand with you.”"
	d := newsgraph.NewDoc(newsgraph.Metadata{Published: day("2026-03-01")}, []newsgraph.Block{{Kind: newsgraph.KindBody, Text: text}})
	at := func(s string) newsgraph.Span {
		i := strings.Index(d.Text, s)
		return newsgraph.Span{Start: i, End: i + len(s)}
	}
	d.Mentions = []newsgraph.Mention{{Span: at("Sergei Shoigu"), Kind: newsgraph.MentionName, Type: "PER", Entity: 0},
		{Span: at("Kim Jong Un"), Kind: newsgraph.MentionName, Type: "PER", Entity: 1}}
	d.Entities = []newsgraph.Entity{{Type: "PER", Name: "Sergei Shoigu", Mentions: []int{0}, Roles: []newsgraph.Span{at("Defence Minister")}, ActorID: "sergei-shoigu"},
		{Type: "PER", Name: "Kim Jong Un", Mentions: []int{1}}}
	src := at("Sergei Shoigu")
	d.Attributions = []newsgraph.Attribution{{Kind: newsgraph.Direct, Source: &src, Cue: at("told"), Content: at("“We stand with you.”"),
		Speaker:   &newsgraph.Referent{Entity: 0, Name: "Sergei Shoigu", Mention: src},
		Addressee: &newsgraph.Referent{Entity: 1, Name: "Kim Jong Un", Mention: at("Kim Jong Un")}}}
	id := mustPut(t, s, &newsgraph.Article{Hash: "r1", Doc: d, Ingested: time.Now()})
	shoigu, kim := actorNamed(t, s, "Sergei Shoigu"), actorNamed(t, s, "Kim Jong Un")
	if shoigu.KBID != "sergei-shoigu" || shoigu.Key != "kb:sergei-shoigu" {
		t.Errorf("knowledge-base link not kept: %+v", shoigu)
	}
	sd, err := s.Actor(ctx, shoigu.ID)
	if err != nil || len(sd.Roles) != 1 {
		t.Fatalf("roles %+v, %v", sd, err)
	}
	r := sd.Roles[0]
	// Offsets count code points: the span must give its own text back.
	if r.Title != "Defence Minister" || r.Count != 1 || !r.First.Equal(day("2026-03-01")) || len(r.Evidence) != 1 ||
		r.Evidence[0].Article != id || r.Evidence[0].Text != "Defence Minister" || r.Evidence[0].Start != 0 || r.Evidence[0].End != 16 {
		t.Errorf("role %+v", r)
	}
	kd, _ := s.Actor(ctx, kim.ID)
	if len(kd.QuotesTo) != 1 || kd.QuotesTo[0].AddresseeActor != kim.ID || len(kd.QuotesBy) != 0 {
		t.Errorf("quotes to Kim: %+v", kd.QuotesTo)
	}
	if _, n, _ := s.Quotes(ctx, newsgraph.QuoteFilter{AddressedTo: kim.ID}); n != 1 {
		t.Errorf("%d quotes addressed to Kim", n)
	}
	// Re-linking keeps the addressee's actor.
	relink(t, s)
	if _, n, _ := s.Quotes(ctx, newsgraph.QuoteFilter{AddressedTo: actorNamed(t, s, "Kim Jong Un").ID}); n != 1 {
		t.Errorf("%d quotes addressed to Kim after re-linking", n)
	}
}

// Corrections exported from one store come in by keys, take effect at the
// next re-linking, and are refused when malformed or cyclic.
func testImportedCorrections(t *testing.T, s newsgraph.Store) {
	shortFormCorpus(t, s)
	merge := newsgraph.Correction{Kind: newsgraph.CorrectMerge, Actor: "name:PER:donald trump", Other: "name:PER:ann lee"}
	if _, err := s.ImportCorrection(ctx, merge); err != nil {
		t.Fatal(err)
	}
	relink(t, s)
	// Ann Lee, more mentioned, names the merged actor; it keeps the key.
	if a := actorNamed(t, s, "Ann Lee"); a.Quotes != 11 || a.Key != "name:PER:donald trump" {
		t.Errorf("after an imported merge: %+v", a)
	}
	back := newsgraph.Correction{Kind: newsgraph.CorrectMerge, Actor: "name:PER:ann lee", Other: "name:PER:donald trump"}
	for _, c := range []newsgraph.Correction{back, {Kind: "merge", Actor: "x"}, {Kind: "alias", Actor: "x"}, {Kind: "rename", Actor: "x", Name: "y"}} {
		if _, err := s.ImportCorrection(ctx, c); err == nil {
			t.Errorf("%+v was taken", c)
		}
	}
}
