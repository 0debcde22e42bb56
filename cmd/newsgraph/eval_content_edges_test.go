package main

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/eval"
)

// Each content edge off is counted by kind with the words between the
// edges; an exact content, a gold attribution without content and one
// whose cue was not found count under none.
func TestContentTallyTellsWhichEdgeIsOff(t *testing.T) {
	text := "Lind said that the port would open on Monday. Berg said talks failed. Moe wrote nothing. Ida hinted."
	// at is the span of s in text, searching from after the word from.
	at := func(s, from string) newsgraph.Span {
		i := strings.Index(text, from) + len(from)
		i += strings.Index(text[i:], s)
		return newsgraph.Span{Start: i, End: i + len(s)}
	}
	pair := func(s newsgraph.Span) [2]int { return [2]int{s.Start, s.End} }
	d := &newsgraph.Doc{Text: text, Attributions: []newsgraph.Attribution{
		{Cue: at("said", "Lind"), Content: at("that the port would open on Monday", "Lind")},
		{Cue: at("said", "Berg"), Content: at("talks failed", "Berg")},
		{Cue: at("wrote", "Moe"), Content: at("nothing", "Moe")},
	}}
	gold := eval.AttributionDoc{Attributions: []eval.GoldAttribution{
		{Cue: pair(at("said", "Lind")), Content: pair(at("the port would open", "Lind"))}, // starts early, ends late
		{Cue: pair(at("said", "Berg")), Content: pair(at("talks failed", "Berg"))},        // exact
		{Cue: pair(at("wrote", "Moe")), Content: [2]int{-1, -1}},                          // no gold content
		{Cue: pair(at("hinted", "Ida")), Content: pair(at("hinted", "Ida"))},              // cue not found
	}}
	c := newContentTally()
	c.add(d, gold)
	c.finish(3)
	if c.Matched != 2 || c.Exact != 1 {
		t.Fatalf("%d matched, %d exact; want 2 and 1", c.Matched, c.Exact)
	}
	want := map[string]string{edgeStartEarly: "that", edgeEndLate: "on monday"}
	for _, k := range edgeKinds {
		if w, ok := want[k]; !ok {
			if c.Edges[k] != 0 {
				t.Errorf("%s: %d, want none", k, c.Edges[k])
			}
		} else if c.Edges[k] != 1 || len(c.Words[k]) != 1 || c.Words[k][0].Word != w {
			t.Errorf("%s: %d edges, words %v; want one, %q", k, c.Edges[k], c.Words[k], w)
		}
	}
}

// Long runs between the edges are counted by their first two words and
// a length bucket, so that one pattern gathers them.
func TestContentTallyBucketsLongRuns(t *testing.T) {
	c := newContentTally()
	c.count(edgeEndLate, []rune(", he said in an interview on Friday with reporters"))
	c.count(edgeEndLate, []rune(", he said after the vote"))
	c.finish(5)
	got := map[string]int{}
	for _, w := range c.Words[edgeEndLate] {
		got[w.Word] = w.Count
	}
	if got[", he … (8+ words)"] != 1 || got[", he … (4–7 words)"] != 1 {
		t.Errorf("words %v, want one run of 8+ words and one of 4–7 under \", he\"", c.Words[edgeEndLate])
	}
}
