package extract

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsgraph/newsgraph"
)

// When its main extractor finds too little, trafilatura falls back to the
// whole text of the page's <article>, of its <body> or of the document,
// with tags dropped, so that blocks run together: "<h1>Strike ends</h1><p>The
// union said…" becomes "Strike endsThe union said…". unflatten recognises
// such a paragraph and reads the element it came from again, keeping each
// block a paragraph of its own.

// unflatten returns the paragraphs of the page element whose whole text a
// paragraph of content is, or nil when there is none.
func unflatten(content, root *html.Node) []newsgraph.Block {
	if content == nil {
		return nil
	}
	var sources []*html.Node
	if art := firstElement(root, atom.Article); art != nil {
		sources = append(sources, art)
	}
	if body := firstElement(root, atom.Body); body != nil {
		sources = append(sources, body)
	}
	sources = append(sources, root)
	keys := make([]string, len(sources))
	for c := content.FirstChild; c != nil; c = c.NextSibling {
		text, ok := loneText(c)
		if !ok {
			continue
		}
		k := squeeze(text)
		for i, src := range sources {
			if keys[i] == "" {
				keys[i] = squeeze(fallbackText(src))
			}
			if keys[i] == k {
				if blocks := reread(content, c, src, root); blocks != nil {
					return blocks
				}
				break // the next paragraph may be the fallback's
			}
		}
	}
	return nil
}

// reread returns the paragraphs of src, whose whole text content's
// paragraph c is, when reading them again mends content: src holds
// several paragraphs that c ran together, or src is one paragraph that
// content holds already besides c, and c is nothing but that paragraph,
// after the page's <title> at most: the fallback's copy (a page of one <p>
// counted every quote twice). Otherwise nil. (c may hold more than src's
// paragraphs: the fallback reads forms and the like that the page walk
// skips, and a page's article may sit in one.)
func reread(content, c, src, root *html.Node) []newsgraph.Block {
	blocks := walkPage(src)
	if len(blocks) > 1 {
		return blocks
	}
	if len(blocks) != 1 {
		return nil
	}
	key := squeeze(blocks[0].Text)
	text, _ := loneText(c)
	rest, ok := strings.CutSuffix(squeeze(text), key)
	if head := firstElement(root, atom.Head); ok && (rest == "" || head != nil && rest == squeeze(fallbackText(head))) &&
		hasParagraph(content, c, key) {
		content.RemoveChild(c)
		return paragraphs(content)
	}
	return nil
}

// hasParagraph: a child of content other than skip has the squeezed text
// key.
func hasParagraph(content, skip *html.Node, key string) bool {
	for c := content.FirstChild; c != nil; c = c.NextSibling {
		if c != skip && squeeze(innerText(c)) == key {
			return true
		}
	}
	return false
}

// loneText is the text of an element holding nothing but one text node, as
// trafilatura's fallback builds its paragraphs.
func loneText(n *html.Node) (string, bool) {
	c := n.FirstChild
	if n.Type != html.ElementNode || c == nil || c.NextSibling != nil || c.Type != html.TextNode {
		return "", false
	}
	return c.Data, true
}

// squeeze drops all white space, so that texts joined with different
// separators compare equal.
func squeeze(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

// fallbackText is the text under n as trafilatura's fallback takes it:
// without scripts, styles, asides and footers.
func fallbackText(n *html.Node) string { return textUnder(n, isFallbackFurniture) }

func isFallbackFurniture(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Aside, atom.Footer:
		return true
	case atom.Div:
		for _, a := range n.Attr {
			if (a.Key == "id" || a.Key == "class") && strings.Contains(a.Val, "footer") {
				return true
			}
		}
	}
	return false
}

// furniture are the elements of a page that hold no article text.
var furniture = map[atom.Atom]bool{
	atom.Head: true, atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Svg: true, atom.Math: true, atom.Iframe: true, atom.Object: true, atom.Form: true,
	atom.Button: true, atom.Select: true, atom.Textarea: true, atom.Nav: true, atom.Aside: true,
	atom.Footer: true,
}

// walkPage reads the paragraphs under a node of the page's own tree,
// skipping furniture.
func walkPage(n *html.Node) []newsgraph.Block {
	w := &paragraphWalker{kind: []newsgraph.ParagraphKind{newsgraph.KindBody}, rawPage: true}
	w.walk(n)
	w.flush()
	return w.blocks
}

// firstElement finds the first element a in document order, iteratively
// (the tree may be hundreds of levels deep).
func firstElement(root *html.Node, a atom.Atom) *html.Node {
	stack := []*html.Node{root}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if n.Type == html.ElementNode && n.DataAtom == a {
			return n
		}
		for c := n.LastChild; c != nil; c = c.PrevSibling {
			stack = append(stack, c)
		}
	}
	return nil
}
