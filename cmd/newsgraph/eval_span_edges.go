package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/eval"
)

// How the content and the source of an attribution found by its cue
// differ from the gold ones, counted out of fold by the cross-validation:
// content exact F1 is the lowest of the scores, and most of its misses
// are an edge drawn a few words off; a source is off by a title, an
// apposition, or missing. Which edge, which way and over which words says
// what the boundary ranker (package bound) or the rules should learn.

// Ways a content edge can differ from the gold one.
const (
	edgeStartEarly = "starts early" // the predicted content takes words before the gold start
	edgeStartLate  = "starts late"  // it leaves out the gold content's first words
	edgeEndEarly   = "ends early"   // it leaves out the gold content's last words
	edgeEndLate    = "ends late"    // it takes words after the gold end
	edgeMissing    = "missing"      // there is a gold span and no predicted one (sources only)
	edgeExtra      = "extra"        // there is a predicted span and no gold one (sources only)
)

var edgeKinds = []string{edgeStartEarly, edgeStartLate, edgeEndEarly, edgeEndLate, edgeMissing, edgeExtra}

// Roles a spanTally counts.
const (
	roleContent = "content"
	roleSource  = "source"
)

// spanTally counts, for the gold attributions whose cue was predicted
// with its extent, whether one role's span (the content or the source)
// was too, and how its edges differ. For contents, a gold attribution
// without one is left out; for sources, a missing or an extra source
// counts as such (sources are often absent on one side).
type spanTally struct {
	Role    string                 `json:"role"`
	Matched int                    `json:"cue_found"` // gold attributions whose cue was predicted exactly (with content, for contents)
	Exact   int                    `json:"exact"`     // of those, with the span exactly right (both absent, for sources)
	Edges   map[string]int         `json:"edges"`     // edges off, by kind (a span can be off at both)
	Words   map[string][]wordCount `json:"words"`     // the commonest words between the edges, by kind, filled by finish
	words   map[string]map[string]int
}

func newSpanTally(role string) *spanTally {
	return &spanTally{Role: role, Edges: map[string]int{}, words: map[string]map[string]int{}}
}

// predictedRoles is a predicted attribution's spans, in code points.
type predictedRoles struct{ cue, source, content [2]int }

// add counts the gold attributions of one held-out article, d as the
// stage left it. A gold attribution is matched with the predicted one of
// the same cue whose content overlaps its own the most.
func (t *spanTally) add(d *newsgraph.Doc, gold eval.AttributionDoc) {
	cp := newsgraph.NewCodePoints(d.Text)
	var preds []predictedRoles
	for _, a := range eval.MergeSplitQuotations(d.Attributions) {
		p := predictedRoles{
			cue:     [2]int{cp.At(a.Cue.Start), cp.At(a.Cue.End)},
			source:  [2]int{-1, -1},
			content: [2]int{cp.At(a.Content.Start), cp.At(a.Content.End)},
		}
		if a.Source != nil {
			p.source = [2]int{cp.At(a.Source.Start), cp.At(a.Source.End)}
		}
		preds = append(preds, p)
	}
	runes := []rune(d.Text)
	for _, g := range gold.Attributions {
		if t.Role == roleContent && g.Content[0] < 0 {
			continue
		}
		var best predictedRoles
		most, found := 0, false
		for _, p := range preds {
			if p.cue != g.Cue {
				continue
			}
			if o := min(p.content[1], g.Content[1]) - max(p.content[0], g.Content[0]); !found || o > most {
				best, most, found = p, o, true
			}
		}
		if !found || t.Role == roleContent && most < 0 {
			continue // the cue was not found (the cue misses tell why), or not with this content
		}
		t.Matched++
		want, got := g.Content, best.content
		if t.Role == roleSource {
			want, got = g.Source, best.source
		}
		t.compare(runes, want, got)
	}
}

// compare counts one span against its gold.
func (t *spanTally) compare(runes []rune, gold, got [2]int) {
	switch {
	case got == gold:
		t.Exact++
		return
	case got[0] < 0:
		t.count(edgeMissing, runes[gold[0]:gold[1]])
		return
	case gold[0] < 0:
		t.count(edgeExtra, runes[got[0]:got[1]])
		return
	}
	switch {
	case got[0] < gold[0]:
		t.count(edgeStartEarly, runes[got[0]:min(gold[0], got[1])])
	case got[0] > gold[0]:
		t.count(edgeStartLate, runes[gold[0]:min(got[0], gold[1])])
	}
	switch {
	case got[1] > gold[1]:
		t.count(edgeEndLate, runes[max(gold[1], got[0]):got[1]])
	case got[1] < gold[1]:
		t.count(edgeEndEarly, runes[max(got[1], gold[0]):gold[1]])
	}
}

// count tallies one edge off by kind, with the words between the edges:
// all of them when there are three or fewer, else the first two and how
// many more.
func (t *spanTally) count(kind string, between []rune) {
	t.Edges[kind]++
	words := strings.Fields(strings.ToLower(string(between)))
	key := strings.Join(words, " ")
	switch {
	case len(words) > 7:
		key = strings.Join(words[:2], " ") + " … (8+ words)"
	case len(words) > 3:
		key = strings.Join(words[:2], " ") + " … (4–7 words)"
	}
	if t.words[kind] == nil {
		t.words[kind] = map[string]int{}
	}
	t.words[kind][key]++
}

// finish fills Words with the commonest words of each kind.
func (t *spanTally) finish(top int) { t.Words = topWords(t.words, top) }

func printSpanEdges(w io.Writer, t *spanTally) {
	fmt.Fprintf(w, "%ss of gold attributions whose cue was found, out of fold: %d of %d exact\n", t.Role, t.Exact, t.Matched)
	for _, k := range edgeKinds {
		if t.Edges[k] == 0 && (k == edgeMissing || k == edgeExtra) {
			continue
		}
		var words []string
		for _, wc := range t.Words[k] {
			words = append(words, fmt.Sprintf("%q %d", wc.Word, wc.Count))
		}
		fmt.Fprintf(w, "  %-12s %5d  %s\n", k, t.Edges[k], strings.Join(words, ", "))
	}
}
