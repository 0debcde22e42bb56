package build

import (
	"strings"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/attrib/view"
)

// inPoll: "in" opening a phrase about a poll or survey, which PolNeAR
// takes for a cue with the poll as source: "In a poll released Monday,
// most voters …", "… led by five points in the latest survey".
func (x *Builder) inPoll(i int) bool {
	if x.Lower[i] != "in" {
		return false
	}
	h := x.D.Tokens[i].Head
	return h > i && h-i <= 12 && pollNouns[x.Lemma(h)]
}

var pollNouns = map[string]bool{"poll": true, "survey": true}

// isAccordingTo: word i opens "according to" or "in the words of", a cue
// before its source.
func (x *Builder) isAccordingTo(s newsgraph.Sentence, i int) bool { return x.accordingToLen(s, i) > 0 }

// accordingToLen is how many words the cue of a source that follows it
// takes at word i: 2 for "according to", 4 for "in the words of"; else 0.
func (x *Builder) accordingToLen(s newsgraph.Sentence, i int) int {
	switch {
	case x.Lower[i] == "according" && i+1 < s.EndToken && x.Lower[i+1] == "to":
		return 2
	case x.Lower[i] == "in" && i+3 < s.EndToken && x.Lower[i+1] == "the" && x.Lower[i+2] == "words" && x.Lower[i+3] == "of":
		return 4
	}
	return 0
}

// depth is token i's distance from the root of its parse (0 without one).
func (x *Builder) depth(i int) int {
	n := 0
	for h := x.D.Tokens[i].Head; h >= 0 && h < len(x.D.Tokens) && n < len(x.D.Tokens); h = x.D.Tokens[h].Head {
		n++
	}
	return n
}

// isCue: cue detection (package cue) accepts word i, and it is not
// "spoke on condition of anonymity", which says how a source spoke, not
// what: PolNeAR marks none of its 20 on train as a cue.
func (x *Builder) isCue(i int) bool {
	return (x.Cues.IsCue(i) || x.documentReads(i)) && !x.onCondition(i) && !x.asExpected(i) && !x.actsOnAThing(i) && !x.reducedRelative(i) &&
		!x.foundInAState(i) && !x.foundSomeone(i) && !x.partOfATitle(i)
}

// partOfATitle: participle i opens a title before a name ("Defending
// champion Aiko Tanaka pulled out", "Outgoing chairman Ivo Tal said"),
// which describes the person and reports nothing.
func (x *Builder) partOfATitle(i int) bool {
	s := x.D.Sentences[x.Sentence[i]]
	return x.Tag(i) == "VBG" && i+2 < s.EndToken && titleNouns[x.Lemma(i+1)] && x.Tag(i+2) == "NNP" && x.QuoteAt[i+1] < 0
}

// titleNouns name the office or standing a participle may open a title
// with: "defending champion", "outgoing president", "acting director".
var titleNouns = view.Set("champion titleholder president director chairman chairwoman chair minister secretary governor mayor " +
	"captain coach manager premier leader chief editor head commissioner")

// foundInAState: "find" in the passive is followed by a state a court or a
// search found someone in ("was found guilty of taking bribes", "were
// found dead"): a verdict or an event, not a finding anyone reported. So
// is a place or what they were doing when found, with no clause of what
// was found ("Cat found in Leeds", "was found wandering near the
// pier"; but "was found to be …", "it was found that …"). A
// participle with no auxiliary is a headline's passive.
func (x *Builder) foundInAState(i int) bool {
	if x.Lemma(i) != "find" || x.Tag(i) != "VBN" {
		return false
	}
	s := x.D.Sentences[x.Sentence[i]]
	if !x.passive(i) && (x.hasAuxChild(s, i, "aux") || !x.InTitle(s) && x.hasFiniteVerb(s.FirstToken, s.EndToken)) {
		// "Investigators have found dead fish" found something, and so
		// did "Auditors found in their review that …", a past tense the
		// tagger read as a participle: only a line with no finite verb
		// is a headline's passive.
		return false
	}
	j := x.skipWhen(i+1, s.EndToken)
	if j >= s.EndToken {
		return false
	}
	return foundStates[x.Lower[j]] || (foundPlaces[x.Lower[j]] || x.Tag(j) == "VBG") && !x.takesClause(s, i)
}

