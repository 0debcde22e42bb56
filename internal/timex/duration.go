package timex

import (
	"strings"

	"github.com/newsgraph/newsgraph"
)

// durationLeads may stand between "the" and a duration's count: "the past
// three months", "the first nine months", "the next few days".
var durationLeads = map[string]bool{
	"past": true, "last": true, "next": true, "first": true, "coming": true, "previous": true,
	"following": true, "final": true, "latest": true, "initial": true, "same": true, "remaining": true,
}

// unitAdjectives may stand between a count and its unit: "eight trading
// days", "10 more years", "an additional year".
var unitAdjectives = map[string]bool{
	"trading": true, "business": true, "working": true, "calendar": true, "straight": true,
	"consecutive": true, "more": true, "additional": true, "full": true, "whole": true,
}

// duration reads "two weeks", "210 years", "the past three months", "a
// couple of years", "several years", "two-year", "the next 12 to 18
// months", "years", "recent years", "the coming weeks".
func duration(s *scanner, i int) match {
	j := i
	the := s.w(j) == "the"
	if the {
		j++
	}
	lead := s.w(j)
	if durationLeads[lead] || lead == "recent" || lead == "coming" {
		j++
	} else {
		lead = ""
	}
	n, k, counted := s.count(j, !the)
	fraction := counted && s.w(k) == "1/2"
	if fraction {
		k++
	} else if counted {
		k = s.rangeEnd(k, &n)
	} else {
		n, k = vague, j
	}
	for unitAdjectives[s.w(k)] {
		k++
	}
	hyphen := counted && s.w(k) == "-"
	if hyphen {
		k++
		if the && lead == "" {
			return match{} // "the 30-day period": the article goes with the noun; "30-day" is read next
		}
	}
	u, ok := unitWords[s.w(k)]
	if !ok || u == weekend || !s.countFits(n, counted, k, u, lead) {
		return match{}
	}
	end := k + 1
	if !hyphen && s.w(end) == "-" {
		return match{} // "a year-earlier rise": the unit opens a compound
	}
	withHalf := fraction || !hyphen && s.phraseAt(end, []string{"and", "a", "half"})
	if withHalf && !fraction {
		end += 3
	}
	if !counted {
		if ref := vagueRef(lead, u); ref != "" {
			return match{end: end, typ: newsgraph.TimexDate, val: known(ref)}
		}
	}
	v := durationValue(n, u)
	if withHalf && n != vague {
		v = andAHalf(n, u)
	}
	return match{end: end, typ: newsgraph.TimexDuration, val: known(v)}
}

// halves are half of each unit in the next smaller one, for "2 1/2
// years" (P2Y6M) and "a minute and a half" (PT1M30S).
var halves = map[unit]string{
	year: "6M", month: "15D", week: "3DT12H", day: "T12H", hour: "30M", minute: "30S",
}

// andAHalf writes n and a half units.
func andAHalf(n int, u unit) string {
	h, ok := halves[u]
	if !ok {
		return durationValue(n, u)
	}
	v := durationValue(n, u)
	if h[0] == 'T' && strings.Contains(v, "T") {
		h = h[1:]
	}
	return v + h
}

// rangeEnd reads the second count of "two to three", "12 to 18", "one or
// two" after a first one, which makes the count vague.
func (s *scanner) rangeEnd(k int, n *int) int {
	if w := s.w(k); w == "to" || w == "or" || w == "-" {
		if _, end, ok := s.count(k+1, false); ok {
			*n = vague
			return end
		}
	}
	return k
}

// countFits rejects readings that are no durations: "a second" and "a
// quarter" are ordinals and fractions more often than spans of time; a
// bare unit is a duration only in the plural ("years", not "year").
func (s *scanner) countFits(n int, counted bool, k int, u unit, lead string) bool {
	w := s.w(k)
	switch {
	case !counted:
		return plural(w) && (u >= day || lead != "")
	case n == 1 && s.w(k-1) != "one" && (u == second || u == quarter):
		return false
	case n >= 1000 && !plural(w):
		return false // "the 1988 quarter" is a year's quarter
	}
	return true
}

// vagueRef is the value of an uncounted plural after "recent" or
// "coming": "recent years" is the past, "the coming months" the future.
func vagueRef(lead string, u unit) string {
	switch lead {
	case "recent", "past":
		if u == year || u == day {
			return "PAST_REF"
		}
	case "coming":
		return "FUTURE_REF"
	}
	return ""
}

// durationValue writes n units as a TIMEX3 duration: "P2W", "PT3H", "PXY".
// Quarters are written as months ("P9M"), as TimeBank does.
func durationValue(n int, u unit) string {
	if u == quarter {
		u = month
		if n != vague {
			n *= 3
		}
	}
	code := durationCode[u]
	if code[0] == 'T' {
		return "PT" + countString(n) + code[1:]
	}
	return "P" + countString(n) + code
}
