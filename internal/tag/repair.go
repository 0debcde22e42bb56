package tag

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph"
)

// This file repairs the tags of the words that say whose a quotation or
// a report is, where the model, trained on web text, misreads them and
// the parse then loses the speaker: a verb of saying read as a noun, a
// name read as the word it looks like.

// sayingVerbAfter returns the present-tense verb of saying that closes
// the sentence after the quotation closing at token q and its speaker
// ("“We will appeal,” Husted notes.", "…,” the senator remarks in an
// email."), or -1. The tagger read "Husted notes" as a noun after a name,
// as in "the Husted notes", and the parse then lost the verb, so the
// quotation went to the speaker of the one before. Only a quotation that
// closes on a comma, a question or an exclamation mark asks for such a
// verb, and only a word of the closed list below, right after a name or a
// short noun phrase and before the sentence's end, a comma or a
// preposition, is taken for one.
func sayingVerbAfter(d *newsgraph.Doc, q int) int {
	if q < 1 || !clauseEnd[d.TokenText(q-1)] {
		return -1
	}
	for j := q + 1; j < len(d.Tokens) && j <= q+6; j++ {
		w := d.TokenText(j)
		if sayingVerbs[strings.ToLower(w)] && j > q+1 {
			if (j+1 == len(d.Tokens) || afterSayingVerb[strings.ToLower(d.TokenText(j+1))]) && !sayingLater(d, j+1) {
				return j
			}
			return -1
		}
		if !speakerWord(w) {
			return -1
		}
	}
	return -1
}

// speakerNameAfter returns the one capitalised word that names the
// speaker after the quotation closing at token q, the verb of saying
// after it and that verb's tag ("…,” Husted said.", "…,” Will wrote."),
// or -1. The tagger read a surname that looks like a word ("Husted" a
// participle, "Will" a modal, "From" a preposition, "Cuban" an adjective)
// as that word, and the parse then gave the verb no subject. Pronouns are
// left to the model ("…,” He said."), and so are the words the tag
// lexicon knows but never as a name ("…,” Officials said.", "Many said").
func speakerNameAfter(d *newsgraph.Doc, q int, mayBeName func(string) bool) (name, verb int, tag string) {
	n, v := q+1, q+2
	if q < 1 || !clauseEnd[d.TokenText(q-1)] || v >= len(d.Tokens) {
		return -1, -1, ""
	}
	w := d.TokenText(n)
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) || pronouns[strings.ToLower(w)] || d.Tokens[v].Start-d.Tokens[n].End != 1 || mayBeName != nil && !mayBeName(w) {
		return -1, -1, ""
	}
	tag, ok := namedSpeakerVerbs[strings.ToLower(d.TokenText(v))]
	if !ok || v+1 < len(d.Tokens) && !afterSayingVerb[strings.ToLower(d.TokenText(v+1))] && tag != "VBD" {
		return -1, -1, ""
	}
	return n, v, tag
}

// sayingLater: a verb of saying comes after token i in its sentence
// ("“…,” the analyst notes from March warned."): the word before it is
// a noun of its subject.
func sayingLater(d *newsgraph.Doc, i int) bool {
	for ; i < len(d.Tokens); i++ {
		w := strings.ToLower(d.TokenText(i))
		if w == "." || isQuoteMark(w) {
			return false
		}
		if _, ok := namedSpeakerVerbs[w]; ok || pastSaying[w] {
			return true
		}
	}
	return false
}

// speakerWord: w may be a word of the name or noun phrase that says
// whose a quotation was ("Ana Vos", "the party's spokesman", "she").
func speakerWord(w string) bool {
	if w == "" || isQuoteMark(w) || clauseEnd[w] || w == "." || w == ";" || w == ":" {
		return false
	}
	switch strings.ToLower(w) {
	case "in", "on", "at", "to", "of", "for", "with", "from", "and", "but", "or", "that", "who", "which":
		return false
	}
	return true
}

