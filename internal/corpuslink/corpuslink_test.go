package corpuslink

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph"
)

// corpus builds items from articles, each a list of "TYPE:Name" entities.
func corpus(articles ...[]string) []newsgraph.LinkItem {
	var items []newsgraph.LinkItem
	for a, ents := range articles {
		for _, e := range ents {
			typ, name := e[:3], e[4:]
			items = append(items, newsgraph.LinkItem{Article: int64(a + 1), Type: typ, Name: name, Mentions: 1})
		}
	}
	return items
}

func link(t *testing.T, l Linker, items []newsgraph.LinkItem, cs ...newsgraph.Correction) newsgraph.Linking {
	t.Helper()
	got, err := l.Link(context.Background(), items, cs)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Actor) != len(items) {
		t.Fatalf("%d actors for %d items", len(got.Actor), len(items))
	}
	return got
}

// actorOf is the key of the actor of the first item named name in article a.
func actorOf(t *testing.T, items []newsgraph.LinkItem, l newsgraph.Linking, a int64, name string) string {
	t.Helper()
	for i, it := range items {
		if it.Article == a && it.Name == name {
			return l.Actors[l.Actor[i]].Key
		}
	}
	t.Fatalf("no %q in article %d", name, a)
	return ""
}

func TestFullNamesMergeWithoutTitlesAndInitials(t *testing.T) {
	items := corpus([]string{"PER:Donald Trump"}, []string{"PER:President Donald J. Trump"}, []string{"PER:And Donald J. Trump", "PER:And Donald J. Trump"},
		[]string{"PER:Donald Tusk"}, []string{"LOC:U.S."}, []string{"LOC:US"})
	l := link(t, Linker{}, items)
	trump := actorOf(t, items, l, 1, "Donald Trump")
	for a, n := range map[int64]string{2: "President Donald J. Trump", 3: "And Donald J. Trump"} {
		if got := actorOf(t, items, l, a, n); got != trump {
			t.Errorf("%s is %s, not %s", n, got, trump)
		}
	}
	if actorOf(t, items, l, 4, "Donald Tusk") == trump {
		t.Error("Donald Tusk merged with Donald Trump")
	}
	if actorOf(t, items, l, 5, "U.S.") != actorOf(t, items, l, 6, "US") {
		t.Error("U.S. and US are two places")
	}
	a := l.Actors[l.Actor[0]]
	if a.Name != "Donald Trump" || !slices.Contains(a.Aliases, "And Donald J. Trump") {
		t.Errorf("actor %+v", a)
	}
}

func TestKnowledgeBaseLinksWinOverNames(t *testing.T) {
	items := corpus([]string{"LOC:United States"}, []string{"LOC:America"}, []string{"LOC:Putin"}, []string{"PER:Vladimir Putin"})
	items[2].KBID, items[3].KBID, items[3].Mentions = "vladimir-putin", "vladimir-putin", 3
	kb := func(typ, name, analysed string) string {
		if typ == "LOC" && (name == "United States" || name == "America") {
			return "usa"
		}
		return analysed // as link.Stage.Relinked keeps a link that still fits
	}
	l := link(t, Linker{KB: kb}, items)
	if k := actorOf(t, items, l, 1, "United States"); k != "kb:usa" || actorOf(t, items, l, 2, "America") != k {
		t.Errorf("United States %s, America %s", k, actorOf(t, items, l, 2, "America"))
	}
	// The tagger typed one "Putin" a place: the actor is typed as most of
	// its mentions are, whichever item comes first.
	if a := l.Actors[l.Actor[2]]; a.Key != "kb:vladimir-putin" || a.KBID != "vladimir-putin" || a.Type != "PER" {
		t.Errorf("Putin %+v", a)
	}
}

// trumpCorpus: Donald Trump in n articles with a rare companion (Iowa),
// Melania Trump in two with another (Slovenia), then the articles under
// test.
func trumpCorpus(n int, tail ...[]string) []newsgraph.LinkItem {
	var arts [][]string
	for range n {
		arts = append(arts, []string{"PER:Donald Trump", "LOC:Iowa", "LOC:United States"})
	}
	arts = append(arts, []string{"PER:Melania Trump", "LOC:Slovenia", "LOC:United States"},
		[]string{"PER:Melania Trump", "LOC:Slovenia", "LOC:United States"})
	for range 20 {
		arts = append(arts, []string{"LOC:United States", "ORG:Congress"})
	}
	return corpus(append(arts, tail...)...)
}

