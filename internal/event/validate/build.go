package validate

import (
	"fmt"
	"html"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/corpus"
)

// Text is a record's text as a Doc holds it: its line breaks and tabs
// become spaces, so every offset is that of the same character of the
// record's <Text>.
func Text(rec corpus.PetrarchRecord) string {
	return strings.Map(func(r rune) rune {
		if r == '\n' || r == '\r' || r == '\t' {
			return ' '
		}
		return r
	}, rec.Text)
}

// Date is the record's date, YYYYMMDD or, as PETRARCH also reads it,
// YYMMDD with two-digit years up to 30 in the 2000s; zero when it has
// none. Actors' dated roles are chosen by it.
func Date(rec corpus.PetrarchRecord) time.Time {
	if t, err := time.Parse("20060102", rec.Date); err == nil {
		return t
	}
	t, err := time.Parse("060102", rec.Date)
	if err != nil {
		return time.Time{}
	}
	if t.Year() > 2030 {
		t = t.AddDate(-100, 0, 0) // Go reads 31..68 as the 2000s
	}
	return t
}

// GoldDoc builds a Doc from a record's CoNLL-U parse: one sentence whose
// tokens are the parse's words, found in order in the text, with their
// tags, lemmas, heads and relations. When the words are not the text's (a
// parse that inserts a word, leaves out a dateline, or comes with no
// text), the Doc's text is the parse's words as they read, since the
// parse is what PETRARCH codes.
func GoldDoc(rec corpus.PetrarchRecord) (*newsgraph.Doc, error) {
	sents, err := corpus.ParseCoNLLU(strings.NewReader(rec.Parse + "\n"))
	if err != nil {
		return nil, err
	}
	if len(sents) != 1 {
		return nil, fmt.Errorf("parse has %d sentences, want 1", len(sents))
	}
	ws := sents[0].Words
	text := Text(rec)
	spans, err := align(text, ws)
	if err != nil {
		text = wordsText(ws)
		if spans, err = align(text, ws); err != nil {
			return nil, err
		}
	}
	d := newsgraph.NewDoc(newsgraph.Metadata{ID: rec.ID, Published: Date(rec)},
		[]newsgraph.Block{{Kind: newsgraph.KindBody, Text: text}})
	if d.Text != text {
		return nil, fmt.Errorf("text changed when the Doc was built")
	}
	for i, w := range ws {
		d.Tokens = append(d.Tokens, newsgraph.Token{Span: spans[i],
			Tag: w.XPOS, UPOS: w.UPOS, Lemma: w.Lemma, Head: w.Head - 1, Dep: w.Deprel})
	}
	if len(ws) > 0 {
		d.Sentences = []newsgraph.Sentence{{Span: newsgraph.Span{Start: spans[0].Start, End: spans[len(ws)-1].End}, EndToken: len(ws)}}
	}
	return d, nil
}

// align finds each word in text, in order.
func align(text string, ws []corpus.Word) ([]newsgraph.Span, error) {
	out := make([]newsgraph.Span, 0, len(ws))
	from := 0
	for i, w := range ws {
		start, n, err := find(text, w.Form, from)
		if err != nil {
			return nil, fmt.Errorf("word %d %q: %w", i+1, w.Form, err)
		}
		from = start + n
		out = append(out, newsgraph.Span{Start: start, End: from})
	}
	return out, nil
}

// wordsText is the words as they read: each followed by a space unless
// the parse says no space follows it.
func wordsText(ws []corpus.Word) string {
	var b strings.Builder
	for _, w := range ws {
		form := w.Form
		if br, ok := ptb[form]; ok {
			form = br
		}
		b.WriteString(strings.Map(func(r rune) rune {
			if r == '\n' || r == '\r' || r == '\t' {
				return ' '
			}
			return r
		}, form))
		if w.SpaceAfter {
			b.WriteByte(' ')
		}
	}
	return strings.TrimRight(b.String(), " ")
}

// ptb maps the parsers' escaped brackets back to the text's.
var ptb = map[string]string{"-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{", "-RCB-": "}"}

// slack is how far past blanks a word may be found: a parse sometimes
// drops a stray quote or dash of the text.
const slack = 4

// find returns where a word begins in text at or after from, and its
// length there: the form as written, unescaped, or in another case, after
// blanks and at most a few skipped bytes.
func find(text, form string, from int) (int, int, error) {
	i := from
	for i < len(text) && text[i] == ' ' {
		i++
	}
	forms := []string{form, html.UnescapeString(form)}
	if b, ok := ptb[form]; ok {
		forms = append(forms, b)
	}
	for j := i; j <= min(i+slack, len(text)); j++ {
		for _, f := range forms {
			if f != "" && len(text)-j >= len(f) && strings.EqualFold(text[j:j+len(f)], f) {
				return j, len(f), nil
			}
		}
	}
	return 0, 0, fmt.Errorf("not in the text at byte %d", i)
}
