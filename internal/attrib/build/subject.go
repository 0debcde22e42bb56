package build

import (
	"strings"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/attrib/view"
)

// parsedSubject returns the tokens [a, b) of the nominal subject the parse
// gives cue verb c, or -1. The subject's subtree must stay inside the
// sentence, outside quotations and clear of the cue. An appositive's closing
// comma belongs to it, as PolNeAR marks it ("Brian Fallon, the campaign’s
// press secretary, said").
func (x *Builder) parsedSubject(s newsgraph.Sentence, c int) (int, int) {
	subj := x.subjectOf(s, c)
	if subj >= 0 && x.Tag(c) == "VBG" && bodyParts[x.Lemma(subj)] && subj > s.FirstToken && x.Tag(subj-1) == "PRP$" &&
		(subj+1 >= s.EndToken || x.Lower[subj+1] != "of") {
		// "Mira handed me the novel, her eyes bright, telling me …":
		// the parse gave the participle the absolute phrase's noun,
		// and eyes tell nothing; the sentence's subject does.
		subj = -1
	}
	if subj > c {
		// Of two subjects the parse gave "says" in "The report, drawing
		// on …, says bleaching events that … now arrive …", the one after
		// the verb is the subject of what was said. Not after a comma or
		// a quotation, where the cue is inverted ("…, says Carl Anthony"),
		// unless no name follows the cue and all that stands between the
		// subject before and the cue hangs on that subject ("Barkley, a
		// former player, said one candidate he likes is …").
		if b := x.subjectBefore(s, c); b >= 0 && (!x.afterCommaOrQuote(s, c) || x.notInverted(s, c) && x.onlyItsOwnUpTo(s, b, x.cueStart(s.FirstToken, c))) {
			subj = b
		}
	}
	if subj < 0 && x.D.Tokens[c].Dep == "conj" {
		if a := x.subjectAfterAnd(s, c); a >= 0 {
			return x.wholeEntities(a, x.cueStart(s.FirstToken, c))
		}
	}
	// "Shares rose after a newspaper reported that …": a finite verb the
	// parse made an open complement (which has no subject of its own)
	// has for subject the noun right before it.
	openComplement := false
	if subj < 0 && x.D.Tokens[c].Dep == "xcomp" && c > s.FirstToken && finiteTags[x.Tag(c)] && nounBefore[x.Tag(c-1)] && x.QuoteAt[c-1] < 0 &&
		!x.hasAuxChild(s, c, "aux") && x.clauseCaseOnly(s, c-1) {
		subj, openComplement = c-1, true
	}
	// "Cook said the plan …" with "Cook" read as the verb and "said" as
	// its complement: the capitalised word opening the clause right
	// before a past cue is its subject.
	if subj < 0 && x.D.Tokens[c].Dep == "xcomp" && c-1 >= s.FirstToken && x.D.Tokens[c].Head == c-1 && x.nameReadAsVerb(c-1) &&
		x.Tag(c) == "VBD" && view.Capitalised(x.D.TokenText(c-1)) && x.opensClauseFrom(s.FirstToken, c-1) {
		return x.wholeEntities(c-1, c) // (the parse hangs the cue itself on it: no subtree to take)
	}
	// An elided subject: "…, saying …", "praised … and later told …"
	// share the subject of the verb they hang on, or of the verb that one
	// hangs on: "filed a motion to unseal the records, arguing …".
	for v, n := c, 0; subj < 0 && n < 4; n++ {
		t := x.D.Tokens[v]
		if n == 0 && t.Dep != "conj" && t.Dep != "advcl" && t.Dep != "xcomp" || noSubjectFrom[t.Dep] || t.Head < s.FirstToken || t.Head >= s.EndToken {
			break
		}
		v = t.Head
		subj = x.subjectOf(s, v)
		if n == 0 && x.Tag(c) == "VB" && (t.Dep == "xcomp" || t.Dep == "advcl" && objectControl[x.Lemma(v)] && x.Lower[c-1] == "to") {
			// "The cutback led the shipyard to announce …", "asked the
			// mayor to explain": the object of the verb the infinitive
			// completes is who does it. (An infinitive the parse made an
			// adverbial clause is as often one of purpose, "hired lawyers
			// to announce", whose doer is the subject: only after the
			// verbs that pass the deed to their object.)
			if o := x.objectBefore(v, c); o >= 0 {
				subj = o
			}
		}
		// A cue coordinated with a verb inside what another cue reports
		// shares that verb's subject only in the same tense: "Lind says
		// Olsen pledged … and said she would …" (Olsen said), but "Berg
		// said Oslo could help … and suggested …" (Berg suggested, which
		// coordinatedWith finds).
		// A subject that is another attribution's source is no such verb's:
		// "Berg did not name the company, but told reporters …".
		if subj >= 0 && x.D.Tokens[c].Dep == "conj" && tense(x.Tag(v)) != tense(x.Tag(c)) && x.inContent(subj) {
			return -1, -1
		}
		// Nor does the passive subject of such a verb speak: "Kerr said
		// the contract had been handed out … and accused the minister
		// of …" (Kerr accused), "She warned that rain was forecast … and
		// urged residents to …" (she urged).
		if subj >= 0 && x.D.Tokens[c].Dep == "conj" && x.D.Tokens[subj].Dep == "nsubj:pass" && x.inContent(subj) {
			return -1, -1
		}
		// Nor the subject of a complement in the past perfect or under a
		// modal that a past cue is coordinated with: "Cycling groups said
		// the road had seen several crashes and called for a lower
		// limit" (the groups called; see tenseBreak).
		// (It can be wrong where "had" goes with both and the tagger
		// cannot tell the forms apart, "showed that Schilling had shared
		// it and added his own comment"; on PolNeAR train it is right
		// five times for that once, a person's name or not.)
		if subj >= 0 && n == 0 && x.CoordinatedOwnAct(c) && x.inContent(subj) {
			return -1, -1
		}
	}
	if subj < 0 {
		return -1, -1
	}
	a, b := subj, subj+1
	for changed := true; changed; {
		changed = false
		for k := s.FirstToken; k < s.EndToken; k++ {
			if h := x.D.Tokens[k].Head; h >= a && h < b && (k < a || k >= b) && x.Lower[k] != "," {
				if k < a {
					a = k
				} else {
					b = k + 1
				}
				changed = true
			}
		}
	}
	for b > a+1 && (x.Lower[b-1] == "," || x.Tag(b-1) == ".") {
		b--
	}
	// "a plan shop owners say will drive customers away": "a" cannot be
	// the plural's; it and the noun after it are what the clause after the
	// cue is about, and the owners are the source.
	if (x.Lower[a] == "a" || x.Lower[a] == "an") && a+2 < b && x.Tag(a+1) == "NN" && x.Tag(subj) == "NNS" && subj >= a+2 {
		a += 2
	}
	for a < b && (x.Lower[a] == "," || x.QuoteAt[a] >= 0 && x.D.Quotes[x.QuoteAt[a]].Start == x.D.Tokens[a].Start ||
		openComplement && a+1 < b && x.Tag(a) == "IN" && x.D.Tokens[a].Head == subj) { // "after | a newspaper reported": the parse's obl, our subject
		a++
	}
	a = x.coordinatedLeft(s.FirstToken, a, b)
	a, b = x.wholeEntities(a, b)
	// Title words the parse made subjects of their own: "Oversight
	// Chairman Jason Chaffetz said".
	for a > s.FirstToken && a < b && x.QuoteAt[a-1] < 0 && strings.HasPrefix(x.Tag(a-1), "NN") &&
		view.Capitalised(x.D.TokenText(a-1)) && strings.HasPrefix(x.D.Tokens[a-1].Dep, "nsubj") {
		a--
	}
	// "…, union general secretary Karen Olsson said": the parse made the
	// description's first word a conjunct of the object before it; the
	// comma before that word is where the source starts.
	if j := x.conjunctDescription(s, a); j < a && a < b {
		a = j
	}
	// A name the tagger took for an adjective of nationality ("Cuban
	// said", for Mark Cuban) is a subject alone and capitalised; "The
	// incumbent said", lower-case, stays refused.
	// So is a surname the tagger read as a verb, when the parse makes it
	// the cue's subject ("Ebeling said", "Cook told").
	properAdjective := b == a+1 && (x.Tag(a) == "JJ" || x.nameReadAsVerb(a)) && view.Capitalised(x.D.TokenText(a))
	// A quantifier right after a preposition is its object, whatever the
	// parse says: "Bond, who was among those polled, said".
	// ("While many agreed …" has a subordinator, not a preposition.)
	// A bare "those" with a participle for cue is no subject: "those not
	// directly blaming the migrants" are described, not speaking.
	standsAlone := quantifiers[x.Lower[subj]] && (subj == s.FirstToken || !prepositionsOnly[x.Lower[subj-1]]) &&
		(x.Lower[subj] != "those" || view.IsFinite(x.Tag(c)))
	if a >= b || (a <= c && c < b) || x.quotedBeyondTitles(a, b, subj) || !x.hasNoun(a, b) && !standsAlone && !properAdjective {
		return -1, -1
	}
	if b < s.EndToken && x.Lower[b] == "," && x.hasComma(a, b) {
		b++
	}
	if o := x.relativeOpenedBefore(s, a, c); o >= 0 {
		return o, b
	}
	return a, b
}

