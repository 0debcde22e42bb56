package build

import (
	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/attrib/view"
)

// accordingTo: CONTENT, according to SOURCE. / According to SOURCE,
// CONTENT. "In the words of SOURCE" likewise.
func (x *Builder) accordingTo(k, i int) {
	s := x.D.Sentences[k]
	a := i + x.accordingToLen(s, i)
	e := x.commaOrEnd(s, a)
	if c := x.colonBeforeQuote(a, e); c > a {
		// "…, in the words of the skipper: “We lost power twice.”": what
		// the colon announces is what was said.
		src := x.Span(a, c)
		x.add(newsgraph.Direct, &src, x.Span(i, a), x.D.Quotes[x.QuoteAt[c+1]].Span, nil)
		return
	}
	if i == s.FirstToken && e+1 < s.EndToken && x.Lower[e] == "," && relativeSubjects[x.Lower[e+1]] {
		// "According to the investigation, which was carried out by the
		// police, the dealer has since died": the relative clause says
		// more of the source, and what was said follows it.
		if f := x.commaOrEnd(s, e+1); f < s.EndToken && x.Lower[f] == "," {
			e = f
		}
	}
	// "…, according to Edmunds.com, a California-based data firm.": the
	// source's description after it is no more of what was said (PolNeAR
	// leaves it out of the source too).
	described := i > s.FirstToken && x.sourcesAppositive(s, e)
	if from, end, ok := x.adverbialSource(k, i, a, e); ok && !described && (!x.hasFiniteVerb(from, end) || x.Lower[i-1] == "," && x.endsInVerb(from, end)) {
		// "Over the winter, according to the union, the crews …": words
		// with no verb of their own before the cue leave the claim to the
		// words after it; "The mood was, in the words of one executive,
		// “grim.”": words ending in their verb leave its complement there.
		src := x.Span(a, e)
		x.medialTail(k, e, &src, x.Span(i, a))
	}
}

// colonBeforeQuote returns the colon among tokens [a, e) that a
// quotation follows, or -1.
func (x *Builder) colonBeforeQuote(a, e int) int {
	for j := a; j+1 < e; j++ {
		if x.Lower[j] == ":" && x.QuoteAt[j] < 0 && x.QuoteAt[j+1] >= 0 && !x.taken[j+1] {
			return j
		}
	}
	return -1
}

// opensSentence: token i opens sentence s, or follows only a conjunction
// or a sentence adverb and commas ("But according to the poll, …",
// "Still, according to …"), which join the sentence to the one before
// and are no part of what the source said.
func (x *Builder) opensSentence(s newsgraph.Sentence, i int) bool {
	if i-s.FirstToken > 2 {
		return false
	}
	for j := s.FirstToken; j < i; j++ {
		if t := x.Tag(j); t != "CC" && t != "RB" && t != "," || t == "RB" && j > s.FirstToken {
			return false
		}
	}
	return true
}

// sourcesAppositive: a noun phrase with no verb of its own, headed by a
// noun of those who report, runs from the comma at e to the end of
// sentence s: the source's description ("…, according to Edmunds.com, a
// California-based automobile data firm.").
func (x *Builder) sourcesAppositive(s newsgraph.Sentence, e int) bool {
	end := s.EndToken
	for end > e && (x.Tag(end-1) == "." || x.QuoteAt[end-1] >= 0 && view.IsQuoteMark(x.Lower[end-1])) {
		end--
	}
	if e+2 >= end || x.Lower[e] != "," || end-e > 16 {
		return false
	}
	if t := x.Tag(e + 1); t != "DT" && t != "PRP$" {
		return false
	}
	head := -1 // the phrase's noun: the last before a preposition
	for j := e + 1; j < end; j++ {
		if view.IsFinite(x.Tag(j)) || x.QuoteAt[j] >= 0 || x.Lower[j] == "," || x.Tag(j) == "VB" {
			return false
		}
		if x.Tag(j) == "IN" && head >= 0 {
			break
		}
		if x.Tag(j) == "NN" || x.Tag(j) == "NNS" {
			head = j
		}
	}
	// An agent's noun: ", a huge sum for a firm with 35 partners" is the
	// writer's word on the figure, not on who reported it.
	return head >= 0 && describedAgents[x.Lemma(head)]
}

