package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/eval"
)

// How the content of an attribution found by its cue differs from the
// gold content, counted out of fold by the cross-validation: content
// exact F1 is the lowest of the scores, and most of its misses are an
// edge drawn a few words off. Which edge, which way and over which words
// says what the boundary ranker (package bound) or the rules should learn.

// Ways a content edge can differ from the gold one.
const (
	edgeStartEarly = "starts early" // the predicted content takes words before the gold start
	edgeStartLate  = "starts late"  // it leaves out the gold content's first words
	edgeEndEarly   = "ends early"   // it leaves out the gold content's last words
	edgeEndLate    = "ends late"    // it takes words after the gold end
)

var edgeKinds = []string{edgeStartEarly, edgeStartLate, edgeEndEarly, edgeEndLate}

// contentTally counts, for the gold attributions whose cue was predicted
// with its extent, whether the content was too, and how its edges differ.
type contentTally struct {
	Matched int                    `json:"cue_found"`     // gold attributions with content whose cue was predicted exactly
	Exact   int                    `json:"content_exact"` // of those, with the content exactly right
	Edges   map[string]int         `json:"edges"`         // edges off, by kind (a content can be off at both)
	Words   map[string][]wordCount `json:"words"`         // the commonest words between the edges, by kind, filled by finish
	words   map[string]map[string]int
}

func newContentTally() *contentTally {
	return &contentTally{Edges: map[string]int{}, words: map[string]map[string]int{}}
}

// add counts the gold attributions of one held-out article, d as the
// stage left it.
func (t *contentTally) add(d *newsgraph.Doc, gold eval.AttributionDoc) {
	cp := newsgraph.NewCodePoints(d.Text)
	type predicted struct{ cue, content [2]int }
	var preds []predicted
	for _, a := range eval.MergeSplitQuotations(d.Attributions) {
		preds = append(preds, predicted{
			cue:     [2]int{cp.At(a.Cue.Start), cp.At(a.Cue.End)},
			content: [2]int{cp.At(a.Content.Start), cp.At(a.Content.End)},
		})
	}
	runes := []rune(d.Text)
	for _, g := range gold.Attributions {
		if g.Content[0] < 0 {
			continue
		}
		best, most := [2]int{-1, -1}, -1
		for _, p := range preds {
			if p.cue != g.Cue {
				continue
			}
			if o := min(p.content[1], g.Content[1]) - max(p.content[0], g.Content[0]); o > most {
				best, most = p.content, o
			}
		}
		if most < 0 {
			continue // the cue was not found: the cue misses tell why
		}
		t.Matched++
		if best == g.Content {
			t.Exact++
			continue
		}
		switch {
		case best[0] < g.Content[0]:
			t.count(edgeStartEarly, runes[best[0]:min(g.Content[0], best[1])])
		case best[0] > g.Content[0]:
			t.count(edgeStartLate, runes[g.Content[0]:min(best[0], g.Content[1])])
		}
		switch {
		case best[1] > g.Content[1]:
			t.count(edgeEndLate, runes[max(g.Content[1], best[0]):best[1]])
		case best[1] < g.Content[1]:
			t.count(edgeEndEarly, runes[max(best[1], g.Content[0]):g.Content[1]])
		}
	}
}

// count tallies one edge off by kind, with the words between the edges:
// all of them when there are three or fewer, else the first two and how
// many more.
func (t *contentTally) count(kind string, between []rune) {
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
func (t *contentTally) finish(top int) { t.Words = topWords(t.words, top) }

func printContentEdges(w io.Writer, t *contentTally) {
	fmt.Fprintf(w, "contents of gold attributions whose cue was found, out of fold: %d of %d exact\n", t.Exact, t.Matched)
	for _, k := range edgeKinds {
		var words []string
		for _, wc := range t.Words[k] {
			words = append(words, fmt.Sprintf("%q %d", wc.Word, wc.Count))
		}
		fmt.Fprintf(w, "  %-12s %5d  %s\n", k, t.Edges[k], strings.Join(words, ", "))
	}
}
