package timex

import (
	"fmt"
	"strings"

	"github.com/newsgraph/newsgraph"
)

// clock reads a clock time and the day it may name: "3 p.m.", "10:30
// a.m. EST", "noon Saturday", "10 p.m. Wednesday", "3 p.m. EST, Nov. 1".
func clock(s *scanner, i int) match {
	h, mi, j, ok := s.clockAt(i)
	if !ok {
		return match{}
	}
	if timeZones[s.w(j)] {
		j++
	} else if s.w(j) == "local" && s.w(j+1) == "time" {
		j += 2
	}
	dayMatch := match{end: j, val: shift(s.anchor, day, 0)}
	k := s.skip(j, ",", "on")
	for _, try := range [...]matcher{calendarDate, bareWeekday, deictic} {
		if m := try(s, k); m.found() && m.typ == newsgraph.TimexDate && len(m.val.value) == 10 {
			dayMatch = m
			break
		}
	}
	v := dayMatch.val
	if v.ok {
		v.value += fmt.Sprintf("T%02d:%02d", h, mi)
	}
	return match{end: dayMatch.end, typ: newsgraph.TimexTime, val: v}
}

// clockAt reads the time itself: "3 p.m.", "10:30", "10:30 a.m.",
// "noon", "midnight", "five o'clock".
func (s *scanner) clockAt(i int) (h, mi, end int, ok bool) {
	switch s.w(i) {
	case "noon":
		return 12, 0, i + 1, true
	case "midnight":
		return 24, 0, i + 1, true
	}
	w := s.w(i)
	hs, ms, colon := strings.Cut(w, ":")
	h, okh := digits(hs)
	if colon {
		m, okm := digits(ms)
		if !okh || !okm || len(ms) != 2 || len(hs) > 2 || h > 24 || m > 59 {
			return 0, 0, 0, false
		}
		mi = m
	} else if !okh || len(hs) > 2 {
		if n, e, okw := s.wordNumber(i); okw && s.w(e) == "o'clock" {
			return n, 0, e + 1, n >= 1 && n <= 12
		}
		return 0, 0, 0, false
	}
	end = i + 1
	switch s.w(end) {
	case "a.m.", "am":
		if h == 12 {
			h = 0
		}
		end++
	case "p.m.", "pm":
		if h < 12 {
			h += 12
		}
		end++
	case "o'clock":
		end++
	default:
		if !colon {
			return 0, 0, 0, false
		}
	}
	return h, mi, end, h <= 24
}
