package timex

import (
	"fmt"
	"strconv"

	"github.com/newsgraph/newsgraph"
)

// deicticDays are the words that name a day from the anchor's.
var deicticDays = map[string]int{"today": 0, "yesterday": -1, "tomorrow": 1}

// deictic reads "today", "yesterday", "tomorrow", "tonight", "yesterday
// morning", "this morning", "last night".
func deictic(s *scanner, i int) match {
	w := s.w(i)
	if n, ok := deicticDays[w]; ok {
		m := match{end: i + 1, typ: newsgraph.TimexDate, val: shift(s.anchor, day, n)}
		return s.withPartOfDay(m, i+1)
	}
	switch {
	case partsOfDay[w] != "" && (deicticDays[s.w(i+1)] != 0 || s.w(i+1) == "today" || weekdays[s.w(i+1)] > 0):
		day := deictic(s, i+1)
		if !day.found() {
			day = bareWeekday(s, i+1)
		}
		return partOfDay(match{end: i + 2, val: day.val}, partsOfDay[w]) // "afternoon yesterday"
	case w == "overnight":
		return partOfDay(match{end: i + 1, val: shift(s.anchor, day, 0)}, "NI")
	case w == "tonight":
		return partOfDay(match{end: i + 1, val: shift(s.anchor, day, 0)}, "NI")
	case w == "this" && partsOfDay[s.w(i+1)] != "":
		return partOfDay(match{end: i + 2, val: shift(s.anchor, day, 0)}, partsOfDay[s.w(i+1)])
	case w == "last" && s.w(i+1) == "night":
		return partOfDay(match{end: i + 2, val: shift(s.anchor, day, -1)}, "NI")
	}
	return match{}
}

// withPartOfDay extends a day's match by a part of the day that follows
// it: "Friday night", "yesterday afternoon".
func (s *scanner) withPartOfDay(m match, j int) match {
	if code := partsOfDay[s.w(j)]; code != "" {
		m.end = j + 1
		return partOfDay(m, code)
	}
	return m
}

// partOfDay makes a day's match the TIME of a part of that day.
func partOfDay(m match, code string) match {
	m.typ = newsgraph.TimexTime
	if m.val.ok {
		m.val.value += "T" + code
	}
	return m
}

// shifters are the words that point a named unit or day away from the
// anchor's, and where they point: "last week", "next Friday", "the
// previous day", "this summer".
var shifters = map[string]direction{
	"this": nearest, "last": before, "next": after, "previous": before,
	"following": after, "current": nearest, "coming": after, "past": before,
	"latest": before,
}

// named reads a shifter and a unit, weekday, month or season: "last
// year", "this week", "next Friday", "this past spring", "the previous
// day", "last April", "this coming Sunday", "the past year", "the current
// fiscal year".
func named(s *scanner, i int) match {
	j := i
	the := s.w(j) == "the"
	if the {
		j++
	}
	word := s.w(j)
	dir, ok := shifters[word]
	if !ok || the && word == "this" {
		return match{}
	}
	if word == "this" && (s.w(j+1) == "past" || s.w(j+1) == "coming") {
		j++
		dir = shifters[s.w(j)]
	}
	j = s.skip(j+1, "fiscal")
	if u, ok := unitWords[s.w(j)]; ok && !plural(s.w(j)) && u >= day {
		return s.namedUnit(j, u, dir)
	}
	if the && (word == "last" || word == "past") {
		return match{} // "the last two weeks" is a duration
	}
	if wd, ok := weekdays[s.w(j)]; ok {
		if dir == nearest {
			dir = s.weekdayDir(i)
		}
		m := match{end: j + 1, typ: newsgraph.TimexDate, val: weekdayValue(s.anchor, wd, dir)}
		return s.withPartOfDay(m, j+1)
	}
	if m, ok := s.monthAt(j); ok {
		return match{end: j + 1, typ: newsgraph.TimexDate, val: s.yearly(word, dir, func(y int) resolved {
			return yearOK(y, fmt.Sprintf("%04d-%02d", y, m))
		}, monthValue(s.anchor, m, dir))}
	}
	if se, ok := seasons[s.w(j)]; ok {
		return match{end: j + 1, typ: newsgraph.TimexDate, val: s.yearly(word, dir, func(y int) resolved {
			return yearOK(y, fmt.Sprintf("%04d-%s", y, se.code))
		}, seasonValue(s.anchor, se.code, se.order, dir))}
	}
	return match{}
}

