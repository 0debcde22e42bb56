package tag

import (
	"strings"
)

// Lemmatizer gives the dictionary form of a tagged word: from a lexicon
// learned from a treebank's lemma column where the word was seen with its
// tag, else by suffix rules for the tag. The lexicon keeps only the entries
// the rules get wrong, which keeps it small.
type Lemmatizer struct {
	Lexicon map[string]string `json:"lexicon"` // lower(word) + "\t" + XPOS -> lemma
}

// Lemma returns the lemma of word tagged xpos.
func (l *Lemmatizer) Lemma(word, xpos string) string {
	lower := strings.ToLower(word)
	if lem, ok := l.Lexicon[lower+"\t"+xpos]; ok {
		return lem
	}
	return ruleLemma(word, lower, xpos)
}

// ruleLemma strips inflection by tag. Proper nouns keep their case; other
// words are lower-cased.
func ruleLemma(word, lower, xpos string) string {
	switch xpos {
	case "NNP":
		return word
	case "NNPS":
		return strings.TrimSuffix(word, "s")
	case "NNS":
		return plural(lower)
	case "VBZ":
		return thirdPerson(lower)
	case "VBD", "VBN":
		return past(lower)
	case "VBG":
		return gerund(lower)
	case "JJR", "RBR":
		return comparative(lower, "er")
	case "JJS", "RBS":
		return comparative(lower, "est")
	}
	return lower
}

func plural(w string) string {
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "ches"), strings.HasSuffix(w, "shes"), strings.HasSuffix(w, "sses"),
		strings.HasSuffix(w, "xes"), strings.HasSuffix(w, "zes"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "ss"), strings.HasSuffix(w, "us"), strings.HasSuffix(w, "is"):
		return w
	case strings.HasSuffix(w, "s") && len(w) > 2:
		return w[:len(w)-1]
	}
	return w
}

func thirdPerson(w string) string {
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "ches"), strings.HasSuffix(w, "shes"), strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "xes"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "s") && len(w) > 2:
		return w[:len(w)-1]
	}
	return w
}

func past(w string) string {
	switch {
	case strings.HasSuffix(w, "lled") && len(w) > 6:
		return undoubleL(w[:len(w)-2])
	case strings.HasSuffix(w, "ied") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "ed") && len(w) > 4 && w[len(w)-3] == w[len(w)-4] && !strings.ContainsRune("lsz", rune(w[len(w)-3])):
		return w[:len(w)-3] // stopped -> stop
	case strings.HasSuffix(w, "eed"):
		return w[:len(w)-1]
	case strings.HasSuffix(w, "ed") && len(w) > 3:
		stem := w[:len(w)-2]
		if needsE(stem) {
			return stem + "e"
		}
		return stem
	}
	return w
}

func gerund(w string) string {
	if !strings.HasSuffix(w, "ing") || len(w) < 5 {
		return w
	}
	stem := w[:len(w)-3]
	n := len(stem)
	if strings.HasSuffix(stem, "ll") && n > 4 {
		return undoubleL(stem)
	}
	if n > 2 && stem[n-1] == stem[n-2] && !strings.ContainsRune("lsz", rune(stem[n-1])) {
		return stem[:n-1] // running -> run
	}
	if needsE(stem) {
		return stem + "e"
	}
	return stem
}

// undoubleL gives the verb of a stem ending in a doubled l, which stays
// doubled after one vowel ("called", "spelled", "killed") and is the
// spelling of an inflection after two or more, as British and much
// American writing double a final l ("signalled", "labelled",
// "controlled", "compelled"), except in the verbs that end in ll
// themselves ("recalled", "installed").
func undoubleL(stem string) string {
	if llVerbs[stem] || syllables(stem[:len(stem)-2]) < 1 {
		return stem
	}
	return stem[:len(stem)-1]
}

// llVerbs are verbs of several syllables whose own last letters are ll.
var llVerbs = map[string]bool{"recall": true, "install": true, "enthrall": true, "forestall": true, "befall": true,
	"fulfill": true, "distill": true, "instill": true, "enroll": true, "outsell": true, "foretell": true, "retell": true,
	"resell": true, "refill": true, "downhill": true, "overkill": true, "uphill": true, "snowball": true, "stonewall": true}

