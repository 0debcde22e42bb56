// Package affix cuts word prefixes and suffixes of about n bytes without
// splitting a UTF-8 sequence, for the taggers' features.
package affix

import "unicode/utf8"

// Prefix returns the first n bytes of s, extended to the end of a rune.
func Prefix(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n < len(s) && !utf8.RuneStart(s[n]) {
		n++
	}
	return s[:n]
}

// Suffix returns the last n bytes of s, extended to the start of a rune.
func Suffix(s string, n int) string {
	if len(s) <= n {
		return s
	}
	k := len(s) - n
	for k > 0 && !utf8.RuneStart(s[k]) {
		k--
	}
	return s[k:]
}
