package segment

import (
	"unicode"
	"unicode/utf8"
)

// isSpace reports whether r separates tokens.
func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\f', '\v':
		return true
	}
	if r < utf8.RuneSelf {
		return false
	}
	return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff'
}

// isOpener reports whether r opens a quotation or bracket when it starts a word.
func isOpener(r rune) bool {
	switch r {
	case '"', '\'', '“', '”', '‘', '«', '‹', '„', '(', '[', '{', '¿', '¡', '`': // ” too: a typo for “ that opens a word
		return true
	}
	return false
}

// isCloser reports whether r is split off the end of a word as a token of
// its own (closing quotes and brackets, and trailing punctuation but '.').
func isCloser(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', '»', '›', ')', ']', '}', ',', ';', ':', '!', '?', '%', '…', '—', '–':
		return true
	}
	return false
}

// isDash reports whether r is an em dash, en dash or similar long dash.
func isDash(r rune) bool { return r == '—' || r == '–' || r == '―' || r == '‒' }

func isCurrency(r rune) bool {
	switch r {
	case '$', '£', '€', '¥', '₩', '₹', '₽':
		return true
	}
	return false
}

func isAlnum(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func isDigit(b byte) bool { return '0' <= b && b <= '9' }

func isLowerStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z'
	}
	return unicode.IsLower(r)
}
