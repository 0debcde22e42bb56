package main

import (
	"strings"

	"github.com/newsgraph/newsgraph"
)

// body is the article text without its title, paragraphs on lines of their
// own: what the extraction benchmark scores.
func body(d *newsgraph.Doc) string {
	var b strings.Builder
	for _, p := range d.Body() {
		if b.Len() > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(d.Slice(p.Span))
	}
	return b.String()
}