// syllables counts the vowel groups of s before its last vowel group: the
// syllables before the one a final "ll" closes ("signa" → 1, "ca" → 0,
// "spe" → 0). A "u" after "q" is no vowel.
func syllables(s string) int {
	groups, in := 0, false
	for i := 0; i < len(s); i++ {
		v := isVowel(s[i]) && !(s[i] == 'u' && i > 0 && s[i-1] == 'q')
		if v && !in {
			groups++
		}
		in = v
	}
	return groups - 1
}

// needsE guesses whether a stem lost a final e: -v, -c, -g, -z or -s after
// a vowel (move, face, praise, use), -at, -ut or -ir after a consonant
// (create, execute, require; not air, chair, repair), and consonant-vowel-consonant endings of a
// short word (vote, hope).
func needsE(stem string) bool {
	n := len(stem)
	if n < 2 {
		return false
	}
	last, prev := stem[n-1], stem[n-2]
	switch {
	case strings.ContainsRune("vcgzs", rune(last)) && isVowel(prev):
		return !strings.HasSuffix(stem, "ss")
	case n > 3 && (strings.HasSuffix(stem, "at") || strings.HasSuffix(stem, "ut")) && !isVowel(stem[n-3]):
		return true
	case strings.HasSuffix(stem, "ir") && !vowelBeforeI(stem) || strings.HasSuffix(stem, "rg"):
		return true
	case n > 3 && last == 'n' && prev == 'i' && !isVowel(stem[n-3]):
		return true // declin(e), combin(e), examin(e)
	case n > 3 && last == 'd' && isVowel(prev) && prev != 'a' && !isVowel(stem[n-3]):
		return true // decid(e), includ(e), conced(e); not need, avoid
	case n > 3 && last == 'l' && strings.ContainsRune("tdbgpkfz", rune(prev)):
		return true // rattl(e), singl(e), doubl(e), titl(e)
	case n > 3 && last == 'c' && prev == 'n':
		return true // announc(e), referenc(e)
	case n > 2 && last == 'u':
		return true // queu(e), rescu(e), pursu(e): no English verb ends in u
	}
	return n <= 4 && !isVowel(last) && isVowel(prev) && (n < 3 || !isVowel(stem[n-3])) && !strings.ContainsRune("wxy", rune(last))
}

// vowelBeforeI: a stem ending in -ir has a vowel before the i ("air",
// "repair"), a u after q counting for none ("requir").
func vowelBeforeI(stem string) bool {
	n := len(stem)
	return n >= 3 && isVowel(stem[n-3]) && !(stem[n-3] == 'u' && n >= 4 && stem[n-4] == 'q')
}

func isVowel(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }

func comparative(w, suf string) string {
	if !strings.HasSuffix(w, suf) || len(w) <= len(suf)+2 {
		return w
	}
	stem := w[:len(w)-len(suf)]
	n := len(stem)
	switch {
	case stem[n-1] == 'i':
		return stem[:n-1] + "y"
	case n > 2 && stem[n-1] == stem[n-2]:
		return stem[:n-1]
	case needsE(stem):
		return stem + "e"
	}
	return stem
}

// LearnLemmas builds the lexicon: (word, XPOS) pairs whose most frequent
// lemma differs from what the rules give.
func LearnLemmas(words, xpos, lemmas []string) *Lemmatizer {
	counts := map[string]map[string]int{}
	for i := range words {
		inc(counts, strings.ToLower(words[i])+"\t"+xpos[i], lemmas[i])
	}
	l := &Lemmatizer{Lexicon: map[string]string{}}
	for key, c := range counts {
		lower, tg, _ := strings.Cut(key, "\t")
		lem := majority(c)
		if tg == "NNP" || tg == "NNPS" {
			continue // proper nouns keep their own case; the rule is right
		}
		if lem != ruleLemma(lower, lower, tg) {
			l.Lexicon[key] = lem
		}
	}
	return l
}
