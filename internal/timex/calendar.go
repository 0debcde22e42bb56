package timex

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph"
)

// monthContext are the words before which a capitalised "May" or "March"
// is a month, not a verb.
var monthContext = map[string]bool{
	"in": true, "since": true, "until": true, "till": true, "of": true, "last": true,
	"next": true, "this": true, "early": true, "late": true, "mid": true, "-": true,
	"by": true, "from": true, "through": true, "during": true, "between": true,
	"to": true, "before": true, "after": true, "and": true, "or": true, "on": true,
	"end": true, "that": true, "each": true, "every": true, "throughout": true,
}

// monthAt reads a month name at i.
func (s *scanner) monthAt(i int) (time.Month, bool) {
	m, ok := months[s.w(i)]
	if !ok || !s.capital(i) {
		return 0, false
	}
	if w := s.w(i); w == "may" || w == "march" {
		_, day := s.dayOfMonth(i + 1)
		_, _, year := s.yearAt(i + 1)
		if !day && !year && !monthContext[s.w(i-1)] {
			return 0, false
		}
	}
	return m, true
}

// dayOfMonth reads a day of the month at i: "13", "13th", "eighth".
func (s *scanner) dayOfMonth(i int) (int, bool) {
	w := s.w(i)
	if n, ok := ordinals[w]; ok {
		return n, n <= 31
	}
	for _, suf := range [...]string{"st", "nd", "rd", "th"} {
		w = strings.TrimSuffix(w, suf)
	}
	if len(w) > 2 {
		return 0, false
	}
	n, ok := digits(w)
	return n, ok && n >= 1 && n <= 31
}

// yearAt reads a year at i: "1998", or spoken, "nineteen ninety-six",
// "two thousand". It returns the token after it.
func (s *scanner) yearAt(i int) (y, end int, ok bool) {
	w := s.w(i)
	if len(w) == 4 && isDigits(w) {
		y, _ := strconv.Atoi(w)
		return y, i + 1, y >= 1000
	}
	hundreds := smallNumbers[w]
	if hundreds < 17 { // spoken years from seventeen hundred on: "ten thirty" is a clock time
		if n, end, ok := s.wordNumber(i); ok && n >= 1000 && n <= 2999 && s.w(i+1) == "thousand" {
			return n, end, true
		}
		return 0, 0, false
	}
	if s.w(i+1) == "hundred" {
		return hundreds * 100, i + 2, true
	}
	if n, end, ok := s.wordNumber(i + 1); ok && n >= 10 && n < 100 {
		return hundreds*100 + n, end, true
	}
	return 0, 0, false
}

// plainYear is yearAt for a bare four-digit number that is not an amount
// ("$1998", "1998 %").
func (s *scanner) plainYear(i int) (y, end int, ok bool) {
	y, end, ok = s.yearAt(i)
	if !ok || s.w(i-1) == "$" || s.w(end) == "%" || s.w(end) == "percent" {
		return 0, 0, false
	}
	if isDigits(s.w(i)) && (y < 1800 || y > 2100) {
		return 0, 0, false // "1200 troops"
	}
	return y, end, true
}

// calendarDate reads "Sept. 13, 1998", "Saturday, April 25", "13 February
// 1998", "August 1989", "June last year", "October".
func calendarDate(s *scanner, i int) match {
	j := i
	if _, ok := weekdays[s.w(j)]; ok {
		j++
		if s.w(j) == "," {
			j++
		}
	}
	if m, ok := s.monthAt(j); ok {
		return s.monthFirst(i, j, m)
	}
	if dd, ok := s.dayOfMonth(j); ok {
		if m, ok := s.monthAt(j + 1); ok {
			y, end := s.yearAfter(j+2, false)
			return match{end: end, typ: newsgraph.TimexDate, val: dayInYear(s.anchor, y, m, dd, nearest)}
		}
	}
	return match{}
}

// monthFirst reads what follows a month name at j (the expression starts
// at i).
func (s *scanner) monthFirst(i, j int, m time.Month) match {
	if dd, ok := s.dayOfMonth(j + 1); ok {
		y, end := s.yearAfter(j+2, true)
		return match{end: end, typ: newsgraph.TimexDate, val: dayInYear(s.anchor, y, m, dd, nearest)}
	}
	if i != j {
		return match{} // a weekday and a month with no day
	}
	k := j + 1
	if s.w(k) == "," || s.w(k) == "of" {
		k++
	}
	if y, end, ok := s.yearAt(k); ok {
		return match{end: end, typ: newsgraph.TimexDate, val: yearOK(y, fmt.Sprintf("%04d-%02d", y, m))}
	}
	if n, ok := yearShift[s.w(j+1)]; ok && s.w(j+2) == "year" {
		r := shift(s.anchor, year, n)
		if r.ok && !r.unresolved {
			r.value = fmt.Sprintf("%s-%02d", r.value, m)
		} else if r.ok {
			r.value = fmt.Sprintf("XXXX-%02d", m)
		}
		return match{end: j + 3, typ: newsgraph.TimexDate, val: r}
	}
	return match{end: j + 1, typ: newsgraph.TimexDate, val: monthValue(s.anchor, m, nearest)}
}

// yearShift maps "this", "last" and "next" before "year" to a shift.
var yearShift = map[string]int{"this": 0, "last": -1, "next": 1}

