package timex

import (
	"strings"

	"github.com/newsgraph/newsgraph"
)

// modifierPhrases may precede an expression and belong to its extent, as
// TimeML marks them ("nearly two years", "early next year"); the value is
// the expression's own. endOf phrases ("the end of") may also take "the
// month", "the year"... as the current one.
var modifierPhrases = []struct {
	words []string
	endOf bool
}{
	{[]string{"about"}, false}, {[]string{"around"}, false},
	{[]string{"nearly"}, false}, {[]string{"almost"}, false},
	{[]string{"approximately"}, false}, {[]string{"roughly"}, false},
	{[]string{"early"}, false}, {[]string{"late"}, false},
	{[]string{"earlier"}, false}, {[]string{"later"}, false},
	{[]string{"sometime"}, false}, {[]string{"mid"}, false}, {[]string{"mid", "-"}, false},
	{[]string{"more", "than"}, false}, {[]string{"less", "than"}, false},
	{[]string{"fewer", "than"}, false}, {[]string{"at", "least"}, false},
	{[]string{"at", "most"}, false}, {[]string{"up", "to"}, false},
	{[]string{"no", "more", "than"}, false},
	{[]string{"the", "end", "of"}, true}, {[]string{"the", "beginning", "of"}, true},
	{[]string{"the", "start", "of"}, true}, {[]string{"the", "middle", "of"}, true},
	{[]string{"the", "turn", "of"}, true}, {[]string{"the", "close", "of"}, true},
	{[]string{"end", "of"}, true},
}

// modifier returns the token after the longest modifier phrase at i (i
// when there is none), and whether it was an endOf phrase.
func (s *scanner) modifier(i int) (next int, endOf bool) {
	next = i
	for _, p := range modifierPhrases {
		if len(p.words) > next-i && s.phraseAt(i, p.words) {
			next, endOf = i+len(p.words), p.endOf
		}
	}
	return next, endOf
}

// phraseAt reports whether the tokens from i are words.
func (s *scanner) phraseAt(i int, words []string) bool {
	for k, w := range words {
		if s.w(i+k) != w {
			return false
		}
	}
	return true
}

// currentUnit reads "the month", "the year"... after "the end of": the
// unit the anchor is in.
func currentUnit(s *scanner, i int) match {
	if s.w(i) != "the" {
		return match{}
	}
	u := unitWords[s.w(i+1)]
	if u < day || plural(s.w(i+1)) {
		return match{}
	}
	return match{end: i + 2, typ: dateOrTime(u), val: shift(s.anchor, u, 0)}
}

// plural reports whether a unit noun is plural ("years", "centuries").
func plural(w string) bool { return strings.HasSuffix(w, "s") }

func dateOrTime(u unit) newsgraph.TimexType {
	if u < day {
		return newsgraph.TimexTime
	}
	return newsgraph.TimexDate
}
