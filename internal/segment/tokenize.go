package segment

import (
	"strings"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph"
)

// tokenizer appends the tokens of one text's paragraphs to out. It keeps a
// small stack for the punctuation peeled off a word's end, which is emitted
// after the word itself.
type tokenizer struct {
	text   string
	out    []newsgraph.Span
	suffix []newsgraph.Span
	max    int  // tokens to emit at most; 0 for no limit
	full   bool // max was reached: later tokens are dropped
}

func (t *tokenizer) emit(s, e int) {
	if s >= e || t.full {
		return
	}
	if t.max > 0 && len(t.out) >= t.max {
		t.full = true
		return
	}
	t.out = append(t.out, newsgraph.Span{Start: s, End: e})
}

// paragraph tokenizes text[start:end]: whitespace separates chunks, and each
// chunk splits into one or more tokens.
func (t *tokenizer) paragraph(start, end int) {
	text := t.text
	i := start
	for i < end && !t.full {
		if n := spaceAt(text, i); n > 0 {
			i += n
			continue
		}
		j := i
		for j < end {
			if c := text[j]; c < utf8.RuneSelf {
				if c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v' {
					break
				}
				j++
				continue
			}
			if spaceAt(text, j) > 0 {
				break
			}
			_, n := utf8.DecodeRuneInString(text[j:])
			j += n
		}
		if j > end { // a rune decoded past the paragraph's end: never in valid input
			j = end
		}
		t.chunk(i, j)
		i = j
	}
}

// spaceAt returns the width of the space rune at text[i], or 0.
func spaceAt(text string, i int) int {
	c := text[i]
	if c < utf8.RuneSelf {
		if c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v' {
			return 1
		}
		return 0
	}
	r, n := utf8.DecodeRuneInString(text[i:])
	if isSpace(r) {
		return n
	}
	return 0
}

// chunk splits one whitespace-delimited chunk text[s:e].
func (t *tokenizer) chunk(s, e int) {
	s = t.prefix(s, e)
	if s >= e {
		return
	}
	base := len(t.suffix)
	e = t.peelSuffix(s, e, isURLLike(t.text[s:e]))
	if isURLLike(t.text[s:e]) {
		t.emit(s, e)
	} else {
		t.middle(s, e)
	}
	for k := len(t.suffix) - 1; k >= base; k-- {
		t.out = append(t.out, t.suffix[k])
	}
	t.suffix = t.suffix[:base]
}

// prefix emits the opening quotes, brackets, currency signs and dashes at
// the start of text[s:e] and returns where the rest begins.
func (t *tokenizer) prefix(s, e int) int {
	text := t.text
	for s < e {
		r, n := utf8.DecodeRuneInString(text[s:e])
		switch {
		case doubledMark(text[s:e]):
			n = 2 // '' or ``: one quotation mark, as typesetters and some newspapers write it
			t.emit(s, s+n)
		case (r == '\'' || r == '’') && s+n+1 < e && isDigit(text[s+n]) && isDigit(text[s+n+1]):
			return s // '90s: the apostrophe belongs to the word
		case r == '‘' && elidedYear(text[s+n:e]):
			return s // ‘08: a word processor's apostrophe, turned the wrong way
		case (r == '\'' || r == '’') && isCliticAt(text[s:e]):
			return s // 's alone, as in "the Times 's"
		case isOpener(r) || isDash(r) || r == '…':
			t.emit(s, s+n)
		case isCurrency(r) && s+n < e && isDigit(text[s+n]):
			t.emit(s, s+n)
		case r == '-' && s+1 < e && text[s+1] == '-':
			n = 2
			t.emit(s, s+n)
		case r == '.' && strings.HasPrefix(text[s:e], "..."):
			n = 3
			t.emit(s, s+n)
		default:
			return s
		}
		s += n
	}
	return s
}

// elidedYear: w, what follows a ‘, is a year cut to two digits ("08",
// "90s"). Word processors turn the apostrophe of "’08" into an opening
// mark; read as one, it leaves a quotation open to the paragraph's end,
// and every quotation after it in the paragraph looks nested, which
// attribution skips. Three digits or more are a quoted number.
func elidedYear(w string) bool {
	if len(w) < 2 || !isDigit(w[0]) || !isDigit(w[1]) {
		return false
	}
	rest := w[2:]
	if rest == "" || rest == "s" {
		return true
	}
	c := rest[0] | 0x20 // lower-cases an ASCII letter
	return !isDigit(rest[0]) && (c < 'a' || c > 'z')
}

// doubledMark: w opens with two apostrophes or two backticks.
func doubledMark(w string) bool {
	return len(w) >= 2 && (w[0] == '\'' || w[0] == '`') && w[1] == w[0]
}

// peelSuffix pushes the closing punctuation at the end of text[s:e] onto the
// suffix stack and returns where the word before it ends. A final period
// stays on abbreviations and, for URL-like chunks, only sentence punctuation
// and closing brackets and quotes are peeled.
func (t *tokenizer) peelSuffix(s, e int, url bool) int {
	text := t.text
	for e > s {
		r, n := utf8.DecodeLastRuneInString(text[s:e])
		if e-s == n {
			return e // a lone mark is the word itself
		}
		switch {
		case r == '.':
			if e-s >= 3 && text[e-3:e] == "..." && e-s > 3 {
				n = 3
			} else if !url && isAbbrev(text[s:e]) {
				return e
			}
		case r == '-' && text[e-2] == '-' && !url:
			n = 2
		case r == '\'' && e-s > 2 && text[e-2] == '\'':
			n = 2 // a closing ''
		case url && r == '%':
			return e
		case isCloser(r), isDash(r):
		default:
			return e
		}
		t.suffix = append(t.suffix, newsgraph.Span{Start: e - n, End: e})
		e -= n
	}
	return e
}