// describedAgents are the nouns of a source's description: who reports.
var describedAgents = view.Set("firm group company organization organisation agency arm institute institution newspaper network website " +
	"outlet service watchdog tracker provider publisher nonprofit charity body regulator maker bank fund union association " +
	"department ministry office committee commission council authority university center centre tank " +
	"analyst expert official spokesman spokeswoman spokesperson researcher economist professor adviser advisor director lawyer source")

// commaOrEnd is the first comma or full stop of sentence s from token a
// on, or a dash a clause follows, or its end. "…, according to the
// paper's fact checker -- there is every reason to doubt it" names the
// checker, and what follows the dash is the writer's; "according to
// members of the caucus — a group of strategists in four states" goes on
// describing them (PolNeAR keeps such a description in the source).
func (x *Builder) commaOrEnd(s newsgraph.Sentence, a int) int {
	for a < s.EndToken && x.Lower[a] != "," && x.Tag(a) != "." && !x.clauseAfterDash(s, a) {
		a++
	}
	return a
}

// clauseAfterDash: token a is a dash, and the words after it, up to the
// next dash or the end of sentence s, make a clause: a finite verb before
// any relative pronoun ("— a group that tracks prices —" describes) and
// not after two noun phrases' openings ("— the largest the group has
// conducted", a relative clause without its pronoun).
func (x *Builder) clauseAfterDash(s newsgraph.Sentence, a int) bool {
	if !sourceDashes[x.Lower[a]] {
		return false
	}
	phrases := 0 // noun phrases opened before the verb: two make a reduced relative
	for j := a + 1; j < s.EndToken && !sourceDashes[x.Lower[j]]; j++ {
		switch t := x.Tag(j); {
		case t == "WDT" || t == "WP":
			return false
		case t == "DT" || t == "PRP$":
			phrases++
		case view.IsFinite(t) && x.QuoteAt[j] < 0:
			return phrases < 2 // "— the largest the group has conducted" describes
		}
	}
	return false
}

// sourceDashes are the dashes that can end a source as a comma would:
// dashes less "-", which the tokenizer also splits from hyphenated words
// ("Associated Press-GfK", "court-released").
var sourceDashes = view.Set("-- — –")

// pollCue: "In a poll released Monday, most voters …" / "… led by five
// points in the latest survey". The source is the poll's phrase, up to a
// comma, with a participle phrase set off after it: "In the last poll,
// taken in May, …".
func (x *Builder) pollCue(k, i int) {
	s := x.D.Sentences[k]
	e := x.D.Tokens[i].Head + 1
	for e < s.EndToken && x.Lower[e] != "," && x.Tag(e) != "." && x.Tag(e) != "CC" && !view.IsFinite(x.Tag(e)) { // "in national polls and held …"
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
	if x.opensSentence(s, i) {
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
	// The clause before is reported whole, with the attributions inside
	// it nested: in "About 40 rabbis plan to join the protest, according
	// to an organizer" the organizer reports the plan, and in "“…,” Obama
	// said of the families, according to a pool report" the pool report
	// reports that Obama said it, as PolNeAR marks it, while Obama keeps
	// his words. (Taking only what the quotation's attribution left, "of
	// the families", scored lower on PolNeAR train by 0.0006 cue, 0.0004
	// source and 0.0003 content exact F1 and said nothing.)
	from = x.afterDateline(s, end) // "(Reuters) — The attorney general …, according to …"
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

// endsInVerb: the last word of [from, end) but for commas is a verb.
func (x *Builder) endsInVerb(from, end int) bool {
	for end > from && x.Lower[end-1] == "," {
		end--
	}
	return end > from && view.IsVerbTag(x.Tag(end-1))
}
