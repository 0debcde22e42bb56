package build

import (
	"strings"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/attrib/view"
)

// The shapes of clause PolNeAR marks in ways the subject-cue-complement
// reading of verbCue misses: a cue set off by commas mid-sentence, a
// fronted wh-word, a subject that is the topic rather than the source, a
// hearer named after a quotation.

// frontedWh: token w, just before a source, is a relative pronoun or
// "what", which belong to what is said rather than to the clause around
// the attribution ("what Lind says the plan would do", "the toll, which
// officials say will rise"): so PolNeAR marks them, two times in three. When,
// where, why and how it mostly leaves out. The parse's attachment of the
// word is no guide: it often hangs the whole clause elsewhere.
//
// Not "that" after a noun of time ("On the day that Harlow announced
// …", "at the time that Berg is telling …"): it stands for when, not
// for anything said.
func (x *Builder) frontedWh(w int) bool {
	t := x.Tag(w)
	if x.Lower[w] == "that" && w > 0 && (timeWords[x.Lower[w-1]] || timeNouns[x.Lower[w-1]]) {
		return false
	}
	return (t == "WP" || t == "WDT") && x.QuoteAt[w] < 0 && !x.taken[w]
}

// timeNouns name a stretch of time a relative "that" may stand for.
var timeNouns = view.Set("time day moment days times hour period era")

// subjectIsTopic: the subject of cue c is what the attribution is about,
// not who made it: the subject of a passive without its agent ("The union
// was blamed for …", "The strike is expected to …", and "Residents were
// told to leave", "Lind was asked to name …", whose subject is the one
// told or asked, as PolNeAR marks 11 of its 15 "was asked") or of seem
// and appear ("The mayor seems to think …"). The experiencer of a view
// ("Voters are convinced") and one quoted keep their subject.
func (x *Builder) subjectIsTopic(s newsgraph.Sentence, c int) bool {
	switch l := x.Lemma(c); {
	case l == "seem" || l == "appear":
		return true
	case l == "quote" || experiencer[l]:
		return false
	}
	passive := x.headlinePassive(s, c)
	subjectOnly := false // a passive subject with no passive auxiliary
	perfect := false     // "has said": active, whatever the subject's label
	for k := s.FirstToken; k < s.EndToken; k++ {
		t := x.D.Tokens[k]
		if t.Head != c {
			continue
		}
		switch {
		case t.Dep == "aux:pass":
			passive = true
		case t.Dep == "nsubj:pass":
			subjectOnly = true
		case t.Dep == "aux" && t.Lemma == "have":
			perfect = true
		case t.Dep == "aux" && t.Lemma == "be" && x.Tag(c) == "VBN" && x.Lower[k] != "'s" && x.Lower[k] != "’s":
			// "Residents were told": a passive, however the parse labelled
			// "were"; "he's said" is a perfect.
			passive = true
		case t.Dep == "obl:agent" || t.Dep == "obl" && k > c && x.Lower[k-1] == "by":
			return false
		}
	}
	// "…, though some questioned why …": a passive subject with no form of
	// "be" before the verb is the tagger reading a past tense as a
	// participle, or the parse mislabelling the subject of a perfect
	// ("House Republicans supporting the bill have said …"); the subject
	// spoke. Only a headline drops the auxiliary, and headlinePassive has
	// said so.
	return passive || subjectOnly && !perfect && !x.pastForm(c)
}

// headlinePassive: cue c is a past participle in the headline with no
// auxiliary and no object, the passive a headline writes without its
// "was" ("Hospital strike called off after deal", "Harbour toll plan
// assailed"): PolNeAR gives such cues no source. "Lind Just
// Announced His Endorsement" has its object, and is active.
func (x *Builder) headlinePassive(s newsgraph.Sentence, c int) bool {
	if x.Tag(c) != "VBN" || !x.InTitle(s) {
		return false
	}
	for k := s.FirstToken; k < s.EndToken; k++ {
		if t := x.D.Tokens[k]; t.Head == c && headlineActive[t.Dep] {
			return false
		}
	}
	return true
}

var headlineActive = view.Set("aux aux:pass obj iobj ccomp nsubj")

// experiencer participles make their subject the one who holds the view:
// "Voters are convinced that …", "Officials were worried about …".
var experiencer = view.Set("convince concern worry shock surprise satisfy frustrate outrage excite impress mystify " +
	"disappoint please anger alarm trouble disturb dismay unsettle thrill determine commit prepare interest divide oppose")

