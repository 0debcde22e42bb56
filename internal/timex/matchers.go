package timex

// matchers are tried at every token; the longest match wins and, between
// matches of one length, the earlier matcher (a rate, "$5 a year", before
// a duration, "a year").
var matchers = []matcher{
	set, clock, calendarDate, isoDate, yearDate, decadeDate, centuryDate,
	seasonDate, deictic, named, bareWeekday, ago, yearEarlier, quarterDate, duration,
	reference, anaphoric,
}
