// Package handbuilt makes, for tests, Docs whose tags, lemmas and parse
// are set by hand, so that no retraining of the tagger or the parser can
// change what a rule under test sees. Only tests import it.
package handbuilt

import (
	"strconv"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/segment"
)

// Tok is one token's annotation.
type Tok struct {
	Text, Tag, Lemma string
	Head             int // index among the sentence's tokens, -1 for its root
	Dep              string
}

// Doc segments text with the rule-based segmenter, then sets the tags,
// lemmas and heads of the last sentence from toks, which must match its
// tokens one for one. Tokens before it are nouns with no head. A blank
// line in text ends a paragraph, as newsgraph.ParagraphSeparator does.
func Doc(t *testing.T, text string, toks []Tok) *newsgraph.Doc {
	t.Helper()
	var blocks []newsgraph.Block
	for _, p := range strings.Split(text, newsgraph.ParagraphSeparator) {
		blocks = append(blocks, newsgraph.Block{Kind: newsgraph.KindBody, Text: p})
	}
	d := newsgraph.NewDoc(newsgraph.Metadata{}, blocks)
	if d.Text != text {
		t.Fatalf("text %q is not its paragraphs joined by blank lines", text)
	}
	segment.Segment(d)
	for i := range d.Tokens {
		d.Tokens[i].Tag, d.Tokens[i].Lemma, d.Tokens[i].Dep = "NN", d.TokenText(i), "dep"
	}
	annotate(t, d, len(d.Sentences)-1, toks)
	return d
}

// annotate sets the tokens of sentence k from toks.
func annotate(t *testing.T, d *newsgraph.Doc, k int, toks []Tok) {
	t.Helper()
	s := d.Sentences[k]
	if n := s.EndToken - s.FirstToken; n != len(toks) {
		t.Fatalf("sentence %d has %d tokens, the fixture %d", k, n, len(toks))
	}
	for j, ht := range toks {
		i := s.FirstToken + j
		if got := d.TokenText(i); got != ht.Text {
			t.Fatalf("token %d of sentence %d is %q, the fixture says %q", j, k, got, ht.Text)
		}
		head := -1
		if ht.Head >= 0 {
			head = s.FirstToken + ht.Head
		}
		d.Tokens[i].Tag, d.Tokens[i].Lemma, d.Tokens[i].Head, d.Tokens[i].Dep = ht.Tag, ht.Lemma, head, ht.Dep
	}
}

// Parsed is Doc with the last sentence's tokens written one a word in
// spec, separated by spaces, as text/TAG/lemma/head/dep with head the
// index among the sentence's tokens (-1 for the root):
// "Lind/NNP/Lind/1/nsubj said/VBD/say/-1/root".
func Parsed(t *testing.T, text, spec string) *newsgraph.Doc {
	t.Helper()
	return Doc(t, text, toks(t, spec))
}

// Sentences is Parsed with a spec for every sentence of text, in order.
func Sentences(t *testing.T, text string, specs ...string) *newsgraph.Doc {
	t.Helper()
	d := Parsed(t, text, specs[len(specs)-1])
	if len(specs) != len(d.Sentences) {
		t.Fatalf("%d sentences, %d specs", len(d.Sentences), len(specs))
	}
	for k, spec := range specs[:len(specs)-1] {
		annotate(t, d, k, toks(t, spec))
	}
	return d
}

func toks(t *testing.T, spec string) []Tok {
	t.Helper()
	var out []Tok
	for _, w := range strings.Fields(spec) {
		f := strings.Split(w, "/")
		if len(f) != 5 {
			t.Fatalf("%q: want text/TAG/lemma/head/dep", w)
		}
		head, err := strconv.Atoi(f[3])
		if err != nil {
			t.Fatalf("%q: head %v", w, err)
		}
		out = append(out, Tok{Text: f[0], Tag: f[1], Lemma: f[2], Head: head, Dep: f[4]})
	}
	return out
}

// Span is the span of the n'th (from 0) occurrence of s in d's text.
func Span(t *testing.T, d *newsgraph.Doc, s string, n int) newsgraph.Span {
	t.Helper()
	from := 0
	for ; n >= 0; n-- {
		i := strings.Index(d.Text[from:], s)
		if i < 0 {
			t.Fatalf("%q is not in the text %d more times", s, n+1)
		}
		from += i
		if n > 0 {
			from += len(s)
		}
	}
	return newsgraph.Span{Start: from, End: from + len(s)}
}

// Name adds the first occurrence of s as a name of the given type (PER,
// ORG, LOC, MISC), in order of the names' starts, with no entity yet.
func Name(t *testing.T, d *newsgraph.Doc, s, typ string) {
	t.Helper()
	m := newsgraph.Mention{Span: Span(t, d, s, 0), Kind: newsgraph.MentionName, Type: typ, Entity: newsgraph.NoEntity}
	i := 0
	for i < len(d.Mentions) && d.Mentions[i].Start < m.Start {
		i++
	}
	d.Mentions = append(d.Mentions[:i], append([]newsgraph.Mention{m}, d.Mentions[i:]...)...)
}
