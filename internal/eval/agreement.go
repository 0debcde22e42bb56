package eval

import (
	"unicode/utf8"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/corpus"
)

// Agreement between annotators. PolNeAR had some articles marked by five
// or six annotators each, to check how far they agree. Every score here
// takes the first annotator's file as gold (LoadPolNeAR); scoring another
// annotator's marks as if they were predictions, with the same scorer,
// says how far the annotation itself lets anyone agree with that gold,
// and so what exact F1 a system can be asked for.

// ReadAnnotation reads one annotation file of an article as gold, as
// LoadPolNeAR reads the first.
func ReadAnnotation(name, text, annFile string) (AttributionDoc, error) {
	ann, err := corpus.ReadBrat(annFile)
	if err != nil {
		return AttributionDoc{}, err
	}
	return AttributionDoc{Name: name, Text: text, Gold: goldSpans(ann, text), Attributions: goldAttributions(ann)}, nil
}

// AsPrediction returns a copy of d (which must hold gd's text) whose
// attributions are gd's: one annotator's marks, each role by its covering
// range, ready to be scored against another annotator's as a system's
// output is. Relations without a content are left out, as newsgraph has
// no attribution without one.
func AsPrediction(d *newsgraph.Doc, gd AttributionDoc) *newsgraph.Doc {
	bytesAt := byteOffsets(d.Text)
	span := func(r [2]int) newsgraph.Span {
		return newsgraph.Span{Start: bytesAt[min(r[0], len(bytesAt)-1)], End: bytesAt[min(r[1], len(bytesAt)-1)]}
	}
	cp := *d
	cp.Attributions = nil
	for _, g := range gd.Attributions {
		if g.Content[0] < 0 {
			continue
		}
		a := newsgraph.Attribution{Cue: span(g.Cue), Content: span(g.Content)}
		a.Kind = newsgraph.AttributionKind(quoteKind(d.Slice(a.Content)))
		if g.Source[0] >= 0 {
			s := span(g.Source)
			a.Source = &s
		}
		cp.Attributions = append(cp.Attributions, a)
	}
	return &cp
}

// byteOffsets maps each code point offset of text, and its end, to the
// byte offset where it starts.
func byteOffsets(text string) []int {
	out := make([]int, 0, utf8.RuneCountInString(text)+1)
	for i := range text {
		out = append(out, i)
	}
	return append(out, len(text))
}
