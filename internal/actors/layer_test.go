package actors

import (
	"bytes"
	"errors"
	"strings"
	"testing"
)

func TestLayerLearns(t *testing.T) {
	l := NewLayer(fixtureKB(t))
	ev := Evidence{Article: "a1", Start: 10, End: 25, Text: "Defence Chief Venn"}
	if err := l.LearnAlias("oskar-venn", "Defence Chief Venn", date("2013-02-01"), ev); err != nil {
		t.Fatal(err)
	}
	if err := l.LearnAlias("oskar-venn", "defence chief Venn", date("2012-11-05"), Evidence{Article: "a0", Start: 1, End: 19, Text: "defence chief Venn"}); err != nil {
		t.Fatal(err)
	}
	if ids, m := l.Lookup("Defence Chief Venn"); strings.Join(ids, ",") != "oskar-venn" || m != Exact {
		t.Errorf("learned alias: %v %v", ids, m)
	}
	as, _ := l.Learned("oskar-venn")
	if len(as) != 1 || as[0].Count != 2 || as[0].First != date("2012-11-05") || as[0].Last != date("2013-02-01") || len(as[0].Evidence) != 2 {
		t.Errorf("alias fact %+v", as)
	}
	if err := l.LearnRole("oskar-venn", "defence chief", "BRKGOVMIL", date("2016-03-01"), ev); err != nil {
		t.Fatal(err)
	}
	// His dictionary role ended in 2014; the role read in 2016 covers 2016.
	if rs := l.RolesAt("oskar-venn", date("2016-03-01")); len(rs) != 1 || rs[0].Title != "defence chief" {
		t.Errorf("roles in 2016: %+v", rs)
	}
	if rs := l.RolesAt("oskar-venn", date("2020-01-01")); len(rs) != 0 {
		t.Errorf("a role read once in 2016 holds in 2020: %+v", rs)
	}
	if err := l.LearnAlias("nobody", "X", date("2016-03-01"), ev); !errors.Is(err, ErrUnknownActor) {
		t.Errorf("alias of an unknown actor: %v", err)
	}
	for i := 0; i < 20; i++ {
		l.LearnAlias("anja-lind", "Lind", date("2020-01-01"), ev)
	}
	if as, _ := l.Learned("anja-lind"); as[0].Count != 20 || len(as[0].Evidence) != maxEvidence {
		t.Errorf("20 readings kept as count %d with %d spans", as[0].Count, len(as[0].Evidence))
	}
}

func TestLayerCorrections(t *testing.T) {
	l := NewLayer(fixtureKB(t))
	if err := l.Merge("anja-lind", "petra-venn"); err != nil {
		t.Fatal(err)
	}
	if ids, _ := l.Lookup("Petra Venn"); strings.Join(ids, ",") != "anja-lind" {
		t.Errorf("merged actor found as %v", ids)
	}
	a, _ := l.Actor("petra-venn")
	if a.ID != "anja-lind" || !strings.Contains(strings.Join(a.Aliases, "|"), "PETRA VENN") {
		t.Errorf("merged view %+v", a)
	}
	if err := l.Merge("petra-venn", "anja-lind"); !errors.Is(err, ErrCycle) {
		t.Errorf("cycle: %v", err)
	}
	if err := l.Merge("anja-lind", "anja-lind"); !errors.Is(err, ErrCycle) {
		t.Errorf("self merge: %v", err)
	}
	if err := l.Merge("anja-lind", "ghost"); !errors.Is(err, ErrUnknownActor) || !strings.Contains(err.Error(), "ghost") {
		t.Errorf("unknown: %v", err)
	}
	if err := l.Merge("oskar-venn", "petra-venn"); err == nil {
		t.Error("an actor merged twice")
	}
	// A chain: Oskar into Tomas, then Tomas into Anja; Anja into Oskar
	// would close the loop.
	if err := l.Merge("tomas-reinholt", "oskar-venn"); err != nil {
		t.Fatal(err)
	}
	if err := l.Merge("anja-lind", "tomas-reinholt"); err != nil {
		t.Fatal(err)
	}
	if err := l.Merge("oskar-venn", "anja-lind"); !errors.Is(err, ErrCycle) {
		t.Errorf("three-actor cycle: %v", err)
	}
	if got := l.Resolve("oskar-venn"); got != "anja-lind" {
		t.Errorf("Resolve through a chain: %s", got)
	}
	if err := l.Unmerge("oskar-venn"); err != nil {
		t.Fatal(err)
	}
	if ids, _ := l.Lookup("Oskar Venn"); strings.Join(ids, ",") != "oskar-venn" {
		t.Errorf("after unmerge: %v", ids)
	}

	// Split: "Minister Lind" is someone else.
	id, err := l.Split("anja-lind", "Karin Lind", "Minister Lind")
	if err != nil || id != "karin-lind" {
		t.Fatalf("split: %q %v", id, err)
	}
	if ids, _ := l.Lookup("Minister Lind"); strings.Join(ids, ",") != "karin-lind" {
		t.Errorf("moved alias found as %v", ids)
	}
	if ids, _ := l.Lookup("Anja Lind"); strings.Join(ids, ",") != "anja-lind" {
		t.Errorf("kept name found as %v", ids)
	}
	if _, err := l.Split("anja-lind", "Someone", "Never Her Name"); err == nil {
		t.Error("split of a name the actor does not have")
	}
	if _, err := l.Split("anja-lind", "Oskar Venn", "Anja K. Lind"); err == nil {
		t.Error("split into an existing ID")
	}
	if err := l.Alias("karin-lind", "K. Lind"); err != nil {
		t.Fatal(err)
	}
	if ids, _ := l.Lookup("k lind"); strings.Join(ids, ",") != "karin-lind" {
		t.Errorf("user alias found as %v", ids)
	}
}

