package main

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/extract"
)

// TestFoundingExampleTimes checks what issue #15 asks of time on the
// founding example: both "Wednesday"s are the day before publication.
func TestFoundingExampleTimes(t *testing.T) {
	d := foundingExample(t)
	var wednesdays []newsgraph.Timex
	for _, x := range d.Times {
		if d.Slice(x.Span) == "Wednesday" {
			wednesdays = append(wednesdays, x)
		}
	}
	if len(wednesdays) != 2 {
		t.Fatalf("%d time expressions read Wednesday, want 2: %+v", len(wednesdays), d.Times)
	}
	for _, x := range wednesdays {
		if x.Type != newsgraph.TimexDate || x.Value != "2023-09-13" || x.Unresolved {
			t.Errorf("Wednesday: %s %s (unresolved %v), want DATE 2023-09-13", x.Type, x.Value, x.Unresolved)
		}
	}
}

// A sentence of 500 tokens — one verb and a list of 250 countries — goes
// through the whole pipeline, time expressions and events included,
// without error, and gives a bounded number of events, each a span of
// the text.
func TestLongSentenceEvents(t *testing.T) {
	p, err := newPipeline()
	if err != nil {
		t.Fatal(err)
	}
	text := "On Monday Russia met " + strings.Repeat("China, ", 250) + "and Iran in Moscow.\n"
	meta, blocks := extract.Text(text)
	d := newsgraph.NewDoc(meta, blocks)
	if err := p.Run(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	if len(d.Tokens) < 500 {
		t.Fatalf("%d tokens, want a sentence of over 500", len(d.Tokens))
	}
	if len(d.Events) > len(d.Tokens) {
		t.Errorf("%d events from %d tokens", len(d.Events), len(d.Tokens))
	}
	if !d.Validate() {
		t.Errorf("the events do not fit the text: %v", d.Diagnostics)
	}
}

// TestFoundingExampleEvents checks what issue #15 asks of events on the
// founding example: each expected event is there with its verb, actor and
// recipient pointing at the text, and the absurd ones are gone.
func TestFoundingExampleEvents(t *testing.T) {
	d := foundingExample(t)
	find := func(verb, root string) []newsgraph.Event {
		var out []newsgraph.Event
		for _, e := range d.Events {
			if strings.HasPrefix(d.Slice(e.Verb), verb) && strings.HasPrefix(e.CAMEO, root) {
				out = append(out, e)
			}
		}
		return out
	}
	// who names a participant by its mention's words or its entity's name.
	who := func(p newsgraph.Participant) string {
		if p.Entity >= 0 && p.Entity < len(d.Entities) {
			return d.Entities[p.Entity].Name + " / " + d.Slice(p.Mention)
		}
		return d.Slice(p.Mention)
	}
	has := func(ps []newsgraph.Participant, name, code string) bool {
		for _, p := range ps {
			if strings.Contains(who(p), name) && slices.ContainsFunc(p.Codes, func(c string) bool { return strings.HasPrefix(c, code) }) {
				return true
			}
		}
		return false
	}
	expect := func(what, verb, root, actor, actorCode, recipient, recipientCode string) *newsgraph.Event {
		t.Helper()
		for _, e := range find(verb, root) {
			if has(e.Actor, actor, actorCode) && (recipient == "" && len(e.Recipient) == 0 || has(e.Recipient, recipient, recipientCode)) {
				return &e
			}
		}
		t.Errorf("%s: no event %q %s* %s(%s) → %s(%s)", what, verb, root, actor, actorCode, recipient, recipientCode)
		return nil
	}
	expect("Putin hosting Kim", "hosting", "043", "Putin", "RUS", "Kim", "PRK")
	// A meeting with no host: each leader meets the other, both named by
	// "The two leaders", the group whose members they are.
	expect("the two leaders meeting", "met", "04", "Kim", "PRK", "Putin", "RUS")
	expect("the two leaders meeting", "met", "04", "Putin", "RUS", "Kim", "PRK")
	expect("Kim praising the Russian army", "praised", "051", "Kim", "PRK", "Russian army", "RUS")
	expect("Kim thanking Putin", "thanked", "051", "Kim", "PRK", "Putin", "RUS")
	expect("Shoigu in talks with Kim", "took", "04", "Shoigu", "RUS", "Kim", "PRK")
	if e := expect("the missile test", "fired", "15", "Pyongyang", "PRK", "", ""); e != nil {
		if e.Date != "2023-09-13" || e.ReportedBy < 0 || !strings.Contains(d.Slice(*d.Attributions[e.ReportedBy].Source), "South Korean military") {
			t.Errorf("the missile test: dated %q, reported by attribution %d", e.Date, e.ReportedBy)
		}
	}
	if e := expect("Russia seeking shells", "seek", "", "Russia", "RUS", "North Korea", "PRK"); e != nil {
		if e.Modality != newsgraph.Future || e.ReportedBy < 0 || !strings.Contains(d.Slice(*d.Attributions[e.ReportedBy].Source), "xperts") {
			t.Errorf("Russia seeking shells: modality %s, reported by attribution %d", e.Modality, e.ReportedBy)
		}
	}
	for _, e := range d.Events {
		if d.Slice(e.Verb) == "" || len(e.Actor) == 0 || d.Slice(e.Actor[0].Mention) == "" {
			t.Errorf("event %s without evidence: verb %q actor %+v", e.CAMEO, d.Slice(e.Verb), e.Actor)
		}
		for _, r := range e.Recipient {
			if d.Slice(r.Mention) == "" || len(e.Actor) == 1 && r.Entity >= 0 && r.Entity == e.Actor[0].Entity {
				t.Errorf("event %s %q: recipient %+v", e.CAMEO, d.Slice(e.Verb), r)
			}
		}
		// Telling someone something is no accusation.
		if strings.HasPrefix(d.Slice(e.Verb), "told") && !strings.HasPrefix(e.CAMEO, "01") {
			t.Errorf("%q coded %s", d.Slice(e.Verb), e.CAMEO)
		}
	}
}
