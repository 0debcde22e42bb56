package timex

import "github.com/newsgraph/newsgraph"

// refPhrases refer to the present, the past or the future as a whole.
var refPhrases = []struct {
	words []string
	value string
}{
	{[]string{"right", "now"}, "PRESENT_REF"},
	{[]string{"these", "days"}, "PRESENT_REF"},
	{[]string{"the", "past"}, "PAST_REF"},
	{[]string{"past", "years"}, "PAST_REF"},
	{[]string{"the", "future"}, "FUTURE_REF"},
	{[]string{"the", "near", "future"}, "FUTURE_REF"},
	{[]string{"the", "distant", "future"}, "FUTURE_REF"},
	{[]string{"the", "foreseeable", "future"}, "FUTURE_REF"},
}

// reference reads "now", "recently", "the future", "these days".
func reference(s *scanner, i int) match {
	if v, ok := refWords[s.w(i)]; ok {
		return match{end: i + 1, typ: newsgraph.TimexDate, val: known(v)}
	}
	var best match
	for _, p := range refPhrases {
		if i+len(p.words) > best.end && s.phraseAt(i, p.words) {
			best = match{end: i + len(p.words), typ: newsgraph.TimexDate, val: known(p.value)}
		}
	}
	return best
}

// anaphoric reads "that year", the year last named; "the full year" and
// "the fiscal year", the anchor's; and "year-end", "year end", "year's
// end", the end of the anchor's year.
func anaphoric(s *scanner, i int) match {
	if s.w(i) == "that" && s.w(i+1) == "year" && s.lastYear != "" {
		return match{end: i + 2, typ: newsgraph.TimexDate, val: known(s.lastYear)}
	}
	if s.w(i) == "the" && (s.w(i+1) == "full" || s.w(i+1) == "fiscal") && s.w(i+2) == "year" {
		return match{end: i + 3, typ: newsgraph.TimexDate, val: shift(s.anchor, year, 0)}
	}
	if s.w(i) == "the" && s.w(i+1) == "year" && s.w(i+2) != "-" {
		if s.w(i-1) == "for" {
			return match{end: i + 2, typ: newsgraph.TimexDuration, val: known("P1Y")} // results "for the year"
		}
		return match{end: i + 2, typ: newsgraph.TimexDate, val: shift(s.anchor, year, 0)}
	}
	if s.w(i) != "year" {
		return match{}
	}
	j := i + 1
	if w := s.w(j); w == "-" || w == "'s" {
		j++
	}
	if s.w(j) != "end" {
		return match{}
	}
	return match{end: j + 1, typ: newsgraph.TimexDate, val: shift(s.anchor, year, 0)}
}