// middle splits a word at internal dashes, ellipses and curly double
// quotation marks, which no word holds ("said,“Look": a space left out) —
// each piece is a chunk of its own, with its own punctuation to peel
// ("about.”―Name") — and
// at hyphens between letters or digits, and each piece at a final clitic.
func (t *tokenizer) middle(s, e int) {
	text := t.text
	ps := s
	for k := s; k < e; {
		c := text[k]
		switch {
		case c == '-' && k+1 < e && text[k+1] == '-':
			t.piece(ps, k)
			t.emit(k, k+2)
			k += 2
			ps = k
		case c == '-' && k > ps && k+1 < e && isAlnumBefore(text, k) && isAlnumAt(text, k+1):
			t.word(ps, k)
			t.emit(k, k+1)
			k++
			ps = k
		case c == '.' && k+3 <= e && text[k:k+3] == "..." && k > ps:
			t.piece(ps, k)
			t.emit(k, k+3)
			k += 3
			ps = k
		case c == '"' && k > ps && k+1 < e && strings.IndexByte(",:;.!?", text[k-1]) >= 0:
			t.piece(ps, k) // said,"Look: a straight mark after punctuation, a space left out
			t.emit(k, k+1)
			k++
			ps = k
		case c == ')' && k > ps && k+2 < e && isUpper(text[k+1]) && isLower(text[k+2]):
			t.piece(ps, k) // "(CNN)President Trump": a wire's bracket, the space left out
			t.emit(k, k+1)
			k++
			ps = k
		case c == '.' && missingSpace(text, ps, k, e):
			t.piece(ps, k)
			t.emit(k, k+1)
			k++
			ps = k
		case c >= utf8.RuneSelf:
			r, n := utf8.DecodeRuneInString(text[k:e])
			if isDash(r) || r == '…' || r == '“' || r == '”' {
				t.piece(ps, k)
				t.emit(k, k+n)
				ps = k + n
			}
			k += n
		default:
			k++
		}
	}
	if ps == s {
		t.word(ps, e)
	} else {
		t.piece(ps, e)
	}
}

// missingSpace: the full stop at k ends a word of three lower-case letters
// or more and a capitalised word follows it with no space ("said.Berg
// claimed"), a sentence break the writer did not space. "Ph.D", "U.S.",
// "a.m." and domain names ("example.org") are not such.
func missingSpace(text string, ps, k, e int) bool {
	if k-ps < 3 || k+2 >= e || !isUpper(text[k+1]) || !isLower(text[k+2]) {
		return false
	}
	for i := k - 3; i < k; i++ {
		if !isLower(text[i]) {
			return false
		}
	}
	return true
}

func isUpper(c byte) bool { return 'A' <= c && c <= 'Z' }
func isLower(c byte) bool { return 'a' <= c && c <= 'z' }

// piece tokenizes part of a chunk cut out at a dash or an ellipsis as a
// chunk of its own. It holds no dash or ellipsis, so this recurses once.
func (t *tokenizer) piece(s, e int) {
	if s < e {
		t.chunk(s, e)
	}
}

func isAlnumBefore(text string, k int) bool {
	r, _ := utf8.DecodeLastRuneInString(text[:k])
	return isAlnum(r)
}

func isAlnumAt(text string, k int) bool {
	r, _ := utf8.DecodeRuneInString(text[k:])
	return isAlnum(r)
}

// word emits text[s:e], splitting off a final clitic (n't, 's, 'll...) and
// the second half of fused words (can|not, gon|na).
func (t *tokenizer) word(s, e int) {
	if s >= e {
		return
	}
	w := t.text[s:e]
	if n, ok := fusedWords[w]; ok {
		t.emit(s, s+n)
		t.emit(s+n, e)
		return
	}
	if cut := cliticCut(w); cut > 0 {
		t.emit(s, s+cut)
		t.emit(s+cut, e)
		return
	}
	t.emit(s, e)
}

// cliticCut returns where a Penn Treebank clitic starts in w, or 0.
func cliticCut(w string) int {
	a := strings.LastIndexByte(w, '\'')
	width := 1
	if b := strings.LastIndex(w, "’"); b > a {
		a, width = b, len("’")
	}
	if a <= 0 {
		return 0
	}
	rest := w[a+width:]
	switch strings.ToLower(rest) {
	case "s", "re", "ve", "ll", "d", "m":
		return a
	case "t":
		if c := w[a-1]; (c == 'n' || c == 'N') && a >= 2 {
			return a - 1
		}
	}
	return 0
}

// isCliticAt reports whether s is exactly a clitic ('s, ’ll...).
func isCliticAt(s string) bool {
	for _, c := range clitics {
		if strings.EqualFold(strings.Replace(s, "’", "'", 1), c) {
			return true
		}
	}
	return false
}

// isURLLike reports whether a chunk is a URL, e-mail address, @handle or
// #hashtag, which stay one token.
func isURLLike(w string) bool {
	if len(w) < 2 {
		return false
	}
	if (w[0] == '@' || w[0] == '#') && isAlnumAt(w, 1) {
		return true
	}
	if strings.HasPrefix(w, "www.") {
		return true
	}
	colon := strings.IndexByte(w, ':')
	if colon > 0 && strings.HasPrefix(w[colon:], "://") {
		return true
	}
	at := strings.IndexByte(w, '@')
	return at > 0 && strings.IndexByte(w[at:], '.') > 1 && isAlnumAt(w, at+1)
}
