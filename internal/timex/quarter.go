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
	case "the", "its", "that", "a":
		j++
	}
	y, j := s.quarterYear(j)
	j = s.skip(j, "fiscal", "-")
	q, ok := ordinals[s.w(j)]
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
		if y >= 0 || u == half || s.w(j) == "period" && j == i+1 {
			return match{} // "the period" alone names nothing
		}
		return match{end: end, typ: newsgraph.TimexDate, val: s.reportedQuarter()}
	}
	if y < 0 {
		y, end = s.ofYear(end)
	}
	return match{end: end, typ: newsgraph.TimexDate, val: s.partOfYear(u, q, y)}
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
	dir := nearest
	if s.future {
		dir = future
	}
	return quarterValue(s.anchor, q, dir)
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
		return match{end: j + 4, typ: newsgraph.TimexDate, val: s.shiftFromContext(year, -1)}
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
		return match{end: end + 2, typ: newsgraph.TimexDate, val: r}
	}
	if w := s.w(end); w == "quarter" || w == "period" {
		end++
	}
	return match{end: end, typ: newsgraph.TimexDate, val: s.shiftFromContext(year, -1)}
}