var (
	clauseEnd = map[string]bool{",": true, "?": true, "!": true}
	// sayingVerbs are verbs of saying in the third person present whose
	// form is also a plural noun's, the ones the tagger misreads there.
	sayingVerbs = map[string]bool{"notes": true, "remarks": true, "claims": true, "counters": true, "jokes": true,
		"quips": true, "tweets": true, "reports": true, "states": true, "comments": true, "answers": true, "replies": true,
		"recalls": true, "points": true, "cautions": true, "muses": true, "retorts": true, "posts": true, "writes": true,
		"explains": true, "adds": true, "argues": true, "warns": true, "insists": true, "says": true, "concludes": true,
		"continues": true, "asks": true, "admits": true, "observes": true, "predicts": true, "suggests": true,
		"wonders": true, "laughs": true, "sighs": true, "boasts": true, "complains": true, "concedes": true,
		"confirms": true, "declares": true, "vows": true, "promises": true, "pledges": true, "responds": true,
		"shouts": true, "yells": true, "whispers": true, "cries": true, "recounts": true, "reasons": true,
		"stresses": true, "urges": true, "demands": true, "scoffs": true, "snaps": true, "shrugs": true,
		"gushes": true}
	pronouns          = map[string]bool{"he": true, "she": true, "they": true, "we": true, "i": true, "it": true, "you": true}
	namedSpeakerVerbs = map[string]string{"said": "VBD", "told": "VBD", "added": "VBD", "wrote": "VBD", "explained": "VBD",
		"noted": "VBD", "recalled": "VBD", "argued": "VBD", "insisted": "VBD", "continued": "VBD", "tweeted": "VBD",
		"remarked": "VBD", "replied": "VBD", "answered": "VBD", "says": "VBZ", "tells": "VBZ", "adds": "VBZ", "writes": "VBZ",
		"explains": "VBZ", "notes": "VBZ"}
	afterSayingVerb = map[string]bool{".": true, ",": true, "!": true, "out": true, "in": true, "on": true,
		"at": true, "during": true, "after": true, "before": true, "via": true, "from": true, "to": true, "with": true}
)

// speakerBeforeSaying retags the word right before a verb of saying
// (most in the past, and "says"), which the model read as a verb, an adjective or a function
// word, as the noun the tag lexicon says it may also be: a capitalised
// word inside the sentence a proper noun ("Like a family member, Ebeling
// said …", "Ebeling" read as a participle), a word after a determiner a
// common noun ("…, the admiral said.", "admiral" read as an adjective).
// The parse then finds the verb's subject. Words the lexicon never saw as
// nouns ("the former said", "also said") keep the model's tag.
func (t *Tagger) speakerBeforeSaying(words, tags []string) {
	for i := 1; i+1 < len(words); i++ {
		if !pastSaying[words[i+1]] || !misreadSpeaker[tags[i]] {
			continue
		}
		r, _ := utf8.DecodeRuneInString(words[i])
		switch {
		case unicode.IsUpper(r) && t.mayBe(words[i], "NNP"):
			tags[i] = "NNP"
		case tags[i] == "JJ" && determiners[strings.ToLower(words[i-1])] && t.mayBe(words[i], "NN"):
			tags[i] = "NN"
		}
	}
}

// mayBeName: the tag lexicon has seen word as a proper noun, or has
// not seen it at all.
func (t *Tagger) mayBeName(word string) bool {
	return t.Ambiguity[strings.ToLower(word)] == 0 || t.mayBe(word, "NNP")
}

// mayBe: the tag lexicon has seen word with tag.
func (t *Tagger) mayBe(word, tag string) bool {
	c := slices.Index(t.Tags, tag)
	return c >= 0 && t.Ambiguity[strings.ToLower(word)]&(1<<c) != 0
}

var (
	pastSaying = map[string]bool{"said": true, "told": true, "added": true, "wrote": true, "explained": true,
		"noted": true, "argued": true, "insisted": true, "recalled": true, "warned": true, "testified": true,
		"acknowledged": true, "announced": true, "replied": true, "responded": true, "tweeted": true, "stated": true,
		"claimed": true, "confirmed": true, "continued": true, "says": true}
	misreadSpeaker = map[string]bool{"VBG": true, "VBN": true, "VB": true, "VBD": true, "VBP": true, "VBZ": true,
		"JJ": true, "IN": true, "MD": true, "RB": true}
	determiners = map[string]bool{"the": true, "a": true, "an": true, "this": true, "that": true, "his": true,
		"her": true, "their": true, "its": true, "our": true, "my": true, "your": true}
)

// verbAfterRatio tags the verb after a poll's ratio ("Six in 10 say he is
// decisive", "nine out of 10 think …") or share ("a third say …", "half
// believe …", "the majority want …"): the model read "10 say" as a number
// and a noun ("say" even an interjection), and the sentence lost its
// verb. "a say in", "a fifth say over" are the noun. known receives the
// tag.
func verbAfterRatio(words, known []string) {
	for i := 1; i < len(words); i++ {
		tag, ok := ratioVerbs[strings.ToLower(words[i])]
		if !ok || known[i] != "" {
			continue
		}
		inRatio := i >= 3 && strings.EqualFold(words[i-2], "in") && isNumber(words[i-1]) && isNumber(words[i-3])
		outOf := i >= 4 && strings.EqualFold(words[i-2], "of") && strings.EqualFold(words[i-3], "out") && isNumber(words[i-1]) && isNumber(words[i-4])
		if inRatio || outOf || pollShares[strings.ToLower(words[i-1])] && (i == 1 || shareOpeners[strings.ToLower(words[i-2])]) && !nounAfter(words, i) {
			known[i] = tag
		}
	}
}