// foundSomeone: "find" takes a person for object and what they were
// doing ("divers found him clinging to a buoy"): someone found, not a
// finding.
func (x *Builder) foundSomeone(i int) bool {
	if x.Lemma(i) != "find" || i+2 >= len(x.Lower) || !foundPeople[x.Lower[i+1]] || x.D.Tokens[i+1].Head != i {
		return false
	}
	// What they were doing or how they lay: "found him clinging", "found
	// her buried". "Found them slow to pay", "found him to have misled",
	// "found her in breach of" judge them.
	return x.Tag(i+2) == "VBG" || x.Tag(i+2) == "VBN"
}

var foundPeople = view.Set("her him them me us")

var foundPlaces = view.Set("in at near inside outside on under behind beside")

// takesClause: verb v has a clause for complement (what was found, said
// or thought), by the parse.
func (x *Builder) takesClause(s newsgraph.Sentence, v int) bool {
	for k := v + 1; k < s.EndToken; k++ {
		if t := x.D.Tokens[k]; t.Head == v && (t.Dep == "ccomp" || t.Dep == "xcomp") {
			return true
		}
	}
	return false
}

// passive: verb v has a passive auxiliary or a passive subject.
func (x *Builder) passive(v int) bool {
	return x.dependentBefore(v, func(t newsgraph.Token) bool { return t.Dep == "aux:pass" || t.Dep == "nsubj:pass" })
}

var foundStates = view.Set("guilty innocent liable responsible dead alive unconscious injured safe")

// reducedRelative: word i, a past form after a noun, is followed by
// adjuncts only and then a finite verb, with no comma or conjunction
// between: it describes the noun ("A survey by the institute published
// last week found that …"), and the verb after is the sentence's. The
// tagger reads such participles as past tenses, and the parse then makes
// them the root.
func (x *Builder) reducedRelative(i int) bool {
	s := x.D.Sentences[x.Sentence[i]]
	if t := x.Tag(i); t != "VBD" && t != "VBN" || i == s.FirstToken || !view.IsNounTag(x.Tag(i-1)) {
		return false
	}
	j := x.skipWhen(i+1, s.EndToken)
	if j == i+1 || j >= s.EndToken {
		return false // an object or nothing follows: "the agency published its report"
	}
	for k := i + 1; k < j; k++ {
		if x.Lower[k] == "there" && x.existentialAt(k, s.EndToken) {
			return false // "Berg said there clearly was time": the clause said
		}
	}
	switch x.Tag(j) {
	case "VBD", "VBZ", "VBP":
		return true
	}
	return false
}

// existentialAt: "there" at i opens a clause, a form of "be" or a modal
// after it (adverbs between): "there certainly was", "there will be".
func (x *Builder) existentialAt(i, end int) bool {
	j := i + 1
	for j < end && strings.HasPrefix(x.Tag(j), "RB") {
		j++
	}
	return j < end && (x.Lemma(j) == "be" || x.Tag(j) == "MD")
}

// skipWhen returns the first token from i on that is no adverb and no
// phrase of time ("last week", "on Tuesday", "Monday").
func (x *Builder) skipWhen(i, end int) int {
	for i < end {
		switch {
		case strings.HasPrefix(x.Tag(i), "RB") || timeWords[x.Lower[i]]:
			i++
		case x.opensTime(i) || (x.Lower[i] == "on" || x.Lower[i] == "in") && i+1 < end && timeWords[x.Lower[i+1]]:
			i += 2
		default:
			return i
		}
	}
	return i
}

// actsOnAThing: word i is a verb of saying used for an act on its object:
// "agree" with a noun for its object ("agreed personal terms with the
// club", "agreed a deal"), which settles a thing rather than sharing a
// view (PolNeAR's cues of "agree" take a clause, "to" and a verb, or
// nothing, never an object); "raise" with a thing held up ("raising his
// voice"), where questions and doubts are raised by saying so; "dismiss"
// with a person's name ("dismissed head coach Leon Falk"), where claims
// are dismissed by saying so; "recall" with goods counted or an envoy for
// its object ("recalls 40,000 kettles", "recalled its ambassador"), where
// what is recalled from memory is a clause, a quotation or an event
// ("recalled the president telling him"); "release" or "publish" with a
// writing and its author after "from" ("released a letter from the
// counsel"); "make" with a claim the story told before ("made the claim
// in an interview"); "reach" with anything but an accord ("reached the
// cup final").
func (x *Builder) actsOnAThing(i int) bool {
	lemma := x.Lemma(i)
	if lemma != "agree" && lemma != "raise" && lemma != "dismiss" && lemma != "recall" && lemma != "make" && lemma != "reach" && !publishLemmas[lemma] {
		return false
	}
	s := x.D.Sentences[x.Sentence[i]]
	for k := s.FirstToken; k < s.EndToken; k++ {
		if t := x.D.Tokens[k]; t.Head == i && t.Dep == "obj" && view.IsNounTag(x.Tag(k)) {
			switch lemma {
			case "raise":
				return raisedThings[x.Lemma(k)]
			case "dismiss":
				return x.dismissedPerson(s, i, k)
			case "recall":
				return recalledThings[x.Lemma(x.nounRunEnd(s, k))] || x.counted(s, k)
			case "make":
				return x.madeClaimBefore(s, i, k)
			case "reach":
				return !reachedAccords[x.Lemma(k)]
			case "release", "publish":
				return documentNouns[x.Lemma(k)] && k+1 < s.EndToken && x.Lower[k+1] == "from"
			}
			return !x.clauseAfter(s, i, k)
		}
	}
	return lemma == "dismiss" && x.dismissedName(s, i)
}

