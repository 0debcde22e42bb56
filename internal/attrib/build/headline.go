package build

import (
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/attrib/view"
)

// colonCue: NAME: “QUOTE” in a headline, or NAME: what they said in a
// transcript or a list of reactions ("WALLACE: …", "Pence: …"). The name
// opens the sentence and is at most six capitalised words.
func (x *Builder) colonCue(s newsgraph.Sentence) {
	first := s.FirstToken
	// Transcripts quoted paragraph by paragraph open each with a mark that
	// is never closed: "WALLACE: …
	if first+1 < s.EndToken && (x.Lower[first] == "\"" || x.Lower[first] == "“") && x.strayOpener(first, s) {
		first++
	}
	for c := first + 1; c+1 < s.EndToken && c <= first+6; c++ {
		if x.Lower[c] != ":" {
			continue
		}
		// In a headline a capitalised common noun names a source too:
		// "Poll: …", "Politifact: …".
		if x.taken[c] || !x.looksLikeName(first, c) && !(x.InTitle(s) && c-first <= 3 && x.capitalisedWords(first, c)) {
			return
		}
		src := x.Span(first, c)
		if x.opensTheBody(s) && x.namesAPlace(src) {
			return // "NEW DELHI: Their American dream shattered, …": a dateline
		}
		// A page's labels and figures are no one's words: "SOURCE: …",
		// "DOI: 10.1007/…", "VIP: 60,000₩". (A headline's "Sources: …"
		// speaks.)
		if label := strings.ToLower(view.Describe(x.D.Slice(src))); !x.InTitle(s) && (pageLabels[label] || label == "editor's note") {
			return
		}
		if q := x.QuoteAt[c+1]; q >= 0 && x.D.Quotes[q].Start >= x.D.Tokens[c].End {
			x.add(newsgraph.Direct, &src, x.Span(c, c+1), x.D.Quotes[q].Span, nil)
			return
		}
		end := s.EndToken
		if !x.InTitle(s) {
			end = x.paragraphEnd(s) // a speaker's turn runs to the end of the paragraph
		}
		if !x.hasWord(c+1, end) {
			return
		}
		if x.listEntry(s, first, c, end) {
			return // "Elizabeth A. Burton, 40, of Columbus: Possession of methamphetamine, …": a list of charges, no one's words
		}
		// A turn keeps its last mark (PolNeAR: "… be there tomorrow night?").
		// A headline "Update: …" is no attribution; "Pat Caddell: …" is.
		if end-c > 2 && (!x.InTitle(s) || x.namesSomeone(src) || !headlineLabels[strings.ToLower(view.Describe(x.D.Slice(src)))]) {
			x.add(x.KindOf(c+1, end), &src, x.Span(c, c+1), x.Span(c+1, end), nil)
		}
		return
	}
}

// listEntry: in an article's body, the words [c+1, end) after the colon
// at c have no verb of a clause, quotation or question, and the name
// before it, [first, c), is not in capitals: an entry of a list
// ("Elizabeth A. Burton, 40, of Columbus: Possession of …"), where a
// transcript's turn may be as short ("TRUMP: Wrong.").
func (x *Builder) listEntry(s newsgraph.Sentence, first, c, end int) bool {
	return !x.InTitle(s) && !view.AllCaps(x.D.TokenText(first)) && !x.hasFiniteVerb(c+1, end) && !x.AnyQuoted(c+1, end) && x.Lower[end-1] != "?"
}

// opensTheBody: sentence s is the first after the title, where a wire's
// dateline stands.
func (x *Builder) opensTheBody(s newsgraph.Sentence) bool {
	if x.InTitle(s) {
		return false
	}
	for _, p := range x.D.Sentences {
		if p.FirstToken >= s.FirstToken {
			return true
		}
		if !x.InTitle(p) {
			return false
		}
	}
	return true
}

// namesAPlace: span src is a place's name, whole: before a colon at the
// start of the body it is a dateline, no one speaking. (The NER also
// reads a transcript's "TAPPER:" as a place, so not elsewhere.)
func (x *Builder) namesAPlace(src newsgraph.Span) bool {
	for _, m := range x.Names.Overlapping(src) {
		if m.Type == "LOC" && m.Span.Contains(src) {
			return true
		}
	}
	return false
}

// strayOpener: the quotation mark at token i opens its paragraph and is
// the paragraph's only one, as in a transcript quoted turn by turn, whose
// marks the quotation pairing cannot make sense of.
func (x *Builder) strayOpener(i int, s newsgraph.Sentence) bool {
	end := x.paragraphEnd(s)
	if i > 0 && x.D.Tokens[i-1].End > x.paragraphStart(s) {
		return false
	}
	for k := i + 1; k < end; k++ {
		if l := x.Lower[k]; l == "\"" || l == "“" || l == "”" {
			return false
		}
	}
	return true
}