func TestShortFormsFollowTheirContext(t *testing.T) {
	items := trumpCorpus(6, []string{"PER:Trump", "LOC:Iowa"}, []string{"PER:Trump", "LOC:Slovenia"},
		[]string{"PER:Trump", "LOC:United States"}, []string{"PER:Trump", "PER:Melania Trump"})
	l := link(t, Linker{}, items)
	last := int64(6 + 2 + 20)
	for a, want := range map[int64]string{
		last + 1: "name:PER:donald trump",  // Iowa: Donald's company, not Melania's
		last + 2: "name:PER:melania trump", // Slovenia: hers
		last + 3: "name:PER:trump",         // the United States is everyone's: nothing to go on
		last + 4: "name:PER:melania trump", // the article names her in full
	} {
		if got := actorOf(t, items, l, a, "Trump"); got != want {
			t.Errorf("article %d: Trump is %s, want %s", a, got, want)
		}
	}
}

func TestASurnameWithOneWellKnownBearer(t *testing.T) {
	for _, tc := range []struct {
		articles int
		want     string
	}{{wellKnown, "name:PER:barack obama"}, {wellKnown - 1, "name:PER:obama"}} {
		var arts [][]string
		for range tc.articles {
			arts = append(arts, []string{"PER:Barack Obama"})
		}
		arts = append(arts, []string{"PER:Obama"}, []string{"PER:Barack"})
		items := corpus(arts...)
		l := link(t, Linker{}, items)
		if got := actorOf(t, items, l, int64(tc.articles+1), "Obama"); got != tc.want {
			t.Errorf("%d articles: Obama is %s, want %s", tc.articles, got, tc.want)
		}
		// A first name alone is too many people to trust without context.
		if got := actorOf(t, items, l, int64(tc.articles+2), "Barack"); got != "name:PER:barack" {
			t.Errorf("Barack is %s", got)
		}
	}
}

func TestCorrectionsReplayInOrder(t *testing.T) {
	items := corpus([]string{"PER:Jo Smith"}, []string{"PER:Joanna Smith"}, []string{"PER:Kim Lee", "PER:Kim Lea"}, []string{"PER:Lea"})
	cs := []newsgraph.Correction{
		{Kind: newsgraph.CorrectMerge, Actor: "name:PER:joanna smith", Other: "name:PER:jo smith"},
		{Kind: newsgraph.CorrectAlias, Actor: "name:PER:kim lee", Name: "Kim Lea"},
		{Kind: newsgraph.CorrectSplit, Actor: "name:PER:joanna smith", Name: "Jo Smith"},
	}
	l := link(t, Linker{}, items, cs[:2]...)
	if actorOf(t, items, l, 1, "Jo Smith") != "name:PER:joanna smith" {
		t.Error("merge not applied")
	}
	if actorOf(t, items, l, 3, "Kim Lea") != "name:PER:kim lee" {
		t.Error("alias not applied")
	}
	l = link(t, Linker{}, items, cs...)
	if got := actorOf(t, items, l, 1, "Jo Smith"); got != SplitKey("name:PER:joanna smith", "Jo Smith") {
		t.Errorf("after the split, Jo Smith is %s", got)
	}
	if actorOf(t, items, l, 2, "Joanna Smith") != "name:PER:joanna smith" {
		t.Error("the split moved Joanna Smith")
	}
}

// Many short forms and candidates link in bounded time: the companion
// sets are built for candidates only.
func TestManyShortForms(t *testing.T) {
	var arts [][]string
	for a := range 2000 {
		arts = append(arts, []string{fmt.Sprintf("PER:Ann Name%d", a%50), fmt.Sprintf("PER:Name%d", (a+1)%50),
			fmt.Sprintf("ORG:Org%d", a%7), "LOC:United States"})
	}
	items := corpus(arts...)
	l := link(t, Linker{}, items)
	if len(l.Actors) < 50 {
		t.Errorf("%d actors", len(l.Actors))
	}
}

// A titled first name is someone else's ("Mayor Bill" is not the Bill
// Dane the corpus knows), while a first name alone may follow its context.
func TestTitledFirstNamesStayApart(t *testing.T) {
	arts := [][]string{{"PER:Bill Dane", "LOC:Harbourtown"}, {"PER:Bill Dane", "LOC:Harbourtown"}}
	for range 14 {
		arts = append(arts, []string{"LOC:Elsewhere"})
	}
	arts = append(arts, []string{"PER:Mayor Bill", "LOC:Harbourtown"}, []string{"PER:Bill", "LOC:Harbourtown"})
	items := corpus(arts...)
	l := link(t, Linker{}, items)
	if got := actorOf(t, items, l, 17, "Mayor Bill"); got != "name:PER:bill" {
		t.Errorf("Mayor Bill is %s", got)
	}
	if got := actorOf(t, items, l, 18, "Bill"); got != "name:PER:bill dane" {
		t.Errorf("Bill is %s", got)
	}
}

