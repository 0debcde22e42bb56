package segment

import (
	"fmt"

	"github.com/newsgraph/newsgraph"
)

// Limits bound the work one article can cost the stages after
// segmentation, whose time grows faster than the text: the parser and the
// attribution rules walk a sentence's tree for each cue, so a sentence is
// never longer than MaxSentenceTokens, and an article is annotated up to
// MaxTokens. Each limit met is recorded as a diagnostic.
type Limits struct {
	MaxTokens         int // tokens annotated per article; the rest of the text is kept, unannotated
	MaxSentenceTokens int // a longer run of tokens with no boundary is cut into sentences of this size
}

// DefaultLimits are far above any news article: as segmented here, the
// longest sentence of PolNeAR's 924 articles has 222 tokens and the longest
// article 6,437;
// 100,000 tokens, about 500 KB of English, is a book of 300 pages, which
// the whole pipeline reads in about five seconds on one core.
var DefaultLimits = Limits{MaxTokens: 100_000, MaxSentenceTokens: 300}

// Segment fills d.Tokens, d.Sentences and d.Quotes from d.Text and
// d.Paragraphs within DefaultLimits, replacing whatever they held.
func Segment(d *newsgraph.Doc) { SegmentWithin(d, DefaultLimits) }

// SegmentWithin is Segment within other limits.
func SegmentWithin(d *newsgraph.Doc, lim Limits) {
	tk := tokenizer{text: d.Text, max: lim.MaxTokens,
		out: make([]newsgraph.Span, 0, min(len(d.Text)/5, lim.MaxTokens)+8)}
	paraTok := make([]int, len(d.Paragraphs)+1)
	for i, p := range d.Paragraphs {
		paraTok[i] = len(tk.out)
		if !tk.full {
			tk.paragraph(p.Start, p.End)
		}
	}
	paraTok[len(d.Paragraphs)] = len(tk.out)
	spans := tk.out
	if tk.full {
		left := len(d.Text) - spans[len(spans)-1].End
		d.Diagnose("truncated", fmt.Sprintf("the article has over %d tokens: the last %d bytes of its text are kept but not annotated", lim.MaxTokens, left))
	}

	roles, quotes, stray := pairQuotes(d.Text, d.Paragraphs, paraTok, spans)
	d.Quotes = quotes
	if stray > 0 {
		d.Diagnose("unpaired-quote", fmt.Sprintf("%d closing quotation mark(s) with no opening mark", stray))
	}
	if open := unclosed(quotes); open > 0 {
		// A quotation may run over paragraphs, each opened again; one
		// that a paragraph or the text ends inside, not opened again
		// after it, was cut short or lost its closing mark.
		d.Diagnose("unpaired-quote", fmt.Sprintf("%d quotation(s) opened and never closed", open))
	}

	sp := splitter{text: d.Text, tokens: spans, roles: roles, max: lim.MaxSentenceTokens,
		out: make([]newsgraph.Sentence, 0, len(spans)/20+len(d.Paragraphs))}
	for i := range d.Paragraphs {
		sp.paragraph(paraTok[i], paraTok[i+1])
	}
	d.Sentences = sp.out
	if sp.cut > 0 {
		d.Diagnose("long-sentence", fmt.Sprintf("%d run(s) of over %d tokens with no sentence boundary were cut into sentences of %d", sp.cut, lim.MaxSentenceTokens, lim.MaxSentenceTokens))
	}

	d.Tokens = make([]newsgraph.Token, len(spans))
	for i, s := range spans {
		d.Tokens[i] = newsgraph.Token{Span: s, Head: -1}
	}
}

// Tokenize returns the tokens of a single piece of text, as byte spans.
func Tokenize(text string) []newsgraph.Span {
	tk := tokenizer{text: text}
	tk.paragraph(0, len(text))
	return tk.out
}

// unclosed counts the quotations that end at a paragraph's or the text's
// end with no closing mark.
func unclosed(quotes []newsgraph.Quote) int {
	n := 0
	for _, q := range quotes {
		if !q.Closed {
			n++
		}
	}
	return n
}
