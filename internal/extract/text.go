package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/boilerplate"
)

// Text splits plain text into paragraphs at blank lines, marks the first as
// the title when it reads like one and short lines without sentence
// punctuation as headings, takes a byline ("By Jane Doe") near the top as
// the authors, and removes chrome.
func Text(s string) (newsgraph.Metadata, []newsgraph.Block) {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	var blocks []newsgraph.Block
	for _, para := range splitParagraphs(s) {
		blocks = append(blocks, newsgraph.Block{Kind: newsgraph.KindBody, Text: para})
	}
	blocks = markTitle(blocks)
	for i := range blocks {
		if blocks[i].Kind == newsgraph.KindBody && looksLikeHeading(blocks[i].Text) {
			blocks[i].Kind = newsgraph.KindHeading
		}
	}
	var meta newsgraph.Metadata
	meta.Authors, blocks = takeByline(blocks)
	blocks = boilerplate.Filter(blocks)
	if len(blocks) > 0 && blocks[0].Kind != newsgraph.KindTitle {
		meta.Title = fallbackTitle(blocks, "")
	}
	return meta, blocks
}

// byline matches "By Jane Doe" or "By Jane Doe and John Roe, Reuters".
var byline = regexp.MustCompile(`^(?i:by)\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})(?:\s*(?:,|and|&)\s*(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}))?$`)

// takeByline removes a byline among the first three paragraphs and returns
// the names in it.
func takeByline(blocks []newsgraph.Block) ([]string, []newsgraph.Block) {
	for i := 0; i < len(blocks) && i < 3; i++ {
		m := byline.FindStringSubmatch(blocks[i].Text)
		if m == nil {
			continue
		}
		var authors []string
		for _, name := range m[1:] {
			if name != "" {
				authors = append(authors, name)
			}
		}
		return authors, append(blocks[:i:i], blocks[i+1:]...)
	}
	return nil, blocks
}

// splitParagraphs cuts s at lines that hold only white space.
func splitParagraphs(s string) []string {
	var paras []string
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			paras = append(paras, strings.Join(cur, "\n"))
			cur = cur[:0]
		}
	}
	for _, line := range strings.Split(s, "\n") {
		line = strings.TrimRightFunc(line, unicode.IsSpace)
		if strings.TrimSpace(line) == "" {
			flush()
			continue
		}
		line = strings.TrimSpace(line)
		if interviewTurn(line) {
			flush() // "Q: …" and "A: …" on lines of their own are turns, each its paragraph
		}
		cur = append(cur, line)
	}
	flush()
	return paras
}

// interviewTurn: line opens a printed interview's question or answer.
func interviewTurn(line string) bool {
	return strings.HasPrefix(line, "Q:") || strings.HasPrefix(line, "A:")
}

// markTitle makes the first paragraph the title when it looks like one. A
// first paragraph whose first line is a title and the rest body is split.
func markTitle(blocks []newsgraph.Block) []newsgraph.Block {
	if len(blocks) == 0 {
		return blocks
	}
	line, rest, multi := strings.Cut(blocks[0].Text, "\n")
	if multi && !looksLikeTitle(line) && len(blocks) > 1 {
		if title, ok := brokenHeadline(blocks[0].Text); ok {
			blocks[0] = newsgraph.Block{Kind: newsgraph.KindTitle, Text: title}
			return blocks
		}
	}
	if !looksLikeTitle(line) || (!multi && len(blocks) == 1) {
		return blocks // a lone line is the text itself, not a title over nothing
	}
	if !multi {
		blocks[0].Kind = newsgraph.KindTitle
		return blocks
	}
	out := make([]newsgraph.Block, 0, len(blocks)+1)
	out = append(out, newsgraph.Block{Kind: newsgraph.KindTitle, Text: line},
		newsgraph.Block{Kind: newsgraph.KindBody, Text: rest})
	return append(out, blocks[1:]...)
}

// maxHeadlineLines bounds how many lines a headline is broken over.
const maxHeadlineLines = 3

// brokenHeadline reads a first paragraph as a headline broken over a few
// lines ("Port strike ends;" over "dockers back on Monday;"), joined with
// spaces, when the lines together read as a title and none ends a sentence.
// A comma or semicolon after the last line is dropped: a headline set in
// two lines often keeps one.
func brokenHeadline(para string) (string, bool) {
	lines := strings.Split(para, "\n")
	if len(lines) > maxHeadlineLines {
		return "", false
	}
	for _, l := range lines {
		if strings.HasSuffix(l, ".") {
			return "", false
		}
	}
	joined := strings.TrimRight(strings.Join(lines, " "), ",;")
	return joined, looksLikeTitle(joined)
}

// looksLikeTitle: one line, short, starting with a capital, digit or quote,
// and not ending like a sentence in running text (a final quote or ? is fine).
func looksLikeTitle(line string) bool {
	words := len(strings.Fields(line))
	if words == 0 || words > 30 || utf8.RuneCountInString(line) > 250 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(line)
	if unicode.IsLower(r) {
		return false
	}
	return !strings.HasSuffix(line, ",") && !strings.HasSuffix(line, ";") &&
		!(strings.HasSuffix(line, ".") && words > 15)
}

// looksLikeHeading: a short single line that starts with a capital and does
// not end with sentence punctuation, like "Military cooperation".
func looksLikeHeading(p string) bool {
	if strings.ContainsRune(p, '\n') {
		return false
	}
	words := len(strings.Fields(p))
	if words == 0 || words > 10 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(p)
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(p)
	return !strings.ContainsRune(".!?:;,\"”’)»…", last)
}
