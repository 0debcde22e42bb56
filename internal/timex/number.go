package timex

import "strconv"

// maxCount bounds the numbers read: larger ones ("99999999999 years") are
// no time expression anyone writes, and refusing them keeps values short.
const maxCount = 1_000_000

var smallNumbers = map[string]int{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
	"thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19,
}

var tens = map[string]int{
	"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
	"seventy": 70, "eighty": 80, "ninety": 90,
}

// vague counts are written X in a value: "several years" is PXY.
const vague = -1

var vagueCounts = map[string]bool{"several": true, "few": true, "many": true, "some": true}

// digits reads a token of digits, with thousands commas, as a number.
func digits(w string) (int, bool) {
	if w == "" || len(w) > 9 {
		return 0, false
	}
	n := 0
	for k := 0; k < len(w); k++ {
		c := w[k]
		switch {
		case c >= '0' && c <= '9':
			n = n*10 + int(c-'0')
		case c == ',' && k > 0 && (len(w)-k-1)%4 == 3: // a thousands comma: "1,000"
		default:
			return 0, false
		}
	}
	return n, n <= maxCount
}

// wordNumber reads a number written in words from token i: "four",
// "twenty four", "twenty-four", "a hundred", "two thousand".
func (s *scanner) wordNumber(i int) (n, end int, ok bool) {
	w := s.w(i)
	switch {
	case smallNumbers[w] > 0 || w == "zero":
		n, end = smallNumbers[w], i+1
	case tens[w] > 0:
		n, end = tens[w], i+1
		j := end
		if s.w(j) == "-" {
			j++
		}
		if u := smallNumbers[s.w(j)]; u > 0 && u < 10 {
			n, end = n+u, j+1
		}
	case (w == "a" || w == "one") && (s.w(i+1) == "hundred" || s.w(i+1) == "thousand"):
		n, end = 1, i+1
	default:
		return 0, 0, false
	}
	for _, m := range [...]struct {
		word string
		by   int
	}{{"hundred", 100}, {"thousand", 1000}} {
		if s.w(end) == m.word {
			n, end = n*m.by, end+1
		}
	}
	return n, end, true
}

// count reads how many units a duration or a shift counts, from token i:
// digits, words, "a"/"an" (one) when article is true, a vague quantity
// ("several", "a few", "a couple of") as vague.
func (s *scanner) count(i int, article bool) (n, end int, ok bool) {
	w := s.w(i)
	if n, ok := digits(w); ok {
		return n, i + 1, true
	}
	if n, end, ok := s.wordNumber(i); ok {
		return n, end, true
	}
	switch {
	case w == "a" && s.w(i+1) == "couple" && s.w(i+2) == "of", w == "couple" && s.w(i+1) == "of":
		return 2, i + 3 - boolInt(w == "couple"), true
	case w == "a" && s.w(i+1) == "few":
		return vague, i + 2, true
	case vagueCounts[w]:
		return vague, i + 1, true
	case article && (w == "a" || w == "an"):
		return 1, i + 1, true
	}
	return 0, 0, false
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// countString writes a count as a value writes it.
func countString(n int) string {
	if n == vague {
		return "X"
	}
	return strconv.Itoa(n)
}
