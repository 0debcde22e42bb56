package timex

import (
	"fmt"
	"strings"

	"github.com/newsgraph/newsgraph"
)

// times counts how often something recurs: "twice a year", "three times a
// week".
var timesWords = map[string]bool{"once": true, "twice": true}

// amountWords end an amount that "a year" may follow as a rate: "$5
// million a year", "100 barrels a day" reads as an amount when the token
// before "a" is a number or one of these.
var amountWords = map[string]bool{
	"million": true, "billion": true, "trillion": true, "dollars": true, "cents": true,
	"percent": true, "%": true, "barrels": true, "tons": true,
}

// set reads a recurring time: "every year", "each month", "every Monday",
// "each July", "Tuesday nights", "weekly", "twice a year", "per day", "$5
// a year".
func set(s *scanner, i int) match {
	w := s.w(i)
	if v, ok := setAdverbs[w]; ok {
		return match{end: i + 1, typ: newsgraph.TimexSet, val: known(v)}
	}
	if w == "every" || w == "each" {
		return s.every(i + 1)
	}
	if wd, ok := weekdays[w]; ok && s.capital(i) {
		if code := partsOfDay[strings.TrimSuffix(s.w(i+1), "s")]; code != "" && plural(s.w(i+1)) {
			return match{end: i + 2, typ: newsgraph.TimexSet, val: known(fmt.Sprintf("XXXX-WXX-%dT%s", wd, code))}
		}
	}
	j := i
	if timesWords[w] {
		j++
	} else if n, k, ok := s.count(i, false); ok && n > 0 && s.w(k) == "times" {
		j = k + 1
	}
	per := s.w(j)
	if per != "a" && per != "per" && per != "an" {
		return match{}
	}
	u, ok := unitWords[s.w(j+1)]
	if !ok || plural(s.w(j+1)) || u == quarter || u == second {
		return match{}
	}
	if j == i && per != "per" {
		if _, number := digits(s.w(i - 1)); !number && !amountWords[s.w(i-1)] {
			return match{}
		}
	}
	return match{end: j + 2, typ: newsgraph.TimexSet, val: known(durationValue(1, u))}
}

// every reads what follows "every" or "each": a unit, a count of units, a
// weekday, a month, a part of the day, a season.
func (s *scanner) every(j int) match {
	if s.w(j) == "other" {
		j++
	}
	if wd, ok := weekdays[s.w(j)]; ok {
		return match{end: j + 1, typ: newsgraph.TimexSet, val: known(fmt.Sprintf("XXXX-WXX-%d", wd))}
	}
	if m, ok := months[s.w(j)]; ok && s.capital(j) {
		return match{end: j + 1, typ: newsgraph.TimexSet, val: known(fmt.Sprintf("XXXX-%02d", m))}
	}
	if code := partsOfDay[s.w(j)]; code != "" {
		return match{end: j + 1, typ: newsgraph.TimexSet, val: known("XXXX-XX-XXT" + code)}
	}
	if se, ok := seasons[s.w(j)]; ok {
		return match{end: j + 1, typ: newsgraph.TimexSet, val: known("XXXX-" + se.code)}
	}
	n := 1
	if c, k, ok := s.count(j, false); ok && c > 0 {
		n, j = c, k
	}
	u, ok := unitWords[s.w(j)]
	if !ok || plural(s.w(j)) != (n > 1) {
		return match{}
	}
	v := durationValue(n, u)
	if u == quarter {
		v = "P" + countString(n) + "Q" // as TimeBank writes "every quarter"
	}
	return match{end: j + 1, typ: newsgraph.TimexSet, val: known(v)}
}
