package timex

// triggers are the words an expression or a modifier before it can start
// with. Find tries the matchers only at tokens among them (or starting with
// a digit or an apostrophe: "1998", "'90s"), which skips most tokens of a
// text at the cost of one lookup: the matchers dominate the stage's time.
var triggers = buildTriggers()

// openers are the words a matcher keys on that no lexicon lists.
var openers = []string{
	"the", "that", "this", "a", "an", "every", "each", "once", "twice", "per",
	"noon", "midnight", "fiscal", "tonight", "overnight", "comparable", "same",
	"right", "these", "year", "recent", "coming", "half", "couple", "past",
}

func buildTriggers() map[string]bool {
	t := map[string]bool{}
	for _, w := range openers {
		t[w] = true
	}
	for _, p := range modifierPhrases {
		t[p.words[0]] = true
	}
	for _, p := range refPhrases {
		t[p.words[0]] = true
	}
	addKeys(t, months)
	addKeys(t, weekdays)
	addKeys(t, seasons)
	addKeys(t, partsOfDay)
	addKeys(t, ordinals)
	addKeys(t, unitWords)
	addKeys(t, setAdverbs)
	addKeys(t, refWords)
	addKeys(t, smallNumbers)
	addKeys(t, tens)
	addKeys(t, vagueCounts)
	addKeys(t, decadeWords)
	addKeys(t, deicticDays)
	addKeys(t, shifters)
	addKeys(t, durationLeads)
	addKeys(t, unitAdjectives)
	addKeys(t, lastReported)
	addKeys(t, yearShift)
	return t
}

func addKeys[V any](t map[string]bool, m map[string]V) {
	for w := range m {
		t[w] = true
	}
}

// mayStart reports whether an expression may start at token i.
func (s *scanner) mayStart(i int) bool {
	w := s.words[i]
	return triggers[w] || w != "" && (w[0] >= '0' && w[0] <= '9' || w[0] == '\'')
}