// topicAttribution records an attribution whose subject [a, b) is its
// topic: PolNeAR gives it no source and counts the subject in the
// content, which then runs across the cue to the complement's end. An
// "it" that only holds the place of a clause ("It is expected that …")
// is left out.
func (x *Builder) topicAttribution(a, b, after, end int, cue newsgraph.Span, addressee *newsgraph.Span) {
	if b == a+1 && x.Lower[a] == "it" || x.anyTaken(a, b) {
		x.add(x.KindOf(after, end), nil, cue, x.Span(after, end), addressee)
		return
	}
	x.add(x.KindOf(a, end), nil, cue, x.Span(a, end), addressee)
}

// medialTail records the rest of what a cue set off by commas in the
// middle of its sentence reports: in "The harbour toll, Lind says, will
// double in May" the content runs on past the cue, as it does in nine of ten
// such sentences in PolNeAR. The tail is a second attribution sharing the
// cue and source, as the halves of a split quotation are, until
// JoinMedial joins the two. It is not taken
// when it is the reporter's own addition: ", adding that …", ", according
// to …", or what the source did as they spoke (", one of the people
// said, speaking on condition of anonymity", ", he said, wiping sweat off
// his face"). A participle may also go on with what was said ("Russia is
// playing interference, they say, imposing new restrictions"), so only
// those of speakerActs end it.
func (x *Builder) medialTail(k, comma int, source *newsgraph.Span, cue newsgraph.Span) {
	s := x.D.Sentences[k]
	a := comma + 1
	if comma >= s.EndToken || x.Lower[comma] != "," || a >= s.EndToken || x.Tag(a) == "." {
		return
	}
	if x.Tag(a) == "VBG" && (x.isCue(a) || speakerActs[x.Lemma(a)] || newsResults[x.Lemma(a)]) || x.Lower[a] == "according" {
		return
	}
	end := s.EndToken
	for end > a && (x.Tag(end-1) == "." || x.Lower[end-1] == ",") {
		end--
	}
	if q := x.QuoteAt[end-1]; q >= 0 && x.D.Quotes[q].End > x.D.Tokens[end-1].End {
		end = x.quoteEnd(q)
	}
	// From the comma: a tail that opens a clause with its own cue ("…, the
	// envoy said, though both sides cautioned that …") is no half of this.
	end = x.clauseWithOwnCue(comma, end)
	if end-a < 2 || x.anyTaken(a, end) {
		return
	}
	x.add(x.KindOf(a, end), source, cue, x.Span(a, end), nil)
}

// JoinMedial joins the two halves a cue set off by commas in the middle
// of its sentence splits its content into ("Many of the prisons, she
// said, are aging"; see medialTail) into one attribution whose content
// runs from the first half's start to the second's end across source and
// cue, as PolNeAR marks it and as a reader takes it: one claim, not
// "Many of the prisons" and "are aging" apart. The rules keep the halves
// apart so that the ranker (package bound) can redraw each one's edges,
// which joined spans would freeze (on PolNeAR train, joining them before
// the ranker cost 0.003 of content exact F1); it joins them after. A
// split quotation's halves stay apart: each is a quotation of its own.
func (x *Builder) JoinMedial(atts []newsgraph.Attribution) []newsgraph.Attribution {
	out := make([]newsgraph.Attribution, 0, len(atts))
	first := map[newsgraph.Span]int{} // cue -> the first half's place in out
	for _, a := range atts {
		j, seen := first[a.Cue]
		if !seen {
			first[a.Cue] = len(out)
			out = append(out, a)
			continue
		}
		f := &out[j]
		ft, _ := view.TokensOf(x.D, f.Content)
		at, _ := view.TokensOf(x.D, a.Content)
		if f.Kind == newsgraph.Direct || a.Kind == newsgraph.Direct || f.Content.End > a.Cue.Start || a.Content.Start < a.Cue.End ||
			ft.A >= ft.B || at.A >= at.B || x.Sentence[ft.A] != x.Sentence[at.B-1] {
			out = append(out, a)
			continue
		}
		f.Content.End = a.Content.End
		f.Kind = x.KindOf(ft.A, at.B)
	}
	return out
}

// writersAppositive: after a whole clause and its trailing cue, the words
// from the comma at tail on are a noun phrase with no verb of its own
// ("Pyongyang fired two missiles, the military said, the latest in a
// string of tests"): the writer's comment on the news, not more of what
// the source said, which medialTail would take them for. before is the
// comma ahead of the source. A finite verb or a quotation in the phrase,
// outside a relative or subordinate clause, makes it more of the claim
// ("…, he said, the launches will go on"; "…, he added, viewers often
// encounter “…”"), and so do words before the source that are no whole
// clause: "Many of the prisons, she said, are aging", "It was, he said,
// …", "When the talks ended, he said, …".
func (x *Builder) writersAppositive(s newsgraph.Sentence, before, tail int) bool {
	a := tail + 1
	if tail >= s.EndToken || x.Lower[tail] != "," || a >= s.EndToken || !x.wholeClause(s.FirstToken, before) {
		return false
	}
	return x.nounPhraseComment(a, s.EndToken) || x.comparisonComment(a, s.EndToken)
}

