package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/eval"
)

// `eval attribution --mistakes` lists what the scores count, one line
// each, so that whoever corrects attributions (PolNeAR, or a store's
// articles exported with `export brat` and corrected) can read where
// newsgraph goes wrong rather than only how often. The kinds follow the
// cross-validation's reasons for a missed cue (eval_misses.go), told here
// from the output alone.

// attributionMistake is one gold attribution newsgraph got wrong, or one
// attribution of newsgraph's that gold lacks.
type attributionMistake struct {
	Kind string      `json:"kind"` // missed, partial, swallowed, false, source, content
	Doc  string      `json:"doc"`
	Gold *spanTriple `json:"gold,omitempty"`
	Got  *spanTriple `json:"got,omitempty"`
}

// spanTriple is an attribution's three spans as text, "" where it has
// none.
type spanTriple struct {
	Source  string `json:"source"`
	Cue     string `json:"cue"`
	Content string `json:"content"`
	At      int    `json:"at"` // the cue's start, in code points
}

// attributionMistakes compares one analysed article with its gold: gold
// attributions whose cue was missed (outright, inside another's content,
// or with other edges), attributions whose cue gold lacks, and those whose
// cue is right but whose source or content is not.
func attributionMistakes(gd eval.AttributionDoc, d *newsgraph.Doc) []attributionMistake {
	cp := newsgraph.NewCodePoints(d.Text)
	runes := []rune(d.Text)
	text := func(sp [2]int) string {
		if sp[0] < 0 || sp[1] > len(runes) || sp[0] >= sp[1] {
			return ""
		}
		return strings.Join(strings.Fields(string(runes[sp[0]:sp[1]])), " ")
	}
	var got []eval.GoldAttribution // newsgraph's, in code points like gold's
	for _, a := range eval.MergeSplitQuotations(d.Attributions) {
		g := eval.GoldAttribution{Source: [2]int{-1, -1}, Cue: [2]int{cp.At(a.Cue.Start), cp.At(a.Cue.End)},
			Content: [2]int{cp.At(a.Content.Start), cp.At(a.Content.End)}}
		if a.Source != nil {
			g.Source = [2]int{cp.At(a.Source.Start), cp.At(a.Source.End)}
		}
		got = append(got, g)
	}
	triple := func(a eval.GoldAttribution) *spanTriple {
		return &spanTriple{Source: text(a.Source), Cue: text(a.Cue), Content: text(a.Content), At: a.Cue[0]}
	}
	var out []attributionMistake
	matched := make([]bool, len(got))
	for _, g := range eval.MergeSharedGoldCues(gd.Attributions) {
		kind, j := "missed", -1
		for i, a := range got {
			switch {
			case a.Cue == g.Cue:
				kind, j = "", i
			case kind != "" && a.Cue[0] < g.Cue[1] && g.Cue[0] < a.Cue[1]:
				kind, j = "partial", i
			case kind == "missed" && a.Content[0] <= g.Cue[0] && g.Cue[1] <= a.Content[1]:
				kind, j = "swallowed", i
			}
		}
		if j >= 0 && kind != "swallowed" {
			matched[j] = true
		}
		if kind == "" {
			switch {
			case got[j].Source != g.Source:
				kind = "source"
			case got[j].Content != g.Content:
				kind = "content"
			default:
				continue
			}
		}
		m := attributionMistake{Kind: kind, Doc: gd.Name, Gold: triple(g)}
		if j >= 0 {
			m.Got = triple(got[j])
		}
		out = append(out, m)
	}
	for i, a := range got {
		if !matched[i] {
			out = append(out, attributionMistake{Kind: "false", Doc: gd.Name, Got: triple(a)})
		}
	}
	return out
}

// printAttributionMistakes writes one line per mistake: "mistake" (so
// that the lines are told from the score table's by grep), its kind, the
// article and the cue's offset, then gold's and newsgraph's attributions
// as source | cue | content.
func printAttributionMistakes(w io.Writer, list []attributionMistake) {
	show := func(t *spanTriple) string {
		if t == nil {
			return "-"
		}
		return fmt.Sprintf("%s | %s | %s", t.Source, t.Cue, t.Content)
	}
	for _, m := range list {
		at := 0
		if m.Gold != nil {
			at = m.Gold.At
		} else if m.Got != nil {
			at = m.Got.At
		}
		fmt.Fprintf(w, "mistake %-9s %s@%d\tgold: %s\tgot: %s\n", m.Kind, m.Doc, at, show(m.Gold), show(m.Got))
	}
}
