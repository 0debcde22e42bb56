package segment

import "strings"

// titles are abbreviations that precede a name and so never end a sentence.
var titles = set("Mr Mrs Ms Messrs Dr Prof Gen Sen Rep Gov Lt Col Maj Capt Sgt Cpl Pvt Adm Cmdr Cdr " +
	"Rev Hon Pres Supt Atty Gov Amb Brig Fr Sr Sra Mme Mlle St Mt Ft Jan Feb Mar Apr Jun Jul Aug " +
	"Sep Sept Oct Nov Dec vs v cf Nos Vol Fig Figs No Art Sec Ch pp p approx ca")

// sentenceFinal are abbreviations that often end a sentence: after them a
// capitalised common word starts a new one.
var sentenceFinal = set("Inc Corp Co Ltd Bros Jr etc Ave Blvd Rd Dept Univ Assn Plc plc LLC Cos esp " +
	"Calif Ariz Fla Mass Penn Conn Ill Mich Minn Wash Colo Okla Tenn Va Ga Ky La Md Mo Nev Ore Wis Wyo " +
	"Ala Ark Del Kan Neb Vt Pa Miss Tex Mont Ida")

// sentenceStarters are capitalised words that, after an abbreviation such as
// "U.S." or "Inc.", signal a new sentence rather than a name.
var sentenceStarters = set("The A An This That These Those It He She They We I You There Here But And " +
	"Or So Yet In On At For From With By As If When While After Before Although Though Because Since " +
	"Its His Her Their Our My Your What Who Why How Where Which Some Many Most Several Both All Each " +
	"No Not Still Also Then Now However Meanwhile Instead Last Next One Two Three")

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// isAbbrev reports whether w, which ends in '.', keeps its period as part of
// the word: known abbreviations, initials (J.), and dotted initialisms (U.S.,
// a.m., Ph.D.).
func isAbbrev(w string) bool {
	stem := w[:len(w)-1]
	if stem == "" {
		return false
	}
	if titles[stem] || sentenceFinal[stem] {
		return true
	}
	// A party and state, "(D-Mo.)", "R-Ky.,": the state keeps its period.
	if i := strings.LastIndexByte(stem, '-'); i > 0 && sentenceFinal[stem[i+1:]] {
		return true
	}
	if len(stem) == 1 {
		return isAlnum(rune(stem[0])) && !isDigit(stem[0])
	}
	return isInitialism(stem)
}

// isInitialism reports whether stem is letters split by periods with no part
// longer than two letters: U.S, a.m, Ph.D, U.K.
func isInitialism(stem string) bool {
	parts := 0
	run := 0
	for i := 0; i < len(stem); i++ {
		c := stem[i]
		switch {
		case c == '.':
			if run == 0 {
				return false
			}
			parts++
			run = 0
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
			run++
			if run > 2 {
				return false
			}
		default:
			return false
		}
	}
	return parts >= 1 && run > 0
}

// neverEndsSentence reports whether an abbreviation token (with its period)
// is one that precedes a name or number: a title, a month, an initial.
func neverEndsSentence(tok string) bool {
	stem := tok[:len(tok)-1]
	return titles[stem] || len(stem) == 1
}

// clitics that Penn Treebank splits off the end of a word, lower-cased, with
// a straight apostrophe (curly ones are normalised before lookup).
var clitics = []string{"n't", "'s", "'re", "'ve", "'ll", "'d", "'m"}

// fusedWords are written as one word but tokenised as two (EWT convention).
var fusedWords = map[string]int{"cannot": 3, "gonna": 3, "wanna": 3, "gotta": 3, "Cannot": 3, "Gonna": 3}