// quotedBeyondTitles: a quotation stands in the subject [a, b) of head
// subj that is more than a short title inside it: "Lind, the author of
// “Salt Year,” said …" names a book in its source, but a subject
// that opens with a quotation, holds its head in one or runs past one's
// end is the parse's reach into what was said.
func (x *Builder) quotedBeyondTitles(a, b, subj int) bool {
	for i := a; i < b; i++ {
		q := x.QuoteAt[i]
		if q < 0 {
			continue
		}
		qa, qb := x.QuoteTokens(q)
		if qa <= a || qb > b || qb-qa > 8 || subj >= qa && subj < qb {
			return true
		}
		i = qb - 1
	}
	return false
}

// relativeOpenedBefore returns where the sentence's subject starts when
// the parse took for the subject of cue c a noun of the relative clause
// set off before it: in "A spokesperson for Nordline, which runs the
// largest terminal at the port, said …" the parse may make "the largest
// terminal" the subject, and the source is the spokesperson, with the
// clause and its closing comma, as PolNeAR marks it. The noun phrase
// before ", which" must open the sentence (after a dateline), and the
// comma must stand right before the cue; -1 otherwise.
func (x *Builder) relativeOpenedBefore(s newsgraph.Sentence, a, c int) int {
	cs := x.cueStart(s.FirstToken, c)
	if cs-1 <= a || x.Lower[cs-1] != "," {
		return -1
	}
	first := x.afterDateline(s, cs)
	if x.Tag(first) == "IN" || x.AnyQuoted(first, cs) {
		return -1 // "In Oslo, which hosts the talks, officials said": a setting, not a subject
	}
	for r := cs - 2; r > first+1; r-- {
		if x.Lower[r] != "," {
			continue
		}
		// The clause runs from ", which" to the comma before the cue,
		// and holds the parse's subject.
		if relativeOpeners[x.Lower[r+1]] && r+1 < a && x.hasNoun(first, r) && !x.hasVerb(first, r) {
			return first
		}
		return -1
	}
	return -1
}

