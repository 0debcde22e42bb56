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
	at, pair := spansIn(text)
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
	c := newSpanTally(roleContent)
	c.add(d, gold)
	c.finish(3)
	if c.Matched != 2 || c.Exact != 1 {
		t.Fatalf("%d matched, %d exact; want 2 and 1", c.Matched, c.Exact)
	}
	want := map[string]string{edgeStartEarly: "that", edgeEndLate: "on monday"}
	expectEdges(t, c, want)
}

// Long runs between the edges are counted by their first two words and
// a length bucket, so that one pattern gathers them.
func TestSpanTallyBucketsLongRuns(t *testing.T) {
	c := newSpanTally(roleContent)
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

// A source is compared on the predicted attribution of the gold cue, so a
// source found short, one not found and one found where gold has none
// each count under their kind; an attribution whose cue was not found
// counts under none.
func TestSourceTallyTellsHowTheSourceIsOff(t *testing.T) {
	text := "Mayor Ann Lind said the port opened. Berg said talks failed. It said no. Police, officials said, came. Ida hinted."
	at, pair := spansIn(text)
	src := func(s newsgraph.Span) *newsgraph.Span { return &s }
	d := &newsgraph.Doc{Text: text, Attributions: []newsgraph.Attribution{
		{Source: src(at("Lind", "Ann")), Cue: at("said", "Lind"), Content: at("the port opened", "Lind")},
		{Source: src(at("Berg", "")), Cue: at("said", "Berg"), Content: at("talks failed", "Berg")},
		{Cue: at("said", "It"), Content: at("no", "It")},
		{Source: src(at("officials", "Police")), Cue: at("said", "officials"), Content: at("Police", "")},
	}}
	none := [2]int{-1, -1}
	gold := eval.AttributionDoc{Attributions: []eval.GoldAttribution{
		{Source: pair(at("Mayor Ann Lind", "")), Cue: pair(at("said", "Lind")), Content: pair(at("the port opened", "Lind"))}, // starts late
		{Source: pair(at("Berg", "")), Cue: pair(at("said", "Berg")), Content: pair(at("talks failed", "Berg"))},              // exact
		{Source: pair(at("It", "")), Cue: pair(at("said", "It")), Content: pair(at("no", "It"))},                              // missing
		{Source: none, Cue: pair(at("said", "officials")), Content: none},                                                     // extra
		{Source: pair(at("Ida", "")), Cue: pair(at("hinted", "Ida")), Content: none},                                          // cue not found
	}}
	c := newSpanTally(roleSource)
	c.add(d, gold)
	c.finish(3)
	if c.Matched != 4 || c.Exact != 1 {
		t.Fatalf("%d matched, %d exact; want 4 and 1", c.Matched, c.Exact)
	}
	want := map[string]string{edgeStartLate: "mayor ann", edgeMissing: "it", edgeExtra: "officials"}
	expectEdges(t, c, want)
}

// expectEdges checks that c counted one edge of each kind in want, with
// its words, and none of the others.
func expectEdges(t *testing.T, c *spanTally, want map[string]string) {
	t.Helper()
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

// spansIn gives at, the span of s in text searching from after the word
// from, and pair, a span as the gold writes it.
func spansIn(text string) (at func(s, from string) newsgraph.Span, pair func(newsgraph.Span) [2]int) {
	at = func(s, from string) newsgraph.Span {
		i := strings.Index(text, from) + len(from)
		i += strings.Index(text[i:], s)
		return newsgraph.Span{Start: i, End: i + len(s)}
	}
	return at, func(s newsgraph.Span) [2]int { return [2]int{s.Start, s.End} }
}
