package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/eval"
)

// The mistakes of one article, each of its kinds once: the text's "é"
// makes byte and code point offsets differ after it, as gold's are code
// points and the Doc's bytes.
func TestAttributionMistakesTellEachKind(t *testing.T) {
	text := "Café owners said rents rose. Lind warned of cuts, Berg added. Ola Vik told us it was over. Mia said so. Per Ek said no."
	span := func(s string, nth int) newsgraph.Span { // the nth occurrence's bytes
		at := -1
		for range nth + 1 {
			at += 1 + strings.Index(text[at+1:], s)
		}
		return newsgraph.Span{Start: at, End: at + len(s)}
	}
	points := func(sp newsgraph.Span) [2]int {
		return [2]int{len([]rune(text[:sp.Start])), len([]rune(text[:sp.End]))}
	}
	gold := func(src, cue, content newsgraph.Span) eval.GoldAttribution {
		return eval.GoldAttribution{Source: points(src), Cue: points(cue), Content: points(content)}
	}
	ptr := func(sp newsgraph.Span) *newsgraph.Span { return &sp }
	gd := eval.AttributionDoc{Name: "cafe", Text: text, Attributions: []eval.GoldAttribution{
		gold(span("Café owners", 0), span("said", 0), span("rents rose", 0)),    // right
		gold(span("Lind", 0), span("warned", 0), span("of cuts", 0)),            // content: got "cuts"
		gold(span("Berg", 0), span("added", 0), span("Lind warned of cuts", 0)), // swallowed by Lind's
		gold(span("Ola Vik", 0), span("told us", 0), span("it was over", 0)),    // partial: got "told"
		gold(span("Mia", 0), span("said", 1), span("so", 1)),                    // missed
		gold(span("Per Ek", 0), span("said", 2), span("no", 0)),                 // source: got "Ek"
		gold(span("Café owners", 0), span("said", 0), span("rents", 0)),         // the first's other half: merged, no mistake
	}}
	d := &newsgraph.Doc{Text: text, Attributions: []newsgraph.Attribution{
		{Source: ptr(span("Café owners", 0)), Cue: span("said", 0), Content: span("rents rose", 0)},
		{Source: ptr(span("Lind", 0)), Cue: span("warned", 0), Content: span("of cuts, Berg added", 0)},
		{Source: ptr(span("Ola Vik", 0)), Cue: span("told", 0), Content: span("us it was over", 0)},
		{Source: ptr(span("owners", 0)), Cue: span("rose", 0), Content: span("rents", 0)}, // gold has no such cue
		{Source: ptr(span("Ek", 0)), Cue: span("said", 2), Content: span("no", 0)},
	}}
	var kinds []string
	for _, m := range attributionMistakes(gd, d) {
		cue := m.Got
		if m.Gold != nil {
			cue = m.Gold
		}
		kinds = append(kinds, m.Kind+":"+cue.Cue)
	}
	want := "content:warned swallowed:added partial:told us missed:said source:said false:rose"
	if got := strings.Join(kinds, " "); got != want {
		t.Errorf("mistakes %q, want %q", got, want)
	}
	var buf bytes.Buffer
	printAttributionMistakes(&buf, attributionMistakes(gd, d))
	if line := strings.Split(buf.String(), "\n")[0]; !strings.HasPrefix(line, "mistake content") ||
		!strings.Contains(line, "gold: Lind | warned | of cuts\tgot: Lind | warned | of cuts, Berg added") {
		t.Errorf("first line %q does not show gold's and newsgraph's spans", line)
	}
}
