package build

import (
	"strings"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/attrib/view"
)

// continuedQuotes gives a quotation that opens a sentence with no cue of
// its own to the speaker of a quotation in the sentence just before:
// “They want us to work nights,” Olander said. “That is not an offer.”
func (x *Builder) continuedQuotes() {
	n := len(x.out)
	for k := 1; k < len(x.D.Sentences); k++ {
		s := x.D.Sentences[k]
		q := x.QuoteAt[s.FirstToken]
		if q < 0 || x.taken[s.FirstToken] || x.D.Quotes[q].Start != x.D.Tokens[s.FirstToken].Start {
			continue
		}
		prev := x.lastDirect(n, x.D.Sentences[k-1])
		if prev == nil || !sameMarks(x.D.Text[prev.Content.Start:prev.Content.End], x.D.Slice(x.D.Quotes[q].Span)) {
			continue
		}
		x.add(newsgraph.Direct, prev.Source, prev.Cue, x.D.Quotes[q].Span, view.MentionOf(prev.Addressee))
	}
}

// sameMarks: two quotations open with the same style of mark. A
// quotation in other marks after a speaker's words is not more of them: a
// subheading set in single marks after a double-quoted paragraph, or a
// stray straight mark after curly ones.
func sameMarks(a, b string) bool {
	return markStyle(a) == markStyle(b)
}

// markStyle names the style of the quotation mark that opens s.
func markStyle(s string) string {
	switch {
	case strings.HasPrefix(s, "''"), strings.HasPrefix(s, "``"):
		return "''"
	case strings.HasPrefix(s, "“"), strings.HasPrefix(s, "”"):
		return "curly"
	case strings.HasPrefix(s, "\""):
		return "straight"
	case strings.HasPrefix(s, "‘"), strings.HasPrefix(s, "'"), strings.HasPrefix(s, "’"):
		return "single"
	}
	return "other"
}

// lastDirect returns the direct attribution whose content ends in sentence
// s: one of the first n found by the rules, or a continuation found since.
func (x *Builder) lastDirect(n int, s newsgraph.Sentence) *newsgraph.Attribution {
	for i := len(x.out) - 1; i >= 0; i-- {
		a := &x.out[i]
		inS := a.Content.End > s.Start && a.Content.End <= s.End || s.Contains(a.Cue) // “…?” she said. “…”
		if (a.Kind == newsgraph.Direct || i >= n) && inS {
			return a
		}
	}
	return nil
}
