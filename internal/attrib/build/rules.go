package build

import (
	"strings"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/attrib/view"
)

// npLeft returns the start of the simple noun phrase that ends at token
// end-1 ("the South Korean military", "US officials and experts"), or -1.
func (x *Builder) npLeft(lo, end int) int {
	if end <= lo || x.Tag(end-1) == "CC" {
		return -1 // "quoting a proverb and referencing": no subject ends in "and"
	}
	i := end
	for i > lo && (view.IsNPTag(x.Tag(i-1)) || x.Tag(i-1) == "CC" && i-2 >= lo && view.IsNounTag(x.Tag(i-2))) {
		i--
	}
	// One prepositional phrase: "images on Russian state television".
	if i > lo+1 && i < end && x.Tag(i-1) == "IN" && view.IsNounTag(x.Tag(i-2)) && x.Lower[i-1] != "that" {
		j := i - 1
		for j > lo && view.IsNPTag(x.Tag(j-1)) {
			j--
		}
		i = j
	}
	for i < end && (x.Tag(i) == "CC" || x.Tag(i) == "POS" || x.Tag(i) == "VBG" || x.Tag(i) == "VBN") {
		i++ // a participle opens a clause, not a subject
	}
	if i == end || !x.hasNoun(i, end) {
		return -1
	}
	return i
}

// npRight returns the end of the simple noun phrase starting at token
// start, or -1.
func (x *Builder) npRight(start, hi int) int {
	i := start
	for i < hi && (view.IsNPTag(x.Tag(i)) && x.Tag(i) != "VBG" && x.Tag(i) != "VBN") {
		if x.Tag(i) == "PRP" && i > start {
			break // "told reporters he saw": a pronoun after a noun starts a clause
		}
		i++
	}
	if i == start || !x.hasNoun(start, i) {
		return -1
	}
	return i
}

func (x *Builder) hasNoun(a, b int) bool {
	for i := a; i < b; i++ {
		if view.IsNounTag(x.Tag(i)) {
			return true
		}
	}
	return false
}

// cueStart extends a cue verb left over its auxiliaries and adverbs, as
// PolNeAR marks cues: "has said", "will tell", "also said", "did not
// immediately respond", and "is demanding" for a participle.
func (x *Builder) cueStart(lo, c int) int {
	participle := x.Tag(c) == "VBG" || x.Tag(c) == "VBN"
	for c > lo && x.QuoteAt[c-1] < 0 {
		t, l := x.Tag(c-1), x.Lemma(c-1)
		if t == "MD" || strings.HasPrefix(t, "RB") && t != "RP" || (l == "have" || l == "do" || l == "be" && participle) && view.IsVerbTag(t) {
			c--
			continue
		}
		break
	}
	return c
}

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
	if c+1 < end && (x.Tag(c+1) == "RP" || phrasal[x.Lemma(c)][x.Lower[c+1]]) && x.QuoteAt[c+1] < 0 {
		e = c + 2
	}
	if j := x.skipAdjuncts(e, end); j > e && x.contentStarts(j, end) {
		e = j
	} else if e+1 < end && contentPreps[x.Lower[e]] && x.QuoteAt[e] < 0 && x.QuoteAt[e+1] < 0 && x.Lower[e+1] != "that" {
		e++ // "talked about", "voted against": the preposition leads to the content
	}
	return e
}

var contentPreps = view.Set("about against of over for into")

// skipAdjuncts returns the first token from i on that is no adverb, time
// expression or "in/at/during/on …" phrase, looking at most 12 tokens on.
func (x *Builder) skipAdjuncts(i, end int) int {
	limit := min(end, i+12)
	for i < limit && x.QuoteAt[i] < 0 {
		switch l, t := x.Lower[i], x.Tag(i); {
		case strings.HasPrefix(t, "RB") && l != "not" && l != "n't":
			i++
		case timeWords[l]:
			i++
		case (l == "last" || l == "this" || l == "next" || l == "early" || l == "late") && i+1 < limit && timeWords[x.Lower[i+1]]:
			i += 2
		case l == "in" || l == "at" || l == "during" || l == "on" || l == "with" || l == "to":
			j := i + 1
			for j < limit && x.QuoteAt[j] < 0 && (view.IsNPTag(x.Tag(j)) || x.Tag(j) == "DT" || x.Tag(j) == "JJ" || x.Tag(j) == "CD" ||
				x.Tag(j) == "POS" || x.Tag(j) == "PRP$") {
				j++
			}
			if j == i+1 {
				return i
			}
			i = j
		default:
			return i
		}
	}
	return i
}

// contentStarts: token j opens the content or ends the clause.
func (x *Builder) contentStarts(j, end int) bool {
	if j >= end {
		return true
	}
	l := x.Lower[j]
	return l == "that" || l == "," || l == ":" || x.Tag(j) == "." || x.QuoteAt[j] >= 0
}