// dismissedName: "dismiss" is followed by a title and a full name
// ("dismissed head coach Leon Falk"), whatever the parse made of them.
func (x *Builder) dismissedName(s newsgraph.Sentence, i int) bool {
	j := i + 1
	for j < s.EndToken && j <= i+3 && (x.Tag(j) == "NN" || x.Tag(j) == "JJ") {
		j++
	}
	if j+1 >= s.EndToken || x.Tag(j) != "NNP" || x.Tag(j+1) != "NNP" || j+2 < s.EndToken && x.Tag(j+2) == "POS" {
		return false
	}
	return x.dismissedPerson(s, i, j)
}

// dismissedPerson: "dismiss" has a person's name for object and no "as"
// after it: "dismissed head coach Leon Falk" sacks him, where "dismissed
// the claims" or "dismissed Falk as a failure" is a stance on them.
func (x *Builder) dismissedPerson(s newsgraph.Sentence, i, k int) bool {
	if x.Tag(k) != "NNP" {
		return false
	}
	for j := k + 1; j < s.EndToken && j <= k+4; j++ {
		if x.Lower[j] == "as" {
			return false
		}
	}
	return true
}

// counted: plural noun k has a number for modifier ("40,000 units"; "a
// 2007 bill" is a bill of a year, which can be recalled from memory).
func (x *Builder) counted(s newsgraph.Sentence, k int) bool {
	if x.Tag(k) != "NNS" {
		return false
	}
	for j := s.FirstToken; j < s.EndToken; j++ {
		if t := x.D.Tokens[j]; t.Head == k && t.Dep == "nummod" {
			return true
		}
	}
	return false
}

// nounRunEnd is the last noun of the run of nouns token k opens: a
// headline's parse may make the object "pressure" of "recalls blood
// pressure drug", whose head is "drug".
func (x *Builder) nounRunEnd(s newsgraph.Sentence, k int) int {
	for k+1 < s.EndToken && view.IsNounTag(x.Tag(k+1)) && x.Tag(k+1) != "NNP" {
		k++
	}
	return k
}

// recalledThings are called back, not remembered: "recalled its
// ambassador", "recalled the affected products".
var recalledThings = view.Set("ambassador envoy diplomat product vehicle car truck model batch unit kettle toy " +
	"drug medicine medication pill tablet vaccine device food meat phone battery appliance")

// raisedThings are held up, not said: "raised his voice".
var raisedThings = view.Set("voice hand arm fist glass flag head finger")

// clauseAfter: a finite verb after cue i lies outside the phrase of its
// object k, so k is the subject of what was agreed ("agreed the obstacle
// can be resolved"), which the parse took for an object.
func (x *Builder) clauseAfter(s newsgraph.Sentence, i, k int) bool {
	for j := i + 1; j < s.EndToken; j++ {
		if view.IsFinite(x.Tag(j)) && !view.Dominates(x.D, k, j) {
			return true
		}
	}
	return false
}

// asExpected: word i is the participle of "as expected", "as predicted",
// the writer's aside that something happened as foreseen, not a report of
// what anyone expects ("kept its rate at 4.5 percent, as expected, but
// said …" made the bank the source of "expected").
func (x *Builder) asExpected(i int) bool {
	if i == 0 || x.Lower[i-1] != "as" || x.Tag(i) != "VBN" && x.Tag(i) != "VBD" {
		return false
	}
	if i+1 < len(x.Lower) && x.Sentence[i+1] == x.Sentence[i] {
		if next := x.Tag(i + 1); next != "," && next != "." && next != ":" && next != "RB" {
			return false // "as expected by analysts", "as reported by …": the agent says who
		}
	}
	return true
}

