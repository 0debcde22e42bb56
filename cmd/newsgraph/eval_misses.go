package main

import (
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/attrib"
	"github.com/newsgraph/newsgraph/internal/attrib/build"
	"github.com/newsgraph/newsgraph/internal/attrib/cue"
	"github.com/newsgraph/newsgraph/internal/attrib/view"
	"github.com/newsgraph/newsgraph/internal/eval"
)

// Why gold cues go missing, counted out of fold by the cross-validation:
// cue recall bounds every exact score (a content is only right when its
// cue is), so these are the figures a change to cue detection or building
// should move, and where they come from says which part to change.

// Reasons a gold cue has no predicted cue of the same extent, in the
// order they are told apart.
const (
	missPartial    = "partial"      // a predicted cue overlaps it: an error of extent
	missSwallowed  = "swallowed"    // it lies inside a predicted content
	missNoVerb     = "no candidate" // none of its words is one the cue classifier is asked about
	missClassifier = "classifier"   // its verb scored below the margin at which verbs are proposed
	missNotBuilt   = "not built"    // proposed, but the rules built no attribution around it
	missKeeper     = "keeper"       // built, and the keeper dropped it
	missLater      = "lost later"   // kept, then redrawn or merged away
)

var missReasons = []string{missPartial, missSwallowed, missNoVerb, missClassifier, missNotBuilt, missKeeper, missLater}

// missTally counts missed gold cues by reason, and their words.
type missTally struct {
	Gold   int                    `json:"gold_cues"`
	Found  int                    `json:"found"` // predicted with the same extent
	Missed map[string]int         `json:"missed"`
	Words  map[string][]wordCount `json:"words"` // the commonest missed cues of each reason, filled by finish
	words  map[string]map[string]int
}

type wordCount struct {
	Word  string `json:"word"`
	Count int    `json:"count"`
}

func newMissTally() *missTally {
	return &missTally{Missed: map[string]int{}, words: map[string]map[string]int{}}
}

// add counts the gold cues of one held-out article: d is the article as
// the stage left it, stage what attributed it, gold its annotation.
func (m *missTally) add(d *newsgraph.Doc, stage attrib.Stage, gold eval.AttributionDoc) {
	cp := newsgraph.NewCodePoints(d.Text)
	var cues, contents [][2]int
	for _, a := range eval.MergeSplitQuotations(d.Attributions) {
		cues = append(cues, [2]int{cp.At(a.Cue.Start), cp.At(a.Cue.End)})
		contents = append(contents, [2]int{cp.At(a.Content.Start), cp.At(a.Content.End)})
	}
	var f *cueFunnel // built on the first miss that needs it
	runes := []rune(d.Text)
	for _, g := range gold.Attributions {
		m.Gold++
		reason := outcome(g.Cue, cues, contents)
		if reason == "" {
			m.Found++
			continue
		}
		if reason == missNoVerb {
			if f == nil {
				f = newCueFunnel(d, stage, cp)
			}
			reason = f.reason(g.Cue)
		}
		m.Missed[reason]++
		if m.words[reason] == nil {
			m.words[reason] = map[string]int{}
		}
		m.words[reason][strings.ToLower(string(runes[g.Cue[0]:g.Cue[1]]))]++
	}
}

// outcome says whether gold cue g was found ("") or, if not, whether a
// predicted cue overlaps it or a predicted content holds it; missNoVerb
// stands for "neither", for the funnel to tell apart.
func outcome(g [2]int, cues, contents [][2]int) string {
	if slices.Contains(cues, g) {
		return ""
	}
	for _, c := range cues {
		if c[0] < g[1] && g[0] < c[1] {
			return missPartial
		}
	}
	for _, c := range contents {
		if c[0] <= g[0] && g[1] <= c[1] {
			return missSwallowed
		}
	}
	return missNoVerb
}

// cueFunnel replays the rules over one document, recording which verbs
// were proposed, built around and kept, to say where a cue found nowhere
// was lost.
type cueFunnel struct {
	b          *build.Builder
	kept       map[int]bool // by token of a built cue: whether the keeper kept it
	starts     []int        // per token, its start in code points
	ends       []int
	candidates func(int) bool
}

func newCueFunnel(d *newsgraph.Doc, stage attrib.Stage, cp newsgraph.CodePoints) *cueFunnel {
	f := &cueFunnel{kept: map[int]bool{}, candidates: func(i int) bool { return cue.Candidate(d, i) }}
	cfg := stage.Rules()
	cfg.Keep = recordingKeeper{inner: cfg.Keep, kept: f.kept}
	f.b = build.New(d, cfg)
	f.b.Run()
	for _, t := range d.Tokens {
		f.starts, f.ends = append(f.starts, cp.At(t.Start)), append(f.ends, cp.At(t.End))
	}
	return f
}

// reason says where gold cue g, which no predicted span touches, was lost.
func (f *cueFunnel) reason(g [2]int) string {
	head := f.head(g)
	switch kept, built := f.kept[head]; {
	case head < 0:
		return missNoVerb
	case !f.b.Cues.IsCue(head):
		return missClassifier
	case !built:
		return missNotBuilt
	case !kept:
		return missKeeper
	}
	return missLater
}

// head is the word of g the classifier is asked about: the one whose
// head lies outside g, else the first; -1 when g has none.
func (f *cueFunnel) head(g [2]int) int {
	first := -1
	d := f.b.D
	a := sort.SearchInts(f.ends, g[0]+1)
	for i := a; i < len(d.Tokens) && f.starts[i] < g[1]; i++ {
		if f.ends[i] > g[1] || !f.candidates(i) {
			continue
		}
		if first < 0 {
			first = i
		}
		if h := d.Tokens[i].Head; h < 0 || f.starts[h] < g[0] || f.ends[h] > g[1] {
			return i
		}
	}
	return first
}

// recordingKeeper asks inner (keeping everything when it is nil) and
// records its answer for each token of the cue.
type recordingKeeper struct {
	inner build.Keeper
	kept  map[int]bool
}

func (r recordingKeeper) Keep(b *build.Builder, a newsgraph.Attribution) bool {
	keep := r.inner == nil || r.inner.Keep(b, a)
	t, _ := view.TokensOf(b.D, a.Cue)
	for i := t.A; i < t.B; i++ {
		r.kept[i] = r.kept[i] || keep
	}
	return keep
}

// finish fills Words with the commonest missed cues of each reason.
func (m *missTally) finish(top int) { m.Words = topWords(m.words, top) }

// topWords lists, for each key of counts, its top commonest words, the
// commonest first and ties in alphabetical order.
func topWords(counts map[string]map[string]int, top int) map[string][]wordCount {
	out := map[string][]wordCount{}
	for key, ws := range counts {
		var list []wordCount
		for w, n := range ws {
			list = append(list, wordCount{w, n})
		}
		sort.Slice(list, func(i, j int) bool {
			return list[i].Count > list[j].Count || list[i].Count == list[j].Count && list[i].Word < list[j].Word
		})
		out[key] = list[:min(top, len(list))]
	}
	return out
}

func printMisses(w io.Writer, m *missTally) {
	missed := m.Gold - m.Found
	fmt.Fprintf(w, "gold cues missed out of fold: %d of %d (exact extent)\n", missed, m.Gold)
	for _, r := range missReasons {
		var words []string
		for _, wc := range m.Words[r] {
			words = append(words, fmt.Sprintf("%q %d", wc.Word, wc.Count))
		}
		fmt.Fprintf(w, "  %-13s %5d  %s\n", r, m.Missed[r], strings.Join(words, ", "))
	}
}