var relativeOpeners = view.Set("which who whose")

// conjunctDescription returns where the words of a description before
// token a start, when the parse made them a conjunct of what comes before
// and a comma stands before them ("…, union general secretary Karen
// Olsson said"), or a second subject of the verb ("…, union secretary
// Karen Olsson said"): up to three nouns and adjectives, one of them such.
// It returns a otherwise.
func (x *Builder) conjunctDescription(s newsgraph.Sentence, a int) int {
	j, conj := a, false
	for j-1 > s.FirstToken+1 && a-j < 3 && (x.Tag(j-1) == "NN" || x.Tag(j-1) == "JJ") && x.QuoteAt[j-1] < 0 {
		j--
		conj = conj || x.D.Tokens[j].Dep == "conj" || strings.HasPrefix(x.D.Tokens[j].Dep, "nsubj") // or a second subject
	}
	if j == a || !conj || x.Lower[j-1] != "," {
		return a
	}
	return j
}

// coordinatedLeft widens a subject [a, b) over the noun phrases
// coordinated with it on its left, which a wrong parse leaves out: "The
// Courier and the Gazette filed …", "as Spain, Italy and France support
// …". It needs an "and" or "or" among them, and the words before the
// phrases may not be a preposition's ("In Brask, officials said"); then
// the coordination after the last comma is the subject, when an "and"
// opened it ("…, in the north, farmers and union officials told the
// Courier": the parse hung the farmers on the north, and "union" with
// them). The nouns right before the subject join it on the way.
func (x *Builder) coordinatedLeft(lo, a, b int) int {
	if t := x.Tag(a); t == "WP" || t == "WDT" {
		return a // "activists and voters who backed …": the pronoun's antecedent is no part of the source
	}
	j, and := a, false
	for j-1 > lo && (x.Tag(j-1) == "NN" || x.Tag(j-1) == "NNS") && x.QuoteAt[j-1] < 0 {
		j-- // "union officials", the parse's compound hung elsewhere
	}
	if j-1 > lo && (x.Tag(j-1) == "DT" || x.Tag(j-1) == "PRP$") {
		j-- // "the Gazette", "his deputy", the determiner hung elsewhere
	}
	for i := a; i < b; i++ {
		and = and || x.Lower[i] == "and" || x.Lower[i] == "or"
	}
	fallback := a
	for j-1 > lo && (x.Lower[j-1] == "," || x.Lower[j-1] == "and" || x.Lower[j-1] == "or") && x.QuoteAt[j-1] < 0 {
		k := x.npLeft(lo, j-1)
		if k < 0 || k >= j-1 {
			break
		}
		joined := x.Lower[j-1] != ","
		and = and || joined
		j = k
		if joined && j-1 > lo && x.Lower[j-1] == "," && x.QuoteAt[j-1] < 0 {
			fallback = j
		}
	}
	if j >= a-1 || !and || j > lo && x.Tag(j-1) == "IN" && x.D.Tokens[j-1].Dep != "mark" || j > lo && view.IsVerbTag(x.Tag(j-1)) {
		return fallback
	}
	return j
}

