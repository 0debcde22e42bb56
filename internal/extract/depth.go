package extract

import (
	"bytes"
	"fmt"
	"io"

	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
)

// Limits on the parsed tree. Real pages stay under a few hundred levels
// and a few tens of thousands of nodes; hostile ones go far past, and
// go-trafilatura walks the tree recursively many times over, so its time
// grows faster than the page.
//
// The depth limit is 512 because the HTML parser (golang.org/x/net/html)
// refuses deeper trees itself, as of the release that made it linear on
// nested elements (GO-2024-3333); Chromium's parser stops nesting at the
// same depth, so a page deeper than that does not render as written in the
// browser either. Before, newsgraph allowed 1,000 levels but reached the
// check only after a parse whose time grew with the square of the depth.
const (
	MaxHTMLDepth = 512
	MaxHTMLNodes = 200_000
)

// precheck counts a page's tags and text runs with the streaming tokenizer,
// which is linear and keeps nothing, and refuses a page with more than
// MaxHTMLNodes of them before the parser builds a tree of that size (32 MiB
// of "<b>" is ten million nodes, gigabytes of tree).
func precheck(raw []byte) error {
	z := html.NewTokenizer(bytes.NewReader(raw))
	nodes := 0
	for {
		switch z.Next() {
		case html.ErrorToken:
			if err := z.Err(); err != io.EOF {
				return fmt.Errorf("cannot read HTML: %w", err)
			}
			return nil
		case html.EndTagToken:
			continue
		}
		if nodes++; nodes > MaxHTMLNodes {
			return fmt.Errorf("HTML has more than %d nodes", MaxHTMLNodes)
		}
	}
}

// checkTree refuses a parsed tree nested more than MaxHTMLDepth deep or with
// more than MaxHTMLNodes nodes. It walks without recursion, so depth costs
// it nothing.
func checkTree(root *html.Node) error {
	depth, nodes := 0, 0
	n := root
	for n != nil {
		if nodes++; nodes > MaxHTMLNodes {
			return fmt.Errorf("HTML has more than %d nodes", MaxHTMLNodes)
		}
		if n.FirstChild != nil {
			n = n.FirstChild
			if depth++; depth > MaxHTMLDepth {
				return fmt.Errorf("HTML is nested more than %d elements deep", MaxHTMLDepth)
			}
			continue
		}
		for n != nil && n.NextSibling == nil {
			n = n.Parent
			depth--
		}
		if n != nil {
			n = n.NextSibling
		}
	}
	return nil
}

// DecodeHTML returns a page as UTF-8. Valid UTF-8 is kept as is (from is
// empty); otherwise the encoding is taken from the content type, the page's
// own <meta> declaration or a guess, as browsers do, named in from, and
// bytes that still do not decode become U+FFFD.
func DecodeHTML(raw []byte, contentType string) (out []byte, from string) {
	if isUTF8(raw) {
		return raw, ""
	}
	enc, name, _ := charset.DetermineEncoding(raw, contentType)
	out, err := io.ReadAll(enc.NewDecoder().Reader(bytes.NewReader(raw)))
	if err != nil {
		return bytes.ToValidUTF8(raw, []byte("\uFFFD")), "UTF-8 with bad bytes"
	}
	return bytes.ToValidUTF8(out, []byte("\uFFFD")), name
}
