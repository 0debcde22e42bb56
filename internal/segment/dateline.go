package segment

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph"
)

// DatelineEnd returns, for a sentence that opens with a wire dateline
// ("BRASK (Reuters) -", "KAMPALA, Uganda (AP) —", "WASHINGTON —"), how
// many of its words the place takes and where the dateline ends (after
// its dash), or 0, 0.
func DatelineEnd(words []string) (place, end int) {
	i := 0
	for i < len(words) && i < 4 && allCapsWord(words[i]) {
		i++
	}
	if i == 0 {
		return 0, 0
	}
	place = i
	region := false
	if i+1 < len(words) && words[i] == "," && isCapitalised(words[i+1]) { // ", Uganda"
		i, region = i+2, true
		for i < len(words) && i < place+5 && isCapitalised(words[i]) {
			i++
		}
	}
	agency := false
	if i < len(words) && words[i] == "(" {
		j := i + 1
		for j < len(words) && j < i+5 && words[j] != ")" {
			j++
		}
		if j >= len(words) || words[j] != ")" {
			return 0, 0
		}
		i, agency = j+1, true
	}
	if i >= len(words) || !datelineDashes[words[i]] {
		return 0, 0
	}
	if !agency && !region && slices.Contains(words[i+1:], words[i]) {
		return 0, 0 // "NATO — the Western alliance — said …": a dash that closes an aside
	}
	return place, i + 1
}

// OpensParagraph: sentence s is the first of its paragraph, where a
// dateline stands.
func OpensParagraph(d *newsgraph.Doc, s newsgraph.Sentence) bool {
	if s.FirstToken == 0 {
		return true
	}
	return strings.Contains(d.Text[d.Tokens[s.FirstToken-1].End:d.Tokens[s.FirstToken].Start], newsgraph.ParagraphSeparator)
}

var datelineDashes = map[string]bool{"-": true, "—": true, "–": true, "--": true}

// allCapsWord: w has two letters or more, all capitals (dots allowed:
// "U.S.").
func allCapsWord(w string) bool {
	n := 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			n++
		case r == '.':
		default:
			return false
		}
	}
	return n >= 2
}

func isCapitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}