// beforeAdjunct ends a source [a, b) that runs beside its cue before a
// participle or prepositional phrase set off by a comma, which tells what
// the source was doing or where, not who it is: "“…,” Mayor Lind,
// opening the new pier, said", "…, said Ola Berg, at a later briefing."
// An appositive ("Ola Berg, a lawyer for the union,") stays.
func (x *Builder) beforeAdjunct(a, b int) int {
	for i := a + 1; i+1 < b; i++ {
		if x.Lower[i] != "," || x.QuoteAt[i] >= 0 {
			continue
		}
		if t, l := x.Tag(i+1), x.Lower[i+1]; t == "VBG" || t == "IN" && l != "of" && l != "that" {
			return i
		}
	}
	return b
}

// quantifiers stand for people on their own as subjects: "Some believe
// …", "Others say …", "…, many of whom say …", "those surveyed say …".
var quantifiers = view.Set("some many most others few several both all one another none neither each half third quarter fifth those")

// bodyParts are the nouns of an absolute phrase beside a speaker ("her
// voice shaking", "his hands raised"), never the speaker.
// Only with a possessive pronoun: "the head of the agency", "its research
// arm" are people and bodies.
var bodyParts = view.Set("eye face voice hand head arm lip cheek shoulder finger fist brow")

// prepositionsOnly are prepositions that open no clause.
// "About half", "up to half" are no prepositions' objects: "about" and "to"
// are left out.
var prepositionsOnly = view.Set("among amongst of from with without for by in at on like between")

// nameReadAsVerb: token i, tagged a verb (not a modal), is capitalised
// mid-sentence or opens a clause with no subject of its own: a name
// such as Cook, Early or Ebeling the tagger took for a verb.
func (x *Builder) nameReadAsVerb(i int) bool {
	t := x.Tag(i)
	if !view.IsVerbTag(t) || t == "MD" || !view.Capitalised(x.D.TokenText(i)) || view.AllCaps(x.D.TokenText(i)) ||
		auxiliaryLemmas[x.Lemma(i)] || strings.HasPrefix(x.D.Tokens[i].Dep, "aux") {
		return false // "Having announced …"
	}
	s := x.D.Sentences[x.Sentence[i]]
	return x.subjectOf(s, i) < 0
}

