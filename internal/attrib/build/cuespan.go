package build

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/attrib/view"
)

// cueStart extends a cue verb left over its auxiliaries and adverbs, as
// PolNeAR marks cues: "has said", "will tell", "also said", "did not
// immediately respond", and "is demanding" for a participle. First it
// takes in a prefix the tokenizer split off at a hyphen, as Universal
// Dependencies does: a cue never starts inside a word ("co-sponsored",
// "self-described", "re-tweeting"; the cue was "sponsored").
func (x *Builder) cueStart(lo, c int) int {
	participle := x.Tag(c) == "VBG" || x.Tag(c) == "VBN"
	for c-2 >= lo && x.Lower[c-1] == "-" && x.joined(c-2, c-1) && x.joined(c-1, c) && x.QuoteAt[c-2] < 0 {
		c -= 2
	}
	for c > lo && x.QuoteAt[c-1] < 0 {
		t, l := x.Tag(c-1), x.Lemma(c-1)
		// A bare "half" the tagger reads as an adverb is the subject
		// ("Nearly half said"), not part of the cue (subjectOf), and so is
		// a "most" that opens a clause and hangs on the verb ("…; most
		// said", not "and most recently defended").
		if t == "MD" || strings.HasPrefix(t, "RB") && t != "RP" && x.Lower[c-1] != "half" && !placeAdverbs[x.Lower[c-1]] && !x.quantifierSubject(lo, c-1) ||
			(l == "have" || l == "do" || l == "be" && participle) && view.IsVerbTag(t) {
			c--
			continue
		}
		break
	}
	return c
}

// quantifierSubject: token k, a quantifier the tagger read as an adverb,
// opens a clause and hangs on a verb, which it is the subject of.
func (x *Builder) quantifierSubject(lo, k int) bool {
	h := x.D.Tokens[k].Head
	return quantifiers[x.Lower[k]] && h >= 0 && view.IsVerbTag(x.Tag(h)) && x.opensClauseFrom(lo, k)
}

// placeAdverbs say where, after the word they go with, never before a
// verb of saying: "Video shared online showed", "Officials here said",
// "the tweet shown above claimed".
var placeAdverbs = view.Set("online offline here there abroad overseas nationwide worldwide elsewhere above below")

// joined says whether token j follows token i with no space between.
func (x *Builder) joined(i, j int) bool { return x.D.Tokens[i].End == x.D.Tokens[j].Start }

// phrasal are verbs whose cue takes the next word with it: "called for",
// "pointed to", "spoke of".
var phrasal = map[string]map[string]bool{
	"call": {"for": true, "on": true}, "point": {"to": true, "out": true}, "speak": {"of": true, "about": true},
	"weigh": {"in": true}, "lash": {"out": true}, "sign": {"off": true}, "push": {"for": true}, "argue": {"for": true},
	// Prepositions that skipAdjuncts would otherwise take for the start of
	// a time or place phrase: "commented on the strike", "referred to it".
	"comment": {"on": true}, "focus": {"on": true}, "insist": {"on": true}, "elaborate": {"on": true}, "reflect": {"on": true},
	"refer": {"to": true}, "respond": {"to": true}, "reply": {"to": true}, "react": {"to": true}, "look": {"at": true},
}

// cueEnd extends a cue verb over a particle ("called for" is one cue)
// and over the adjuncts between it and its content, which PolNeAR counts
// as part of the cue: "said Friday", "said in a statement that …",
// "wrote in an email: …", "said sarcastically."
func (x *Builder) cueEnd(c, end int) int {
	e := c + 1
	if c+1 < end && (x.Tag(c+1) == "RP" || phrasal[x.Lemma(c)][x.Lower[c+1]] && x.durationEnd(c+1, end) == c+1) && x.QuoteAt[c+1] < 0 {
		e = c + 2
	}
	if j := x.skipAdjuncts(e, end); j > e && x.contentStarts(j, end) {
		e = j
	} else if e+1 < end && contentPreps[x.Lower[e]] && x.QuoteAt[e] < 0 && x.QuoteAt[e+1] < 0 && x.Lower[e+1] != "that" && !x.Approximately(e, end) &&
		x.durationEnd(e, end) == e {
		e++ // "talked about", "voted against": the preposition leads to the content
	}
	return e
}

var contentPreps = view.Set("about against of over for into")

// Approximately: "about" at e opens an amount ("said about a third of the
// columns", "said about 40 people"), not what was talked about: no cue
// takes it, whichever stage draws the cue.
func (x *Builder) Approximately(e, end int) bool {
	if x.Lower[e] != "about" {
		return false
	}
	n := e + 1
	if n+1 < end && (x.Lower[n] == "a" || x.Lower[n] == "an") {
		n++
	}
	return x.Tag(n) == "CD" || fractions[x.Lower[n]]
}