// comparisonComment: tokens [a, end) set the news against another figure,
// as the writer does after a trailing cue ("Turnout was 84 percent,
// officials said, slightly lower than at the last election"; "…, well
// below the 180,000 that economists had expected"; "…, up from 3.9
// percent"): adverbs, a word of comparison, and no verb of its own
// outside a clause inside it.
func (x *Builder) comparisonComment(a, end int) bool {
	for a < end && strings.HasPrefix(x.Tag(a), "RB") && !comparisons[x.Lower[a]] {
		a++
	}
	return a+1 < end && comparisons[x.Lower[a]] && x.noOwnVerb(a+1, end)
}

var comparisons = view.Set("below above up down compared lower higher more less fewer short ahead behind")

// nounPhraseComment: tokens [a, end) are a noun phrase with no verb of its
// own outside a clause inside it, as a writer's comment set off after
// the news is ("the latest in a string of tests", "a hint that …").
func (x *Builder) nounPhraseComment(a, end int) bool {
	if t := x.Tag(a); !view.IsNPTag(t) || t == "VBG" || t == "VBN" || t == "PRP" || x.Lower[a] == "that" {
		return false
	}
	return x.noOwnVerb(a, end)
}

// noOwnVerb: tokens [a, end) hold no quotation and no finite verb before
// a clause inside them opens: "a policy that could …", "a bigger fall
// than economists had expected".
func (x *Builder) noOwnVerb(a, end int) bool {
	for i := a; i < end; i++ {
		switch t := x.Tag(i); {
		case x.QuoteAt[i] >= 0 || view.IsFinite(t):
			return false
		case t == "WDT" || t == "WP" || t == "WRB" || x.Lower[i] == "that" || x.Lower[i] == "than" || t == "IN" && subordinators[x.Lower[i]]:
			return true
		}
	}
	return true
}

// CommentAfterQuotation returns where a content [after, end) ends when a
// quotation in it closes on its comma and the writer's comment on it
// follows: "Chen wrote that the company would “focus every dollar on
// data centres,” a hint that smaller units could be sold" (PolNeAR ends
// such contents at the quotation: "called the remarks “racist,” an
// extraordinary indictment …"). It returns end otherwise.
func (x *Builder) CommentAfterQuotation(after, end int) int {
	for q := after + 1; q+1 < end; q++ {
		if x.QuoteAt[q] >= 0 && x.QuoteAt[q+1] < 0 && x.Lower[q-1] == "," && x.QuoteAt[q-1] >= 0 &&
			x.D.Quotes[x.QuoteAt[q]].End == x.D.Tokens[q].End && commentOpeners[x.Lower[q+1]] &&
			!x.AnyQuoted(q+1, end) && x.nounPhraseComment(q+1, end) {
			return q + 1
		}
	}
	return end
}

// writersFraming returns where a content [after, end) ends when the
// writer's framing of the news follows it after a comma: "The mayor said
// the city would sue the company, in the latest turn in a dispute that
// has dragged on for years" ("in a move that …", "in a sign that …",
// "in a blow to …"). It returns end otherwise.
func (x *Builder) writersFraming(after, end int) int {
	for q := after + 1; q+3 < end; q++ {
		if x.Lower[q] != "," || x.QuoteAt[q] >= 0 || x.Lower[q+1] != "in" || !framingDeterminers[x.Lower[q+2]] {
			continue
		}
		n := q + 3
		if framingAdjectives[x.Lower[n]] && n+1 < end {
			n++
		}
		if (x.Lower[n] == "latest" || framingNouns[x.Lower[n]]) && x.noOwnVerb(n+1, end) && !x.hasComma(n+1, end) {
			return q // and the phrase runs to the end: "would, in a major step, hire …" goes on
		}
	}
	return end
}

var (
	framingDeterminers = view.Set("a an the another what")
	framingAdjectives  = view.Set("apparent further fresh new major rare clear significant")
	framingNouns       = view.Set("move sign blow bid rebuke setback boost reversal escalation turn step development challenge")
)

