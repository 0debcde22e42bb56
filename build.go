package newsgraph

import "strings"

// Block is one paragraph of article text before it is placed in a Doc.
type Block struct {
	Kind ParagraphKind
	Text string
}

// ParagraphSeparator stands between paragraphs in Doc.Text.
const ParagraphSeparator = "\n\n"

// NewDoc lays blocks out in one text, separated by ParagraphSeparator, and
// records each as a Paragraph. Blocks are trimmed; empty ones are dropped.
func NewDoc(meta Metadata, blocks []Block) *Doc {
	n := 0
	for _, b := range blocks {
		n += len(b.Text) + len(ParagraphSeparator)
	}
	var sb strings.Builder
	sb.Grow(n)
	d := &Doc{Meta: meta, Paragraphs: make([]Paragraph, 0, len(blocks))}
	for _, b := range blocks {
		t := strings.TrimSpace(b.Text)
		if t == "" {
			continue
		}
		if sb.Len() > 0 {
			sb.WriteString(ParagraphSeparator)
		}
		start := sb.Len()
		sb.WriteString(t)
		d.Paragraphs = append(d.Paragraphs, Paragraph{Span: Span{start, sb.Len()}, Kind: b.Kind})
	}
	d.Text = sb.String()
	if d.Meta.Title == "" {
		d.Meta.Title = d.Title()
	}
	return d
}