// nextParagraph returns the tokens of the paragraph after the one s ends,
// without its final punctuation; (0, 0) when s does not end its paragraph
// or that is the last.
func (x *Builder) nextParagraph(s newsgraph.Sentence) (int, int) {
	if x.paragraphEnd(s) != s.EndToken || s.EndToken >= len(x.D.Tokens) {
		return 0, 0
	}
	for _, par := range x.D.Paragraphs {
		if !par.Contains(x.D.Tokens[s.EndToken].Span) {
			continue
		}
		a, b := s.EndToken, s.EndToken
		for b < len(x.D.Tokens) && x.D.Tokens[b].End <= par.End {
			b++
		}
		for b > a && x.Tag(b-1) == "." {
			b--
		}
		return a, b
	}
	return 0, 0
}

// paragraphStart returns the offset where the paragraph holding s starts.
func (x *Builder) paragraphStart(s newsgraph.Sentence) int {
	for _, p := range x.D.Paragraphs {
		if p.Contains(s.Span) {
			return p.Start
		}
	}
	return s.Start
}

// paragraphEnd returns the end token of the paragraph holding sentence s.
func (x *Builder) paragraphEnd(s newsgraph.Sentence) int {
	end := s.EndToken
	for _, p := range x.D.Paragraphs {
		if p.Contains(s.Span) {
			for end < len(x.D.Tokens) && x.D.Tokens[end].End <= p.End {
				end++
			}
		}
	}
	return end
}

// headlineLabels open headlines without saying who speaks ("Update: …",
// "The Latest: …"); any other short name before a headline's colon is its
// source ("Poll: …", "Pence: …").
var headlineLabels = view.Set("update updated breaking watch video photos exclusive live opinion analysis review " +
	"editorial correction explainer factbox timeline q&a interview transcript podcast latest column commentary")

// pageLabels open lines of a page's furniture, in the body as in the
// title: "SOURCE: …", "Photo: …", "DOI: …", "Related: …".
var pageLabels = view.Set("source sources credit credits photo photos image images doi related tags via note vip " +
	"watch update updated correction previously earlier background")

// namesSomeone: span holds a person or organisation entity.
func (x *Builder) namesSomeone(span newsgraph.Span) bool {
	for _, e := range x.Names.Overlapping(span) {
		if (e.Type == "PER" || e.Type == "ORG") && span.Contains(e.Span) {
			return true
		}
	}
	return false
}

// dashCue: “QUOTE” ― NAME, the way tweets and epigraphs are signed.
func (x *Builder) dashCue(s newsgraph.Sentence) {
	// The dash may open a sentence: the quotation's final mark ended the
	// one before ("… our greatest shame.” ― Sonya Herridge").
	for c := max(s.FirstToken, 1); c+1 < s.EndToken; c++ {
		if t := x.Lower[c]; t != "―" && t != "—" || x.taken[c] {
			continue
		}
		q := x.QuoteAt[c-1]
		if q < 0 || x.D.Quotes[q].End != x.D.Tokens[c-1].End {
			continue
		}
		e := x.npRight(c+1, s.EndToken)
		if e < 0 || x.Tag(c+1) != "NNP" || x.hasFiniteVerb(e, s.EndToken) {
			// "… in his book “Musicophilia” — Steenburgen wasn't
			// thrilled": a name a clause goes on from signs nothing.
			continue
		}
		src := x.Span(c+1, e)
		// A comment of several quotations is signed once, at its end: its
		// content runs from the start of its line.
		if a := x.lineStart(c - 1); a < c-1 && x.QuoteAt[a] >= 0 && !x.anyTaken(a, c) {
			x.add(x.KindOf(a, c), &src, x.Span(c, c+1), x.Span(a, c), nil)
			continue
		}
		x.add(newsgraph.Direct, &src, x.Span(c, c+1), x.D.Quotes[q].Span, nil)
	}
}

// lineStart returns the first token of the line that holds token i,
// within i's paragraph.
func (x *Builder) lineStart(i int) int {
	for i > 0 && !strings.Contains(x.D.Text[x.D.Tokens[i-1].End:x.D.Tokens[i].Start], "\n") {
		i--
	}
	return i
}

// looksLikeName: tokens [a, b) are capitalised words (a name or title).
func (x *Builder) looksLikeName(a, b int) bool {
	if b-a > 6 {
		return false
	}
	for i := a; i < b; i++ {
		if t := x.Tag(i); t != "NNP" && t != "NNPS" && t != "POS" && !view.AllCaps(x.D.TokenText(i)) {
			return false
		}
	}
	return true
}

// hasWord: tokens [a, b) hold a word of two letters or more.
func (x *Builder) hasWord(a, b int) bool {
	for i := a; i < b; i++ {
		letters := 0
		for _, r := range x.D.TokenText(i) {
			if !unicode.IsLetter(r) {
				letters = 0
				break
			}
			letters++
		}
		if letters >= 2 {
			return true
		}
	}
	return false
}

// capitalisedWords: every token in [a, b) starts with a capital letter.
func (x *Builder) capitalisedWords(a, b int) bool {
	for i := a; i < b; i++ {
		if !view.Capitalised(x.D.TokenText(i)) {
			return false
		}
	}
	return true
}