// documentReads: word i is "read" with a document for its subject ("“Our
// members are afraid,” the letter read."; "read the email"), which quotes
// the document as "said" quotes a person. Cue detection, weighing the
// verb first, refuses "read", which is mostly reading.
func (x *Builder) documentReads(i int) bool {
	if x.Lemma(i) != "read" || !view.IsVerbTag(x.Tag(i)) || x.Tag(i) == "VB" || x.Tag(i) == "VBG" {
		return false
	}
	s := x.D.Sentences[x.Sentence[i]]
	for k := s.FirstToken; k < s.EndToken; k++ {
		if t := x.D.Tokens[k]; t.Head == i && strings.HasPrefix(t.Dep, "nsubj") && documentNouns[x.Lemma(k)] {
			return true
		}
	}
	return false
}

// madeClaimBefore: "make" has for object k a claim the story gave before
// ("made the claim in an interview with NTV", "made those remarks on
// Sunday"): its words are told elsewhere, and nothing after it is what was
// claimed.
func (x *Builder) madeClaimBefore(s newsgraph.Sentence, i, k int) bool {
	if !claimNouns[x.Lemma(k)] || k == 0 || !backDeterminers[x.Lower[k-1]] || k+1 < s.EndToken && x.Lower[k+1] == "that" {
		return false
	}
	return !x.clauseAfter(s, i, k)
}

// reachedAccords are what is reached by saying so ("reached a deal", "a
// consensus", "the conclusion that …"); a final, a record or a summit is
// reached otherwise.
var reachedAccords = view.Set("deal agreement accord consensus conclusion verdict decision settlement understanding compromise " +
	"truce ceasefire pact contract arrangement bargain treaty")

var (
	claimNouns      = view.Set("claim remark comment statement allegation accusation assertion argument point")
	backDeterminers = view.Set("the this that these those such his her their")
)

// publishLemmas put out a writing; with its author after "from" ("released
// a letter from the ethics counsel") they pass it on, and what it says is
// the writing's own attribution, not theirs.
var publishLemmas = view.Set("release publish")

// documentNouns are the writings whose words a story quotes.
var documentNouns = view.Set("letter statement email e-mail message note memo sign banner placard post tweet text headline caption notice document filing order ruling report")

// onCondition: word i is followed by "on (the) condition", or is the
// "asked" of "asked not to be named" or the "declined" of "declined to be
// named": how the source spoke, as on condition of anonymity.
func (x *Builder) onCondition(i int) bool {
	j := i + 1
	if x.Lower[i] == "asked" && j < len(x.Lower) && x.Lower[j] == "not" {
		j++
	}
	if anonymously[x.Lower[i]] && j+2 < len(x.Lower) && x.Lower[j] == "to" && x.Lower[j+1] == "be" &&
		(x.Lower[j+2] == "named" || x.Lower[j+2] == "identified") && (x.Lower[i] == "asked") == (j == i+2) {
		return true
	}
	if j < len(x.Lower) && x.Lower[j] == "on" {
		j++
	} else {
		return false
	}
	if j < len(x.Lower) && x.Lower[j] == "the" {
		j++
	}
	return j < len(x.Lower) && x.Lower[j] == "condition"
}

// anonymously are the verbs of a source's asking not to be named.
var anonymously = view.Set("asked declined refused")

// finalCue returns a cue verb followed only by closing punctuation, whose
// source is set off by a comma, or the cue of an inverted one, or -1.
func (x *Builder) finalCue(s newsgraph.Sentence) int {
	if c, end := x.finalVerb(s, x.isFinalCue); c >= 0 {
		return c
	} else {
		return x.invertedFinalCue(s, end)
	}
}

// isFinalCue: word i is a cue, or a finite verb of the core lexicon of
// saying, which after a comma and its subject at the end of a sentence
// reports all before it whatever the classifier made of it ("…, Morrison
// testified." with "testified" parsed as a complement of the "said"
// before it).
func (x *Builder) isFinalCue(i int) bool {
	return x.isCue(i) || view.IsFinite(x.Tag(i)) && x.Tag(i) != "MD" && isCoreCue(x.Lemma(i))
}

