package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Limits on a labelled teaser (see isLabelledTeaser).
const (
	maxTeaserLabelWords = 6
	minTeaserWords      = 3
	maxTeaserWords      = 30
	// A headline in sentence case has some lower-case words.
	minTeaserLowercaseWords = 2
)

// isLabelledTeaser reports whether a paragraph is a link to another article
// set inside the body, as USA Today and its sister papers print them: a bold
// label ending in a colon, then the other article's headline
// ("<p><strong>Port deal: </strong>Dockers vote on the new rota</p>").
//
// It is kept narrow, because interviews and box scores also open
// paragraphs with bold labels: the label has letters but no digits and is
// longer than "Q:", and the rest is a headline of a few words that does
// not end as a sentence does: it starts with a capital or a quote and has
// some lower-case words.
func isLabelledTeaser(p *html.Node) bool {
	label, rest := boldLead(p)
	if label == nil {
		return false
	}
	return isTeaserLabel(collapseSpace(innerText(label))) && isTeaserHeadline(collapseSpace(rest))
}

// boldLead splits a paragraph into its leading <strong> or <b> and the text
// after it, which may hold links and emphasis but no other bold label.
func boldLead(p *html.Node) (*html.Node, string) {
	var label *html.Node
	var rest strings.Builder
	for c := p.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && label == nil:
			if strings.TrimSpace(c.Data) != "" {
				return nil, ""
			}
		case c.Type == html.ElementNode && isBold(c):
			if label != nil {
				return nil, ""
			}
			label = c
		case label == nil || c.Type == html.ElementNode && !isInline(c):
			return nil, ""
		default:
			rest.WriteString(" " + innerText(c))
		}
	}
	return label, rest.String()
}

func isBold(n *html.Node) bool {
	a := elementAtom(n)
	return a == atom.Strong || a == atom.B
}

func isInline(n *html.Node) bool {
	switch elementAtom(n) {
	case atom.A, atom.Em, atom.I, atom.Span:
		return true
	}
	return false
}

// elementAtom is n's atom; trafilatura builds elements without one.
func elementAtom(n *html.Node) atom.Atom {
	if n.DataAtom != 0 {
		return n.DataAtom
	}
	return atom.Lookup([]byte(n.Data))
}

func isTeaserLabel(label string) bool {
	name, ok := strings.CutSuffix(label, ":")
	name = strings.TrimSpace(name)
	words := len(strings.Fields(name))
	return ok && utf8.RuneCountInString(name) >= 3 && words <= maxTeaserLabelWords &&
		strings.IndexFunc(name, unicode.IsLetter) >= 0 && strings.IndexFunc(name, unicode.IsDigit) < 0
}

func isTeaserHeadline(rest string) bool {
	words := len(strings.Fields(rest))
	if words < minTeaserWords || words > maxTeaserWords {
		return false
	}
	first, _ := utf8.DecodeRuneInString(rest)
	if !unicode.IsUpper(first) && !strings.ContainsRune("'\"‘“", first) {
		return false
	}
	if lowercaseWords(rest) < minTeaserLowercaseWords {
		return false // a list of names or amounts ("Red, 1 Blue"), not a headline
	}
	end := strings.TrimRight(rest, "'\"’”)]")
	last, _ := utf8.DecodeLastRuneInString(end)
	return !strings.ContainsRune(".!?…,;:", last)
}

func lowercaseWords(s string) int {
	n := 0
	for _, w := range strings.Fields(s) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) {
			n++
		}
	}
	return n
}

// innerText is all the text under n.
func innerText(n *html.Node) string { return textUnder(n, nil) }

// textUnder is the text under n, leaving out the elements skip names (nil:
// none). It walks without recursion: the tree may be hundreds deep.
func textUnder(n *html.Node, skip func(*html.Node) bool) string {
	var b strings.Builder
	stack := []*html.Node{n}
	for len(stack) > 0 {
		c := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		switch {
		case c.Type == html.TextNode:
			b.WriteString(c.Data)
		case c.Type == html.ElementNode && skip != nil && skip(c):
			continue
		}
		for k := c.LastChild; k != nil; k = k.PrevSibling {
			stack = append(stack, k)
		}
	}
	return b.String()
}
