package situate

import (
	"regexp"
	"time"

	"github.com/newsgraph/newsgraph"
)

// calendarDate matches the values an event date can take: a day, a month
// or a year ("2023-09-13", "2023-09", "2023"), the front of a TIME value
// included. Weeks, seasons, quarters and vague references ("PAST_REF")
// name no date a store can sort by.
var calendarDate = regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2})?)?`)

// Date is when the event with verb token v happened: the value of a DATE
// or TIME expression the verb governs ("fired two missiles on Wednesday"),
// with the index of that expression; else the article's date and
// NoTimex; else "" and NoTimex.
func Date(d *newsgraph.Doc, s newsgraph.Sentence, v int) (string, int) {
	for k, t := range d.Times {
		if t.Type != newsgraph.TimexDate && t.Type != newsgraph.TimexTime || !s.Contains(t.Span) || t.Unresolved {
			continue
		}
		if date := calendarDate.FindString(t.Value); date != "" && attached(d, s, headOf(d, t.Span), v) {
			return date, k
		}
	}
	if !d.Meta.Published.IsZero() {
		return d.Meta.Published.Format(time.DateOnly), newsgraph.NoTimex
	}
	return "", newsgraph.NoTimex
}

// attached reports whether token i depends on the verb v through nominal
// and adverbial links only, without crossing into another clause: "on
// Wednesday" in "fired missiles on Wednesday" is the firing's, not the
// saying's that reports it.
func attached(d *newsgraph.Doc, s newsgraph.Sentence, i, v int) bool {
	for steps := 0; i >= s.FirstToken && i < s.EndToken && steps < maxClimb; steps++ {
		if i == v {
			return true
		}
		if steps > 0 && isVerb(d.Tokens[i]) {
			return false
		}
		i = d.Tokens[i].Head
	}
	return false
}
