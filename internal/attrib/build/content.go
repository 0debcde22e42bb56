package build

import (
	"strings"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/attrib/view"
)

// content finds what a verb cue introduces and records the attribution.
func (x *Builder) content(k, cs, c int, source *newsgraph.Span, srcStart, srcEnd int, cue newsgraph.Span) {
	s := x.D.Sentences[k]
	// A quotation just before the source or cue: “…,” Kim said.
	before := cs
	if srcStart >= 0 && srcStart < cs {
		before = srcStart
	}
	// “…?” Clinton said. The question mark ended the sentence before the
	// source, so the quotation is the previous sentence's last words. Only
	// a question or an exclamation, and only in the same paragraph: a
	// quotation that ended with a full stop, or closed the paragraph
	// before, is someone else's words (“…,” said Maria Osk. “…” ¶ Lars
	// Holm promised an inquiry.).
	// A full stop too when the sentence is its source and a verb of saying
	// alone (“…” Trump said.): such a sentence says nothing of its own.
	if before == s.FirstToken && before > 0 && x.onlyAdjunctsAfter(k, c) && !x.paragraphBreakBefore(before) {
		if q := x.QuoteAt[before-1]; q >= 0 && !x.taken[before-1] && x.D.Quotes[q].End == x.D.Tokens[before-1].End && (x.endsAsking(q) || x.bareSaying(s, c) && !x.followsAttribution(q)) {
			x.add(newsgraph.Direct, source, cue, x.D.Quotes[q].Span, x.hearerAfter(s, c))
			return
		}
	}
	// A quotation another cue already has is not this one's: in "“…,” he
	// said, adding that …" the content of "adding" follows it.
	// Title words the parse left out of the subject may stand between:
	// "“…,” White House Press Secretary Josh Earnest said", "“…,” retired
	// Air Force general Lloyd Newton said", "“…,” his nephew Ali Soheil
	// added".
	if srcStart >= 0 && srcStart < cs {
		for before > s.FirstToken+1 && srcStart-before < 8 && x.QuoteAt[before-1] < 0 &&
			(titleWordTags[x.Tag(before-1)] || x.Tag(before-1) == "PRP$" || x.Tag(before-1) == "FW" ||
				x.Tag(before-1) == "VBD" && x.QuoteAt[before-2] >= 0) { // "retired" read as a verb; "his nephew"; a name's "el"
			before--
		}
	}
	if before > s.FirstToken && !x.taken[before-1] {
		if q := x.QuoteAt[before-1]; q >= 0 && x.opensClause(s, q) {
			if source != nil && before < srcStart && srcStart < cs {
				source.Start = x.D.Tokens[before].Start // the title words passed over above
			}
			x.add(newsgraph.Direct, source, cue, x.D.Quotes[q].Span, x.hearerAfter(s, c))
			x.trailingQuote(k, max(c+1, srcEnd), source, cue)
			return
		} else if q >= 0 && (x.Tag(s.FirstToken) != "VBG" || x.D.Tokens[s.FirstToken].Dep == "csubj" && !x.isCue(s.FirstToken)) && !x.anyTaken(s.FirstToken, before) &&
			!x.titleInOpeningClause(s, q) {
			// (An opening participle is an adjunct, not what was said, but a
			// gerund the parse made the subject is, when it is no cue of
			// its own: "Choosing between them is a “false choice,” she
			// said.")
			// Not paying the crews “makes no sense,” Lind said: the quotation
			// ends a clause that runs from the sentence's start, or from the
			// end of an opening phrase, which PolNeAR leaves out: "Behind the
			// scenes, the mayor is “working the phones,” said Olander".
			from := s.FirstToken
			if x.opensWithPreposition(s) {
				from = x.afterOpeningPhrase(s, before)
			}
			if from >= 0 {
				x.add(x.KindOf(from, before), source, cue, x.Span(from, before), nil)
				return
			}
		}
	}
	after := x.cueEnd(c, s.EndToken)
	if srcStart > c {
		after = srcEnd
	}
	var addressee *newsgraph.Span
	afterHearer := c + 1 // where the words after the cue begin, its hearer passed
	if tellLemmas[x.Lemma(c)] && srcStart < c && after == c+1 {
		if e := x.hearerRight(after, s.EndToken); e > 0 && !x.amountOf(after, e) && !x.urgedThing(c, e, s.EndToken) {
			// An amount is what was promised or offered ("promised an
			// extra 200 million kroner"), never whom.
			// "promised the city would pay": no hearer, only what was promised.
			if e = x.hearerEnd(s, c, after, e); e > after {
				sp := x.Span(after, e)
				addressee, afterHearer = &sp, e
				if gatherings[x.Lemma(e-1)] {
					addressee = nil // "told a news conference": where it was said, not to whom
				}
				// "urged both sides to return": what was urged is "both sides
				// to return", so the hearer stays in the content too.
				// "urging people in the state to register": past its adjuncts
				// too. "told Politico last month." told nothing said here.
				j := e
				if j < s.EndToken && x.Lower[j] != "to" {
					j = x.skipAdjuncts(e, s.EndToken)
				}
				if j >= s.EndToken || x.Lower[j] != "to" {
					after = x.skipToThat(j, s.EndToken)
				}
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
			if e := x.quoteRunsOn(a, b); e > b {
				b = e // a long quotation printed over paragraphs, each opened and only the last closed
			}
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
	// Trailing cue: CONTENT, SOURCE CUE, or CUE HEARER ("…, a union
	// official told the Daily Courier"). Unless the sentence goes on after
	// a comma ("The goal, he said, is …"), the content is a clause: "The
	// envoy for the region, Sara Lind, urged restraint" has a description
	// before the comma, set off beside its source.
	// (Not for a relative pronoun: what stands before "which" in "the
	// plan, which was approved in March, would …" is not what it
	// reported, nor what follows the clause.)
	if tail := x.pastOfPhrases(afterHearer, x.skipAdjuncts(afterHearer, s.EndToken), s.EndToken); srcStart >= 0 && srcStart < cs && srcStart > s.FirstToken+1 && x.Lower[srcStart-1] == "," && !x.relativePronoun(srcStart, srcEnd) &&
		x.isClauseEnd(k, tail) && (tail < s.EndToken && x.Lower[tail] == "," || x.hasVerb(s.FirstToken, srcStart-1) ||
		x.bareSaying(s, c) && x.isRetort(s, srcStart-1) && !x.hasTag(s.FirstToken, srcStart-1, "NNP")) { // "Sorry, Sanders said."
		// "During his years in office, Lind said, the port grew": an
		// opening adverbial is the setting, and the claim is the words
		// after the cue.
		n := len(x.out)
		if x.opensWithPreposition(s) && !x.hasFiniteVerb(s.FirstToken, srcStart-1) {
			if x.medialTail(k, x.skipAdjuncts(c+1, s.EndToken), source, cue); len(x.out) > n {
				return
			}
			if !x.hasVerb(s.FirstToken, srcStart-1) && x.QuoteAt[srcStart-2] < 0 {
				// A phrase of time or place alone before the source says
				// nothing: "After that, Lind wrote, and wrote", "In May, a
				// judge sided with the Democrats, saying …" (the words
				// after the cue are no sure content either: the judge
				// sided with the Democrats, and said what follows).
				return
			}
		}
		from := x.afterAnEarlierSpeaker(x.afterDateline(s, srcStart-1), srcStart-1)
		if tail := x.skipAdjuncts(c+1, s.EndToken); !x.writersAppositive(s, srcStart-1, tail) && !x.writersCircumstance(s, srcStart-1, tail) &&
			!x.writersSetting(s, srcStart-1, tail) {
			x.medialTail(k, tail, source, cue)
		}
		if halves := len(x.out) > n; from < srcStart-1 && (halves || !x.timePhrase(from, srcStart-1)) {
			// (A time alone, with no second half, is when, not what:
			// "Last week, a judge sided with …, saying …".)
			x.add(x.KindOf(from, srcStart-1), source, cue, x.Span(from, srcStart-1), addressee)
			if halves && len(x.out) == n+2 {
				x.out[n], x.out[n+1] = x.out[n+1], x.out[n] // the first half first, for JoinMedial
			}
		}
		return
	}
	if x.relativeClosed(srcStart, srcEnd, after) {
		return
	}
	// Reported speech: SOURCE CUE (that) CONTENT. PolNeAR counts "that" as
	// part of the content.
	after = x.skipToThat(after, s.EndToken)
	if after > c+1 && after < s.EndToken && x.Lower[after-1] == "," && (x.Lower[after] == "but" || x.Lower[after] == "yet") &&
		x.hasFiniteVerb(after+1, x.commaOrEnd(s, after+1)) {
		// "It is harder than Berg suggests, but she is close": the cue
		// ended its clause, and the writer goes on. (An aside before what
		// was said is no clause: "said, but only after a pause, that …".)
		return
	}
	end := x.trimEnd(after, s.EndToken)
	answer := after < end && x.oneWordAnswer(c, after, after+1) && (end == after+1 || x.Tag(after+1) == ",")
	if answer {
		end = after + 1 // "thinks so, and …"
	}
	if end-after < 2 && !x.deniedThing(c, after, end) && !answer || source == nil {
		return
	}
	if q := x.QuoteAt[end-1]; q >= 0 && x.D.Quotes[q].End > x.D.Tokens[end-1].End {
		end = x.quoteEnd(q) // a quotation that runs on past this sentence
	}
	end = x.clauseWithOwnCue(after, end)
	end = x.beforeCoordinatedCue(c, after, end)
	end = x.complementEnd(c, after, end)
	end = x.relativeClauseClose(srcStart, srcEnd, after, end)
	end = x.CommentAfterQuotation(after, end)
	end = x.writersFraming(after, end)
	for end > after && x.QuoteAt[end-1] < 0 && (x.Tag(end-1) == "CC" || x.Lower[end-1] == "," || dashes[x.Lower[end-1]]) {
		end-- // what joined the next clause, cut off above: "was broke - but, she said, …"
	}
	if end <= after {
		// Each of these may end the content at its very start ("he
		// laughed and said, …": the clause with its own cue begins right
		// after "laughed"): nothing is left to report.
		return
	}
	if end = x.beforeTakenClause(after, end); x.anyTaken(after, end) {
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
		switch l := x.Lemma(c); {
		case isCoreCue(l) && tellLemmas[l] && addressee == nil && !x.anyTaken(srcStart, srcEnd) && !toldThings[x.Lemma(srcEnd-1)]:
			// "The ambassador was told that …": the subject is the one
			// told, and what was told follows the cue (PolNeAR's
			// content leaves the subject out in 24 of its 33 passive
			// "told" and "asked"). "Jokes are told", "the question was
			// asked" are what was told.
			hearer := x.Span(srcStart, srcEnd)
			x.add(x.KindOf(after, end), nil, cue, x.Span(after, end), &hearer)
		case isCoreCue(l) || l == "seem" || l == "appear":
			// What was announced in an adverbial clause ends with it:
			// "since the ceasefire was agreed in March, although both
			// sides …" reports the ceasefire, not what follows.
			if dep := x.D.Tokens[c].Dep; dep == "advcl" && isCoreCue(l) {
				if _, e := x.subtree(s, c); e < end {
					end = x.trimEnd(srcStart, max(e, after))
				}
			}
			x.topicAttribution(srcStart, srcEnd, after, end, cue, addressee)
		}
		return
	}
	if x.onlyWhen(after, end) {
		return // "conceded shortly before midnight": when, not what
	}
	if x.Lower[after] == "by" && x.Tag(c) == "VBN" && x.hasAuxChild(s, c, "aux:pass") && srcStart >= 0 && srcStart < cs {
		// "Her first novel, “The Salt Year”, was rejected by eleven
		// publishers": the agent is the source and the passive's subject
		// what the cue is about, which passiveWithAgent could not read
		// (a quotation or another attribution's words in the subject).
		if e := x.npRight(after+1, end); e > after+1 && !x.anyTaken(after+1, e) {
			agent := x.Span(after+1, e)
			x.add(x.KindOf(srcStart, srcEnd), &agent, cue, x.Span(srcStart, srcEnd), addressee)
		}
		return
	}
	if x.onlyPlacePhrases(c, after, end) {
		return // "testified before the board in the inquiry into the mayor": where, not what
	}
	x.add(x.KindOf(after, end), source, cue, x.Span(after, end), addressee)
}

// afterAnEarlierSpeaker moves the start a of a medial cue's first half
// past a dash, semicolon or colon when the words before it open with a
// source and cue of their own: in "Berg said the bill would cap fees – a
// limit, Berg said, that …" the medial cue reports "a limit …", and
// the first cue what comes before the dash.
//
// A dash that a second one after the cue closes opens an aside, not a
// new clause ("the plan - which, critics say, is too costly - would go
// ahead"); a conjunction after the mark is no part of the claim.
func (x *Builder) afterAnEarlierSpeaker(a, end int) int {
	for p := end - 1; p > a+1; p-- {
		if x.QuoteAt[p] < 0 && clauseMarks[x.Lower[p]] {
			if !x.subjectAndCue(a, p, true) || dashes[x.Lower[p]] && x.dashAfter(end) {
				return a
			}
			for p+1 < end && (x.Tag(p+1) == "CC" || x.Lower[p+1] == ",") {
				p++
			}
			return p + 1
		}
	}
	return a
}

// dashAfter: a dash outside quotations follows token i in its sentence.
func (x *Builder) dashAfter(i int) bool {
	for j := i + 1; j < x.D.Sentences[x.Sentence[i]].EndToken; j++ {
		if dashes[x.Lower[j]] && x.QuoteAt[j] < 0 {
			return true
		}
	}
	return false
}

var clauseMarks = view.Set("- – — -- ; :")

// beforeTakenClause ends the content [after, end) at a dash, semicolon or
// colon after which another attribution has already taken the words (the
// medial cue of "Berg said the bill would cap fees – a limit, Berg said,
// that …" is built first); it leaves end alone when the taken words come
// sooner or with no such mark before them.
func (x *Builder) beforeTakenClause(after, end int) int {
	for i := after; i < end; i++ {
		if !x.taken[i] {
			continue
		}
		p := i - 1
		for p > after+1 && (x.Lower[p] == "," || x.Tag(p) == "CC") {
			p-- // "… was broke - but, she said, …"
		}
		if p > after+1 && clauseMarks[x.Lower[p]] && x.QuoteAt[p] < 0 {
			return p
		}
		return end
	}
	return end
}

// relativeClosed: the cue stands in a relative clause (its source is
// the relative pronoun, or follows one) that a comma closed before after,
// where its content would start: in "the song, which he recorded in 1999,
// was his favourite" nothing after the comma was recorded.
func (x *Builder) relativeClosed(srcStart, srcEnd, after int) bool {
	if srcStart < 0 || after <= 0 || after >= len(x.Lower) || x.Lower[after-1] != "," {
		return false
	}
	return x.relativePronoun(srcStart, srcEnd) || srcStart > 0 && (x.Tag(srcStart-1) == "WDT" || x.Tag(srcStart-1) == "WP")
}

// relativePronoun: the source [a, b) is a relative pronoun alone.
func (x *Builder) relativePronoun(a, b int) bool {
	return a >= 0 && b == a+1 && view.RelativePronouns[x.Lower[a]] && x.Tag(a) != "DT"
}

// hearerRight is npRight for the hearer after a verb of telling, which
// may open with a participle that describes it: "told cheering supporters
// that …".
func (x *Builder) hearerRight(a, end int) int {
	if a >= end {
		return -1 // the cue ends its sentence: "told"
	}
	if x.Lower[a] == "that" {
		return -1 // "warning that children would …": the parse's determiner opens what was warned
	}
	var e int
	if t := x.Tag(a); (t == "VBG" || t == "VBN") && a+1 < end && view.IsNounTag(x.Tag(a+1)) {
		e = x.npRight(a+1, end)
	} else {
		e = x.npRight(a, end)
	}
	return x.beforeTimeWords(a, x.overAppositive(x.overOfName(x.overRelative(e, end), end), end))
}

// overOfName returns where a hearer ending at e ends when "of" and a name
// follow it: "told investors of Harlow Group …". Not "of" and a common
// noun, which is as often what was told ("warned residents of the
// danger").
func (x *Builder) overOfName(e, end int) int {
	if e > 0 && e+1 < end && x.Lower[e] == "of" && x.Tag(e+1) == "NNP" && x.QuoteAt[e+1] < 0 {
		if f := x.npRight(e+1, end); f > e+1 && x.onlyNames(e+1, f) {
			return f
		}
	}
	return e
}

// onlyNames: tokens [a, b) are all parts of a name, no possessive and no
// common noun among them: "investors of Harlow Group" names whom, "the
// ministry of Harlow's plan" and "investors of Nordline job cuts" what.
func (x *Builder) onlyNames(a, b int) bool {
	for i := a; i < b; i++ {
		if x.Tag(i) != "NNP" && x.Tag(i) != "NNPS" {
			return false
		}
	}
	return b >= len(x.Lower) || x.Tag(b) != "POS"
}

// overAppositive returns where a hearer ending at e ends when a
// description set off by commas follows it and "that" comes after
// ("told investors of Harlow Group, the ferry owner, on Tuesday that
// …"): past the description's closing comma, as PolNeAR closes a
// source's.
func (x *Builder) overAppositive(e, end int) int {
	if e <= 0 || e+2 >= end || x.Lower[e] != "," || x.QuoteAt[e+1] >= 0 {
		return e
	}
	f := x.npRight(e+1, end)
	if f <= e+1 || f >= end || x.Lower[f] != "," || x.saysWhen(e+1, f) {
		return e
	}
	if t := x.skipToThat(x.skipAdjuncts(f+1, end), end); t < end && x.Lower[t] == "that" {
		return f + 1
	}
	return e
}

// overRelative returns the end of a relative clause that starts at e and
// runs to the "that" opening what was said ("told a few thousand teachers
// | who covered the Statehouse lawn | that the Legislature should …"), or
// e when none does.
func (x *Builder) overRelative(e, end int) int {
	if e <= 0 || e >= end || x.Lower[e] != "who" && x.Lower[e] != "whom" {
		return e
	}
	for j := e + 1; j < min(end, e+12); j++ {
		switch {
		case x.Lower[j] == "that" && x.Tag(j) == "IN":
			return j
		case x.Lower[j] == "," || x.QuoteAt[j] >= 0:
			return e
		}
	}
	return e
}

// onlyWhen: tokens [a, b) only say when, "shortly before midnight", "on
// Sunday night", "after the vote", "a decade ago": a preposition of time,
// after adverbs, and a noun of time with its determiner and modifiers; or
// a stretch of time before "ago".
func (x *Builder) onlyWhen(a, b int) bool {
	for a < b && strings.HasPrefix(x.Tag(a), "RB") && x.Lower[a] != "ago" {
		a++
	}
	if b-a >= 2 && x.Lower[b-1] == "ago" && spans[x.Lower[b-2]] {
		// "predicted a decade ago", "said two weeks ago"
		for i := a; i < b-2; i++ {
			if t := x.Tag(i); t != "DT" && t != "CD" && t != "JJ" {
				return false
			}
		}
		return true
	}
	if a+1 >= b || !timePrepositions[x.Lower[a]] {
		return false
	}
	for i := a + 1; i < b-1; i++ {
		if t := x.Tag(i); t != "DT" && t != "JJ" && t != "CD" && t != "NNP" && !timeWords[x.Lower[i]] {
			return false
		}
	}
	return timeWords[x.Lower[b-1]] || whenNouns[x.Lower[b-1]]
}

var (
	timePrepositions = view.Set("before after until since by around at on in during")
	whenNouns        = view.Set("midnight noon dawn dusk vote election meeting game match hearing")
	spans            = view.Set("decade decades century centuries year years month months week weeks day days hour hours minute minutes")
)

// toldThings are told or asked, never the ones told: the subject of
// their passive is what was said.
var toldThings = view.Set("joke story lie question truth tale secret news")

// trimEnd is end with the final punctuation and commas before it taken
// off, no earlier than a.
func (x *Builder) trimEnd(a, end int) int {
	for end > a && (x.Tag(end-1) == "." || x.Lower[end-1] == ",") {
		end--
	}
	return end
}

// afterDateline returns the first token of sentence s after a wire
// story's dateline ("VELDHAVEN (Newswire) — ", "LONDON, March 3 (Reuters)
// - ", "SEOUL, South Korea — "), or its first token when it opens with
// none. A dateline is the writer's, never what the source said: it starts
// with a word in capitals and ends at a dash within its first dozen words,
// before end.
func (x *Builder) afterDateline(s newsgraph.Sentence, end int) int {
	if j := x.afterTimestamp(s, end); j > s.FirstToken {
		return j
	}
	if !view.AllCaps(x.D.TokenText(s.FirstToken)) {
		return x.afterWireDateline(s, end)
	}
	for i := s.FirstToken + 1; i < min(end, s.FirstToken+12); i++ {
		if dashes[x.Lower[i]] && !x.joined(i-1, i) { // "NATO-led" is a word, not a dateline
			return i + 1
		}
		// A verb ends the search (a clause, not a place and a date), unless
		// in capitals: the tagger reads "FALLS" of "CEDAR FALLS" as one.
		if view.IsVerbTag(x.Tag(i)) && x.Tag(i) != "VBN" && !view.AllCaps(x.D.TokenText(i)) || x.QuoteAt[i] >= 0 {
			break
		}
	}
	return s.FirstToken
}

// afterWireDateline returns the first token after a dateline that names
// its wire between brackets at the start of sentence s and before end:
// after a place, in capitals, and a dash ("New York (AFP) – "), or alone,
// capitalised, with a dash or none ("(Reuters) — ", "(CNN)President");
// otherwise the sentence's first token.
func (x *Builder) afterWireDateline(s newsgraph.Sentence, end int) int {
	if f := s.FirstToken; f+3 < end && x.Lower[f] == "(" && x.Lower[f+2] == ")" && view.Capitalised(x.D.TokenText(f+1)) {
		// "(Reuters) — The attorney general …", "(CNN)President Trump …":
		// the wire alone, the place left out.
		if j := f + 3; dashes[x.Lower[j]] {
			return j + 1
		}
		return f + 3
	}
	for i := s.FirstToken + 3; i < min(end, s.FirstToken+8); i++ {
		if dashes[x.Lower[i]] && x.Lower[i-1] == ")" && x.Lower[i-3] == "(" && view.AllCaps(x.D.TokenText(i-2)) {
			return i + 1
		}
	}
	return s.FirstToken
}

var dashes = view.Set("— – - --")

// afterTimestamp returns the first token after the time a live blog's
// entry opens with ("12:58 — ", "09:40 GMT - ", "3.15pm: "), or the
// sentence's first token when it opens with none: the time is the
// writer's, as a dateline is.
func (x *Builder) afterTimestamp(s newsgraph.Sentence, end int) int {
	f := s.FirstToken
	if !clockTime(x.D.TokenText(f)) {
		return f
	}
	i := f + 1
	for i < min(end, f+3) && clockWords[x.Lower[i]] {
		i++
	}
	// A hyphen only after a word of the clock ("09:40 GMT - "): "12.45 -
	// 13.10 will be the window" is a range, and so is any time after it.
	if i+1 >= end || clockTime(x.D.TokenText(i+1)) {
		return f
	}
	if sep := x.Lower[i]; sep == "—" || sep == "–" || sep == ":" || dashes[sep] && i > f+1 {
		return i + 1
	}
	return f
}

// clockTime: w is a time of day as blogs stamp their entries: "12:58",
// "9.05", "3.15pm".
func clockTime(w string) bool {
	w = strings.TrimSuffix(strings.TrimSuffix(strings.ToLower(w), "am"), "pm")
	h, m, ok := strings.Cut(w, ":")
	if !ok {
		h, m, ok = strings.Cut(w, ".")
	}
	return ok && len(h) >= 1 && len(h) <= 2 && len(m) == 2 && allDigits(h) && allDigits(m)
}

func allDigits(w string) bool {
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return w != ""
}

// clockWords may follow a blog's time: "a.m.", "GMT", "ET".
var clockWords = view.Set("am pm a.m. p.m. gmt utc bst cet cest et est edt pt pst pdt local")

// DatelineEnd is the first token of sentence s after its wire dateline,
// or its first token when it opens with none (see afterDateline).
func (x *Builder) DatelineEnd(s newsgraph.Sentence) int { return x.afterDateline(s, s.EndToken) }

// whenWords say when, alone, and do not describe a noun before one, as
// "night" does in "the night shift".
var whenWords = view.Set("today yesterday tonight earlier later recently monday tuesday wednesday thursday friday saturday sunday")

// amountOf: the phrase [a, b) is an amount of money or a share ("200
// million kroner", "$5 billion", "10 percent"), not people ("3,000
// supporters").
func (x *Builder) amountOf(a, b int) bool {
	for i := a; i < b; i++ {
		if currencies[x.Lower[i]] || x.Tag(i) == "$" {
			return true
		}
	}
	return false
}

var currencies = view.Set("kroner krone krona kronor euro euros dollar dollars pound pounds yen yuan rupees francs percent " +
	"cent pence cents million billion trillion")

// gatherings are the occasions a tell-verb's object may name in place of
// its hearers: "told a news conference", "told the hearing".
var gatherings = view.Set("conference briefing meeting rally hearing session summit forum convention gathering assembly event")

// hearerEnd ends the hearer [a, e) of tell-verb c before the subject of
// the clause it was told, which the noun phrase ran on into: in "Lind
// told lawmakers no evidence supports …" the hearer is "lawmakers" and
// "no evidence supports …" what they were told. The parse's subject of
// the cue's clausal complement marks it, and when the whole phrase is that
// subject ("promised the city would pay") there is no hearer; without
// it, a determiner after a noun, with a finite verb after the phrase,
// does.
func (x *Builder) hearerEnd(s newsgraph.Sentence, c, a, e int) int {
	for i := a + 1; i < e; i++ {
		if x.Lower[i] == "that" && view.IsNounTag(x.Tag(i-1)) {
			return i // "told investors that concerns …", "that" read as a determiner
		}
		if x.opensTime(i) || whenWords[x.Lower[i]] {
			return i // "told teammates last week that …": when, not whom
		}
	}
	if t := x.skipToThat(e, s.EndToken); t < s.EndToken && complementizers[x.Lower[t]] {
		return e // "told delegates at the convention that …": "that" opens what was told
	}
	if e < s.EndToken && subjectPronouns[x.Lower[e]] {
		// "told a local radio station she had not read it": the pronoun is
		// the told clause's subject, whatever the parse made the noun.
		return e
	}
	for v := e; v < s.EndToken; v++ {
		if t := x.D.Tokens[v]; t.Head != c || t.Dep != "ccomp" {
			continue
		}
		if subj := x.subjectOf(s, v); subj >= a && subj < e {
			for i := a; i < subj; i++ {
				if view.Dominates(x.D, subj, i) {
					return i // "no" of "no evidence"
				}
			}
			return subj
		}
		break
	}
	// A determiner after a noun opens a second object, what was told or
	// asked ("asked our followers their thoughts on …"), or the subject of
	// the clause told ("told reporters the plan would fail").
	for i := a + 1; i < e; i++ {
		if t := x.Tag(i); (t == "DT" || t == "PRP$") && view.IsNounTag(x.Tag(i-1)) {
			return i
		}
	}
	return e
}

// urgedThing: the noun phrase ending at e after cue c, a verb of urging,
// is what was urged, not whom: no infinitive follows it before the next
// finite verb or the sentence's end ("urge caution as cases rise",
// "urged restraint"), as one does a hearer's, past the hearer's own
// phrases ("urged both sides to return", "urged residents near the river
// to leave", "urged him, both personally and publicly, to step down").
func (x *Builder) urgedThing(c, e, end int) bool {
	return x.Lemma(c) == "urge" && !x.infinitiveBefore(e, end)
}

// infinitiveBefore: "to" and a verb stand from token e on, before a
// finite verb (but a relative clause's: "urged everyone who had visited
// the market to get tested"), a quotation or the sentence's end.
func (x *Builder) infinitiveBefore(e, end int) bool {
	relative := false
	for k := e; k+1 < end; k++ {
		switch t := x.Tag(k); {
		case x.Lower[k] == "to" && (strings.HasPrefix(x.Tag(k+1), "VB") || x.QuoteAt[k+1] >= 0):
			return true // "to leave", "to “choose the road …”"
		case t == "WP" || t == "WDT":
			relative = true
		case view.IsFinite(t) && relative:
			relative = false
		case view.IsFinite(t) || x.QuoteAt[k] >= 0 || t == ".":
			return false
		}
	}
	return false
}

// quoteRunsOn returns the token after the quotation that opens at token
// a and runs past token b, into paragraphs after, when none of its words
// is taken; b otherwise.
func (x *Builder) quoteRunsOn(a, b int) int {
	q := x.QuoteAt[a]
	if q < 0 || x.D.Quotes[q].Start != x.D.Tokens[a].Start {
		return b
	}
	e := b
	for e < len(x.D.Tokens) && x.D.Tokens[e].End <= x.D.Quotes[q].End {
		e++
	}
	if e <= b || x.anyTaken(b, e) {
		return b
	}
	return e
}

// subjectPronouns are the pronouns that, right after a hearer, open the
// clause told.
var subjectPronouns = view.Set("i he she we they it you")

// opensWithPreposition: sentence s opens with a prepositional phrase,
// an adverb before it or not ("Shortly before the vote,"), so a
// quotation ending just before the source is a title inside it ("On
// Tuesday's episode of “The Morning Show,” Lind said …"), not words said.
func (x *Builder) opensWithPreposition(s newsgraph.Sentence) bool {
	i := s.FirstToken
	if x.Tag(i) == "RB" && i+1 < s.EndToken {
		i++
	}
	return x.Tag(i) == "IN" && x.D.Tokens[i].Dep == "case"
}

// onlyPlacePhrases: the words from a to end after cue c open with a
// preposition of place or time that leads to no content ("before",
// "during", "after"; "at", "in", "on" lead to it as often: "swipes at",
// "weighed in on"), hold no verb and no quotation, and no other phrase
// hangs on the cue but of place or time ("complained after the match |
// about the referee" says what of): a cue's setting, not what was said.
func (x *Builder) onlyPlacePhrases(c, a, end int) bool {
	if a >= end || x.Tag(a) != "IN" || !settingPreps[x.Lower[a]] || x.hasVerb(a, end) || x.AnyQuoted(a, end) {
		return false
	}
	for j := a + 1; j < end; j++ {
		if n := x.D.Tokens[j].Head; x.Tag(j) == "IN" && n > j && n < end && x.D.Tokens[n].Head == c && !settingPreps[x.Lower[j]] && !placePreps[x.Lower[j]] {
			return false
		}
	}
	return true
}

var settingPreps = view.Set("before during after")

// placePreps may open a cue's other phrases of place or time: "testified
// before the board in its inquiry".
var placePreps = view.Set("in at")

// pastOfPhrases returns where the "of" phrases that start at j end, when
// they go on an adjunct the words from i to j are: "…, he explained on
// an episode | of their radio show." The cue's adjuncts stop before them
// (skipAdjuncts: "came out in support | of the plan"), but a trailing cue's
// sentence ends after them all the same. Not right after the cue, where
// "of" leads to what was said: "said of the strike …".
func (x *Builder) pastOfPhrases(i, j, end int) int {
	for j > i && j+1 < end && x.Lower[j] == "of" && x.phraseWordsFrom(j+1, end) > j+1 {
		j = x.phraseWordsFrom(j+1, end)
	}
	return j
}

// saysWhen: a word of time stands among tokens [a, b) ("last week", "the
// third this year"): a phrase set off by commas that says when, not who.
func (x *Builder) saysWhen(a, b int) bool {
	for i := a; i < b; i++ {
		if timeWords[x.Lower[i]] {
			return true
		}
	}
	return false
}

// titleInOpeningClause: sentence s opens with a subordinator, and
// quotation q, which ends the clause it opens, is the object of a verb or
// a preposition in it ("After playing “Northern Lights,” the singer told
// the crowd …"): a title in the scene the clause sets, not what the
// source said. After "be" it is the source's words: "While the deal is
// “not ideal,” Berg said, …".
func (x *Builder) titleInOpeningClause(s newsgraph.Sentence, q int) bool {
	if !clauseSubordinators[x.Lower[s.FirstToken]] || x.D.Tokens[s.FirstToken].Dep != "mark" {
		return false
	}
	a, _ := x.QuoteTokens(q)
	if a <= s.FirstToken {
		return false
	}
	switch t := x.Tag(a - 1); {
	case t == "IN" || t == "POS":
		return true
	case view.IsVerbTag(t):
		return x.Lemma(a-1) != "be"
	}
	return false
}

// afterOpeningPhrase returns where the clause after sentence s's opening
// phrase ("Behind the scenes,", "In particular,") begins: after its first
// comma, when the words before that comma hold no finite verb and no
// quotation and the comma comes before token before; else -1.
func (x *Builder) afterOpeningPhrase(s newsgraph.Sentence, before int) int {
	for i := s.FirstToken + 1; i < before-1; i++ {
		switch {
		case x.QuoteAt[i] >= 0:
			return -1
		case x.Lower[i] == ",":
			if x.hasFiniteVerb(s.FirstToken, i) {
				return -1
			}
			return i + 1
		}
	}
	return -1
}

// opensClause: quotation q starts its sentence, or follows words already
// attributed or punctuation ("On pay, “…,” Lind said"), but for a comma
// after a verb of saying, whose quotation it is ("… and said, “…,” the
// office said"). Otherwise it ends a clause ("Not paying the crews
// “makes no sense,” Lind said") or a phrase ("Mocking the “new plan,”
// Lind accused …").
func (x *Builder) opensClause(s newsgraph.Sentence, q int) bool {
	a, _ := x.QuoteTokens(q)
	if a <= s.FirstToken || x.taken[a-1] {
		return true
	}
	switch x.Lower[a-1] {
	case ",":
		// "… and said, “somebody ought to …,” the prosecutor's office
		// said": a quotation its own verb of saying introduces is that
		// verb's, and the cue after it reports the clause it ends.
		return !(a-2 >= s.FirstToken && view.IsVerbTag(x.Tag(a-2)) && isCoreCue(x.Lemma(a-2)) && !x.discourseSaid(a-2))
	case ":", "—", "–", "--", ";", "(":
		return true
	}
	return false
}

// ancestorFrom: token i, or one of the few words above it in the parse,
// stands at or after token from.
func (x *Builder) ancestorFrom(i, from int) bool {
	for n := 0; i >= 0 && n < 4; n++ {
		if i >= from {
			return true
		}
		i = x.D.Tokens[i].Head
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
		// "While Lind said the port would open, Berg said …": a cue in a
		// clause set before the main one reports its own clause, which
		// ends where the main clause begins. So does a relative clause's
		// in a phrase before it: "On the day that Harlow announced its
		// ferries were ready, Berg rushed …".
		if t := x.D.Tokens[c]; t.Dep == "advcl" && t.Head >= next || t.Dep == "acl:relcl" && x.ancestorFrom(t.Head, next) {
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
//
// The same holds for a complement under a modal: in "The association
// said the cuts would destroy the harvest and called for compensation"
// the call is the association's.
func (x *Builder) tenseBreak(c, comp, end int) int {
	if x.Tag(c) != "VBD" {
		return end
	}
	for i := comp + 1; i < end; i++ {
		if x.D.Tokens[i].Head == comp && x.CoordinatedOwnAct(i) {
			return i
		}
	}
	return end
}

// CoordinatedOwnAct: token v is a past-tense verb without a subject of its
// own coordinated with a complement under a modal or in the past perfect,
// which tenseBreak takes for the source's own act ("said the cuts would
// destroy the harvest and called for compensation"). The ranker may not
// draw a content over it.
func (x *Builder) CoordinatedOwnAct(v int) bool {
	t := x.D.Tokens[v]
	if t.Dep != "conj" || t.Tag != "VBD" || t.Head < 0 || x.subjectOf(x.D.Sentences[x.Sentence[v]], v) >= 0 {
		return false
	}
	h := t.Head
	return x.Tag(h) == "VBN" && x.hasAux(h, "have") || x.Tag(h) == "VB" && x.hasModal(h)
}

// hasModal reports whether verb v has a modal among its auxiliaries.
func (x *Builder) hasModal(v int) bool {
	return x.dependentBefore(v, func(t newsgraph.Token) bool { return t.Dep == "aux" && t.Tag == "MD" })
}

// hasAux reports whether verb v has an auxiliary of the given lemma.
func (x *Builder) hasAux(v int, lemma string) bool {
	return x.dependentBefore(v, func(t newsgraph.Token) bool { return t.Dep == "aux" && t.Lemma == lemma })
}

// dependentBefore reports whether a dependent of verb v before it is one
// ok accepts: auxiliaries and subjects stand there.
func (x *Builder) dependentBefore(v int, ok func(newsgraph.Token) bool) bool {
	s := x.D.Sentences[x.Sentence[v]]
	for k := s.FirstToken; k < v; k++ {
		if t := x.D.Tokens[k]; t.Head == v && ok(t) {
			return true
		}
	}
	return false
}

// evenOpened are the subordinators "even" or "just" may stand before and
// still open a clause of its own; "even though" goes on with what was said
// ("insists that he asked them, even though he was warned against it").
var evenOpened = view.Set("as while")

// clauseWithOwnCue ends reported content before ", as/while/but ..." when
// that clause has its own cue ("…, as Ukraine’s Western allies warned of
// …"), and before "and" when a new subject and its cue follow ("… and
// Mayor Lind accused the union of …"): the clause is an attribution of its
// own, not part of this one; so too after a semicolon. The comma may end
// a quotation (“…a gun,” but he said …); the quotation then stays in the
// content, unless a source and cue set off after it make it theirs.
func (x *Builder) clauseWithOwnCue(from, end int) int {
	for i := from; i+2 < end; i++ {
		if i > from && x.relativeWithOwnCue(i, end) {
			if x.Lower[i-1] == "," {
				return i - 1
			}
			return i
		}
		if i > from+1 && x.Lower[i-1] == "," && x.speakingRelative(i, end) {
			return i - 1
		}
		if i > from && x.Lower[i] == ";" && x.QuoteAt[i] < 0 && x.subjectAndCue(i+1, end, true) {
			// "debated whether to ban the singer; one lawmaker called him
			// …": a semicolon and a new speaker with a cue of its own.
			return i
		}
		if i > from && x.Lower[i] == "but" && x.QuoteAt[i] < 0 && x.pastCueAt(i+1, end) {
			// "said that it “remains committed” but accused its rivals of
			// …": a second attribution. In the present ("said they are
			// fine but want …") it goes on with what was said.
			return i
		}
		cut, next := x.clauseBreak(i)
		if next < 0 || next+1 >= end {
			continue
		}
		if (x.Lower[next] == "even" || x.Lower[next] == "just") && next+2 < end && evenOpened[x.Lower[next+1]] {
			next++ // "…, even as council officials warned that …"
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
		if x.Lower[i] == "," && x.QuoteAt[i] >= 0 && next == i+2 && x.setOffCueAt(next, end) {
			// (After a colon only: "said the players were “exhausted,” a
			// spokesman told reporters" keeps the quoted words.)
			if o, _ := x.QuoteTokens(x.QuoteAt[i]); o > from+1 && x.Lower[o-1] == ":" {
				// "asserted that the town had lost its way: “Dalby is no
				// longer Dalby,” he claimed": the quotation is the next
				// speaker's, set before its cue.
				for o > from && (x.Tag(o-1) == "," || x.Tag(o-1) == ":") {
					o--
				}
				return o
			}
		}
		if x.Lower[i] == "," && x.QuoteAt[i] < 0 && x.setOffCueAt(next, end) {
			return cut // "has promised aid, Minister Pablo Ruiz told parliament, but …": another's cue set off after
		}
		if x.Lower[i] == "," && x.QuoteAt[i] < 0 && x.writersSummary(next, end) {
			return cut // ", an accusation Veldt rejected as …": the writer's word on the claim
		}
		if x.QuoteAt[next] < 0 && x.Tag(next) == "VBG" && x.Lower[i] == "," && x.isCue(next) {
			return cut // ", claiming that …", "as “fantastic,” telling reporters …": a participle cue of its own
		}
	}
	return end
}

// beforeCoordinatedCue ends the content [after, end) of cue c before
// "and" or "but" and a cue the parse coordinates with c, whatever its
// tag: "have complained of poor service and say that the cuts were too
// broad" holds two attributions of the same speakers. (finiteCueAt finds
// such cues by their tags alone; a base form after a shared auxiliary
// needs the parse.)
func (x *Builder) beforeCoordinatedCue(c, after, end int) int {
	for j := after + 1; j < end; j++ {
		if t := x.D.Tokens[j]; t.Head != c || t.Dep != "conj" || x.QuoteAt[j] >= 0 || !view.IsVerbTag(t.Tag) || !x.isCue(j) {
			continue
		}
		k := j - 1
		for k > after && (strings.HasPrefix(x.Tag(k), "RB") || x.D.Tokens[k].Head == j && strings.HasPrefix(x.D.Tokens[k].Dep, "aux")) {
			k-- // "and has championed": the conjunct's own auxiliary
		}
		if x.Lower[k] != "and" && x.Lower[k] != "but" {
			return end
		}
		for k > after && x.Lower[k-1] == "," {
			k--
		}
		return k
	}
	return end
}

// setOffCueAt: the words from a on are a source and its cue set off by
// commas, with nothing after the cue but adjuncts or a hearer before the
// next comma or the sentence's end ("…, Minister Pablo Ruiz told
// parliament, but …"; "… after an investigation showed they had been
// smuggled, the museum's director announced on Monday."): a trailing cue
// of its own, not more of what was said.
func (x *Builder) setOffCueAt(a, end int) bool {
	for j := a + 1; j < min(end, a+8); j++ {
		if !x.isCue(j) {
			continue
		}
		if x.npLeft(a, x.cueStart(a, j)) != a {
			return false
		}
		k := x.skipAdjuncts(j+1, end)
		if tellLemmas[x.Lemma(j)] {
			if e := x.npRight(k, end); e > 0 {
				k = x.skipAdjuncts(e, end)
			}
		}
		if k < end && x.Lower[k] == "," {
			return true
		}
		// At the sentence's end, only a finite verb, or a verb of saying
		// right after its source that the tagger read as a participle
		// ("the museum's director announced on Monday."): ", a position
		// never before seen in American politics" is the writer's phrase.
		atEnd := k >= end || x.Tag(k) == "."
		return atEnd && (view.IsFinite(x.Tag(j)) || x.cueStart(a, j) == j && isCoreCue(x.Lemma(j)))
	}
	return false
}

// writersSummary: the words from a on are the writer's summing-up of what
// was said, set beside it: an article, at most two adjectives, a noun
// that names a claim or an act ("an accusation", "a claim", "a move"),
// and a relative clause on it ("an accusation Veldt rejected", "a claim
// that the ministry denies", "a figure disputed by …", "a decision
// unions called …"). Without the
// clause ("the threat of terrorism") the phrase may be an item of what
// was said.
func (x *Builder) writersSummary(a, end int) bool {
	if a >= end || !summaryArticles[x.Lower[a]] {
		return false
	}
	n := a + 1
	for n < end && n <= a+3 && x.Tag(n) == "JJ" {
		n++
	}
	if n+1 >= end || !summaryNouns[x.Lemma(n)] {
		return false
	}
	switch t := x.Tag(n + 1); {
	case x.Lower[n+1] == "that" || x.Lower[n+1] == "which":
		return true
	case t == "VBN" || t == "NNP" || t == "PRP" || t == "DT":
		return true // "disputed by", "Veldt rejected", "he denies", "the ministry denies"
	case (t == "NNS" || t == "NN") && n+3 < end && x.Lemma(n+2) != "be" && (view.IsFinite(x.Tag(n+2)) || x.Tag(n+2) == "VBN" && x.isCue(n+2)) &&
		x.QuoteAt[n+3] >= 0:
		// "a decision unions called “a betrayal”" (read as a participle or
		// not); only with the quotation, which is the clause's own: "a step
		// analysts called overdue" left free made an attribution of
		// "overdue" with "step analysts" for its source.
		return true
	}
	return false
}

var (
	summaryArticles = view.Set("a an the one")
	summaryNouns    = view.Set("accusation claim charge allegation assertion statement remark comment move step decision " +
		"announcement warning threat denial admission figure number view position notion suggestion promise pledge " +
		"reference sentiment argument characterization description prediction estimate")
)

// relativeWithOwnCue: token i is a relative pronoun on the noun before it
// whose clause has its own subject and cue verb ("praised the army in
// comments that news agencies sponsored by Moscow interpreted as …"):
// those are the next attribution's source and cue, not more of this
// content. The words between the pronoun and the cue must be the
// subject's phrase, and the pronoun the cue's own object, by the parse
// and with no verb right after the cue: in "an article that Carson said
// was written …" or "savings that he
// says the plan would achieve" it belongs to what was said, and PolNeAR
// keeps the clause in the outer content; a "that" opening a noun's
// complement ("recollections that she blamed …") is no pronoun at all.
// Set off by a comma after the noun, it is the other way round: a clause
// whose pronoun is the subject of what its cue reports is another's
// report on what the content names ("the fund, which an audit said was
// careless"; PolNeAR marks "who he noted was …" with the pronoun in its
// content), while one whose pronoun is the cue's object stays ("the
// book, which she wrote in prison, had changed her life").
func (x *Builder) relativeWithOwnCue(i, end int) bool {
	setOff := x.Lower[i-1] == "," && i >= 2 && view.IsNounTag(x.Tag(i-2))
	if t := x.Tag(i); x.QuoteAt[i] >= 0 || !view.IsNounTag(x.Tag(i-1)) && !setOff || t != "WDT" && t != "WP" && x.Lower[i] != "that" {
		return false
	}
	s := x.D.Sentences[x.Sentence[i]]
	for v := i + 2; v < end && x.QuoteAt[v] < 0; v++ {
		if !view.IsVerbTag(x.Tag(v)) {
			continue
		}
		subj, cs := x.subjectOf(s, v), x.cueStart(i+1, v)
		if subj <= i || subj >= cs || !x.isCue(v) {
			continue // a verb inside the subject: "sponsored by Moscow"
		}
		reported := v+1 < end && view.IsVerbTag(x.Tag(v+1)) // the pronoun is the subject of "was careless"
		if t := x.D.Tokens[i]; setOff && !reported || !setOff && (t.Head != v || t.Dep == "mark" || reported) {
			return false
		}
		for k := i + 1; k < cs; k++ {
			if !view.Dominates(x.D, subj, k) {
				return false
			}
		}
		return true
	}
	return false
}

// speakingRelative: token i is "who" opening a relative clause whose
// subject it is and whose verb, after adverbs and auxiliaries, is a cue:
// "…, who has publicly vowed not to buy …", "…, who says it is
// “disastrous”". Set off by a comma, the clause is that person's own
// attribution, which PolNeAR marks with "who" as the source.
func (x *Builder) speakingRelative(i, end int) bool {
	if x.Lower[i] != "who" || x.QuoteAt[i] >= 0 {
		return false
	}
	v := x.D.Tokens[i].Head
	if v <= i || v >= end || v-i > 4 || !strings.HasPrefix(x.D.Tokens[i].Dep, "nsubj") || !x.isCue(v) {
		return false
	}
	for k := i + 1; k < v; k++ {
		if t := x.Tag(k); !strings.HasPrefix(t, "RB") && t != "MD" && !(strings.HasPrefix(t, "VB") && x.D.Tokens[k].Head == v) {
			return false
		}
	}
	return true
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

// pastCueAt: finiteCueAt, in the past tense.
func (x *Builder) pastCueAt(a, end int) bool {
	for a < end && strings.HasPrefix(x.Tag(a), "RB") {
		a++
	}
	return x.finiteCueAt(a, end) && (x.Tag(a) == "VBD" || x.Tag(a) == "VBN")
}

// subjectAndCue: a noun phrase and a cue verb of its own follow from token
// a (within end); tight, the phrase starts at a and the cue (with its
// auxiliaries and adverbs) follows it at once, as after "and", which
// joins so much else.
func (x *Builder) subjectAndCue(a, end int, tight bool) bool {
	if tight {
		// "…, and one, who asked not to be named, called it …": the
		// subject's relative clause set off by commas stands before its
		// cue. The subject is one word, a noun, a number or a pronoun: "…
		// and older, which account for …, reported" goes on with a phrase.
		if t := x.Tag(a); view.IsNounTag(t) || t == "CD" || t == "PRP" {
			if k := x.setOffRelativeEnd(a+1, end); k > 0 && k+1 < end && x.isCue(k+1) && view.IsFinite(x.Tag(k+1)) {
				return true
			}
		}
	}
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

// setOffRelativeEnd returns the comma that closes a relative clause
// opened at a by a comma and a relative pronoun (", who asked not to be
// named,"), or -1.
func (x *Builder) setOffRelativeEnd(a, end int) int {
	if a+1 >= end || x.Lower[a] != "," || !relativeSubjects[x.Lower[a+1]] {
		return -1
	}
	for k := a + 2; k < end && k < a+16; k++ {
		if x.Lower[k] == "," && x.QuoteAt[k] < 0 {
			return k
		}
	}
	return -1
}

// complementizers open the content of reported speech.
var complementizers = view.Set("that how whether if why what when where who")

// skipToThat skips a short modifier ("on Tuesday") between a cue's object
// and the "that" (or "how", "whether"...) opening its content.
func (x *Builder) skipToThat(i, end int) int {
	if t := x.afterSetOffAdverb(i, end); t > i {
		return t
	}
	for j := i; j < end && j < i+6; j++ {
		if complementizers[x.Lower[j]] && (j > i || x.Lower[j] == "that") {
			if x.Lower[j] != "that" && j > i && !x.adjunctOnly(i, j) {
				// "threatened further walkouts next week if no deal is
				// reached": past an object, "if" or "when" opens a clause
				// of condition or time, and the object is what was
				// threatened.
				return i
			}
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

// adjunctOnly: tokens [a, b) are a phrase of time or a prepositional
// phrase ("on Tuesday", "last week", "in a statement"), no object.
func (x *Builder) adjunctOnly(a, b int) bool {
	if x.Tag(a) == "IN" || x.onlyWhen(a, b) {
		return true
	}
	for i := a; i < b; i++ {
		if t := x.Tag(i); t != "DT" && t != "JJ" && t != "CD" && !timeWords[x.Lower[i]] {
			return false
		}
	}
	return timeWords[x.Lower[b-1]]
}

// afterSetOffAdverb: from token i, a discourse adverb set off by commas
// stands between a cue and the "that" of its content ("She warned,
// however, that rain was forecast"); it returns where "that" is, or i.
// The adverb is the writer's link to the sentence before, not what was
// said.
func (x *Builder) afterSetOffAdverb(i, end int) int {
	j := i
	if j < end && x.Lower[j] == "," {
		j++
	}
	if j+2 < end && discourseAdverbs[x.Lower[j]] && x.Lower[j+1] == "," && complementizers[x.Lower[j+2]] && x.QuoteAt[j] < 0 {
		return j + 2
	}
	return i
}

var discourseAdverbs = view.Set("however though too also meanwhile moreover nonetheless nevertheless instead therefore furthermore indeed again still")

// deniedThing: the one word after a verb of denial or admission, [after,
// end), is the noun denied ("denies wrongdoing", "admitted guilt"): a
// content, where one word after other verbs seldom is.
func (x *Builder) deniedThing(c, after, end int) bool {
	if end-after != 1 || x.Tag(after) != "NN" && x.Tag(after) != "NNS" || timeWords[x.Lower[after]] {
		return false
	}
	l := x.Lemma(c)
	return denialLemmas[l] || admissionLemmas[l] && admittedThings[x.Lemma(after)] // not "acknowledged supporters"
}

// oneWordAnswer: the content [after, end) after cue c is one word that
// stands for a whole answer or claim ("said yes", "says so"), which
// PolNeAR marks as the content.
func (x *Builder) oneWordAnswer(c, after, end int) bool {
	return end-after == 1 && answerWords[x.Lower[after]] && x.D.Tokens[after].Head == c && x.QuoteAt[after] < 0
}

var answerWords = view.Set("yes no so")

// AnswerWord: token i is one of the words that stand for a whole answer
// after a cue ("said yes", "thinks so").
func (x *Builder) AnswerWord(i int) bool { return answerWords[x.Lower[i]] }

var (
	denialLemmas    = view.Set("deny dispute")
	admissionLemmas = view.Set("admit acknowledge confirm")
	admittedThings  = view.Set("wrongdoing guilt responsibility defeat involvement liability fault error mistake")
)

// endsAsking: quotation q's words end in a question or exclamation mark,
// which the segmenter takes for the end of the sentence.
func (x *Builder) endsAsking(q int) bool {
	words := strings.TrimRight(x.D.Slice(x.D.Quotes[q].Span), "”\"'’ ")
	return strings.HasSuffix(words, "?") || strings.HasSuffix(words, "!")
}

// bareSaying: verb of saying c closes sentence s with nothing after it
// but the final punctuation ("Trump said.").
func (x *Builder) bareSaying(s newsgraph.Sentence, c int) bool {
	return bareSayingLemmas[x.Lemma(c)] && (c+1 == s.EndToken || c+2 == s.EndToken && x.Tag(c+1) == ".")
}

// followsAttribution: quotation q opens right after a sentence of its
// paragraph that ends on an attribution's words (“…,” Berg said. “…”): it
// goes on with that speaker's words (continuedQuotes), not a bare cue's after it.
func (x *Builder) followsAttribution(q int) bool {
	a, _ := x.QuoteTokens(q)
	return a >= 2 && x.Tag(a-1) == "." && x.taken[a-2] && !x.paragraphBreakBefore(a)
}

var bareSayingLemmas = view.Set("say add write explain continue note insist reply answer respond recall conclude")

// paragraphBreakBefore: a paragraph ends between token i-1 and token i.
func (x *Builder) paragraphBreakBefore(i int) bool {
	gap := x.D.Text[x.D.Tokens[i-1].End:x.D.Tokens[i].Start]
	return strings.Contains(gap, newsgraph.ParagraphSeparator)
}

// onlyAdjunctsAfter: what follows cue c in sentence k holds no verb, no
// quotation and no colon, within ten words: a hearer, a time, a place.
// A participle describing a noun is an adjunct's ("in an interview aired
// on Monday"), and a question put to the source after "when" ends what is
// weighed ("…, Trump told the station when asked how ties would fare"):
// it is an attribution of its own.
func (x *Builder) onlyAdjunctsAfter(k, c int) bool {
	end := x.D.Sentences[k].EndToken
	for i := c + 1; i < end; i++ {
		if i+1 < end && openingSubordinators[x.Lower[i]] && x.Lemma(i+1) == "ask" {
			end = i
			break
		}
		if view.IsVerbTag(x.Tag(i)) && !(x.D.Tokens[i].Dep == "acl" && (x.Tag(i) == "VBN" || x.Tag(i) == "VBG")) || x.QuoteAt[i] >= 0 || x.Lower[i] == ":" {
			return false
		}
	}
	return end-c <= 10
}

// isClauseEnd: token i of sentence k ends it, or is a comma or its final
// punctuation.
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
			// Not after a preposition or a possessive: "said on “Morning
			// Show.”", "said on the network's “Money Hour”" name a
			// programme, not more words said.
			if !x.taken[j] && (j == i || !(x.Tag(j-1) == "IN" && x.D.Tokens[j-1].Dep == "case") && x.Tag(j-1) != "POS") {
				x.add(newsgraph.Direct, source, cue, x.D.Quotes[q].Span, nil)
			}
			return
		}
		if t := x.Tag(j); t == "." || t == ":" || view.IsVerbTag(t) {
			return
		}
	}
}