func TestLayerRoundTrip(t *testing.T) {
	kb := fixtureKB(t)
	l := NewLayer(kb)
	ev := Evidence{Article: "art-7", Start: 3, End: 21, Text: "Brakmor’s “iron” minister"}
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(l.LearnAlias("anja-lind", "Iron Minister", date("2021-04-02"), ev))
	must(l.LearnRole("anja-lind", "foreign minister", "BRKGOV", date("2021-04-02"), ev))
	must(l.LearnRole("anja-lind", "foreign minister", "BRKGOV", date("2022-01-09"), ev))
	must(l.Merge("anja-lind", "petra-venn"))
	_, err := l.Split("anja-lind", "Karin Lind", "Minister Lind")
	must(err)
	must(l.LearnAlias("karin-lind", "Karin", date("2021-05-01"), ev))
	must(l.Alias("tide-front", "TFF"))

	var first bytes.Buffer
	must(l.Export(&first))
	back := NewLayer(kb)
	must(back.Import(bytes.NewReader(first.Bytes())))
	var second bytes.Buffer
	must(back.Export(&second))
	if first.String() != second.String() {
		t.Fatalf("export → import → export differs:\n%s\n---\n%s", first.String(), second.String())
	}
	if n := strings.Count(first.String(), "\n"); n != 6 {
		t.Errorf("%d lines:\n%s", n, first.String())
	}
	for name, want := range map[string]string{"Iron Minister": "anja-lind", "Petra Venn": "anja-lind", "Minister Lind": "karin-lind", "TFF": "tide-front"} {
		if ids, _ := back.Lookup(name); strings.Join(ids, ",") != want {
			t.Errorf("after import, %q → %v, want %s", name, ids, want)
		}
	}
	_, rs := back.Learned("anja-lind")
	if len(rs) != 1 || rs[0].Count != 2 || rs[0].First != date("2021-04-02") || rs[0].Last != date("2022-01-09") || rs[0].Evidence[0] != ev {
		t.Errorf("imported role %+v", rs)
	}
}

func TestLayerImportErrors(t *testing.T) {
	for _, c := range []struct{ text, msg string }{
		{`{"kind":"merge","into":"anja-lind","from":"ghost"}`, "unknown actor"},
		{`{"kind":"alias","actor":"anja-lind","alias":"X","source":"corpus","count":0}`, "count 0"},
		{`{"kind":"alias","actor":"anja-lind","alias":"X","source":"rumour","count":1}`, "source"},
		{`{"kind":"role","actor":"anja-lind","title":"x","count":1,"first":"2020-05-01","last":"2020-01-01"}`, "not a span"},
		{`{"kind":"teleport"}`, "unknown record kind"},
		{`{"kind":"merge","bogus":1}`, "unknown field"},
		{`not json`, "invalid character"},
		{`{"kind":"split","from":"anja-lind","actor":"someone-else","name":"Karin Lind"}`, "not named"},
	} {
		l := NewLayer(fixtureKB(t))
		err := l.Import(strings.NewReader("\n" + c.text + "\n"))
		if err == nil || !strings.Contains(err.Error(), "line 2") || !strings.Contains(err.Error(), c.msg) {
			t.Errorf("%s: %v, want line 2 …%s…", c.text, err, c.msg)
		}
	}
}
