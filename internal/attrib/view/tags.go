package view

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Set is the set of the words of a space-separated list.
func Set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// IsNounTag: a noun, a personal pronoun or a number.
func IsNounTag(t string) bool {
	return t == "NN" || t == "NNS" || t == "NNP" || t == "NNPS" || t == "PRP" || t == "CD"
}

// IsNPTag: tags that can sit inside a simple noun phrase.
func IsNPTag(t string) bool {
	switch t {
	case "NN", "NNS", "NNP", "NNPS", "PRP", "DT", "JJ", "JJR", "JJS", "CD", "POS", "PRP$", "HYPH", "NFP", "VBN", "VBG":
		return true
	}
	return false
}

// IsVerbTag: a verb or a modal.
func IsVerbTag(t string) bool { return strings.HasPrefix(t, "VB") || t == "MD" }

// IsFinite: a tag of a verb that carries tense, or a modal.
func IsFinite(t string) bool { return t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD" }

// IsQuoteMark: s is a quotation mark, straight, curly or doubled.
func IsQuoteMark(s string) bool {
	switch s {
	case "“", "”", "\"", "‘", "’", "'", "``", "''":
		return true
	}
	return false
}

// Capitalised: w starts with an upper-case letter.
func Capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// AllCaps: a word of two or more capital letters ("WALLACE"), which the
// tagger, trained on mixed case, does not always call a proper noun.
func AllCaps(w string) bool {
	n := 0
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2
}
