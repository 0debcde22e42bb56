package timex

import "strings"

// futureCues before a bare name make it point ahead: "will meet Friday".
var futureCues = map[string]bool{
	"will": true, "'ll": true, "wo": true, "shall": true, "scheduled": true, "until": true,
	"expected": true, "expects": true, "plans": true, "planned": true, "next": true,
}

// pastCues before a bare name make it point back: "said Friday".
var pastCues = map[string]bool{
	"said": true, "was": true, "were": true, "had": true, "did": true, "told": true,
	"rose": true, "fell": true, "began": true, "came": true, "took": true, "made": true,
	"met": true, "left": true, "won": true, "lost": true, "sold": true, "bought": true,
	"went": true, "saw": true, "since": true, "ago": true,
}

// tenseWindow is how many tokens before an expression tenseAt reads: the
// verb a date modifies is near it in news prose, and a cue further back
// often belongs to another clause.
const tenseWindow = 8

// tenseAt is the direction the words before token i give a bare name:
// future after "will" or "next", past after "said" or a verb in -ed,
// nearest when they say nothing.
func (s *scanner) tenseAt(i int) direction {
	for k := i - 1; k >= s.first && k >= i-tenseWindow; k-- {
		w := s.words[k]
		switch {
		case futureCues[w] || w == "going" && s.w(k+1) == "to":
			return future
		case pastCues[w] || len(w) > 4 && strings.HasSuffix(w, "ed"):
			return past
		}
	}
	return nearest
}

// weekdayDir is the direction of a bare weekday at i: past unless the
// words before it speak of the future, as news mostly reports what
// happened.
func (s *scanner) weekdayDir(i int) direction {
	if s.tenseAt(i) == future {
		return future
	}
	return past
}