var auxiliaryLemmas = view.Set("be have do get")

// subjectAfterAnd returns the start of a noun phrase standing between
// "and" (or "but") and cue verb c, or -1: in "… mishandled the
// strike and Mayor Lind accused the union" the parse may read
// "Mayor Lind" as a second object and share the first verb's subject with
// "accused", but the words before the verb are its own subject. The
// phrase may hold a preposition's phrase and be coordinated: in "rejected
// the claims as “untrue,” and both outside experts and residents in the
// valley told the Herald …" the subject is from "both" to "valley".
func (x *Builder) subjectAfterAnd(s newsgraph.Sentence, c int) int {
	cs := x.cueStart(s.FirstToken, c)
	a := cs
	for a > s.FirstToken && x.QuoteAt[a-1] < 0 {
		switch t := x.Tag(a - 1); {
		case view.IsNPTag(t) && t != "VBN" && t != "VBG":
			a--
			continue
		case t == "IN" && prepositionsOnly[x.Lower[a-1]] && a-2 > s.FirstToken && view.IsNounTag(x.Tag(a-2)) && a < cs:
			a-- // "residents | in | the valley"
			continue
		}
		break
	}
	if a == cs || a <= s.FirstToken || x.Tag(a-1) != "CC" || x.Tag(a) == "IN" || !x.hasNoun(a, cs) {
		return -1
	}
	return x.coordinatedLeft(s.FirstToken, a, cs)
}

// tense groups verb tags whose confusions do not matter here: the tagger
// often reads a past tense as a participle ("Olsen pledged").
// inContent: token i lies in the content of an attribution built so far.
// It reads every attribution, so callers ask it last.
func (x *Builder) inContent(i int) bool {
	for _, a := range x.out {
		if t, _ := view.TokensOf(x.D, a.Content); t.A <= i && i < t.B {
			return true
		}
	}
	return false
}

func tense(tag string) string {
	switch tag {
	case "VBD", "VBN":
		return "past"
	case "VBZ", "VBP":
		return "present"
	}
	return tag
}

// hasAuxChild: verb c has an auxiliary whose relation begins with dep:
// "aux" ("have in the past said": a finite verb the parse misread has
// none), or "aux:pass" ("was rejected").
func (x *Builder) hasAuxChild(s newsgraph.Sentence, c int, dep string) bool {
	for k := s.FirstToken; k < c; k++ {
		if t := x.D.Tokens[k]; t.Head == c && strings.HasPrefix(t.Dep, dep) {
			return true
		}
	}
	return false
}

// clauseCaseOnly: noun n has no preposition, or one that opens a clause
// ("after a newspaper reported"); "in the past said" is no subject.
func (x *Builder) clauseCaseOnly(s newsgraph.Sentence, n int) bool {
	for k := s.FirstToken; k < n; k++ {
		if t := x.D.Tokens[k]; t.Head == n && t.Dep == "case" && !caseBeforeClause[x.Lower[k]] {
			return false
		}
	}
	return true
}

// caseBeforeClause are the prepositions the parse gives a subject it cut
// from its clause ("after a newspaper reported").
var caseBeforeClause = view.Set("after before since until as because when while once")

var (
	finiteTags = view.Set("VBD VBZ VBP")
	nounBefore = view.Set("NN NNS NNP NNPS PRP")
)

// noSubjectFrom are relations across which a clause does not share its
// head's subject: a clausal complement or a relative clause has its own.
var noSubjectFrom = view.Set("ccomp csubj parataxis acl:relcl root")

