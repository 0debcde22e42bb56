package segment

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph"
)

// role is what a quotation-mark token does.
type role uint8

const (
	notQuote role = iota
	opens
	closes
)

// markKind tells double quotation marks from single ones.
type markKind uint8

const (
	noMark markKind = iota
	double
	single
)

// openQuote is a quotation whose closing mark has not been seen yet.
type openQuote struct {
	kind     markKind
	start    int // byte offset of the opening mark
	depth    int
	straight bool // opened by a straight mark (")
}

// quotePairer pairs quotation marks across a whole document. News style lets
// a quotation run over paragraphs: the paragraph that continues it reopens
// the mark and the one before leaves it open, so a double quotation is
// carried over a paragraph break when the next paragraph starts with an
// opening mark. Single marks never cross a paragraph (an unclosed ‘ was an
// apostrophe after all).
type quotePairer struct {
	text   string
	tokens []newsgraph.Span
	roles  []role
	stack  []openQuote
	quotes []newsgraph.Quote
	stray  int // closing marks with nothing to close
}

func pairQuotes(text string, paras []newsgraph.Paragraph, paraTok []int, tokens []newsgraph.Span) ([]role, []newsgraph.Quote, int) {
	p := quotePairer{text: text, tokens: tokens, roles: make([]role, len(tokens))}
	for i, para := range paras {
		first, end := paraTok[i], paraTok[i+1]
		if i > 0 {
			first = p.crossParagraph(first, end, paras[i-1].End)
		}
		for k := first; k < end; k++ {
			p.mark(k, para)
		}
	}
	if len(paras) > 0 {
		p.closeAll(paras[len(paras)-1].End)
	}
	sortQuotes(p.quotes)
	return p.roles, p.quotes, p.stray
}

// crossParagraph handles the break before a paragraph whose tokens are
// [first, end): it drops open single marks, carries an open double quotation
// over when the paragraph reopens it, and otherwise ends open quotations,
// unclosed, at prevEnd. It returns the first token still to be marked.
func (p *quotePairer) crossParagraph(first, end, prevEnd int) int {
	for len(p.stack) > 0 && p.stack[len(p.stack)-1].kind == single {
		p.stack = p.stack[:len(p.stack)-1]
	}
	if len(p.stack) == 0 {
		return first
	}
	// The reopening mark must be of the open quotation's style: a
	// paragraph that opens with a stray straight mark (a converter's
	// leftover) is not continued by the next one's curly quotation.
	if first < end {
		top := p.stack[len(p.stack)-1]
		if kind, r := p.classify(first, 0, 0); kind == double && r == opens && p.isStraight(first) == top.straight {
			p.roles[first] = opens
			return first + 1
		}
	}
	p.closeAll(prevEnd)
	return first
}

func (p *quotePairer) closeAll(end int) {
	for k := len(p.stack) - 1; k >= 0; k-- {
		q := p.stack[k]
		if q.kind == double {
			p.quotes = append(p.quotes, newsgraph.Quote{Span: newsgraph.Span{Start: q.start, End: end}, Depth: q.depth})
		}
	}
	p.stack = p.stack[:0]
}

// mark pairs token k if it is a quotation mark.
func (p *quotePairer) mark(k int, para newsgraph.Paragraph) {
	kind, r := p.classify(k, para.Start, para.End)
	if kind == double && p.inchMark(k, para) {
		return // "a 24“ monitor": no quotation mark
	}
	if kind == double && r == closes && !p.anyOpen(double) && (p.opensLine(k, para) || p.touchesRightOnly(k, para) && p.nextDoubleCloses(k, para)) {
		// ”… opening a paragraph or a line, or words after a space when a
		// closing mark follows in the paragraph, with nothing open: a typo
		// for “ (a stray ” before a word, "55 ”diagonally", stays stray).
		r = opens
	}
	if kind == double && r == opens && (p.touchesLeftOnly(k, para) || p.endsParagraph(k, para)) && p.anyOpen(double) {
		r = closes // “…?“ he asked, “… that. “ ¶: an opening mark after the words it ends, a typo for ”
	}
	switch {
	case kind == noMark:
		return
	case r == opens:
		p.roles[k] = opens
		p.stack = append(p.stack, openQuote{kind: kind, start: p.tokens[k].Start, depth: p.depthOf(), straight: p.isStraight(k)})
	case r == closes:
		p.close(k, kind)
	}
}

// touchesLeftOnly: token k follows a word or punctuation with no space
// and has a space, or its paragraph's end, after it.
func (p *quotePairer) touchesLeftOnly(k int, para newsgraph.Paragraph) bool {
	t := p.tokens[k]
	if t.Start <= para.Start || boundaryBefore(p.text, t.Start) {
		return false
	}
	return t.End >= para.End || t.End >= len(p.text) || boundaryAfter(p.text, t.End)
}