// timeWords say when; they are never a cue's subject, whatever the parse
// says ("said Friday").
var timeWords = view.Set("today yesterday tonight earlier later recently " +
	"monday tuesday wednesday thursday friday saturday sunday morning afternoon evening night " +
	"week month year weekend")

// verbCue builds the attribution around cue verb c of sentence k.
func (x *Builder) verbCue(k, c int) {
	s := x.D.Sentences[k]
	cs := x.cueStart(s.FirstToken, c)
	if x.passiveWithAgent(s, cs, c) {
		return
	}
	ce := x.cueEnd(c, s.EndToken)
	cue := x.Span(cs, ce)
	var source *newsgraph.Span
	srcStart, srcEnd := -1, -1

	// The parse's subject of the cue, with everything that hangs on it
	// ("Kenneth Baer, a former official who runs …").
	if a, b := x.parsedSubject(s, c); a >= 0 {
		srcStart, srcEnd = a, b
	} else if r := x.relativeSubject(s, c); r >= 0 {
		srcStart, srcEnd = r, r+1
	}
	// Inverted: “…,” said Kim.
	if srcStart < 0 && cs > s.FirstToken+1 && x.afterQuote(cs) {
		if e := x.npRight(c+1, s.EndToken); e > 0 {
			srcStart, srcEnd = c+1, e
		}
	}
	// “…,” Scott Pruitt, the attorney general of Oklahoma, one of the
	// states suing the EPA, said: whatever stands between the quotation
	// and the cue is the source, when it names someone and holds no verb
	// of its own.
	if srcStart < 0 {
		srcStart, srcEnd = x.sourceAfterQuote(s, cs)
		if srcStart >= 0 {
			srcEnd = x.beforeAdjunct(srcStart, srcEnd)
		}
	}
	// Inverted after reported speech: "…, said Brian Baker, an adviser."
	// The source runs to the end of the sentence, description and all.
	if (srcStart < 0 || srcStart == c+1) && cs > s.FirstToken+2 && x.Lower[cs-1] == "," && cs == c && !x.anyTaken(s.FirstToken, cs-1) &&
		c+1 < s.EndToken && x.Tag(c+1) == "NNP" {
		if e := x.npRight(c+1, s.EndToken); e > 0 {
			end := s.EndToken
			for end > e && x.Tag(end-1) == "." {
				end--
			}
			if e == end || x.Lower[e] == "," {
				src := x.Span(c+1, x.beforeAdjunct(c+1, end))
				x.add(x.KindOf(s.FirstToken, cs-1), &src, cue, x.Span(s.FirstToken, cs-1), nil)
				return
			}
		}
	}
	// "footage released by the Kremlin": the noun a participle describes
	// is what was released, not who released it.
	reduced := x.Tag(c) == "VBN" && (x.D.Tokens[c].Dep == "acl" || x.D.Tokens[c].Dep == "amod") &&
		c+1 < s.EndToken && x.Lower[c+1] == "by"
	if srcStart < 0 && reduced {
		return
	}
	if srcStart < 0 {
		lo := cs
		for lo > s.FirstToken && strings.HasPrefix(x.Tag(lo-1), "RB") { // "had earlier said", "later said"
			lo--
		}
		if lo > s.FirstToken && x.Lower[lo-1] == "," {
			srcStart, srcEnd = x.appositiveSubject(s, lo-1)
		} else if a := x.npLeft(s.FirstToken, lo); a >= 0 && x.QuoteAt[a] < 0 {
			srcStart, srcEnd = a, lo
		}
	}
	if srcStart < 0 {
		srcStart, srcEnd = x.elidedSubject(s, cs)
	}
	if srcStart >= 0 {
		sp := x.Span(srcStart, srcEnd)
		source = &sp
		// "Analysts said the factors have helped, citing …": the parse hangs
		// the participle on the reported verb, whose subject another
		// attribution's content holds; the participle is the analysts'.
		if prev := x.coordinatedWith(s, cs); prev != nil && x.Tag(cs) == "VBG" && prev.Content.Contains(sp) {
			source, srcStart, srcEnd = prev.Source, -1, -1
		}
	} else if prev := x.coordinatedWith(s, cs); prev != nil {
		source = prev.Source
	}
	if x.openingParticiple(s, cs, c, source, cue) {
		return
	}
	x.content(k, cs, c, source, srcStart, srcEnd, cue)
}

