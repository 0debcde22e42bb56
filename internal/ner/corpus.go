package ner

import "github.com/newsgraph/newsgraph/internal/corpus"

// FromCoNLL2003 turns CoNLL-2003 documents into training documents. POS
// tags come from posTag (the project's own tagger), not the file, so that
// training sees the tags the tagger will see at run time.
func FromCoNLL2003(docs []corpus.NERDocument, posTag func([]string) []string) []Document {
	out := make([]Document, len(docs))
	for i, d := range docs {
		for _, s := range d.Sentences {
			out[i].Words = append(out[i].Words, s.Words)
			out[i].POS = append(out[i].POS, posTag(s.Words))
			out[i].Spans = append(out[i].Spans, spansFromIOB(s.Tags))
		}
	}
	return out
}