// nounAfter: the word after share word i makes it a noun: "a say in",
// "minority support for", "the majority support of the caucus".
func nounAfter(words []string, i int) bool {
	if i+1 >= len(words) {
		return false
	}
	switch strings.ToLower(words[i+1]) {
	case "in", "over", "for", "of", "from", "among":
		return true
	}
	return false
}

// pollShares are the words for a part of those asked, after one of
// shareOpeners: "a third", "two-thirds", "the majority", "nearly half".
var (
	pollShares   = map[string]bool{"third": true, "thirds": true, "two-thirds": true, "quarter": true, "quarters": true, "half": true, "fifth": true, "fifths": true, "majority": true, "minority": true}
	shareOpeners = map[string]bool{"a": true, "one": true, "two": true, "three": true, "four": true, "the": true, "nearly": true, "almost": true,
		"about": true, "roughly": true, "over": true, "than": true}
)

// isNumber: w is written in digits or is a number's word up to ten.
func isNumber(w string) bool {
	if w == "" {
		return false
	}
	if strings.Trim(w, "0123456789") == "" {
		return true
	}
	return numberWords[strings.ToLower(w)]
}

var (
	ratioVerbs = map[string]string{"say": "VBP", "says": "VBZ", "said": "VBD", "think": "VBP", "believe": "VBP",
		"want": "VBP", "support": "VBP", "oppose": "VBP", "agree": "VBP", "expect": "VBP"}
	numberWords = map[string]bool{"one": true, "two": true, "three": true, "four": true, "five": true, "six": true,
		"seven": true, "eight": true, "nine": true, "ten": true}
)

// pastTenseAtEnd retags as a past tense the verb of reporting that closes
// a sentence after a comma and a noun phrase, which the model read as a
// participle ("…, costing exporters $40 million a week, the chamber of
// commerce estimated."): a participle describing the phrase would close
// nothing there, and as its verb the word says whose the clause before
// the comma is. A clause must come before the comma (a verb among its
// words).
func pastTenseAtEnd(words, tags []string) {
	n := len(words) - 1
	for n >= 0 && tags[n] == "." {
		n--
	}
	if n < 4 || tags[n] != "VBN" || !reportingPast[strings.ToLower(words[n])] {
		return
	}
	noun := false
	for i := n - 1; i > 0; i-- {
		switch t := tags[i]; {
		case t == ",":
			if noun && hasVerbTag(tags[:i]) {
				tags[n] = "VBD"
			}
			return
		case strings.HasPrefix(t, "NN"):
			noun = true
		case !nounPhraseTags[t]:
			return
		}
	}
}

func hasVerbTag(tags []string) bool {
	for _, t := range tags {
		if strings.HasPrefix(t, "VB") || t == "MD" {
			return true
		}
	}
	return false
}

// reportingPast are the verbs of reporting whose past tense and
// participle are one word, the ones a sentence may close on after its
// source ("…, the chamber estimated.").
var reportingPast = map[string]bool{"estimated": true, "reported": true, "noted": true, "added": true, "announced": true,
	"concluded": true, "calculated": true, "stated": true, "confirmed": true, "warned": true, "claimed": true,
	"explained": true, "predicted": true, "argued": true, "insisted": true, "recalled": true, "acknowledged": true,
	"suggested": true, "said": true, "found": true, "wrote": true}

// nounPhraseTags are the tags of a noun phrase's words, with a
// prepositional phrase ("the chamber of commerce").
var nounPhraseTags = map[string]bool{"DT": true, "JJ": true, "JJR": true, "JJS": true, "IN": true, "PRP$": true, "POS": true,
	"CD": true, "HYPH": true}