// openingParticiple records the attribution of a participle cue that
// opens its sentence ("Citing a leaked memo, the mayor accused …",
// "After saying the pier was unsafe, she …"): what it introduces runs to
// the comma that ends the participle's clause, and its source is the
// main clause's subject, found (if at all) after that comma.
func (x *Builder) openingParticiple(s newsgraph.Sentence, cs, c int, source *newsgraph.Span, cue newsgraph.Span) bool {
	lead := cs == s.FirstToken || cs == s.FirstToken+1 && openingSubordinators[x.Lower[s.FirstToken]]
	if x.Tag(c) != "VBG" || !lead {
		return false
	}
	after := x.cueEnd(c, s.EndToken)
	for p := after; p < s.EndToken; p++ {
		if x.QuoteAt[p] >= 0 || x.Lower[p] != "," {
			continue
		}
		if p == after || x.anyTaken(after, p) {
			return false
		}
		if e := x.npRight(p+1, s.EndToken); source == nil && e > 0 && e < s.EndToken && view.IsVerbTag(x.Tag(x.skipAdverbs(e, s.EndToken))) {
			sp := x.Span(p+1, e) // the main clause's subject, which the parse did not give the participle
			source = &sp
		}
		x.add(x.KindOf(after, p), source, cue, x.Span(after, p), nil)
		return true
	}
	return false
}

// skipAdverbs returns the first token from i on that is no adverb.
func (x *Builder) skipAdverbs(i, end int) int {
	for i < end-1 && strings.HasPrefix(x.Tag(i), "RB") {
		i++
	}
	return i
}

var openingSubordinators = view.Set("after before while when since despite")

// coordinatedWith returns the attribution whose cue this one's, starting
// at cs, goes with, when the parse gave neither cue a subject of its own
// to share, or nil: the two share their source. The cue is coordinated by
// "and" ("praised the crews … and said the port would reopen"), or is a participle
// right after the other attribution and a comma ("“…,” Lind said,
// emphasizing why …"; "…,\" adding that …").
func (x *Builder) coordinatedWith(s newsgraph.Sentence, cs int) *newsgraph.Attribution {
	if cs-1 <= s.FirstToken {
		return nil
	}
	participle := x.Tag(cs) == "VBG" && (x.Lower[cs-1] == "," || view.IsQuoteMark(x.D.TokenText(cs-1)) && x.Lower[cs-2] == ",")
	if x.Lower[cs-1] != "and" && !participle {
		return nil
	}
	for i := len(x.out) - 1; i >= 0; i-- {
		a := &x.out[i]
		if a.Source == nil || !s.Contains(a.Cue) || a.Cue.End > x.D.Tokens[cs].Start {
			continue
		}
		end := max(a.Cue.End, a.Content.End, a.Source.End)
		if a.Addressee != nil {
			end = max(end, a.Addressee.Mention.End) // “…,” Lind told the crowd, reciting …
		}
		if participle && end < x.D.Tokens[cs-1].Start {
			return nil // the participle does not follow that attribution
		}
		return a
	}
	return nil
}

// passiveWithAgent records "The story was first reported by the Post":
// the agent after "by" is the source, the cue takes "by", and what was
// reported, the passive subject, is the content. It reports whether it
// recorded one.
func (x *Builder) passiveWithAgent(s newsgraph.Sentence, cs, c int) bool {
	by := c + 1
	if x.Tag(c) != "VBN" || by >= s.EndToken || x.Lower[by] != "by" || x.QuoteAt[by] >= 0 {
		return false
	}
	e := x.npRight(by+1, s.EndToken)
	a, b := x.parsedSubject(s, c)
	if e < 0 || a < 0 || b > cs || x.anyTaken(a, b) || x.anyTaken(by+1, e) {
		return false
	}
	src := x.Span(by+1, e)
	x.add(x.KindOf(a, b), &src, x.Span(cs, by+1), x.Span(a, b), nil)
	return true
}

