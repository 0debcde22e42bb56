package render

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/newsgraph/newsgraph"
)

// BRAT writes d's attributions as BRAT standoff (.ann), in the scheme
// PolNeAR was annotated with, so annotators can correct newsgraph's output
// in BRAT: a Source, Cue and Content text-bound annotation per
// attribution, an Attribution trigger over the cue, and an event tying
// them (E1 Attribution:T4 Content:T3 Cue:T2 Source:T1). Offsets count
// characters (code points) into d.Text, which is the .txt beside it.
// A span that holds a line break is written as BRAT's discontinuous
// fragments, one per line, since a BRAT fragment may not cross one.
func BRAT(w io.Writer, d *newsgraph.Doc) error {
	bw := bufio.NewWriter(w)
	cp := newsgraph.NewCodePoints(d.Text)
	t := 0
	span := func(label string, s newsgraph.Span) string {
		t++
		offsets, text := fragments(d, cp, s)
		fmt.Fprintf(bw, "T%d\t%s %s\t%s\n", t, label, offsets, text)
		return fmt.Sprintf("T%d", t)
	}
	for i, a := range d.Attributions {
		var args []string
		if a.Content.Len() > 0 {
			args = append(args, "Content:"+span("Content", a.Content))
		}
		args = append(args, "Cue:"+span("Cue", a.Cue))
		if a.Source != nil && a.Source.Len() > 0 {
			args = append(args, "Source:"+span("Source", *a.Source))
		}
		trigger := span("Attribution", a.Cue)
		fmt.Fprintf(bw, "E%d\tAttribution:%s %s\n", i+1, trigger, strings.Join(args, " "))
	}
	return bw.Flush()
}

// fragments is "start end" of s in code points, or "s1 e1;s2 e2" split at
// line breaks, and the text BRAT expects with them: the fragments' texts
// joined by a space.
func fragments(d *newsgraph.Doc, cp newsgraph.CodePoints, s newsgraph.Span) (string, string) {
	var offsets, texts []string
	start := s.Start
	for i := s.Start; i <= s.End; i++ {
		if i == s.End || d.Text[i] == '\n' {
			if i > start {
				offsets = append(offsets, fmt.Sprintf("%d %d", cp.At(start), cp.At(i)))
				texts = append(texts, d.Text[start:i])
			}
			start = i + 1
		}
	}
	if len(offsets) == 0 {
		return fmt.Sprintf("%d %d", cp.At(s.Start), cp.At(s.End)), ""
	}
	return strings.Join(offsets, ";"), strings.Join(texts, " ")
}
