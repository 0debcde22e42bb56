package timex

import (
	"fmt"
	"time"
)

// maxYear bounds the years a value may name: TIMEX3 writes four digits.
const maxYear = 9999

// resolved is a value and whether the anchor was needed and missing.
type resolved struct {
	value      string
	unresolved bool
	ok         bool // false when the value would fall outside years 0 to 9999
}

func unknown(value string) resolved { return resolved{value: value, unresolved: true, ok: true} }

func known(value string) resolved { return resolved{value: value, ok: true} }

// fixed is an absolute value that needs no anchor.
func fixed(format string, args ...any) resolved { return known(fmt.Sprintf(format, args...)) }

// shift is the value of the unit n units from the anchor's ("last year"
// is shift(year, -1)), written at the unit's granularity.
func shift(anchor time.Time, u unit, n int) resolved {
	if anchor.IsZero() {
		return unknown(unknownAt(u))
	}
	if n > maxYear*12 || n < -maxYear*12 {
		return resolved{}
	}
	y, m, _ := anchor.Date()
	switch u {
	case day, hour, minute, second:
		return dayValue(anchor.AddDate(0, 0, n))
	case week, weekend:
		t := anchor.AddDate(0, 0, 7*n)
		wy, wn := t.ISOWeek()
		r := yearOK(wy, fmt.Sprintf("%04d-W%02d", wy, wn))
		if u == weekend {
			r.value += "-WE"
		}
		return r
	case month:
		t := time.Date(y, m+time.Month(n), 1, 0, 0, 0, 0, time.UTC)
		return yearOK(t.Year(), t.Format("2006-01"))
	case quarter:
		k := y*4 + int(m-1)/3 + n
		return yearOK(floorDiv(k, 4), fmt.Sprintf("%04d-Q%d", floorDiv(k, 4), k-floorDiv(k, 4)*4+1))
	case half:
		k := y*2 + int(m-1)/6 + n
		return yearOK(floorDiv(k, 2), fmt.Sprintf("%04d-H%d", floorDiv(k, 2), k-floorDiv(k, 2)*2+1))
	case year:
		return yearOK(y+n, fmt.Sprintf("%04d", y+n))
	case decade:
		return yearOK(y+10*n, fmt.Sprintf("%03d", floorDiv(y, 10)+n))
	case century:
		return yearOK(y+100*n, fmt.Sprintf("%02d", floorDiv(y, 100)+n))
	}
	return resolved{}
}

// unknownAt is the value of a relative expression at unit u with no
// anchor: its digits all X.
func unknownAt(u unit) string {
	switch u {
	case week:
		return "XXXX-WXX"
	case weekend:
		return "XXXX-WXX-WE"
	case month:
		return "XXXX-XX"
	case quarter:
		return "XXXX-QX"
	case half:
		return "XXXX-HX"
	case year:
		return "XXXX"
	case decade:
		return "XXX"
	case century:
		return "XX"
	}
	return "XXXX-XX-XX"
}

func dayValue(t time.Time) resolved {
	return yearOK(t.Year(), t.Format("2006-01-02"))
}

// yearOK refuses values outside the four-digit years.
func yearOK(y int, value string) resolved {
	if y < 0 || y > maxYear {
		return resolved{}
	}
	return known(value)
}