// parsedSubject returns the tokens [a, b) of the nominal subject the parse
// gives cue verb c, or -1. The subject's subtree must stay inside the
// sentence, outside quotations and clear of the cue. An appositive's closing
// comma belongs to it, as PolNeAR marks it ("Brian Fallon, the campaign’s
// press secretary, said").
func (x *Builder) parsedSubject(s newsgraph.Sentence, c int) (int, int) {
	subj := x.subjectOf(s, c)
	if subj < 0 && x.D.Tokens[c].Dep == "conj" {
		if a := x.subjectAfterAnd(s, c); a >= 0 {
			return x.wholeEntities(a, x.cueStart(s.FirstToken, c))
		}
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
		// A cue coordinated with a verb inside what another cue reports
		// shares that verb's subject only in the same tense: "Lind says
		// Olsen pledged … and said she would …" (Olsen said), but "Berg
		// said Oslo could help … and suggested …" (Berg suggested, which
		// coordinatedWith finds).
		if subj >= 0 && x.taken[subj] && x.D.Tokens[c].Dep == "conj" && tense(x.Tag(v)) != tense(x.Tag(c)) {
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
	for a < b && (x.Lower[a] == "," || x.QuoteAt[a] >= 0 && x.D.Quotes[x.QuoteAt[a]].Start == x.D.Tokens[a].Start) {
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
	if a >= b || (a <= c && c < b) || x.AnyQuoted(a, b) || !x.hasNoun(a, b) && !quantifiers[x.Lower[subj]] {
		return -1, -1
	}
	if b < s.EndToken && x.Lower[b] == "," && x.hasComma(a, b) {
		b++
	}
	return a, b
}

// coordinatedLeft widens a subject [a, b) over the noun phrases
// coordinated with it on its left, which a wrong parse leaves out: "The
// Courier and the Gazette filed …", "as Spain, Italy and France support
// …". It needs an "and" or "or" among them, and the words before the
// phrases may not be a preposition's ("In Brask, officials said").
func (x *Builder) coordinatedLeft(lo, a, b int) int {
	j, and := a, false
	if j-1 > lo && x.Tag(j-1) == "DT" {
		j-- // "the Gazette", its article hung elsewhere
	}
	for i := a; i < b; i++ {
		and = and || x.Lower[i] == "and" || x.Lower[i] == "or"
	}
	for j-1 > lo && (x.Lower[j-1] == "," || x.Lower[j-1] == "and" || x.Lower[j-1] == "or") && x.QuoteAt[j-1] < 0 {
		k := x.npLeft(lo, j-1)
		if k < 0 || k >= j-1 {
			break
		}
		and = and || x.Lower[j-1] != ","
		j = k
	}
	if j >= a-1 || !and || j > lo && x.Tag(j-1) == "IN" && x.D.Tokens[j-1].Dep != "mark" || j > lo && view.IsVerbTag(x.Tag(j-1)) {
		return a
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
// …", "Others say …", "…, many of whom say …".
var quantifiers = view.Set("some many most others few several both all one another none neither each")

// subjectAfterAnd returns the start of a noun phrase standing between
// "and" (or "but") and cue verb c, or -1: in "… mishandled the
// strike and Mayor Lind accused the union" the parse may read
// "Mayor Lind" as a second object and share the first verb's subject with
// "accused", but the words before the verb are its own subject.
func (x *Builder) subjectAfterAnd(s newsgraph.Sentence, c int) int {
	cs := x.cueStart(s.FirstToken, c)
	a := cs
	for a > s.FirstToken && view.IsNPTag(x.Tag(a-1)) && x.Tag(a-1) != "VBN" && x.Tag(a-1) != "VBG" && x.QuoteAt[a-1] < 0 {
		a--
	}
	if a == cs || a <= s.FirstToken || x.Tag(a-1) != "CC" || !x.hasNoun(a, cs) {
		return -1
	}
	return a
}

// tense groups verb tags whose confusions do not matter here: the tagger
// often reads a past tense as a participle ("Olsen pledged").
func tense(tag string) string {
	switch tag {
	case "VBD", "VBN":
		return "past"
	case "VBZ", "VBP":
		return "present"
	}
	return tag
}

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

// subjectOf returns the nominal subject the parse gives token v, or -1.
// When a wrong parse gives it two, the one nearest the verb wins: in
// "…, as did Sergei Lavrov, images on state television showed" it is
// "images".
func (x *Builder) subjectOf(s newsgraph.Sentence, v int) int {
	best := -1
	for k := s.FirstToken; k < s.EndToken; k++ {
		if t := x.D.Tokens[k]; t.Head == v && strings.HasPrefix(t.Dep, "nsubj") && !timeWords[x.Lower[k]] {
			if best < 0 || view.Abs(k-v) < view.Abs(best-v) {
				best = k
			}
		}
	}
	return best
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

// content finds what a verb cue introduces and records the attribution.
func (x *Builder) content(k, cs, c int, source *newsgraph.Span, srcStart, srcEnd int, cue newsgraph.Span) {
	s := x.D.Sentences[k]
	// A quotation just before the source or cue: “…,” Kim said.
	before := cs
	if srcStart >= 0 && srcStart < cs {
		before = srcStart
	}
	// “…?” Clinton said. The question mark ended the sentence before the
	// source, so the quotation is the previous sentence's last words.
	if before == s.FirstToken && before > 0 && x.onlyAdjunctsAfter(k, c) {
		if q := x.QuoteAt[before-1]; q >= 0 && !x.taken[before-1] && x.D.Quotes[q].End == x.D.Tokens[before-1].End {
			x.add(newsgraph.Direct, source, cue, x.D.Quotes[q].Span, nil)
			return
		}
	}
	// A quotation another cue already has is not this one's: in "“…,” he
	// said, adding that …" the content of "adding" follows it.
	// Title words the parse left out of the subject may stand between:
	// "“…,” White House Press Secretary Josh Earnest said", "“…,” retired
	// Air Force general Lloyd Newton said".
	if srcStart >= 0 && srcStart < cs {
		for before > s.FirstToken+1 && srcStart-before < 8 && x.QuoteAt[before-1] < 0 &&
			(titleWordTags[x.Tag(before-1)] || x.Tag(before-1) == "VBD" && x.QuoteAt[before-2] >= 0) { // "retired" read as a verb
			before--
		}
	}
	if before > s.FirstToken && !x.taken[before-1] {
		if q := x.QuoteAt[before-1]; q >= 0 && x.opensClause(s, q) {
			if source != nil && before < srcStart {
				source.Start = x.D.Tokens[before].Start
			}
			x.add(newsgraph.Direct, source, cue, x.D.Quotes[q].Span, x.hearerAfter(s, c))
			x.trailingQuote(k, max(c+1, srcEnd), source, cue)
			return
		} else if q >= 0 && x.Tag(s.FirstToken) != "VBG" && !x.opensWithPreposition(s) && !x.anyTaken(s.FirstToken, before) {
			// Not paying the crews “makes no sense,” Lind said: the quotation
			// ends a clause that runs from the sentence's start.
			x.add(x.KindOf(s.FirstToken, before), source, cue, x.Span(s.FirstToken, before), nil)
			return
		}
	}
	after := x.cueEnd(c, s.EndToken)
	if srcStart > c {
		after = srcEnd
	}
	var addressee *newsgraph.Span
	if tellLemmas[x.Lemma(c)] && srcStart < c && after == c+1 {
		if e := x.npRight(after, s.EndToken); e > 0 {
			sp := x.Span(after, e)
			addressee = &sp
			// "urged both sides to return": what was urged is "both sides
			// to return", so the hearer stays in the content too.
			if e >= s.EndToken || x.Lower[e] != "to" {
				after = x.skipToThat(e, s.EndToken)
			}
		}
	}
	if after < s.EndToken && x.Lower[after] == ":" && after == x.cueEnd(c, s.EndToken) {
		cue.End = x.D.Tokens[after].End // "said:" — PolNeAR's cue takes the colon
	}
	// "Limbaugh added:" ending its paragraph: what he added is the next
	// paragraph.
	if after == s.EndToken-1 && x.Lower[after] == ":" && source != nil {
		if a, b := x.nextParagraph(s); b > a && !x.anyTaken(a, b) && !x.speakerTurn(a, b) {
			x.add(x.KindOf(a, b), source, cue, x.Span(a, b), addressee)
			return
		}
	}
	for after < s.EndToken && (x.Lower[after] == ":" || x.Lower[after] == ",") {
		after++
	}
	// A quotation right after: Kim said: “…”.
	if after < s.EndToken {
		if q := x.QuoteAt[after]; q >= 0 {
			x.add(newsgraph.Direct, source, cue, x.D.Quotes[q].Span, addressee)
			return
		}
	}
	// Trailing cue: CONTENT, SOURCE CUE.
	if srcStart >= 0 && srcStart < cs && srcStart > s.FirstToken+1 && x.Lower[srcStart-1] == "," && x.isClauseEnd(k, x.skipAdjuncts(c+1, s.EndToken)) {
		// "During his years in office, Lind said, the port grew": an
		// opening adverbial is the setting, and the claim is the words
		// after the cue.
		n := len(x.out)
		if x.opensWithPreposition(s) && !x.hasFiniteVerb(s.FirstToken, srcStart-1) {
			if x.medialTail(k, x.skipAdjuncts(c+1, s.EndToken), source, cue); len(x.out) > n {
				return
			}
		}
		x.add(x.KindOf(s.FirstToken, srcStart-1), source, cue, x.Span(s.FirstToken, srcStart-1), addressee)
		x.medialTail(k, x.skipAdjuncts(c+1, s.EndToken), source, cue)
		return
	}
	// Reported speech: SOURCE CUE (that) CONTENT. PolNeAR counts "that" as
	// part of the content.
	after = x.skipToThat(after, s.EndToken)
	end := s.EndToken
	for end > after && (x.Tag(end-1) == "." || x.Lower[end-1] == ",") {
		end--
	}
	if end-after < 2 || source == nil {
		return
	}
	if q := x.QuoteAt[end-1]; q >= 0 && x.D.Quotes[q].End > x.D.Tokens[end-1].End {
		end = x.quoteEnd(q) // a quotation that runs on past this sentence
	}
	end = x.clauseWithOwnCue(after, end)
	end = x.complementEnd(c, after, end)
	end = x.relativeClauseClose(srcStart, srcEnd, after, end)
	if end <= after {
		// Each of the three may end the content at its very start ("he
		// laughed and said, …": the clause with its own cue begins right
		// after "laughed"): nothing is left to report.
		return
	}
	if x.anyTaken(after, end) {
		return // another attribution has these words already
	}
	if w := srcStart - 1; srcStart > s.FirstToken && srcStart < cs && x.frontedWh(w) {
		// "what Lind says the plan would do": the fronted word is part of
		// what is said, so the content runs from it across source and cue.
		if e := x.relativeClauseEnd(w, c, after, end); e > after {
			x.add(x.KindOf(w, e), source, cue, x.Span(w, e), addressee)
			return
		}
	}
	if srcStart >= 0 && srcStart < cs && x.subjectIsTopic(s, c) {
		// A passive of a verb not of saying or believing ("was awarded",
		// "is observed") is an event, not a report: on PolNeAR dev most
		// such attributions had no gold cue.
		if l := x.Lemma(c); isCoreCue(l) || l == "seem" || l == "appear" {
			x.topicAttribution(srcStart, srcEnd, after, end, cue, addressee)
		}
		return
	}
	x.add(x.KindOf(after, end), source, cue, x.Span(after, end), addressee)
}

// opensWithPreposition: sentence s opens with a prepositional phrase, so
// a quotation ending just before the source is a title inside it ("On
// Tuesday's episode of “The Morning Show,” Lind said …"), not words said.
func (x *Builder) opensWithPreposition(s newsgraph.Sentence) bool {
	return x.Tag(s.FirstToken) == "IN" && x.D.Tokens[s.FirstToken].Dep == "case"
}

// opensClause: quotation q starts its sentence, or follows words already
// attributed or punctuation ("On pay, “…,” Lind said"). Otherwise it
// ends a clause ("Not paying the crews “makes no sense,” Lind said") or a
// phrase ("Mocking the “new plan,” Lind accused …").
func (x *Builder) opensClause(s newsgraph.Sentence, q int) bool {
	a, _ := x.QuoteTokens(q)
	if a <= s.FirstToken || x.taken[a-1] {
		return true
	}
	switch x.Lower[a-1] {
	case ":", ",", "—", "–", "--", ";", "(":
		return true
	}
	return false
}

// complementEnd ends reported content where the parse ends the cue's
// complement, when that is sooner than the sentence: in "Merrill says
// Machado promised to continue supporting Clinton and said she would …"
// the second verb is the subject's, not part of what Merrill says.
func (x *Builder) complementEnd(c, after, end int) int {
	comp := -1
	for i := after; i < end; i++ {
		if t := x.D.Tokens[i]; t.Head == c && complementDeps[t.Dep] {
			comp = i
			break
		}
	}
	if comp < 0 {
		return end
	}
	last := comp
	tenseBreak := x.tenseBreak(c, comp, end)
	for i := after; i < tenseBreak; i++ {
		if view.Dominates(x.D, comp, i) {
			last = max(last, i)
		}
	}
	for last > after && (x.Tag(last) == "." || x.Lower[last] == "," || x.Tag(last) == "CC") {
		last--
	}
	if tenseBreak < end {
		return last + 1
	}
	next := last + 1
	for next < end && (x.Lower[next] == "," || x.Tag(next) == "CC" || strings.HasPrefix(x.Tag(next), "RB")) {
		next++
	}
	// Cut only before a verb coordinated with the cue or a participle
	// hanging on it: the parse is less sure of other attachments.
	if next < end && last+1-after >= 2 {
		if t := x.D.Tokens[next]; t.Head == c && (t.Dep == "conj" || t.Dep == "advcl" && t.Tag == "VBG") {
			return last + 1
		}
	}
	return end
}

var complementDeps = view.Set("ccomp xcomp obj")

// tenseBreak finds a verb in the past tense coordinated with a complement
// in the past perfect after a past-tense cue: in "He said he had spoken to
// Varga and offered to chair the talks" the offer is the speaker's act, in
// the cue's tense, not part of what he said, wherever the parse hangs it.
// It returns end when there is none.
func (x *Builder) tenseBreak(c, comp, end int) int {
	if x.Tag(c) != "VBD" || x.Tag(comp) != "VBN" || !x.hasAux(comp, "have") {
		return end
	}
	for i := comp + 1; i < end; i++ {
		if t := x.D.Tokens[i]; t.Head == comp && t.Dep == "conj" && t.Tag == "VBD" && x.subjectOf(x.D.Sentences[x.Sentence[i]], i) < 0 {
			return i
		}
	}
	return end
}

// hasAux reports whether verb v has an auxiliary of the given lemma.
func (x *Builder) hasAux(v int, lemma string) bool {
	s := x.D.Sentences[x.Sentence[v]]
	for k := s.FirstToken; k < v; k++ {
		if t := x.D.Tokens[k]; t.Head == v && t.Dep == "aux" && t.Lemma == lemma {
			return true
		}
	}
	return false
}

// clauseWithOwnCue ends reported content before ", as/while/but ..." when
// that clause has its own cue ("…, as Ukraine’s Western allies warned of
// …"), and before "and" when a new subject and its cue follow ("… and
// Mayor Lind accused the union of …"): the clause is an attribution of its
// own, not part of this one. The comma may end a quotation (“…a gun,” but
// he said …); the quotation then stays in the content.
func (x *Builder) clauseWithOwnCue(from, end int) int {
	for i := from; i+2 < end; i++ {
		cut, next := x.clauseBreak(i)
		if next < 0 || next+1 >= end {
			continue
		}
		switch x.Lower[next] {
		case "according", "saying", "adding", "citing", "noting", "arguing", "but":
			return cut // the reporter's own addition, or another attribution
		case "as", "while", "whereas", "although", "though":
			if x.subjectAndCue(next+1, end, false) {
				return cut
			}
		case "and":
			if x.subjectAndCue(next+1, end, true) || x.finiteCueAt(next+1, end) {
				return cut
			}
		}
		if x.QuoteAt[i] < 0 && x.Lower[i] == "," && x.Tag(next) == "VBG" && x.isCue(next) {
			return cut // ", claiming that …": a participle cue of its own
		}
	}
	return end
}

// clauseBreak: a clause may start after token i when i is a comma outside
// quotations, a comma closing a quotation (then the clause starts after
// the closing mark), or "and". It returns where the content would end and
// the clause's first word, or -1.
func (x *Builder) clauseBreak(i int) (cut, next int) {
	switch {
	case x.Lower[i] == "," && x.QuoteAt[i] < 0:
		return i, i + 1
	case x.Lower[i] == "," && i+2 < len(x.Lower) && view.IsQuoteMark(x.D.TokenText(i+1)) &&
		x.QuoteAt[i+1] == x.QuoteAt[i] && x.QuoteAt[i+2] != x.QuoteAt[i]:
		return i + 2, i + 2
	case x.Lower[i] == "and" && x.QuoteAt[i] < 0 && i > 0 && x.Lower[i-1] != ",":
		return i, i
	}
	return i, -1
}

// finiteCueAt: a finite cue verb, after any adverbs, stands at token a:
// "praised the crews for their work and said the port would reopen", where the
// second cue shares the subject and is an attribution of its own.
func (x *Builder) finiteCueAt(a, end int) bool {
	for a < end && strings.HasPrefix(x.Tag(a), "RB") {
		a++
	}
	if a >= end {
		return false
	}
	t := x.Tag(a)
	return (t == "VBD" || t == "VBZ" || t == "VBP" || t == "VBN") && x.isCue(a) // "and warned" is often read as a participle
}

// subjectAndCue: a noun phrase and a cue verb of its own follow from token
// a (within end); tight, the phrase starts at a and the cue (with its
// auxiliaries and adverbs) follows it at once, as after "and", which
// joins so much else.
func (x *Builder) subjectAndCue(a, end int, tight bool) bool {
	for j := a + 1; j < end; j++ {
		if !x.isCue(j) {
			continue
		}
		cs := x.cueStart(a, j)
		start := x.npLeft(a, cs)
		if start >= 0 && (!tight || start == a) {
			return true
		}
		if tight {
			return false
		}
	}
	return false
}

// complementizers open the content of reported speech.
var complementizers = view.Set("that how whether if why what when where who")

// skipToThat skips a short modifier ("on Tuesday") between a cue's object
// and the "that" (or "how", "whether"...) opening its content.
func (x *Builder) skipToThat(i, end int) int {
	for j := i; j < end && j < i+6; j++ {
		if complementizers[x.Lower[j]] && (j > i || x.Lower[j] == "that") {
			return j
		}
		if x.Lower[j] == "that" {
			return j
		}
		if view.IsVerbTag(x.Tag(j)) || x.QuoteAt[j] >= 0 || x.Lower[j] == "," {
			break
		}
	}
	return i
}

// isClauseEnd: only punctuation, or a comma and an appositive, follows.
// onlyAdjunctsAfter: after cue c, sentence k has no verb and no quotation,
// only things like "on Friday" or "in a statement".
func (x *Builder) onlyAdjunctsAfter(k, c int) bool {
	end := x.D.Sentences[k].EndToken
	for i := c + 1; i < end; i++ {
		if view.IsVerbTag(x.Tag(i)) || x.QuoteAt[i] >= 0 || x.Lower[i] == ":" {
			return false
		}
	}
	return end-c <= 10
}

func (x *Builder) isClauseEnd(k, i int) bool {
	s := x.D.Sentences[k]
	return i >= s.EndToken || x.Tag(i) == "." || x.Lower[i] == ","
}

func (x *Builder) quoteEnd(q int) int {
	_, b := x.QuoteTokens(q)
	return b
}

// trailingQuote: “A,” he said, “B.” — B is a second attribution with the
// same source and cue. Adjuncts, a hearer or "but" may stand between the
// cue and B (“A,” Lind told Radio Kesh on Wednesday, “B.”), but not a
// verb, which would be B's own cue.
func (x *Builder) trailingQuote(k, i int, source *newsgraph.Span, cue newsgraph.Span) {
	s := x.D.Sentences[k]
	for j := i; j < min(s.EndToken, i+12); j++ {
		if q := x.QuoteAt[j]; q >= 0 {
			if !x.taken[j] {
				x.add(newsgraph.Direct, source, cue, x.D.Quotes[q].Span, nil)
			}
			return
		}
		if t := x.Tag(j); t == "." || t == ":" || view.IsVerbTag(t) {
			return
		}
	}
}

// accordingTo: CONTENT, according to SOURCE. / According to SOURCE, CONTENT.
func (x *Builder) accordingTo(k, i int) {
	s := x.D.Sentences[k]
	e := i + 2
	for e < s.EndToken && x.Lower[e] != "," && x.Tag(e) != "." {
		e++
	}
	if from, end, ok := x.adverbialSource(k, i, i+2, e); ok && !x.hasFiniteVerb(from, end) {
		// "Over the winter, according to the union, the crews …": words
		// with no verb of their own before the cue leave the claim to the
		// words after it.
		src := x.Span(i+2, e)
		x.medialTail(k, e, &src, x.Span(i, i+2))
	}
}

// pollCue: "In a poll released Monday, most voters …" / "… led by five
// points in the latest survey". The source is the poll's phrase, up to a
// comma, with a participle phrase set off after it: "In the last poll,
// taken in May, …".
func (x *Builder) pollCue(k, i int) {
	s := x.D.Sentences[k]
	e := x.D.Tokens[i].Head + 1
	for e < s.EndToken && x.Lower[e] != "," && x.Tag(e) != "." && !view.IsFinite(x.Tag(e)) {
		e++
	}
	if i == s.FirstToken && e+1 < s.EndToken && x.Lower[e] == "," && (x.Tag(e+1) == "VBN" || x.Tag(e+1) == "VBG") {
		for e++; e < s.EndToken && x.Lower[e] != ","; e++ {
		}
	}
	x.adverbialSource(k, i, i+1, e)
}

// adverbialSource builds the attribution of a cue [i, a) that opens a
// phrase naming the source, [a, e): the words after the phrase's comma when
// it opens the sentence, else the words before it. ok reports whether it
// added one with content [from, end) ahead of the cue.
func (x *Builder) adverbialSource(k, i, a, e int) (from, end int, ok bool) {
	s := x.D.Sentences[k]
	cue := x.Span(i, a)
	if e == a {
		return 0, 0, false
	}
	source := x.Span(a, e)
	if i == s.FirstToken {
		from := e
		for from < s.EndToken && x.Lower[from] == "," {
			from++
		}
		// "…, and the shipping firm said it would …" is an attribution of
		// its own.
		end := x.clauseWithOwnCue(from, s.EndToken)
		for end > from && (x.Tag(end-1) == "." || x.Lower[end-1] == ",") {
			end--
		}
		if end > from {
			x.add(x.KindOf(from, end), &source, cue, x.Span(from, end), nil)
		}
		return 0, 0, false
	}
	end = i
	if end > s.FirstToken && x.Lower[end-1] == "," {
		end--
	}
	// What another attribution already has at the start of the sentence
	// ("“…,” Kim said, according to footage") is not this content.
	from = s.FirstToken
	for k := end - 1; k >= s.FirstToken; k-- {
		if x.taken[k] {
			from = k + 1
			break
		}
	}
	for from < end && (x.Lower[from] == "," || x.Tag(from) == "CC") {
		from++
	}
	if end-from >= 3 || from == s.FirstToken && end > from {
		x.add(x.KindOf(from, end), &source, cue, x.Span(from, end), nil)
		return from, end, true
	}
	return 0, 0, false
}

// anyTaken: some token in [a, b) already belongs to an attribution.
func (x *Builder) anyTaken(a, b int) bool {
	for i := a; i < b; i++ {
		if x.taken[i] {
			return true
		}
	}
	return false
}

// sourceAfterQuote returns the tokens between a quotation and cue start
// cs, when they name someone and hold no finite verb, or -1.
func (x *Builder) sourceAfterQuote(s newsgraph.Sentence, cs int) (int, int) {
	a := cs
	for a > s.FirstToken && x.QuoteAt[a-1] < 0 {
		a--
		if view.IsFinite(x.Tag(a)) || cs-a > 30 {
			return -1, -1
		}
	}
	if a == s.FirstToken || a == cs || !view.Capitalised(x.D.TokenText(a)) || !x.hasNoun(a, cs) {
		return -1, -1
	}
	b := cs
	if x.Lower[b-1] == "," && !x.hasComma(a, b-1) {
		b-- // no appositive: the comma before the cue is not the source's
	}
	if b <= a {
		return -1, -1
	}
	return a, b
}

// speakerTurn: tokens [a, b) open with a transcript's "NAME:" (after a
// stray opening mark), which is an attribution of its own.
func (x *Builder) speakerTurn(a, b int) bool {
	if a < b && (x.Lower[a] == "\"" || x.Lower[a] == "“") {
		a++
	}
	for c := a + 1; c < b && c <= a+6; c++ {
		if x.Lower[c] == ":" {
			return x.looksLikeName(a, c)
		}
	}
	return false
}

// titleWordTags are the tags of the words of a title or description
// before a name: "retired Air Force general", "the party's former chair".
var titleWordTags = view.Set("NN NNS NNP NNPS JJ VBN DT POS CD HYPH")
