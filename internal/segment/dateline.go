package segment

import (
	"unicode"
	"unicode/utf8"
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
	if i+1 < len(words) && words[i] == "," && isCapitalised(words[i+1]) { // ", Uganda"
		i += 2
		for i < len(words) && i < place+5 && isCapitalised(words[i]) {
			i++
		}
	}
	if i < len(words) && words[i] == "(" {
		j := i + 1
		for j < len(words) && j < i+5 && words[j] != ")" {
			j++
		}
		if j >= len(words) || words[j] != ")" {
			return 0, 0
		}
		i = j + 1
	}
	if i < len(words) && datelineDashes[words[i]] {
		return place, i + 1
	}
	return 0, 0
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