// commentOpeners open a writer's comment set off after a quotation: a
// noun phrase with its determiner. Without one the words are as often
// more of the content: "puts together “tubular mixers,” batches of
// rods that …", "writing “Playbook,” seven days a week".
var commentOpeners = view.Set("a an another the his her its their")

// writersCircumstance: after a whole clause and its trailing cue, the
// words from the comma at tail on are a clause of time the writer sets
// the news in ("At least 46 people were killed, officials said, as
// rescuers dug through rubble"), or a concession the writer adds ("Some
// parents fear side effects, the report said, although serious reactions
// are rare"), not more of what the source said.
func (x *Builder) writersCircumstance(s newsgraph.Sentence, before, tail int) bool {
	a := tail + 1
	return tail < s.EndToken && x.Lower[tail] == "," && a+1 < s.EndToken && writersClauses[x.Lower[a]] &&
		x.wholeClause(s.FirstToken, before) && x.hasFiniteVerb(a+1, s.EndToken)
}

// writersSetting: after a whole clause and its trailing cue, a phrase of
// time or circumstance with no clause of its own ("The house will be
// turned into a police station, the minister said on Tuesday, after years
// of debate over how best to …"): the writer's setting of the news.
func (x *Builder) writersSetting(s newsgraph.Sentence, before, tail int) bool {
	a := tail + 1
	return tail < s.EndToken && x.Lower[tail] == "," && a+1 < s.EndToken && settingPrepositions[x.Lower[a]] &&
		x.wholeClause(s.FirstToken, before) && !x.hasFiniteVerb(a+1, s.EndToken)
}

// settingPrepositions open the phrases writersSetting gives the writer.
var settingPrepositions = view.Set("after amid amidst following despite during")

// writersClauses open the clauses writersCircumstance gives the writer.
var writersClauses = view.Set("as while although though")

// subordinators open a clause inside a noun phrase's modifier: "two days
// after voters went to the polls".
var subordinators = view.Set("after before since because while when whereas although though if until once as")

// wholeClause: tokens [a, b) hold a main clause with its finite verb,
// past a subordinate clause that opens them ("While Kim was away,
// Pyongyang fired …"), and do not end where a verb still wants its
// complement ("It was, he said, …").
func (x *Builder) wholeClause(a, b int) bool {
	if b <= a {
		return false
	}
	if l := x.Lower[a]; subordinators[l] || x.Tag(a) == "WRB" {
		for a < b && x.Lower[a] != "," {
			a++
		}
	}
	switch t := x.Tag(b - 1); {
	case view.IsVerbTag(t), t == "IN", t == "DT", t == "TO", t == "CC":
		return false
	}
	return x.hasFiniteVerb(a, b)
}

// hearerAfter returns who a telling cue after its quotation addresses:
// “…,” Lind told Radio Kesh on Wednesday.
func (x *Builder) hearerAfter(s newsgraph.Sentence, c int) *newsgraph.Span {
	if !tellLemmas[x.Lemma(c)] || c+1 >= s.EndToken || x.QuoteAt[c+1] >= 0 {
		return nil
	}
	if e := x.beforeTimeWords(c+1, x.npRight(c+1, s.EndToken)); e > 0 && !gatherings[x.Lemma(e-1)] { // "told a packed council meeting"
		sp := x.Span(c+1, e)
		return &sp
	}
	return nil
}

// beforeTimeWords ends a hearer [a, e) before the words of time the noun
// phrase ran on into: "told the Courier Tuesday morning", "told Radio Kesh
// this week". It returns e when there are none, or -1 when e is.
// All the words from the first after a noun to the end must say when: "a
// morning meeting" is a hearer.
func (x *Builder) beforeTimeWords(a, e int) int {
	k := e
	for k-1 > a && (timeWords[x.Lower[k-1]] || x.opensTime(k-1)) {
		k--
	}
	if k == e || !view.IsNounTag(x.Tag(k-1)) {
		return e
	}
	// A day's name says when, whatever the NER ran on over ("told the
	// Courier Tuesday"); another word of time with a capital, or inside a
	// name, names a programme ("USA Today", "CBS This Morning").
	if weekdays[x.Lower[k]] || !view.Capitalised(x.D.TokenText(k)) && !x.nameGoesOn(k-1, k) {
		return k
	}
	return e
}

var weekdays = view.Set("monday tuesday wednesday thursday friday saturday sunday")

// nameGoesOn: tokens i and j lie in one name the NER found: "USA Today",
// "Fox News Sunday" are hearers whole.
func (x *Builder) nameGoesOn(i, j int) bool {
	for _, m := range x.Names.Overlapping(x.D.Tokens[i].Span) {
		if m.Start <= x.D.Tokens[i].Start && m.End >= x.D.Tokens[j].End {
			return true
		}
	}
	return false
}