// finalVerb returns the verb isCue accepts that closes sentence s after a
// comma and its subject, or -1, and where the sentence's closing
// punctuation starts.
func (x *Builder) finalVerb(s newsgraph.Sentence, isCue func(int) bool) (c, end int) {
	end = s.EndToken
	for end > s.FirstToken && (x.Tag(end-1) == "." || x.QuoteAt[end-1] >= 0 && x.Lower[end-1] != "”") {
		end--
	}
	c = x.lastVerbBeforeAdjuncts(s, end, isCue)
	if c <= s.FirstToken || x.QuoteAt[c] >= 0 || x.describesNoun(c) || !isCue(c) {
		return -1, end
	}
	cs := x.cueStart(s.FirstToken, c)
	a := x.npLeft(s.FirstToken, cs)
	if cs > s.FirstToken+1 && x.Lower[cs-1] == "," {
		// "…, its director, Bo Hage, wrote": a source with its appositive,
		// set off by commas.
		if b := x.npLeft(s.FirstToken, cs-1); b > s.FirstToken+1 && x.Lower[b-1] == "," {
			a = x.npLeft(s.FirstToken, b-1)
		}
	}
	if a > s.FirstToken+1 && x.Tag(a-1) == "IN" {
		// "…, the U.S. Attorney's Office for the Western District of New
		// York said": npLeft takes one prepositional phrase; a second is
		// the source's too when a comma stands before the whole.
		if b := x.npLeft(s.FirstToken, a-1); b > s.FirstToken+1 && x.Lower[b-1] == "," {
			a = b
		}
	}
	if a <= s.FirstToken+1 || x.Lower[a-1] != "," {
		return -1, end
	}
	return c, end
}

// describesNoun: verb c is a participle hung on a noun ("…, a think
// tank focused on trade."), which closes the sentence without being its
// predicate.
func (x *Builder) describesNoun(c int) bool {
	t := x.Tag(c)
	return (t == "VBN" || t == "VBG") && x.D.Tokens[c].Dep == "acl"
}

// lastVerbBeforeAdjuncts returns the token before end, or, when that is
// no cue, the cue that only adjuncts follow ("…, its director wrote in an
// opinion piece last week."): the verb that closes the sentence.
func (x *Builder) lastVerbBeforeAdjuncts(s newsgraph.Sentence, end int, isCue func(int) bool) int {
	c := end - 1
	if c <= s.FirstToken || isCue(c) {
		return c
	}
	for v := end - 2; v > s.FirstToken && v >= end-12; v-- {
		if view.IsVerbTag(x.Tag(v)) {
			if x.skipAdjuncts(v+1, end) >= end && isCue(v) {
				return v
			}
			return c // a verb with more than adjuncts after it closes nothing
		}
	}
	return c
}

// reportingShape: finite verb c, closing its sentence after a comma and its
// subject ("…, images on state television showed."), reports what comes
// before the comma whatever the verb: in PolNeAR train 1,561 of 1,649
// such verbs are cues, and nearly all the rest are the light verbs below.
// The classifier, which weighs the verb first, rejects the rarer ones.
func (x *Builder) reportingShape(c int) bool {
	t := x.Tag(c)
	return x.Cues.Contextual() && (t == "VBD" || t == "VBZ" || t == "VBP") && !lightVerbs[x.Lemma(c)] && !view.AllCaps(x.D.TokenText(c))
}

var lightVerbs = view.Set("be do have happen go know lose become begin end grow live hold change include")

// invertedFinalCue returns the cue of "…, said Mr. Berg, the lawyer for
// the union.": a cue verb after a comma, followed by a name and its
// description to the end of the sentence with no verb of their own, or -1.
// The parse hangs such a cue below the verb of what was said ("felt" in
// "Officials felt calm …, said Mr. Berg"), and cues are otherwise taken
// highest in the parse first, so that verb would claim the sentence.
func (x *Builder) invertedFinalCue(s newsgraph.Sentence, end int) int {
	for c := s.FirstToken + 3; c+1 < end; c++ {
		if x.Lower[c-1] != "," || x.QuoteAt[c] >= 0 || x.Tag(c+1) != "NNP" || !x.isCue(c) {
			continue
		}
		if !view.IsFinite(x.Tag(c)) {
			continue // "“…,” she said, citing Vos’s ties to …": a participle goes on with what it cites, not with who spoke
		}
		for i := c + 1; i < end; i++ {
			if view.IsVerbTag(x.Tag(i)) || x.QuoteAt[i] >= 0 {
				return -1
			}
		}
		return c
	}
	return -1
}