// relativeSubject returns the relative pronoun that is the subject of cue
// c in a relative clause ("Democrats, who have argued that …"), or -1.
// PolNeAR marks the pronoun as the source; the resolver names the
// antecedent as the speaker. The parse often mistakes the clause for
// parataxis, so the test is the pronoun's tag and the noun before it.
func (x *Builder) relativeSubject(s newsgraph.Sentence, c int) int {
	subj := x.subjectOf(s, c)
	if subj < 0 {
		subj = x.perfectsSubject(s, c)
	}
	if subj <= s.FirstToken || subj > c || !view.RelativePronouns[x.Lower[subj]] || x.QuoteAt[subj] >= 0 {
		return -1
	}
	if t := x.Tag(subj); t != "WP" && t != "WDT" {
		return -1
	}
	if view.RelativeHead(x.D, subj) < 0 {
		return -1
	}
	return subj
}

// perfectsSubject: cue c is a past participle the parse hung on the noun
// before it, though a "has" or "had" shortly before makes it a perfect
// ("Beck, who has in the past described Trump as …": the parse made
// "described" describe "the past"); the subject is the auxiliary's, or -1.
func (x *Builder) perfectsSubject(s newsgraph.Sentence, c int) int {
	if t := x.D.Tokens[c]; t.Tag != "VBN" || t.Dep != "acl" {
		return -1
	}
	for k := c - 1; k >= s.FirstToken && k >= c-6; k-- {
		switch {
		case x.Lemma(k) == "have" && view.IsFinite(x.Tag(k)):
			return x.subjectOf(s, k)
		case view.IsFinite(x.Tag(k)) || x.Lower[k] == "," || x.QuoteAt[k] >= 0:
			return -1
		}
	}
	return -1
}

// subjectOf returns the nominal subject the parse gives token v, or -1.
// When a wrong parse gives it two, the one nearest the verb wins: in
// "…, as did Sergei Lavrov, images on state television showed" it is
// "images".
func (x *Builder) subjectOf(s newsgraph.Sentence, v int) int {
	best, half := -1, -1
	for k := s.FirstToken; k < s.EndToken; k++ {
		t := x.D.Tokens[k]
		if t.Head == v && strings.HasPrefix(t.Dep, "nsubj") && !timeWords[x.Lower[k]] {
			if best < 0 || view.Abs(k-v) < view.Abs(best-v) {
				best = k
			}
		}
		// "Nearly half said …": the tagger reads a bare "half" as an
		// adverb of the verb, which then has no subject; "Most say …",
		// "Most believe …" as an adjective or an adverb too.
		if t.Head == v && k < v && (t.Dep == "advmod" && x.Lower[k] == "half" || t.Dep == "amod" && quantifiers[x.Lower[k]] ||
			t.Dep == "advmod" && quantifiers[x.Lower[k]] && x.clauseStartAt(s, k) && view.IsFinite(x.Tag(v))) {
			half = k
		}
	}
	if best < 0 {
		return half
	}
	return best
}

// notInverted: cue c is neither set off by a comma after it ("The plan,
// Lind said, …") nor followed by a name ("…, says Carl Anthony, …").
func (x *Builder) notInverted(s newsgraph.Sentence, c int) bool {
	return c+1 < s.EndToken && x.Lower[c+1] != "," && x.Tag(c+1) != "NNP" && x.QuoteAt[c+1] < 0
}

// onlyItsOwnUpTo: every word between subject b and token e, but for
// punctuation, hangs on b, directly or through others (an appositive, a
// relative clause): nothing there is a clause of its own.
func (x *Builder) onlyItsOwnUpTo(s newsgraph.Sentence, b, e int) bool {
	for i := b + 1; i < e; i++ {
		if x.Tag(i) == "," || x.Tag(i) == "." {
			continue
		}
		h, n := x.D.Tokens[i].Head, 0
		for h != b && h >= s.FirstToken && h < s.EndToken && n < 64 {
			h, n = x.D.Tokens[h].Head, n+1
		}
		if h != b {
			return false
		}
	}
	return true
}

// clauseStartAt: token k opens its sentence, or follows a comma, a
// semicolon or a conjunction ("…, most said", "…; most said", "and many
// say"): a quantifier there is a subject, not a superlative's "most"
// ("The most telling …").
func (x *Builder) clauseStartAt(s newsgraph.Sentence, k int) bool {
	return x.opensClauseFrom(s.FirstToken, k)
}

