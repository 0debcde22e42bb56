package build

import (
	"strings"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/attrib/view"
)

// continuedQuotes gives a quotation that opens a sentence with no cue of
// its own to the speaker of a quotation in the sentence just before:
// “They want us to work nights,” Olander said. “That is not an offer.”
// A quotation that runs to the end of its paragraph also continues a
// partial quotation in the sentence before, in the same paragraph or the
// one before (Lind said the port was “closed for good.” ¶ “Nobody works
// here now.”), as news copy sets a speaker's next words; one followed in
// its paragraph by more words is left to them, which often hold its own
// cue (“…?” Lind asked, turning to the crowd). On PolNeAR train the two
// (with the marks continues allows) moved content exact F1 from 0.676 to
// 0.678 and overlap from 0.870 to 0.875.
func (x *Builder) continuedQuotes() {
	n := len(x.out)
	for k := 1; k < len(x.D.Sentences); k++ {
		s := x.D.Sentences[k]
		q := x.QuoteAt[s.FirstToken]
		if q < 0 || x.taken[s.FirstToken] || x.D.Quotes[q].Start != x.D.Tokens[s.FirstToken].Start || x.quotedTitle(q) {
			continue
		}
		partial := x.fillsParagraph(q)
		prev := x.lastQuoting(n, x.D.Sentences[k-1], partial)
		if prev == nil && partial {
			// "Pike says she will keep coming. “Where else would I go?”":
			// a quotation that fills the rest of the paragraph after what a
			// verb of saying reported is the same speaker's words. (PolNeAR
			// train: content 0.6788 → 0.6790, overlap 0.8766 → 0.8772.)
			if prev = x.lastReporting(n, x.D.Sentences[k-1], s); prev != nil {
				x.add(newsgraph.Direct, prev.Source, prev.Cue, x.D.Quotes[q].Span, view.MentionOf(prev.Addressee))
			}
			continue
		}
		if prev == nil || !x.continues(prev.Content, q) {
			continue
		}
		x.add(newsgraph.Direct, prev.Source, prev.Cue, x.D.Quotes[q].Span, view.MentionOf(prev.Addressee))
	}
}

// quotedTitle: quotation q is a name the sentence goes on from, a title
// in marks ("“Wild Rose” is now available on DVD"): its words end with
// no mark of their own and a verb follows it.
func (x *Builder) quotedTitle(q int) bool {
	a, b := x.QuoteTokens(q)
	last, next := b-2, b // the last word inside the closing mark, the word after it
	if !x.D.Quotes[q].Closed || last < a || next >= len(x.Lower) || x.Sentence[next] != x.Sentence[a] {
		return false
	}
	return !punctuationTags[x.Tag(last)] && view.IsVerbTag(x.Tag(next))
}

var punctuationTags = view.Set(", . : -LRB- -RRB- HYPH NFP `` ''")

// continues: quotation q may be more of the last quotation in content c.
// A quotation in other marks after a speaker's words is not more of them
// when it is a subheading set in single marks after a double-quoted
// paragraph, a stray straight mark after curly ones (never closed), or a
// short label ("Related:"); a closed one of a few words in the other
// style of double marks is: news copy mixes curly and straight marks
// (“…,” Lind said. "…").
func (x *Builder) continues(c newsgraph.Span, q int) bool {
	p := x.lastQuotation(c)
	if p < 0 {
		return false
	}
	a, b := x.D.Slice(x.D.Quotes[p].Span), x.D.Slice(x.D.Quotes[q].Span)
	if markStyle(a) == markStyle(b) {
		return true
	}
	qa, qb := x.QuoteTokens(q)
	return x.D.Quotes[q].Closed && doubleMarks[markStyle(a)] && doubleMarks[markStyle(b)] && qb-qa >= 6
}

var doubleMarks = view.Set("'' curly straight")

// lastQuotation returns the last quotation in span c, or -1.
func (x *Builder) lastQuotation(c newsgraph.Span) int {
	t, _ := view.TokensOf(x.D, c)
	for i := t.B - 1; i >= t.A; i-- {
		if q := x.QuoteAt[i]; q >= 0 {
			return q
		}
	}
	return -1
}

// fillsParagraph: quotation q runs to the end of its paragraph, but for
// closing punctuation.
func (x *Builder) fillsParagraph(q int) bool {
	_, b := x.QuoteTokens(q)
	if b == 0 {
		return false
	}
	end := x.paragraphEnd(x.D.Sentences[x.Sentence[b-1]])
	for ; b < end; b++ {
		if t := x.Tag(b); t != "." && t != "," {
			return false
		}
	}
	return true
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

// lastReporting returns the indirect attribution of a verb of saying
// whose content ends sentence prev, when prev and s share a paragraph or
// prev ends on a colon.
// Not a verb of believing or wanting: "Sherman wants … “I think …”" is
// no more of what he wants.
func (x *Builder) lastReporting(n int, prev, s newsgraph.Sentence) *newsgraph.Attribution {
	if x.paragraphBreakBefore(s.FirstToken) && x.Lower[prev.EndToken-1] != ":" {
		return nil // unless a colon announced the quotation: "Eaton said that, given the field: ¶ “…”"
	}
	// The rules build a sentence's attributions in text order, so the one
	// ending prev is among the last: looking further back made long
	// documents quadratic.
	for i := n - 1; i >= max(0, n-64); i-- {
		a := &x.out[i]
		if a.Kind == newsgraph.Indirect && a.Source != nil && a.Content.End > prev.Start && a.Content.End <= prev.End &&
			x.onlyPunctuationAfter(a.Content.End, prev) && x.sayingCue(a.Cue) {
			return a
		}
	}
	return nil
}

// sayingCue: the first verb of cue span c is a verb of saying.
func (x *Builder) sayingCue(c newsgraph.Span) bool {
	t, _ := view.TokensOf(x.D, c)
	for i := t.A; i < t.B; i++ {
		if view.IsVerbTag(x.Tag(i)) {
			return sayingLemmas[x.Lemma(i)]
		}
	}
	return false
}

var sayingLemmas = view.Set("say tell add write note explain ask continue recall insist warn argue reply conclude acknowledge admit " +
	"declare promise claim announce state tweet post answer respond")

// onlyPunctuationAfter: nothing but punctuation follows offset end in s.
func (x *Builder) onlyPunctuationAfter(end int, s newsgraph.Sentence) bool {
	for i := s.FirstToken; i < s.EndToken; i++ {
		if x.D.Tokens[i].Start >= end && x.Tag(i) != "." && x.Tag(i) != "''" && x.Tag(i) != ":" {
			return false
		}
	}
	return true
}

// lastQuoting returns the direct attribution, or when partial too the
// mixed one, whose content ends in sentence s: one of the first n found by
// the rules, or a continuation found since.
func (x *Builder) lastQuoting(n int, s newsgraph.Sentence, partial bool) *newsgraph.Attribution {
	for i := len(x.out) - 1; i >= 0; i-- {
		a := &x.out[i]
		inS := a.Content.End > s.Start && a.Content.End <= s.End || s.Contains(a.Cue) // “…?” she said. “…”
		if (a.Kind == newsgraph.Direct || partial && a.Kind == newsgraph.Mixed || i >= n) && inS {
			return a
		}
	}
	return nil
}
