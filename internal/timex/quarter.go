package timex

import (
	"fmt"
	"strconv"

	"github.com/newsgraph/newsgraph"
)

// lastReported are the words that, before "quarter" or "period", mean the
// quarter a company last reported on: "the latest quarter".
var lastReported = map[string]bool{"latest": true, "recent": true, "most": true, "same": true, "comparable": true}

// quarterDate reads a quarter or a half year: "the third quarter",
// "third-quarter", "the fiscal first quarter", "the first quarter of 1990",
// "the 1989 third quarter", "this year's third quarter", "the second half",
// "the quarter", "the latest period".
func quarterDate(s *scanner, i int) match {
	j := i
	switch s.w(j) {
	case "the", "that":
		j++
	}
	y, j := s.quarterYear(j)
	j = s.skip(j, "fiscal", "-")
	q, ok := ordinals[s.w(j)]
	if s.w(j) == "last" && s.w(j+1) == "half" {
		q, ok = 2, true
	}
	if ok && s.w(j+1) == "-" && j > i && y < 0 {
		return match{} // "the third-quarter loss": the article goes with the noun; "third-quarter" is read next
	}
	if ok {
		j = s.skip(j+1, "-", "fiscal", "-")
	} else {
		for lastReported[s.w(j)] {
			j++
		}
	}
	u := unitWords[s.w(j)]
	if s.w(j) == "half" {
		u = half
	}
	if !(u == quarter && !plural(s.w(j)) || u == half || !ok && s.w(j) == "period") || j == i {
		return match{}
	}
	end := j + 1
	if !ok {
		return s.unnumberedQuarter(i, j, y)
	}
	if y < 0 {
		y, end = s.ofYear(end)
	}
	return match{end: end, typ: newsgraph.TimexDate, val: s.partOfYear(u, q, y)}
}

// unnumberedQuarter reads a quarter with no number, j at "quarter" or
// "period": "the quarter", "that quarter" (the one last named), "the
// latest quarter" (the last one over), "the 1988 period" (the quarter last
// named, in 1988).
func (s *scanner) unnumberedQuarter(i, j, y int) match {
	m := match{end: j + 1, typ: newsgraph.TimexDate}
	switch {
	case s.w(j) == "half":
		return match{}
	case y >= 0 && s.lastQuarter != "":
		m.val = yearOK(y, fmt.Sprintf("%04d%s", y, s.lastQuarter[4:]))
		m.derived = true
	case y >= 0:
		return match{}
	case lastReported[s.w(j-1)]:
		m.val = shift(s.anchor, quarter, -1)
	case s.w(j) == "period" || j == i:
		return match{} // "the period" and "quarter" alone name nothing
	default:
		m.val = s.reportedQuarter()
	}
	return m
}

// skip passes any of words at j, in order.
func (s *scanner) skip(j int, words ...string) int {
	for _, w := range words {
		if s.w(j) == w {
			j++
		}
	}
	return j
}

// quarterYear reads the year that may open a quarter: "1989", "this
// year's", "last year's"; y is -1 when there is none.
func (s *scanner) quarterYear(j int) (y, next int) {
	if yy, end, ok := s.plainYear(j); ok && isDigits(s.w(j)) {
		return yy, end
	}
	if n, ok := yearShift[s.w(j)]; ok && s.w(j+1) == "year" && s.w(j+2) == "'s" && !s.anchor.IsZero() {
		return s.anchor.Year() + n, j + 3
	}
	return -1, j
}

// ofYear reads "of 1990", "of this year", "of fiscal 1990" after a
// quarter; y is -1 when there is none.
func (s *scanner) ofYear(j int) (y, next int) {
	if s.w(j) != "of" {
		return -1, j
	}
	k := s.skip(j+1, "fiscal")
	if yy, end, ok := s.plainYear(k); ok {
		return yy, end
	}
	if n, ok := yearShift[s.w(k)]; ok && s.w(k+1) == "year" && !s.anchor.IsZero() {
		return s.anchor.Year() + n, k + 2
	}
	return -1, j
}

// partOfYear is quarter or half q of year y, or of the year that puts it
// nearest the anchor when y is -1.
func (s *scanner) partOfYear(u unit, q, y int) resolved {
	code, parts := "Q", 4
	if u == half {
		code, parts = "H", 2
	}
	if q < 1 || q > parts {
		return resolved{}
	}
	if y >= 0 {
		return yearOK(y, fmt.Sprintf("%04d-%s%d", y, code, q))
	}
	if u == half {
		if s.anchor.IsZero() {
			return unknown(fmt.Sprintf("XXXX-H%d", q))
		}
		return yearOK(s.anchor.Year(), fmt.Sprintf("%04d-H%d", s.anchor.Year(), q))
	}
	if s.anchor.IsZero() {
		return unknown(fmt.Sprintf("XXXX-Q%d", q))
	}
	y = s.anchor.Year()
	if q >= int(s.anchor.Month()-1)/3+3 {
		y-- // the fourth quarter, read in the first: last year's
	}
	return yearOK(y, fmt.Sprintf("%04d-Q%d", y, q))
}

// reportedQuarter is the quarter "the quarter" means: the one last named,
// or else the last one over at the anchor.
func (s *scanner) reportedQuarter() resolved {
	if s.lastQuarter != "" {
		return known(s.lastQuarter)
	}
	return shift(s.anchor, quarter, -1)
}

// shiftQuarter moves a quarter's value ("1989-Q3") by n quarters.
func shiftQuarter(v string, n int) resolved {
	y, err1 := strconv.Atoi(v[:4])
	q, err2 := strconv.Atoi(v[6:])
	if err1 != nil || err2 != nil {
		return resolved{}
	}
	k := y*4 + q - 1 + n
	return yearOK(floorDiv(k, 4), fmt.Sprintf("%04d-Q%d", floorDiv(k, 4), k-floorDiv(k, 4)*4+1))
}

// yearEarlier reads the comparisons of results with a year before: "the
// year-earlier quarter", "the year-ago period", "year-earlier", "the
// comparable year-ago quarter", "last year's quarter".
func yearEarlier(s *scanner, i int) match {
	j := s.skip(i, "the", "comparable", "same")
	if s.w(j) == "last" && s.w(j+1) == "year" && s.w(j+2) == "'s" && s.w(j+3) == "quarter" {
		return match{end: j + 4, typ: newsgraph.TimexDate, val: s.shiftFromContext(year, -1), derived: true}
	}
	if s.w(j) != "year" || s.w(j+1) != "-" || (s.w(j+2) != "earlier" && s.w(j+2) != "ago") {
		return match{}
	}
	end := j + 3
	if q, ok := ordinals[s.w(end)]; ok && s.w(end+1) == "quarter" && s.lastQuarter != "" {
		r := shiftQuarter(s.lastQuarter, -4)
		if r.ok {
			r = known(r.value[:6] + strconv.Itoa(q))
		}
		return match{end: end + 2, typ: newsgraph.TimexDate, val: r, derived: true}
	}
	if w := s.w(end); w == "quarter" || w == "period" {
		end++
	} else if j > i {
		return match{} // "the year-earlier results": the article goes with the noun; "year-earlier" is read next
	}
	return match{end: end, typ: newsgraph.TimexDate, val: s.shiftFromContext(year, -1), derived: true}
}