// opensClauseFrom is clauseStartAt with the clause's first possible token
// lo in place of the sentence's.
func (x *Builder) opensClauseFrom(lo, k int) bool {
	return k == lo || x.Lower[k-1] == "," || x.Lower[k-1] == ";" || x.Tag(k-1) == "CC"
}

// subjectBefore returns the nominal subject of verb v that stands before
// it, the nearest, or -1.
func (x *Builder) subjectBefore(s newsgraph.Sentence, v int) int {
	for k := v - 1; k >= s.FirstToken; k-- {
		if t := x.D.Tokens[k]; t.Head == v && strings.HasPrefix(t.Dep, "nsubj") && !timeWords[x.Lower[k]] {
			return k
		}
	}
	return -1
}

// afterCommaOrQuote: verb v, past the adverbs and auxiliaries before it,
// follows a comma or a quotation.
func (x *Builder) afterCommaOrQuote(s newsgraph.Sentence, v int) bool {
	c := x.cueStart(s.FirstToken, v)
	return c > s.FirstToken && (x.Lower[c-1] == "," || x.QuoteAt[c-1] >= 0)
}

// wholeEntities widens tokens [a, b) to cover every entity it cuts: a name
// tagged by the NER is more reliable than the parse's bracketing of it.
func (x *Builder) wholeEntities(a, b int) (int, int) {
	for _, e := range x.Names.Overlapping(newsgraph.Span{Start: x.D.Tokens[a].Start, End: x.D.Tokens[b-1].End}) {
		for a > 0 && x.D.Tokens[a-1].End > e.Start {
			a--
		}
		for b < len(x.D.Tokens) && x.D.Tokens[b].Start < e.End {
			b++
		}
	}
	return a, b
}

func (x *Builder) hasComma(a, b int) bool {
	for i := a; i < b; i++ {
		if x.Lower[i] == "," {
			return true
		}
	}
	return false
}

// afterQuote: the cue follows a closing quotation mark, with or without a
// comma between.
func (x *Builder) afterQuote(cs int) bool {
	i := cs - 1
	if x.Lower[i] == "," {
		i--
	}
	return i >= 0 && x.QuoteAt[i] >= 0
}

// appositiveSubject finds the subject before "…, SOURCE-DESCRIPTION, said"
// or "…, who …, said": the noun phrase before the first of the two commas,
// with the appositive when it is one. comma is the second comma's token.
func (x *Builder) appositiveSubject(s newsgraph.Sentence, comma int) (int, int) {
	first := -1
	for i := comma - 1; i > s.FirstToken; i-- {
		if x.Lower[i] == "," {
			first = i
			break
		}
	}
	if first < 0 {
		return -1, -1
	}
	a := x.npLeft(s.FirstToken, first)
	if a < 0 || x.QuoteAt[a] >= 0 {
		return -1, -1
	}
	if b := x.npRight(first+1, comma); b == comma { // an appositive: "Its chairman, Piet Olander,"
		return a, comma
	}
	return a, first // a relative clause: "Dr. Meer, who leads the team,"
}

// elidedSubject finds the subject of a sentence whose cue verb has none of
// its own ("Putin praised … and later told reporters …"): the noun phrase
// that opens the sentence, if a verb follows it.
func (x *Builder) elidedSubject(s newsgraph.Sentence, cs int) (int, int) {
	i := s.FirstToken
	for i < cs && (x.Tag(i) == "RB" || x.Tag(i) == "IN" && false) {
		i++
	}
	e := x.npRight(i, cs)
	if e < 0 || e >= cs || !view.IsVerbTag(x.Tag(e)) && x.Tag(e) != "RB" {
		return -1, -1
	}
	return i, e
}

// objectControl are the verbs whose object does what the infinitive
// after it says: "led the shipyard to announce", "forced him to resign".
var objectControl = view.Set("lead force prompt cause ask urge persuade push pressure compel encourage invite allow order require inspire drive convince")

// objectBefore returns the direct object of verb v that stands between v
// and token c, or -1.
func (x *Builder) objectBefore(v, c int) int {
	for k := v + 1; k < c; k++ {
		if t := x.D.Tokens[k]; t.Head == v && t.Dep == "obj" {
			return k
		}
	}
	return -1
}