// touchesRightOnly: token k has a space, or its paragraph's start,
// before it and a word after it.
func (p *quotePairer) touchesRightOnly(k int, para newsgraph.Paragraph) bool {
	t := p.tokens[k]
	if t.End >= para.End || t.End >= len(p.text) || boundaryAfter(p.text, t.End) {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(p.text[:t.Start])
	return t.Start <= para.Start || isSpace(r) // a space, not another mark: "“a joke””and left"
}

// nextDoubleCloses: the next double mark after token k in its paragraph
// is a closing one, which a quotation token k opened would end ("said:
// ”Bird flu …”"); before an opening one ("55 ”diagonally. “It …”") token k
// opens nothing.
func (p *quotePairer) nextDoubleCloses(k int, para newsgraph.Paragraph) bool {
	for j := k + 1; j < len(p.tokens) && p.tokens[j].Start < para.End; j++ {
		switch p.text[p.tokens[j].Start:p.tokens[j].End] {
		case "”", "»":
			return true
		case "“", "«", "„", "\"", "``", "''":
			return false
		}
	}
	return false
}

// inchMark: token k is an opening curly mark right after a number and
// before a space, a measure in inches ("a 24“ monitor").
func (p *quotePairer) inchMark(k int, para newsgraph.Paragraph) bool {
	t := p.tokens[k]
	if t.Start <= para.Start || p.text[t.Start:t.End] != "“" { // a ” after a number closes: “… won 3-1” he said
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(p.text[:t.Start])
	after, _ := utf8.DecodeRuneInString(p.text[t.End:])
	return unicode.IsDigit(r) && (t.End >= para.End || isSpace(after))
}

// endsParagraph: token k is the last of its paragraph.
func (p *quotePairer) endsParagraph(k int, para newsgraph.Paragraph) bool {
	return strings.TrimSpace(p.text[p.tokens[k].End:para.End]) == ""
}

// opensLine: token k starts paragraph para or a line inside it (reader
// comments set one per line).
func (p *quotePairer) opensLine(k int, para newsgraph.Paragraph) bool {
	at := p.tokens[k].Start
	return at == para.Start || at > para.Start && p.text[at-1] == '\n'
}

// anyOpen: a quotation of this kind is open.
func (p *quotePairer) anyOpen(kind markKind) bool {
	for _, q := range p.stack {
		if q.kind == kind {
			return true
		}
	}
	return false
}

// isStraight: token k is a straight quotation mark.
func (p *quotePairer) isStraight(k int) bool {
	tok := p.text[p.tokens[k].Start:p.tokens[k].End]
	return tok == "\"" || tok == "'"
}

// depthOf is the nesting depth a new quotation gets: the number of open
// quotations around it.
func (p *quotePairer) depthOf() int { return len(p.stack) }

func (p *quotePairer) close(k int, kind markKind) {
	top := len(p.stack) - 1
	if kind == single {
		if top < 0 || p.stack[top].kind != single {
			return // an apostrophe: Russians’
		}
	} else {
		for top >= 0 && p.stack[top].kind != double {
			top-- // single marks left open inside were apostrophes
		}
		if top < 0 {
			p.stray++
			return
		}
	}
	q := p.stack[top]
	p.stack = p.stack[:top]
	p.roles[k] = closes
	p.quotes = append(p.quotes, newsgraph.Quote{
		Span: newsgraph.Span{Start: q.start, End: p.tokens[k].End}, Depth: q.depth, Closed: true})
}

// classify says whether token k is a quotation mark, which kind, and whether
// it opens or closes. Straight marks are judged by what touches them.
func (p *quotePairer) classify(k, paraStart, paraEnd int) (markKind, role) {
	tok := p.text[p.tokens[k].Start:p.tokens[k].End]
	switch tok {
	case "“", "«", "„", "``":
		return double, opens
	case "”", "»":
		return double, closes
	case "''": // two apostrophes: closing after backticks, on both sides in some newspapers' text
		return double, p.straight(k, double, paraStart, paraEnd)
	case "‘":
		return single, opens
	case "’":
		return single, closes
	case "\"":
		return double, p.straight(k, double, paraStart, paraEnd)
	case "'":
		return single, p.straight(k, single, paraStart, paraEnd)
	}
	return noMark, notQuote
}

// straight decides whether a straight mark opens or closes: it opens when it
// touches a word on its right only, closes when on its left only, and
// otherwise closes an open quotation of its kind if there is one.
func (p *quotePairer) straight(k int, kind markKind, paraStart, paraEnd int) role {
	t := p.tokens[k]
	spaceBefore := t.Start <= paraStart || t.Start == 0 || boundaryBefore(p.text, t.Start)
	spaceAfter := t.End >= paraEnd && paraEnd > 0 || t.End >= len(p.text) || boundaryAfter(p.text, t.End)
	switch {
	case spaceBefore && !spaceAfter:
		return opens
	case spaceAfter && !spaceBefore:
		return closes
	}
	for i := len(p.stack) - 1; i >= 0; i-- {
		if p.stack[i].kind == kind {
			return closes
		}
	}
	return opens
}

func boundaryBefore(text string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return isSpace(r) || isOpener(r) || isDash(r)
}

func boundaryAfter(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	return isSpace(r) || isCloser(r) || r == '.' || isDash(r)
}

// sortQuotes orders quotations by start (they are appended as they close).
func sortQuotes(q []newsgraph.Quote) {
	slices.SortFunc(q, func(a, b newsgraph.Quote) int { return a.Start - b.Start })
}