func TestActorNames(t *testing.T) {
	items := corpus([]string{"LOC:China", "LOC:Inner Mongolia"}, []string{"LOC:China"}, []string{"LOC:United States", "LOC:America"},
		[]string{"LOC:America"}, []string{"LOC:America"})
	kb := func(_, name, _ string) string {
		switch name {
		case "China", "Inner Mongolia":
			return "china"
		case "United States", "America":
			return "usa"
		}
		return ""
	}
	kbName := map[string]string{"china": "CHINA", "usa": "UNITED STATES OF AMERICA"}
	l := link(t, Linker{KB: kb, KBName: func(id string) string { return kbName[id] }}, items)
	// China by the knowledge base's own name, not the region of more
	// words; the United States by its most used name, since the
	// knowledge base's is not written.
	if got := l.Actors[l.Actor[0]].Name; got != "China" {
		t.Errorf("China is named %q", got)
	}
	if got := l.Actors[l.Actor[4]].Name; got != "America" {
		t.Errorf("the United States is named %q", got)
	}
}

// An actor made when its article was stored, before any re-linking, has
// its entity's own key (newsgraph.ActorKey); a correction naming it by that
// key reaches the entities wherever linking now puts them.
func TestCorrectionsByKeysBeforeLinking(t *testing.T) {
	items := corpus([]string{"PER:President Jo Smith"}, []string{"PER:Joanna Smith"})
	stored := newsgraph.ActorKey("", "PER", "President Jo Smith")
	if stored == "name:PER:jo smith" {
		t.Fatal("the test needs a key before linking that linking does not give")
	}
	l := link(t, Linker{}, items, newsgraph.Correction{Kind: newsgraph.CorrectMerge, Actor: newsgraph.ActorKey("", "PER", "Joanna Smith"), Other: stored})
	if actorOf(t, items, l, 1, "President Jo Smith") != actorOf(t, items, l, 2, "Joanna Smith") {
		t.Errorf("merge by stored keys not applied: %+v", l.Actors)
	}
}

func TestMiddleNamesJoinUnlessTwoShortenAlike(t *testing.T) {
	items := corpus([]string{"PER:Donald Trump"}, []string{"PER:Donald John Trump"},
		[]string{"PER:George Bush"}, []string{"PER:George Walker Bush"}, []string{"PER:George Herbert Walker Bush"})
	l := link(t, Linker{}, items)
	if actorOf(t, items, l, 2, "Donald John Trump") != "name:PER:donald trump" {
		t.Error("Donald John Trump kept apart from Donald Trump")
	}
	for a, n := range map[int64]string{4: "George Walker Bush", 5: "George Herbert Walker Bush"} {
		if actorOf(t, items, l, a, n) == "name:PER:george bush" {
			t.Errorf("%s joined George Bush, though two full names shorten to it", n)
		}
	}
}

func TestOneArticlesTypesOfANameAreOne(t *testing.T) {
	items := corpus([]string{"PER:Byron", "ORG:Byron", "ORG:Byron Bay Council"}, []string{"ORG:Byron"})
	items[0].Mentions = 3
	l := link(t, Linker{}, items)
	if k := actorOf(t, items, l, 1, "Byron"); l.Actors[l.Actor[1]].Key != k || k != "name:PER:byron" {
		t.Errorf("the article's PER and ORG Byron: %s and %s", k, l.Actors[l.Actor[1]].Key)
	}
	if actorOf(t, items, l, 2, "Byron") != "name:ORG:byron" {
		t.Error("another article's ORG Byron took the person's key")
	}
}

func TestMistypedSurnamesJoinTheArticlesPerson(t *testing.T) {
	items := corpus([]string{"PER:Donald Trump", "LOC:Trump", "PER:George Washington", "LOC:Washington"},
		[]string{"PER:Ann Lee", "PER:Bo Lee", "ORG:Lee"}, []string{"LOC:Trump"})
	l := link(t, Linker{}, items)
	if actorOf(t, items, l, 1, "Trump") != "name:PER:donald trump" {
		t.Error("the article's LOC Trump did not join Donald Trump")
	}
	if actorOf(t, items, l, 1, "Washington") == "name:PER:george washington" {
		t.Error("the place Washington joined George Washington")
	}
	if actorOf(t, items, l, 2, "Lee") != "name:ORG:lee" {
		t.Error("a surname two people of the article share went to one of them")
	}
	if actorOf(t, items, l, 3, "Trump") != "name:LOC:trump" {
		t.Error("another article's LOC Trump, with no person beside it, was moved")
	}
}

// A short form's own actor is named by the name, not by a variant that
// only looks longer ("The Trump").
func TestShortFormsOwnActorIsNamedPlainly(t *testing.T) {
	items := corpus([]string{"PER:The Trump", "PER:The Trump"}, []string{"PER:Trump"})
	l := link(t, Linker{}, items)
	if a := l.Actors[l.Actor[2]]; a.Name != "Trump" {
		t.Errorf("actor %+v", a)
	}
}
