package view

import (
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph"
)

// View holds one document and what the rules need to look up fast.
type View struct {
	D        *newsgraph.Doc
	Lower    []string // lower-cased token texts
	QuoteAt  []int    // per token: the outermost quotation holding it, or -1
	Sentence []int    // per token: its sentence
	Names    Index    // the NER's names
}

// New builds the view of d.
func New(d *newsgraph.Doc) *View {
	v := &View{D: d, Lower: make([]string, len(d.Tokens)), QuoteAt: make([]int, len(d.Tokens)),
		Sentence: make([]int, len(d.Tokens)), Names: NewIndex(d.Mentions)}
	for i := range d.Tokens {
		v.Lower[i] = strings.ToLower(d.TokenText(i))
		v.QuoteAt[i] = -1
	}
	for k, s := range d.Sentences {
		for i := s.FirstToken; i < s.EndToken; i++ {
			v.Sentence[i] = k
		}
	}
	q, i := 0, 0
	for i < len(d.Tokens) && q < len(d.Quotes) {
		quote := d.Quotes[q]
		switch {
		case quote.Depth > 0 || d.Tokens[i].Start >= quote.End:
			q++
		case d.Tokens[i].Start >= quote.Start:
			v.QuoteAt[i] = q
			i++
		default:
			i++
		}
	}
	return v
}

// Tag is token i's POS tag.
func (v *View) Tag(i int) string { return v.D.Tokens[i].Tag }

// Lemma is token i's lemma.
func (v *View) Lemma(i int) string { return v.D.Tokens[i].Lemma }

// Span covers tokens [a, b).
func (v *View) Span(a, b int) newsgraph.Span {
	return newsgraph.Span{Start: v.D.Tokens[a].Start, End: v.D.Tokens[b-1].End}
}

// QuoteTokens returns the token range of quotation q (one that QuoteAt
// marks), found by its offsets: the rules ask once per cue, and a scan of
// the whole document each time would make long documents quadratic.
func (v *View) QuoteTokens(q int) (int, int) {
	quote := v.D.Quotes[q]
	toks := v.D.Tokens
	a := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= quote.Start })
	b := a
	for b < len(toks) && v.QuoteAt[b] == q {
		b++
	}
	if b == a {
		return 0, 0
	}
	return a, b
}

// KindOf is direct when the content [a, b) is one quotation, mixed when it
// holds one, indirect otherwise.
func (v *View) KindOf(a, b int) newsgraph.AttributionKind {
	quoted := 0
	for i := a; i < b; i++ {
		if v.QuoteAt[i] >= 0 {
			quoted++
		}
	}
	switch {
	case quoted == b-a:
		return newsgraph.Direct
	case quoted > 0:
		return newsgraph.Mixed
	}
	return newsgraph.Indirect
}

// AnyQuoted: some token in [a, b) is inside a quotation.
func (v *View) AnyQuoted(a, b int) bool {
	for i := a; i < b; i++ {
		if v.QuoteAt[i] >= 0 {
			return true
		}
	}
	return false
}

// InTitle: sentence s is in the document's title.
func (v *View) InTitle(s newsgraph.Sentence) bool {
	return len(v.D.Paragraphs) > 0 && v.D.Paragraphs[0].Kind == newsgraph.KindTitle && v.D.Paragraphs[0].Contains(s.Span)
}

// SubjectKind describes a subject: a person or organisation, a pronoun,
// or another noun.
func (v *View) SubjectKind(i int) string {
	for _, e := range v.Names.Overlapping(v.D.Tokens[i].Span) {
		if e.Span.Contains(v.D.Tokens[i].Span) {
			return e.Type
		}
	}
	if t := v.Tag(i); t == "PRP" || t == "WP" {
		return "pronoun:" + v.Lower[i]
	}
	return "noun"
}

// Roots counts c's tokens whose head lies outside it, and gives the first
// one's relation and whether its head is the cue's word.
func (v *View) Roots(c Range, cueHead int) (n int, dep string, toHead int) {
	dep = "-"
	for i := c.A; i < c.B; i++ {
		t := &v.D.Tokens[i]
		if t.Head >= c.A && t.Head < c.B {
			continue
		}
		if n == 0 {
			dep, toHead = t.Dep, B2I(t.Head == cueHead)
		}
		n++
	}
	return n, dep, toHead
}