var fractions = view.Set("half third quarter fifth tenth dozen hundred thousand million billion")

// skipAdjuncts returns the first token from i on that is no adverb, time
// expression or "in/at/during/on …" phrase, looking at most 12 tokens on.
func (x *Builder) skipAdjuncts(i, end int) int {
	limit := min(end, i+12)
	for i < limit && x.QuoteAt[i] < 0 {
		switch l, t := x.Lower[i], x.Tag(i); {
		case answerWords[l] && (i+1 >= end || x.Tag(i+1) == "," || x.Tag(i+1) == "."):
			return i // "thinks so.", "said no,": the word is what is thought or said
		case strings.HasPrefix(t, "RB") && l != "not" && l != "n't":
			i++
		case timeWords[l]:
			i++
		case l == "for" && x.durationEnd(i, limit) > i:
			i = x.durationEnd(i, limit) // "argued for decades that …"
		case x.opensTime(i) && i+1 < limit:
			i += 2
		case l == "to" && i+1 < limit && x.Tag(i+1) == "VBG" && x.D.Tokens[i+1].Dep != "amod" && (i+2 >= end || !view.IsNounTag(x.Tag(i+2))):
			// "admitted to misleading the board": what was admitted, not
			// to whom; but "said to waiting reporters" has a hearer.
			return i
		case l == "in" || l == "at" || l == "during" || l == "on" || l == "with" || l == "to":
			j := x.phraseWordsFrom(i+1, limit)
			if j == i+1 {
				return i
			}
			i = x.participleToThat(j, limit, end)
		default:
			return i
		}
	}
	return i
}

// participleToThat returns where the words after a phrase skipAdjuncts
// passed over, ending at j, go on: past a participle that ends it and the
// phrase the participle takes, when "that" follows ("said in a statement
// carried by state television that …"); j otherwise. Only before "that":
// "explained in an affidavit written by X, a detective" is no cue of the
// detective.
func (x *Builder) participleToThat(j, limit, end int) int {
	if x.Tag(j-1) != "VBN" || j >= limit || !participleLinks[x.Lower[j]] {
		return j
	}
	k := x.phraseWordsFrom(j+1, limit)
	if k == j+1 || k >= end || x.Lower[k] != "that" {
		return j
	}
	return k
}

// phraseWordsFrom returns the end of the words of a noun phrase from
// token i on, outside quotations, looking no further than limit.
func (x *Builder) phraseWordsFrom(i, limit int) int {
	for i < limit && x.QuoteAt[i] < 0 && view.IsNPTag(x.Tag(i)) {
		i++
	}
	return i
}

// participleLinks tie a participle to the phrase it takes.
var participleLinks = view.Set("by on in")

// contentStarts: token j opens the content or ends the clause.
func (x *Builder) contentStarts(j, end int) bool {
	if j >= end {
		return true
	}
	l := x.Lower[j]
	return l == "that" || l == "," || l == ":" || x.Tag(j) == "." || x.QuoteAt[j] >= 0
}

// opensTime: token i and the next say when ("last week", "this
// morning").
func (x *Builder) opensTime(i int) bool {
	switch x.Lower[i] {
	case "last", "this", "next", "early", "late":
		return i+1 < len(x.Lower) && timeWords[x.Lower[i+1]]
	}
	return false
}

// durationEnd returns the end of a duration "for …" opening at i ("for
// decades", "for the past two years", "for more than a week"), or i
// when none does: such a "for" is no particle of "argued for" or "called
// for".
func (x *Builder) durationEnd(i, end int) int {
	if x.Lower[i] != "for" {
		return i
	}
	j := i + 1
	for j < end && j < i+5 && (durationWords[x.Lower[j]] || x.Tag(j) == "CD") {
		j++
	}
	if j >= end || !durations[x.Lower[j]] {
		return i
	}
	// A number right after "for" is as often what was asked or called
	// for ("asked for two weeks to prepare"): a duration only when what
	// was said follows ("argued for two decades that …").
	if x.Tag(i+1) == "CD" && j+1 < end && x.Lower[j+1] != "that" && x.Lower[j+1] != "," {
		return i
	}
	return j + 1
}

var (
	durationWords = view.Set("the past last next more than nearly almost over several many a")
	durations     = view.Set("years decades months weeks days hours year decade month week day hour ages generations centuries long")
)

// timeWords say when; they are never a cue's subject, whatever the parse
// says ("said Friday").
var timeWords = view.Set("today yesterday tonight earlier later recently " +
	"monday tuesday wednesday thursday friday saturday sunday morning afternoon evening night " +
	"week month year weekend")