func floorDiv(a, b int) int {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

// direction says which way a bare name ("Friday", "October") points from
// the anchor: to the nearest such day or month before it, or after it.
type direction int

const (
	nearest direction = iota // the closest one, the past winning ties
	past                     // the latest one not after the anchor
	future                   // the earliest one not before the anchor
	before                   // strictly before the anchor: "last Friday"
	after                    // strictly after it: "next Friday"
)

// steps is how many units from the anchor's position cur (in a cycle of
// size n) lie the position want, going in direction dir.
func steps(cur, want, n int, dir direction) int {
	back := -((cur - want + n) % n) // 0 or negative
	ahead := (want - cur + n) % n   // 0 or positive
	switch dir {
	case past:
		return back
	case future:
		return ahead
	case before:
		if back == 0 {
			return -n
		}
		return back
	case after:
		if ahead == 0 {
			return n
		}
		return ahead
	}
	if ahead < -back {
		return ahead
	}
	return back
}

// weekdayValue is the date of the given ISO weekday nearest the anchor in
// direction dir, or XXXX-WXX-d without an anchor.
func weekdayValue(anchor time.Time, wd int, dir direction) resolved {
	if anchor.IsZero() {
		return unknown(fmt.Sprintf("XXXX-WXX-%d", wd))
	}
	cur := isoWeekday(anchor)
	return dayValue(anchor.AddDate(0, 0, steps(cur-1, wd-1, 7, dir)))
}

func isoWeekday(t time.Time) int {
	if t.Weekday() == time.Sunday {
		return 7
	}
	return int(t.Weekday())
}

// monthValue is the month m nearest the anchor in direction dir.
func monthValue(anchor time.Time, m time.Month, dir direction) resolved {
	if anchor.IsZero() {
		return unknown(fmt.Sprintf("XXXX-%02d", m))
	}
	n := steps(int(anchor.Month())-1, int(m)-1, 12, dir)
	if dir == nearest && n > monthsAhead {
		n -= 12
	}
	return shift(anchor, month, n)
}

// monthsAhead is how far ahead a bare month name may point: news reports
// what happened more than what will, so "March" read in November is the
// March past, though the next one is nearer; "January" is the next.
const monthsAhead = 3

// seasonOf is the order (winter 0 ... fall 3) of the season the anchor
// falls in, by the northern meteorological seasons; December counts as the
// winter of the year it ends, as "the winter of 1994" means Jan-Feb 1994.
func seasonOf(t time.Time) int {
	return int(t.Month()) % 12 / 3
}

// seasonValue is the season nearest the anchor in direction dir.
func seasonValue(anchor time.Time, code string, order int, dir direction) resolved {
	if anchor.IsZero() {
		return unknown("XXXX-" + code)
	}
	y := anchor.Year()
	if anchor.Month() == time.December {
		y++ // December opens the next year's winter
	}
	y += floorDiv(seasonOf(anchor)+steps(seasonOf(anchor), order, 4, dir), 4)
	return yearOK(y, fmt.Sprintf("%04d-%s", y, code))
}

// dayInYear is month m, day dd of year y, or, when y is -1, of the year
// dir gives it: the one that puts it nearest the anchor (but no more than
// monthsAhead after it), or the latest one not after the anchor (past),
// or the earliest not before it (future).
func dayInYear(anchor time.Time, y int, m time.Month, dd int, dir direction) resolved {
	leapOrGiven := y
	if y < 0 {
		leapOrGiven = 2000 // with no year, February 29 may exist
	}
	if dd < 1 || dd > daysIn(m, leapOrGiven) {
		return resolved{}
	}
	if y >= 0 {
		return yearOK(y, fmt.Sprintf("%04d-%02d-%02d", y, m, dd))
	}
	if anchor.IsZero() {
		return unknown(fmt.Sprintf("XXXX-%02d-%02d", m, dd))
	}
	y = anchor.Year()
	at := time.Date(y, m, dd, 0, 0, 0, 0, time.UTC)
	today := time.Date(y, anchor.Month(), anchor.Day(), 0, 0, 0, 0, time.UTC)
	ahead := monthsAhead * 31 * 24 * time.Hour // as far ahead as a bare month may point
	switch {
	case (dir == past || dir == nearest && at.Sub(today) > ahead) && at.After(today):
		y--
	case (dir == future || dir == nearest && today.Sub(at) > 365*24*time.Hour-ahead) && at.Before(today):
		y++
	}
	if at.Day() != dd { // February 29 of a common year
		return resolved{}
	}
	return yearOK(y, fmt.Sprintf("%04d-%02d-%02d", y, m, dd))
}

func daysIn(m time.Month, y int) int {
	return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}
