package extract

import (
	"bytes"
	"io"

	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
)

// MaxHTMLDepth bounds element nesting. Real pages stay under a few hundred
// levels; hostile ones nest thousands deep, and go-trafilatura walks the
// tree recursively many times over.
const MaxHTMLDepth = 1000

// tooDeep reports whether the parsed tree nests elements more than
// MaxHTMLDepth deep. It walks without recursion, so depth costs it nothing.
func tooDeep(root *html.Node) bool {
	depth := 0
	n := root
	for n != nil {
		if n.FirstChild != nil {
			n = n.FirstChild
			if depth++; depth > MaxHTMLDepth {
				return true
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
	return false
}

// DecodeHTML returns a page as UTF-8. Valid UTF-8 is kept as is; otherwise
// the encoding is taken from the content type, the page's own <meta>
// declaration or a guess, as browsers do, and bytes that still do not decode
// become U+FFFD. It reports whether the page was converted.
func DecodeHTML(raw []byte, contentType string) ([]byte, bool) {
	if isUTF8(raw) {
		return raw, false
	}
	enc, _, _ := charset.DetermineEncoding(raw, contentType)
	out, err := io.ReadAll(enc.NewDecoder().Reader(bytes.NewReader(raw)))
	if err != nil {
		return bytes.ToValidUTF8(raw, []byte("\uFFFD")), true
	}
	return bytes.ToValidUTF8(out, []byte("\uFFFD")), true
}