// yearly resolves a month or season after a shifter: "this September"
// is the anchor year's, read in February or in October; after the other
// shifters ("last April", "the coming spring") the nearest one before or
// after the anchor, relative, is meant.
func (s *scanner) yearly(word string, dir direction, in func(y int) resolved, relative resolved) resolved {
	if word != "this" || dir != nearest {
		return relative
	}
	if s.anchor.IsZero() {
		return unknown("XXXX" + in(2000).value[4:])
	}
	return in(s.anchor.Year())
}

// namedUnit resolves "last week", "this year", "the following day".
func (s *scanner) namedUnit(j int, u unit, dir direction) match {
	n := 0
	switch dir {
	case before:
		n = -1
	case after:
		n = 1
	}
	if u == day && n == 0 {
		return match{} // "this day", "the current day"
	}
	m := match{end: j + 1, typ: newsgraph.TimexDate, val: shift(s.anchor, u, n)}
	return m
}

// bareWeekday reads "Friday", "Friday night", "the weekend".
func bareWeekday(s *scanner, i int) match {
	w := s.w(i)
	if wd, ok := weekdays[w]; ok && (s.capital(i) || len(w) > 4) {
		m := match{end: i + 1, typ: newsgraph.TimexDate, val: weekdayValue(s.anchor, wd, s.weekdayDir(i))}
		return s.withPartOfDay(m, i+1)
	}
	if w == "the" && s.w(i+1) == "weekend" {
		return match{end: i + 2, typ: newsgraph.TimexDate, val: s.weekend(i)}
	}
	return match{}
}

// weekend is the weekend a bare "the weekend" means: the last one, or the
// next when the sentence speaks of the future.
func (s *scanner) weekend(i int) resolved {
	if s.anchor.IsZero() {
		return unknown(unknownAt(weekend))
	}
	wd := isoWeekday(s.anchor)
	switch {
	case wd >= 6, s.tenseAt(i) == future:
		return shift(s.anchor, weekend, 0)
	}
	return shift(s.anchor, weekend, -1)
}

// agoWords end a shift back from the anchor; laterWords a shift ahead.
// "Three days later" and "30 days before" are not among them: they count
// from another event, and TimeML marks only "three days" as a duration.
var (
	agoWords   = map[string]bool{"ago": true, "earlier": true}
	laterWords = map[string]bool{"hence": true}
)

// ago reads "two weeks ago", "a year earlier", "a week or so ago", "years
// ago", "two years from now".
func ago(s *scanner, i int) match {
	n, j, ok := s.count(i, true)
	if !ok {
		n, j = vague, i // "years ago"
	}
	u, ok := unitWords[s.w(j)]
	if !ok || u == weekend || n == vague && !plural(s.w(j)) {
		return match{}
	}
	j++
	if s.w(j) == "or" && s.w(j+1) == "so" {
		j += 2
	}
	sign := 0
	switch {
	case agoWords[s.w(j)]:
		sign = -1
	case laterWords[s.w(j)]:
		sign = 1
	case s.w(j) == "from" && s.w(j+1) == "now":
		sign, j = 1, j+1
	default:
		return match{}
	}
	if n == vague {
		ref := "PAST_REF"
		if sign > 0 {
			ref = "FUTURE_REF"
		}
		return match{end: j + 1, typ: newsgraph.TimexDate, val: known(ref)}
	}
	return match{end: j + 1, typ: dateOrTime(u), val: s.shiftFromContext(u, sign*n), derived: u == year}
}

// shiftFromContext shifts by n units from the anchor, or, for whole years
// in an article that has named a quarter, from that quarter: "net rose in
// the third quarter; a year earlier it fell" means the third quarter of
// the year before, as results are compared.
func (s *scanner) shiftFromContext(u unit, n int) resolved {
	switch {
	case u != year || n != 1 && n != -1:
	case s.sentenceDate != "":
		y, _ := strconv.Atoi(s.sentenceDate[:4])
		return yearOK(y+n, fmt.Sprintf("%04d%s", y+n, s.sentenceDate[4:]))
	case s.lastQuarter != "":
		return shiftQuarter(s.lastQuarter, 4*n)
	}
	if u == hour || u == minute || u == second {
		u = day
		n = 0
	}
	return shift(s.anchor, u, n)
}
