// Package render writes a Doc in the human-readable views of the CLI: a
// text summary (title, date, numbered sentences, and whatever later stages
// found) and CoNLL-U.
package render

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/newsgraph/newsgraph"
)

// Text writes the readable view of d.
func Text(w io.Writer, d *newsgraph.Doc) error { return TextWithTrees(w, d, false) }

// TextWithTrees writes the readable view, with each sentence's dependency
// tree under it when trees is set.
func TextWithTrees(w io.Writer, d *newsgraph.Doc, trees bool) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "# %s\n", oneLine(d.Title()))
	if d.Meta.Source != "" {
		fmt.Fprintf(bw, "source:    %s\n", d.Meta.Source)
	}
	if d.Meta.URL != "" {
		fmt.Fprintf(bw, "url:       %s\n", d.Meta.URL)
	}
	if !d.Meta.Published.IsZero() {
		fmt.Fprintf(bw, "published: %s\n", d.Meta.Published.Format("2006-01-02 15:04 MST"))
	}
	if len(d.Meta.Authors) > 0 {
		fmt.Fprintf(bw, "authors:   %s\n", strings.Join(d.Meta.Authors, "; "))
	}
	fmt.Fprintf(bw, "%d paragraphs, %d sentences, %d tokens, %d quotations\n\n",
		len(d.Paragraphs), len(d.Sentences), len(d.Tokens), len(d.Quotes))
	for i, s := range d.Sentences {
		fmt.Fprintf(bw, "%3d  %s\n", i+1, oneLine(d.Slice(s.Span)))
		if trees {
			Tree(bw, d, s)
		}
	}
	if len(d.Entities) > 0 {
		fmt.Fprintf(bw, "\nentities:\n")
		for id, e := range d.Entities {
			fmt.Fprintf(bw, "  %-3d %-4s %s%s\n", id, e.Type, oneLine(e.Name), mentionList(d, e))
		}
	}
	if len(d.Attributions) > 0 {
		fmt.Fprintf(bw, "\nattributions ([kind type confidence] speaker — cue — content):\n")
		for _, a := range d.Attributions {
			speaker := "?"
			if a.Speaker != nil {
				speaker = a.Speaker.Name
			}
			to := ""
			if a.Addressee != nil {
				to = " → " + oneLine(a.Addressee.Name)
			}
			fmt.Fprintf(bw, "  [%s] %s%s — %s — %s\n", attributionLabel(a), speaker, to, oneLine(d.Slice(a.Cue)), oneLine(d.Slice(a.Content)))
		}
	}
	times(bw, d)
	events(bw, d)
	for _, g := range d.Diagnostics {
		fmt.Fprintf(bw, "\nwarning: %s: %s\n", g.Code, g.Message)
	}
	fmt.Fprintln(bw)
	return bw.Flush()
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// mentionList shows an entity's members, when it is a group, and the
// mentions that are not its name: "(he, the Russian leader)".
func mentionList(d *newsgraph.Doc, e newsgraph.Entity) string {
	var parts []string
	for _, k := range e.Members {
		parts = append(parts, "member "+oneLine(d.Entities[k].Name))
	}
	for _, s := range e.Roles {
		parts = append(parts, "role "+oneLine(d.Slice(s)))
	}
	seen := map[string]bool{oneLine(e.Name): true}
	for _, k := range e.Mentions {
		if t := oneLine(d.Slice(d.Mentions[k].Span)); !seen[t] {
			seen[t] = true
			parts = append(parts, t)
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return " (" + strings.Join(parts, ", ") + ")"
}

// attributionLabel is an attribution's kind, then its type and confidence
// when stages have set them: "direct statement 0.92".
func attributionLabel(a newsgraph.Attribution) string {
	label := string(a.Kind)
	if a.Type != "" {
		label += " " + string(a.Type)
	}
	if a.Confidence > 0 {
		label += fmt.Sprintf(" %.2f", a.Confidence)
	}
	return label
}
