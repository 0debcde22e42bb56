package eval

import (
	"strings"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/corpus"
	"github.com/newsgraph/newsgraph/internal/segment"
)

// SegmentScore compares predicted sentences and tokens with a treebank's.
type SegmentScore struct {
	Sentences     PRF `json:"sentences"` // sentence boundaries (end offsets)
	Tokens        PRF `json:"tokens"`    // tokens with exactly the gold span
	GoldSentences int `json:"gold_sentences"`
	GoldTokens    int `json:"gold_tokens"`
}

// GoldText is raw text rebuilt from a treebank, with the gold spans of its
// sentences and words.
type GoldText struct {
	Paragraphs []string
	Sentences  []newsgraph.Span // byte offsets into the text of newsgraph.NewDoc(Paragraphs)
	Words      []newsgraph.Span
}

// RebuildText lays treebank sentences out as paragraphs (a new paragraph at
// each newpar or newdoc comment, sentences of one paragraph joined by a
// space) and records where every sentence and word falls. A word of a
// multi-word token gets its own span when the words spell the token out
// (do|n't), otherwise the token's span.
func RebuildText(sents []corpus.Sentence) GoldText {
	var g GoldText
	var para strings.Builder
	offset := 0 // where the current paragraph starts in the joined text
	flush := func() {
		text := strings.TrimRight(para.String(), " ")
		g.Paragraphs = append(g.Paragraphs, text)
		offset += len(text) + len(newsgraph.ParagraphSeparator)
		para.Reset()
	}
	for i, s := range sents {
		if i > 0 && (s.NewPar || s.NewDoc) && para.Len() > 0 {
			flush()
		}
		if t := para.String(); t != "" && !strings.HasSuffix(t, " ") {
			para.WriteByte(' ')
		}
		start := offset + para.Len()
		g.Words = appendWords(g.Words, s, &para, offset)
		end := offset + len(strings.TrimRight(para.String(), " "))
		g.Sentences = append(g.Sentences, newsgraph.Span{Start: start, End: end})
	}
	if para.Len() > 0 {
		flush()
	}
	return g
}

// appendWords writes the sentence's surface tokens into para and appends the
// words' spans (offset is the paragraph's start in the whole text).
func appendWords(words []newsgraph.Span, s corpus.Sentence, para *strings.Builder, offset int) []newsgraph.Span {
	multi := map[int]corpus.MultiToken{}
	for _, m := range s.MultiTokens {
		multi[m.First] = m
	}
	for w := 1; w <= len(s.Words); w++ {
		start := offset + para.Len()
		if m, ok := multi[w]; ok {
			para.WriteString(m.Form)
			words = appendMultiWord(words, s.Words[m.First-1:m.Last], m.Form, start)
			w = m.Last
			if m.SpaceAfter {
				para.WriteByte(' ')
			}
			continue
		}
		word := s.Words[w-1]
		para.WriteString(word.Form)
		words = append(words, newsgraph.Span{Start: start, End: start + len(word.Form)})
		if word.SpaceAfter {
			para.WriteByte(' ')
		}
	}
	return words
}

func appendMultiWord(spans []newsgraph.Span, words []corpus.Word, form string, start int) []newsgraph.Span {
	var joined strings.Builder
	for _, w := range words {
		joined.WriteString(w.Form)
	}
	if joined.String() != form {
		return append(spans, newsgraph.Span{Start: start, End: start + len(form)})
	}
	for _, w := range words {
		spans = append(spans, newsgraph.Span{Start: start, End: start + len(w.Form)})
		start += len(w.Form)
	}
	return spans
}

// ScoreSegmentation segments the rebuilt text and compares it with gold.
func ScoreSegmentation(sents []corpus.Sentence) SegmentScore {
	g := RebuildText(sents)
	blocks := make([]newsgraph.Block, len(g.Paragraphs))
	for i, p := range g.Paragraphs {
		blocks[i] = newsgraph.Block{Kind: newsgraph.KindBody, Text: p}
	}
	d := newsgraph.NewDoc(newsgraph.Metadata{}, blocks)
	segment.Segment(d)

	goldEnds := map[int]bool{}
	for _, s := range g.Sentences {
		goldEnds[s.End] = true
	}
	tp := 0
	for _, s := range d.Sentences {
		if goldEnds[s.End] {
			tp++
		}
	}
	score := SegmentScore{GoldSentences: len(g.Sentences), GoldTokens: len(g.Words)}
	score.Sentences = Counts(tp, len(d.Sentences), len(goldEnds))

	goldWords := map[newsgraph.Span]bool{}
	for _, w := range g.Words {
		goldWords[w] = true
	}
	tp = 0
	for _, t := range d.Tokens {
		if goldWords[t.Span] {
			tp++
		}
	}
	score.Tokens = Counts(tp, len(d.Tokens), len(goldWords))
	return score
}
