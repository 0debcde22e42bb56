package timex

import "time"

// months maps English month names and their news abbreviations to months.
// "may" and "march" are also ordinary words; monthAt asks more of them.
var months = map[string]time.Month{
	"january": 1, "jan.": 1, "jan": 1,
	"february": 2, "feb.": 2, "feb": 2,
	"march": 3, "mar.": 3,
	"april": 4, "apr.": 4, "apr": 4,
	"may":  5,
	"june": 6, "jun.": 6,
	"july": 7, "jul.": 7,
	"august": 8, "aug.": 8, "aug": 8,
	"september": 9, "sept.": 9, "sep.": 9, "sept": 9,
	"october": 10, "oct.": 10, "oct": 10,
	"november": 11, "nov.": 11, "nov": 11,
	"december": 12, "dec.": 12, "dec": 12,
}

// weekdays maps day names and abbreviations to ISO weekday numbers
// (Monday 1 ... Sunday 7), as TIMEX3 writes them in "XXXX-WXX-3".
var weekdays = map[string]int{
	"monday": 1, "mon.": 1, "tuesday": 2, "tues.": 2, "tue.": 2,
	"wednesday": 3, "wed.": 3, "thursday": 4, "thurs.": 4, "thu.": 4,
	"friday": 5, "fri.": 5, "saturday": 6, "sat.": 6, "sunday": 7, "sun.": 7,
}

// seasons maps season names to their TIMEX3 codes and their order in the
// year, winter first, so that "last summer" can tell whether this year's
// summer is over.
var seasons = map[string]struct {
	code  string
	order int
}{
	"winter": {"WI", 0}, "spring": {"SP", 1}, "summer": {"SU", 2},
	"fall": {"FA", 3}, "autumn": {"FA", 3},
}

// partsOfDay maps parts of the day to TIMEX3 codes, for "Friday night".
var partsOfDay = map[string]string{
	"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
}

// ordinals maps ordinal words and numerals to numbers, for "the third
// quarter" and "March eighth".
var ordinals = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
	"seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
	"twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
	"sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
	"twentieth": 20, "thirtieth": 30,
}

// units are the calendar units a duration or a relative date counts in.
type unit int

const (
	noUnit unit = iota
	second
	minute
	hour
	day
	week
	weekend
	month
	quarter
	half
	year
	decade
	century
)

// unitWords maps unit nouns, singular and plural, to units.
var unitWords = map[string]unit{
	"second": second, "seconds": second, "minute": minute, "minutes": minute,
	"hour": hour, "hours": hour, "day": day, "days": day,
	"week": week, "weeks": week, "weekend": weekend, "weekends": weekend,
	"month": month, "months": month, "quarter": quarter, "quarters": quarter,
	"year": year, "years": year, "decade": decade, "decades": decade,
	"century": century, "centuries": century,
}

// durationCode is the TIMEX3 designator of each unit in a duration
// ("P2W", "PT3H"); time units take the T. Decades and centuries are E and
// C, as TimeBank writes them ("P1E", "PXC").
var durationCode = map[unit]string{
	second: "TS", minute: "TM", hour: "TH", day: "D", week: "W", weekend: "WE",
	month: "M", quarter: "Q", half: "H", year: "Y", decade: "E", century: "C",
}

// setAdverbs are the adverbs of frequency TIMEX3 marks as sets, with the
// value TimeBank gives each: the calendar unit that recurs, its digits X.
// "Quarterly" is left out: it is mostly an adjective ("quarterly
// dividend") that names no time.
var setAdverbs = map[string]string{
	"hourly": "PT1H", "daily": "XXXX-XX-XX", "nightly": "XXXX-XX-XXTNI", "weekly": "XXXX-WXX",
	"monthly": "XXXX-XX", "annually": "XXXX", "yearly": "XXXX",
}

// refWords are the words that refer to the present, the past or the future
// as a whole. "Previously" and "formerly" are left out: TimeBank marks them
// seldom, as they mostly order events rather than date them. "Current" is
// in ("current prices" are today's), "recent" out: on TimeBank it was
// more often left unmarked than marked.
var refWords = map[string]string{
	"now": "PRESENT_REF", "currently": "PRESENT_REF", "nowadays": "PRESENT_REF",
	"presently": "PRESENT_REF", "recently": "PAST_REF", "lately": "PAST_REF",
	"soon": "FUTURE_REF", "current": "PRESENT_REF",
}

// timeZones are the zones news writes after a clock time.
var timeZones = map[string]bool{
	"est": true, "edt": true, "cst": true, "cdt": true, "mst": true, "mdt": true,
	"pst": true, "pdt": true, "gmt": true, "utc": true, "bst": true, "cet": true,
}
