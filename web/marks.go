package web

import (
	"strings"
	"unicode"
)

// piece is a run of text in a search result, and whether it is one of the
// words searched for. Templates escape Text and wrap hits in <mark>:
// highlighting splits the text and never builds HTML, so markup in an
// article stays text.
type piece struct {
	Text string
	Hit  bool
}

// isWordRune: words are runs of letters and digits, as the stores'
// full-text indexes read them.
func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) }

// searchWords are the words of a query.
func searchWords(query string) []string {
	return strings.FieldsFunc(query, func(r rune) bool { return !isWordRune(r) })
}

// marks cuts text into pieces, the words of query (whole words, in any
// case) as hits. Without words it is the text whole.
func marks(text, query string) []piece {
	words := searchWords(query)
	if len(words) == 0 || text == "" {
		return []piece{{Text: text}}
	}
	var out []piece
	add := func(s string, hit bool) {
		if n := len(out); n > 0 && !hit && !out[n-1].Hit {
			out[n-1].Text += s
			return
		}
		out = append(out, piece{Text: s, Hit: hit})
	}
	for rest := text; rest != ""; {
		i := strings.IndexFunc(rest, isWordRune)
		if i < 0 {
			add(rest, false)
			break
		}
		if i > 0 {
			add(rest[:i], false)
		}
		rest = rest[i:]
		j := strings.IndexFunc(rest, func(r rune) bool { return !isWordRune(r) })
		if j < 0 {
			j = len(rest)
		}
		add(rest[:j], isSearched(rest[:j], words))
		rest = rest[j:]
	}
	return out
}

func isSearched(word string, words []string) bool {
	for _, w := range words {
		if strings.EqualFold(word, w) {
			return true
		}
	}
	return false
}