// accusedOf retags as a past tense the "accused" that a noun phrase and
// "of" follow, after a conjunction, a comma, a pronoun or a name ("… and
// accused opponents of putting politics first"): the model read an
// adjective ("the accused man"), and the verb and its accusation were
// lost. After a determiner or a common noun it stays what the model made
// of it ("the accused men of the crew", "a man accused of …"), and so does
// a passive's "accused by …" or "accused in …".
func accusedOf(words, tags []string) {
	for i := 1; i+2 < len(words); i++ {
		if !strings.EqualFold(words[i], "accused") || tags[i] != "JJ" || strings.EqualFold(words[i+1], "by") {
			continue // "accused by the government of …" is a passive
		}
		if p := tags[i-1]; p != "CC" && p != "," && p != "PRP" && p != "NNP" && p != "NNS" {
			continue
		}
		for j := i + 1; j < len(words) && j <= i+5; j++ {
			if strings.EqualFold(words[j], "of") {
				if j > i+1 {
					tags[i] = "VBD"
				}
				break
			}
			if !nounPhraseTags[tags[j]] && !strings.HasPrefix(tags[j], "NN") && tags[j] != "PRP" || tags[j] == "IN" {
				break // "accused in the killing of …" is a passive
			}
		}
	}
}

// pastAfterSubject retags as a past tense a verb whose past is its base
// form and a noun too ("cut", "set", "cost") that the model read as a noun
// closing a compound, where a clause's subject stands before it and its
// object after: a subordinator, a noun phrase ending in a noun, the word,
// then a determiner, a possessive or a number opening its object ("…
// fell after the snack maker cut its annual profit forecast": the model
// had "snack maker cut" one noun, and the clause lost its verb). With no
// subordinator before it the model's reading stands ("The price cut the
// company announced was small", and so, the price of that, "Union
// leaders cut the deal"), and so it does before a phrase of time ("after
// the tax cut this year") or a relative clause with no pronoun ("since
// the rate cut the bank made").
func pastAfterSubject(words, tags []string) {
	for i := 1; i+1 < len(words); i++ {
		if tags[i] != "NN" || !sameFormPasts[strings.ToLower(words[i])] || !objectOpens[tags[i+1]] || !strings.HasPrefix(tags[i-1], "NN") ||
			timeAfter(words, i+1) || relativeAfter(tags, i+1) {
			continue
		}
		j := i - 1
		for j >= 0 && (nounPhraseTags[tags[j]] && tags[j] != "IN" || strings.HasPrefix(tags[j], "NN")) {
			j--
		}
		if j >= 0 && (tags[j] == "IN" || tags[j] == "WRB") && subordinators[strings.ToLower(words[j])] {
			tags[i] = "VBD"
		}
	}
}

// timeAfter: words from i on say when ("this year", "last week").
func timeAfter(words []string, i int) bool {
	return i+1 < len(words) && timeDeterminers[strings.ToLower(words[i])] && timeNouns[strings.ToLower(words[i+1])]
}

// relativeAfter: a determiner, a noun and a finite verb stand from i on,
// a relative clause with no pronoun ("the rate cut the bank made").
func relativeAfter(tags []string, i int) bool {
	k := i + 1
	for k < len(tags) && (tags[k] == "JJ" || strings.HasPrefix(tags[k], "NN")) {
		k++
	}
	return k > i+1 && k < len(tags) && (tags[k] == "VBD" || tags[k] == "VBZ" || tags[k] == "VBP")
}

var (
	sameFormPasts = map[string]bool{"cut": true, "put": true, "set": true, "hit": true, "shut": true, "cost": true,
		"hurt": true, "spread": true, "split": true, "quit": true, "bid": true}
	objectOpens     = map[string]bool{"DT": true, "PRP$": true, "CD": true}
	timeDeterminers = map[string]bool{"this": true, "that": true, "each": true, "every": true, "last": true, "next": true}
	timeNouns       = map[string]bool{"year": true, "month": true, "week": true, "day": true, "morning": true, "afternoon": true,
		"evening": true, "night": true, "spring": true, "summer": true, "autumn": true, "fall": true, "winter": true,
		"quarter": true, "season": true, "time": true}
	subordinators = map[string]bool{"after": true, "before": true, "when": true, "because": true, "as": true, "since": true,
		"while": true, "until": true, "once": true, "if": true, "though": true, "although": true}
)

// willAsNoun retags "will" as a noun, and the participle after it as the
// past tense, where no modal can stand: after a possessive or a
// determiner (with an adjective or two between) and before a past form,
// which no modal takes ("Berg's unsigned will specified that …", "His
// will named his sister"). Read as a modal, the will was a speaker and
// "will specified" a cue.
func willAsNoun(words, tags []string) {
	for i := 1; i+1 < len(words); i++ {
		if tags[i] != "MD" || !strings.EqualFold(words[i], "will") || (tags[i+1] != "VBN" && tags[i+1] != "VBD") {
			continue
		}
		j := i - 1
		for j > 0 && (tags[j] == "JJ" || tags[j] == "VBN") {
			j--
		}
		if tags[j] == "POS" || tags[j] == "PRP$" || tags[j] == "DT" {
			tags[i], tags[i+1] = "NN", "VBD"
		}
	}
}
