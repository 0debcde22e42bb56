package segment

import (
	"fmt"

	"github.com/newsgraph/newsgraph"
)

// Segment fills d.Tokens, d.Sentences and d.Quotes from d.Text and
// d.Paragraphs, replacing whatever they held.
func Segment(d *newsgraph.Doc) {
	tk := tokenizer{text: d.Text, out: make([]newsgraph.Span, 0, len(d.Text)/5+8)}
	paraTok := make([]int, len(d.Paragraphs)+1)
	for i, p := range d.Paragraphs {
		paraTok[i] = len(tk.out)
		tk.paragraph(p.Start, p.End)
	}
	paraTok[len(d.Paragraphs)] = len(tk.out)
	spans := tk.out

	roles, quotes, stray := pairQuotes(d.Text, d.Paragraphs, paraTok, spans)
	d.Quotes = quotes
	if stray > 0 {
		d.Diagnose("unpaired-quote", fmt.Sprintf("%d closing quotation mark(s) with no opening mark", stray))
	}

	d.Sentences = make([]newsgraph.Sentence, 0, len(spans)/20+len(d.Paragraphs))
	for i := range d.Paragraphs {
		d.Sentences = sentences(d.Text, spans, roles, paraTok[i], paraTok[i+1], d.Sentences)
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