// yearAfter reads the year that may end a date at j, after a comma when
// comma is true; y is -1 when there is none.
func (s *scanner) yearAfter(j int, comma bool) (y, end int) {
	k := j
	if comma && s.w(k) == "," {
		k++
	}
	if y, end, ok := s.yearAt(k); ok {
		return y, end
	}
	return -1, j
}

// yearDate reads a year: "1998", "fiscal 1998", "fiscal year 1998", "the
// year 2000", "nineteen ninety-six".
func yearDate(s *scanner, i int) match {
	j := i
	switch {
	case s.w(j) == "fiscal" && s.w(j+1) == "year":
		j += 2
	case s.w(j) == "fiscal":
		j++
	case s.w(j) == "the" && s.w(j+1) == "year":
		j += 2
	}
	y, end, ok := s.plainYear(j)
	if !ok {
		return match{}
	}
	return match{end: end, typ: newsgraph.TimexDate, val: yearOK(y, fmt.Sprintf("%04d", y))}
}

// decadeWords are the decades written in words.
var decadeWords = map[string]int{
	"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
	"seventies": 7, "eighties": 8, "nineties": 9,
}

// decadeDate reads a decade: "the 1990s", "1990s", "the '90s", "the
// nineties", "the mid-1980s", "the late 1970s".
func decadeDate(s *scanner, i int) match {
	j := i
	if s.w(j) == "the" {
		j++
		if w := s.w(j); w == "early" || w == "late" || w == "mid" {
			j++
			if s.w(j) == "-" {
				j++
			}
		}
	}
	w := s.w(j)
	if d, ok := decadeWords[w]; ok && j > i {
		return s.decade(j+1, s.centuryOfTwoDigits(d*10)*10+d)
	}
	if !strings.HasSuffix(w, "s") {
		return match{}
	}
	num := strings.TrimPrefix(strings.TrimSuffix(w, "s"), "'")
	switch {
	case len(num) == 4 && isDigits(num) && num[3] == '0':
		n, _ := strconv.Atoi(num[:3])
		return s.decade(j+1, n)
	case len(num) == 2 && isDigits(num) && num[1] == '0' && w[0] == '\'':
		n, _ := strconv.Atoi(num)
		return s.decade(j+1, s.centuryOfTwoDigits(n)*10+n/10)
	}
	return match{}
}

func (s *scanner) decade(end, n int) match {
	return match{end: end, typ: newsgraph.TimexDate, val: yearOK(n*10, fmt.Sprintf("%03d", n))}
}

// centuryOfTwoDigits is the century a two-digit year ('90s, '05) belongs
// to: the one that puts it in the past of the anchor.
func (s *scanner) centuryOfTwoDigits(n int) int {
	ref := 2029 // with no anchor: '30s to '90s are the 1900s
	if !s.anchor.IsZero() {
		ref = s.anchor.Year()
	}
	c := ref / 100
	if c*100+n > ref {
		c--
	}
	return c
}

// centuryDate reads "the 20th century", "the twentieth century".
func centuryDate(s *scanner, i int) match {
	j := i
	if s.w(j) == "the" {
		j++
	}
	n, ok := s.dayOfMonth(j) // an ordinal up to 31 will do
	if !ok || s.w(j+1) != "century" {
		return match{}
	}
	return match{end: j + 2, typ: newsgraph.TimexDate, val: fixed("%02d", n-1)}
}

// isoDate reads "1998-09-13" (three tokens and two hyphens) and
// "9/13/1998" (one token), American order.
func isoDate(s *scanner, i int) match {
	if y, _, ok := s.yearAt(i); ok && isDigits(s.w(i)) && s.w(i+1) == "-" && s.w(i+3) == "-" &&
		len(s.w(i+2)) == 2 && len(s.w(i+4)) == 2 {
		m, _ := digits(s.w(i + 2))
		d, _ := digits(s.w(i + 4))
		if m >= 1 && m <= 12 {
			return match{end: i + 5, typ: newsgraph.TimexDate, val: dayInYear(s.anchor, y, time.Month(m), d, nearest)}
		}
	}
	parts := strings.Split(s.w(i), "/")
	if len(parts) != 3 || len(parts[2]) != 4 || len(parts[0]) > 2 || len(parts[1]) > 2 {
		return match{}
	}
	m, ok1 := digits(parts[0])
	d, ok2 := digits(parts[1])
	y, ok3 := digits(parts[2])
	if !ok1 || !ok2 || !ok3 || m < 1 || m > 12 {
		return match{}
	}
	return match{end: i + 1, typ: newsgraph.TimexDate, val: dayInYear(s.anchor, y, time.Month(m), d, nearest)}
}

// seasonDate reads a season that names its year or takes "the": "the
// summer", "the early summer", "the winter of 1994", "summer 1998".
func seasonDate(s *scanner, i int) match {
	j := s.skip(i, "the")
	the := j > i
	if w := s.w(j); the && (w == "early" || w == "late") {
		j++
	}
	se, ok := seasons[s.w(j)]
	if !ok {
		return match{}
	}
	k := s.skip(j+1, "of")
	if y, end, ok := s.yearAt(k); ok {
		return match{end: end, typ: newsgraph.TimexDate, val: yearOK(y, fmt.Sprintf("%04d-%s", y, se.code))}
	}
	if !the {
		return match{}
	}
	return match{end: j + 1, typ: newsgraph.TimexDate, val: seasonValue(s.anchor, se.code, se.order, s.tenseAt(i))}
}