// hasFiniteVerb: tokens [a, b) hold a finite verb outside quotations.
func (x *Builder) hasFiniteVerb(a, b int) bool {
	for i := a; i < b; i++ {
		switch x.Tag(i) {
		case "VBD", "VBZ", "VBP", "MD":
			if x.QuoteAt[i] < 0 {
				return true
			}
		}
	}
	return false
}

// relativeClauseEnd ends the content of a cue whose fronted wh-word w
// starts it: at the end of the cue's clause, or, for a relative clause set
// off by commas, at the next comma. When the parse hangs none of the
// words after the cue on it ("the fund, which an audit said was careless"
// read with "careless" on the main verb), the clause runs to end.
func (x *Builder) relativeClauseEnd(w, c, after, end int) int {
	e := after
	for i := after; i < end; i++ {
		if view.Dominates(x.D, c, i) {
			e = i + 1
		}
	}
	if e == after && w > 0 && x.Lower[w-1] == "," && after > 0 && x.Lower[after-1] != "," {
		e = end // (unless a comma closed the clause before after: "which she wrote in prison, had …")
	}
	if w > 0 && x.Lower[w-1] == "," {
		for i := after; i < e; i++ {
			if x.Lower[i] == "," && x.QuoteAt[i] < 0 {
				e = i
				break
			}
		}
	}
	for e > after && (x.Tag(e-1) == "." || x.Lower[e-1] == ",") {
		e--
	}
	return e
}

// relativeClauseClose ends the content of a cue in a relative clause set
// off by commas, whose subject is the pronoun [a, b), at the comma after
// which the main clause goes on: in "The union, which says wages are
// low, wants talks" the union says only that wages are low. The parse
// often hangs the main verb on the content instead. So does a relative
// clause inside an opening phrase: in "Among voters who said they cared
// most about honesty, Lind led" the content ends at the comma after
// which a subject and its verb begin the main clause.
func (x *Builder) relativeClauseClose(a, b, after, end int) int {
	if a <= 0 || b != a+1 || !view.RelativePronouns[x.Lower[a]] || x.Tag(a) != "WP" && x.Tag(a) != "WDT" {
		return end
	}
	setOff, opening := x.Lower[a-1] == ",", x.inOpeningPhrase(a)
	if !setOff && !opening {
		return end
	}
	for i := after; i+1 < end; i++ {
		if x.Lower[i] != "," || x.QuoteAt[i] >= 0 {
			continue
		}
		j := i + 1
		for j < end && strings.HasPrefix(x.Tag(j), "RB") {
			j++
		}
		if setOff && j < end && view.IsFinite(x.Tag(j)) {
			return i
		}
		if opening && !setOff {
			k := j
			for k < end && (view.IsNounTag(x.Tag(k)) || x.Tag(k) == "DT" || x.Tag(k) == "JJ" || x.Tag(k) == "PRP$" || x.Tag(k) == "POS") {
				k++
			}
			if k > j && k < end && (view.IsFinite(x.Tag(k)) || x.Tag(k) == "VBN") { // "…, Lind led": a past the tagger may read as a participle
				return i
			}
		}
	}
	return end
}

// inOpeningPhrase: token a lies in a prepositional phrase that opens its
// sentence, before any comma.
func (x *Builder) inOpeningPhrase(a int) bool {
	s := x.D.Sentences[x.Sentence[a]]
	if !x.opensWithPreposition(s) {
		return false
	}
	for i := s.FirstToken; i < a; i++ {
		if x.Lower[i] == "," {
			return false
		}
	}
	return true
}

// newsResults are participles by which the writer says what the news
// brought about: "…, the club announced on Friday, ending weeks of
// speculation", "…, officials said, marking the first …".
var newsResults = view.Set("end mark cap spark prompt trigger")

// speakerActs are what a speaker does while speaking, set off after the
// cue: never what they said.
var speakerActs = view.Set("speak cite refer smile laugh wipe stand sit shake gesture point hold look read wave shrug sigh nod " +
	"pause choke fight struggle walk lean sip")

// pastForm: word c, tagged a participle, has the form of a past tense
// too ("questioned", "said", "told"), so that the tagger may have misread
// one for the other; "spoken" or "written" is a participle only.
func (x *Builder) pastForm(c int) bool {
	return strings.HasSuffix(x.Lower[c], "ed") || sameInPast[x.Lower[c]]
}

var sameInPast = view.Set("said told thought felt found heard held taught meant sought read")
