package speaker

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/attrib/view"
	"github.com/newsgraph/newsgraph/internal/coref"
)

// resolver links sources to what they name: people by their fullest name in
// the document (Kim -> Kim Jong Un), pronouns to the person last spoken of,
// institutions to the organisation their description names, and groups to
// their own description.
//
// Every look-up is by binary search or through an index of names, not a
// scan of the document: it runs once per attribution, and scans made long
// documents quadratic.
type resolver struct {
	d       *newsgraph.Doc
	persons []newsgraph.Mention // PER mentions, in order of their starts; a name widened over its title may hold another ("Brask spokesman Ivo Tal")
	names   []personName        // the distinct PER texts, each at its first mention
	byWord  map[string][]int    // a word, folded -> the names holding it, in order
	ents    view.Index

	intervieweeFound bool                // interviewee has been looked for
	intervieweeRef   *newsgraph.Referent // what it found
}

// personName is one distinct PER text and its words.
type personName struct {
	first newsgraph.Mention
	words []string
}

func newResolver(d *newsgraph.Doc) *resolver {
	r := &resolver{d: d, byWord: map[string][]int{}, ents: view.NewIndex(d.Mentions)}
	for _, e := range r.ents {
		if e.Type == "PER" {
			r.persons = append(r.persons, e)
		}
	}
	seen := map[string]bool{}
	for _, p := range r.persons {
		text := d.Slice(p.Span)
		if seen[text] {
			continue // a later mention of the same text never wins in fullest
		}
		seen[text] = true
		n := personName{first: p, words: strings.Fields(text)}
		for _, w := range n.words {
			k := foldWord(w)
			if ids := r.byWord[k]; len(ids) == 0 || ids[len(ids)-1] != len(r.names) {
				r.byWord[k] = append(ids, len(r.names))
			}
		}
		r.names = append(r.names, n)
	}
	return r
}

// personPronouns are the pronouns resolved to the last person quoted.
var personPronouns = view.Set("he she him her")

// foldWord is the key under which containsWords matches a word.
func foldWord(w string) string { return strings.ToLower(strings.Trim(w, "’'s")) }

// resolve fills Speaker for every attribution, in text order, so that a
// pronoun can refer to an earlier speaker.
func (r *resolver) resolve(atts []newsgraph.Attribution) {
	var lastPerson *newsgraph.Referent
	var lastOrg *newsgraph.Referent // the last organisation to speak, with the sentence it spoke in
	orgSentence := -1
	// named[i] is the person named in attribution i's source, when the
	// source names one: its entity is the speaker's, whatever word the
	// parse made the source's head ("Emirates President Tim Clark", with
	// "Emirates" the head, is Tim Clark, not the airline).
	named := make([]*newsgraph.Span, len(atts))
	grouped := make([]bool, len(atts)) // the speaker is a group, its entity known
	for i := range atts {
		a := &atts[i]
		if a.Source == nil {
			continue
		}
		src := strings.TrimSpace(r.d.Slice(*a.Source))
		if ant, ok := r.relativeAntecedent(*a.Source); ok {
			src = strings.TrimSpace(r.d.Slice(ant))
			a.Speaker = &newsgraph.Referent{Entity: newsgraph.NoEntity, Name: view.Describe(src), Mention: ant}
			// The person the antecedent names, not one in a phrase it
			// ends with: "a longtime adviser to Trump, who declined to
			// be identified" is the adviser.
			p := r.personAt(view.RelativeHead(r.d, r.tokenAt(*a.Source)))
			if p != nil && !(r.personIsPhraseObject(p.Span, ant) && r.headIsPersonNoun(ant)) {
				a.Speaker = r.fullest(*p)
				lastPerson = a.Speaker
			}
			continue
		}
		if r.isAnswer(*a) && r.interviewee() != nil {
			a.Speaker = r.interviewee()
			lastPerson = a.Speaker
			continue
		}
		if g := r.groupNamed(*a.Source); g >= 0 {
			a.Speaker, grouped[i] = &newsgraph.Referent{Entity: g, Name: r.d.Entities[g].Name, Mention: *a.Source}, true
			continue
		}
		switch {
		case strings.EqualFold(src, "it") && lastOrg != nil && r.sentenceOf(*a.Source)-orgSentence <= 2 && r.isSubject(*a.Source):
			// "The National Audit Office said … It declined to comment":
			// coreference leaves "it" alone (it is as often no one), but
			// as a source it is the organisation that last spoke.
			cp := *lastOrg
			a.Speaker = &cp
			continue
		case personPronouns[strings.ToLower(src)]:
			a.Speaker = r.antecedent(*a.Source, lastPerson)
			if a.Speaker == nil && r.entityHeading(*a.Source) != newsgraph.NoEntity {
				// No one spoke before and no name stands before it, but
				// coreference gave the pronoun a description ("The claims
				// were made by a nurse, who … She said …"): link names the
				// speaker after it.
				a.Speaker = &newsgraph.Referent{Entity: newsgraph.NoEntity, Mention: *a.Source}
			}
		case r.personHeading(*a.Source) != nil:
			p := r.personHeading(*a.Source)
			a.Speaker, named[i] = r.fullest(*p), &p.Span
		default:
			a.Speaker = &newsgraph.Referent{Entity: newsgraph.NoEntity, Name: r.institution(*a.Source, src), Mention: *a.Source}
			if r.describesOnePerson(*a.Source) {
				lastPerson = a.Speaker // "A police spokeswoman said … She said …"
			}
			if r.namesOrganisation(*a.Source) {
				lastOrg, orgSentence = a.Speaker, r.sentenceOf(*a.Source)
			}
			continue
		}
		if a.Speaker != nil {
			lastPerson = a.Speaker
		}
	}
	for i := range atts {
		source := atts[i].Source
		if named[i] != nil {
			source = named[i]
		}
		if !grouped[i] {
			r.link(atts[i].Speaker, source)
		}
		r.link(atts[i].Addressee, view.MentionOf(atts[i].Addressee))
	}
}

// personHeading returns the first person named in span who is not a
// possessor there nor after a preposition: "Tim Morrison" in "Tim
// Morrison, a former aide", but no one in "Morrison's lawyer" or "an aide
// to Morrison", who are someone else. A person set off after such a
// description is it: "Saar's lawyer, Petra Voss," is Petra Voss.
func (r *resolver) personHeading(span newsgraph.Span) *newsgraph.Mention {
	k := sort.Search(len(r.persons), func(k int) bool { return r.persons[k].Start >= span.Start })
	for first := k; k < len(r.persons) && span.Contains(r.persons[k].Span); k++ {
		p := &r.persons[k]
		if k+1 < len(r.persons) && r.persons[k+1].Span.Contains(p.Span) && span.Contains(r.persons[k+1].Span) {
			first = k + 1 // "Northfield" inside "Northfield manager Tom Hale": the whole is the person
			continue
		}
		if k > first && !r.setOff(p.Span) {
			return nil
		}
		if k+1 < len(r.persons) && span.Contains(r.persons[k+1].Span) && r.modifiesTitle(p.Span, r.persons[k+1].Span) {
			first = k + 1 // "Green candidate Sofia Lindgren": the party the tagger took for a person qualifies her title
			continue
		}
		if r.namesAKind(p.Span, span) {
			return nil // "one Weibo commenter", "a Clinton aide": the name says what kind of person speaks
		}
		if !view.Possessor(r.d, span, p.Span) && (k > first || r.setOff(p.Span) || !view.AfterPreposition(r.d, span, p.Span) || r.afterOfTitle(p.Span)) {
			return p // set off after the description ("The owner of the store, Lisa Grahn,"), the preposition is the description's
		}
	}
	return nil
}

// afterOfTitle: the name comes right after a title built with "of" and
// lower-case nouns ("former secretary of state Hillary Clinton", "director
// of communications Jo Hale"): the title is the name's, not another's it
// hangs on. Only an office's noun opens such a title: "the son of
// billionaire investor Ana Vos" is her son. The name may begin with the
// title's last words, as coreference widens it to the phrase it heads.
func (r *resolver) afterOfTitle(name newsgraph.Span) bool {
	t, _ := view.TokensOf(r.d, name)
	a := t.A
	for a < t.B && startsLower(r.d.TokenText(a)) {
		a++
	}
	first := 0
	if k := r.sentenceOf(name); k < len(r.d.Sentences) {
		first = r.d.Sentences[k].FirstToken
	}
	n := 0
	for i := a - 1; i >= first; i-- {
		switch w := r.d.Tokens[i]; {
		case strings.EqualFold(r.d.TokenText(i), "of"):
			return n > 0 && i-1 >= first && ofOffices[strings.ToLower(r.d.TokenText(i-1))]
		case (w.Tag == "NN" || w.Tag == "NNS") && startsLower(r.d.TokenText(i)):
			n++
		default:
			return false
		}
	}
	return false
}

// ofOffices are the offices whose titles go on with "of": "secretary of
// state", "director of communications", "minister of finance".
var ofOffices = view.Set("secretary director minister chief head chairman chairwoman chair president commissioner " +
	"governor chancellor treasurer dean editor professor undersecretary")

// startsLower: w begins with a lower-case letter.
func startsLower(w string) bool { c, _ := utf8.DecodeRuneInString(w); return unicode.IsLower(c) }

// namesAKind: name ends before the common nouns that end source span,
// which it modifies: the source is someone it qualifies.
func (r *resolver) namesAKind(name, span newsgraph.Span) bool {
	tn, _ := view.TokensOf(r.d, name)
	ts, _ := view.TokensOf(r.d, span)
	end := ts.B
	for end > tn.B && r.d.Tokens[end-1].Tag == "," {
		end--
	}
	if tn.B >= end {
		return false
	}
	for i := tn.B; i < end; i++ {
		if t := r.d.Tokens[i].Tag; t != "NN" && t != "NNS" || !startsLower(r.d.TokenText(i)) {
			return false
		}
	}
	return true
}

// modifiesTitle: only lower-case nouns stand between the names a and b
// ("Green candidate Sofia Lindgren", "Labour leader Ann Ross"): a
// qualifies b's title, and b is the person.
func (r *resolver) modifiesTitle(a, b newsgraph.Span) bool {
	ta, _ := view.TokensOf(r.d, a)
	tb, _ := view.TokensOf(r.d, b)
	if tb.A <= ta.B {
		return false
	}
	for i := ta.B; i < tb.A; i++ {
		if t := r.d.Tokens[i].Tag; t != "NN" && t != "NNS" {
			return false
		}
	}
	return true
}

// setOff: a comma stands right before name, which is then an appositive.
func (r *resolver) setOff(name newsgraph.Span) bool {
	t, _ := view.TokensOf(r.d, name)
	return t.A > 0 && r.d.Tokens[t.A-1].Tag == ","
}

// fullest finds the longest PER mention in the document that has every
// word of e ("Kim" -> "Kim Jong Un" is found through "Kim", the first word,
// too: Korean names put the family name first); the first such mention in
// the text, among the longest.
func (r *resolver) fullest(e newsgraph.Mention) *newsgraph.Referent {
	words := strings.Fields(r.d.Slice(e.Span))
	best, bestLen := e, len(words)
	try := func(n personName) {
		if len(n.words) > bestLen && containsWords(n.words, words) {
			best, bestLen = n.first, len(n.words)
		}
	}
	if len(words) == 0 {
		for _, n := range r.names {
			try(n)
		}
	} else {
		for _, k := range r.byWord[foldWord(words[0])] { // a fuller name holds the first word too
			try(r.names[k])
		}
	}
	return &newsgraph.Referent{Entity: newsgraph.NoEntity, Name: r.d.Slice(best.Span), Mention: best.Span}
}

// containsWords: every word of short appears in long.
func containsWords(long, short []string) bool {
	for _, s := range short {
		found := false
		for _, l := range long {
			if strings.EqualFold(strings.Trim(l, "’'s"), strings.Trim(s, "’'s")) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// antecedent resolves he/she: the speaker of the previous attribution when
// there is one, else the first person named in the sentence before.
func (r *resolver) antecedent(pron newsgraph.Span, last *newsgraph.Referent) *newsgraph.Referent {
	if last != nil {
		cp := *last // each attribution links its own referent
		return &cp
	}
	k := sort.Search(len(r.persons), func(k int) bool { return r.persons[k].End > pron.Start })
	if k == 0 {
		return nil
	}
	return r.fullest(r.persons[k-1])
}

// describesOnePerson: span is a description that coreference took for
// one person ("a police spokeswoman"), whom a "she" in a later source
// takes up as it would a name.
func (r *resolver) describesOnePerson(span newsgraph.Span) bool {
	id := r.entityHeading(span)
	if id == newsgraph.NoEntity || id >= len(r.d.Entities) {
		return false
	}
	h := headOf(r.d, span)
	e := r.d.Entities[id]
	return e.Type == "PER" && len(e.Members) == 0 && h >= 0 && r.d.Tokens[h].Tag == "NN" // not "officials", whom "he" is not
}

// onePhrase: no comma, conjunction or verb but a participle stands
// between tokens a and b, which then lie in one noun phrase ("people
// involved in the talks"), not in a list ("superdelegates, or party
// leaders").
func (r *resolver) onePhrase(a, b int) bool {
	for i := a + 1; i < b; i++ {
		t := r.d.Tokens[i].Tag
		if t == "," || t == "CC" || view.IsVerbTag(t) && t != "VBN" && t != "VBG" {
			return false
		}
	}
	return true
}

// namesOrganisation: span is headed by a mention of an organisation.
func (r *resolver) namesOrganisation(span newsgraph.Span) bool {
	id := r.entityHeading(span)
	return id != newsgraph.NoEntity && id < len(r.d.Entities) && r.d.Entities[id].Type == "ORG"
}

// isSubject: the one word of span is a verb's subject (not the "it" of
// "as she put it").
func (r *resolver) isSubject(span newsgraph.Span) bool {
	t, _ := view.TokensOf(r.d, span)
	return t.B == t.A+1 && strings.HasPrefix(r.d.Tokens[t.A].Dep, "nsubj")
}

// sentenceOf is the index of the sentence span starts in.
func (r *resolver) sentenceOf(span newsgraph.Span) int {
	return sort.Search(len(r.d.Sentences), func(k int) bool { return r.d.Sentences[k].End > span.Start })
}

// institution names a source that is not a person: by the organisation
// its description ends with ("the U.S. shipping firm Calloway Lines" ->
// "Calloway Lines"), or else by the description itself. A description
// with a preposition or a clause before the name is about someone else:
// "Economists at the Northern Trade Institute" stays whole.
func (r *resolver) institution(span newsgraph.Span, src string) string {
	end := span.End
	for end > span.Start && (r.d.Text[end-1] == ',' || r.d.Text[end-1] == ' ') {
		end--
	}
	for _, e := range r.ents.Overlapping(span) {
		if e.Type != "ORG" || e.End != end || e.Start <= span.Start || !span.Contains(e.Span) {
			continue
		}
		before, _ := view.TokensOf(r.d, newsgraph.Span{Start: span.Start, End: e.Start})
		for k, t := range r.d.Tokens[before.A:before.B] {
			// A comma right before the name sets it off as the
			// description's appositive: "The shipyard's owner, Kessler
			// Group," is Kessler Group.
			appositive := t.Tag == "," && before.A+k == before.B-1
			if t.Start >= span.Start && t.End <= e.Start && (t.Tag == "IN" || t.Tag == "," && !appositive || t.Tag == "CC" || view.IsVerbTag(t.Tag) || strings.HasPrefix(t.Tag, "W")) {
				return view.Describe(src)
			}
		}
		return r.d.Slice(e.Span)
	}
	return view.Describe(src)
}

// personIsPhraseObject: the person at span ends phrase ant as the object
// of a preposition after another noun ("an adviser to Trump").
func (r *resolver) personIsPhraseObject(span, ant newsgraph.Span) bool {
	t, _ := view.TokensOf(r.d, span)
	a := t.A
	// A name begins with a capital: "secretary of state Hillary Clinton"
	// is her title, however far the tagger drew her name.
	return a > 0 && a < t.B && span.Start > ant.Start && (r.d.Tokens[a-1].Tag == "IN" || r.d.Tokens[a-1].Tag == "TO") &&
		view.Capitalised(r.d.TokenText(a))
}

// headIsPersonNoun: phrase ant is headed by a common noun of a person
// ("a longtime adviser to Trump"), not of a thing ("a symbolic victory
// for Obama, who …" is Obama).
func (r *resolver) headIsPersonNoun(ant newsgraph.Span) bool {
	h := headOf(r.d, ant)
	return h >= 0 && coref.PersonNoun(r.d.Tokens[h].Lemma)
}

// relativeAntecedent returns, for a source that is a relative pronoun, the
// noun phrase its clause modifies: "Democrats on Capitol Hill, who have
// argued" → "Democrats on Capitol Hill". The phrase is the antecedent
// noun's subtree up to the pronoun.
func (r *resolver) relativeAntecedent(src newsgraph.Span) (newsgraph.Span, bool) {
	pron := r.tokenAt(src)
	if pron < 0 || !view.RelativePronouns[strings.ToLower(r.d.TokenText(pron))] {
		return newsgraph.Span{}, false
	}
	noun := view.RelativeHead(r.d, pron)
	if noun < 0 {
		return newsgraph.Span{}, false
	}
	// "two people involved in the talks, who asked": the parse hangs the
	// clause on the noun it is about, which may stand further back than
	// the noun before the comma.
	if v := r.d.Tokens[pron].Head; v >= 0 && r.d.Tokens[v].Dep == "acl:relcl" && r.d.TokenText(pron-1) == "," {
		if h := r.d.Tokens[v].Head; h >= 0 && h < noun && noun-h <= 8 && view.IsNounTag(r.d.Tokens[h].Tag) && r.onePhrase(h, noun) {
			noun = h
		}
	}
	// "Democrats on Capitol Hill, who": the clause may hang on the last
	// noun of the phrase; the speaker is the whole phrase.
	for n := 0; n < 4; n++ {
		t := r.d.Tokens[noun]
		if h := t.Head; h >= 0 && h < noun && (t.Dep == "nmod" || t.Dep == "compound" || t.Dep == "flat") && view.IsNounTag(r.d.Tokens[h].Tag) && !r.examplesBetween(h, noun) {
			noun = h
			continue
		}

		break
	}
	start := noun
	for i := noun - 1; i >= 0 && i >= noun-12; i-- {
		if view.Dominates(r.d, noun, i) {
			start = i
		}
	}
	for start < noun && (r.d.Tokens[start].Dep == "case" || r.d.Tokens[start].Dep == "fixed" || r.d.Tokens[start].Tag == ",") {
		start++ // "by an entourage that …", "according to a spokesperson, who …": the preposition is not the speaker's
	}
	end := pron
	if p := view.ParticipleBefore(r.d, pron); p > noun {
		end = p // "…, dated last week, which": the participle's phrase is no part of who
	}
	for end > noun+1 && (r.d.TokenText(end-1) == "," || r.d.Tokens[end-1].Tag == ",") {
		end--
	}
	if end <= start {
		return newsgraph.Span{}, false
	}
	return newsgraph.Span{Start: r.d.Tokens[start].Start, End: r.d.Tokens[end-1].End}, true
}

// examplesBetween: between tokens a and b a comma sets off examples of
// what comes before ("officials, including a career Army officer who
// described …": the officer described, not the officials). Other phrases
// set off ("Nicky Driscoll, 24, from Manchester, who said") still
// describe the noun before.
func (r *resolver) examplesBetween(a, b int) bool {
	for i := a + 1; i+1 < b; i++ {
		if r.d.Tokens[i].Tag == "," && exampleOpeners[strings.ToLower(r.d.TokenText(i+1))] {
			return true
		}
	}
	return false
}

var exampleOpeners = view.Set("including like such especially notably particularly among")

// tokenAt returns the token whose span is exactly span, or -1.
func (r *resolver) tokenAt(span newsgraph.Span) int {
	if t, exact := view.TokensOf(r.d, span); exact && t.B == t.A+1 {
		return t.A
	}
	return -1
}

// personAt returns the PER entity holding token i, if any.
func (r *resolver) personAt(i int) *newsgraph.Mention {
	if i < 0 {
		return nil
	}
	t := r.d.Tokens[i].Span
	k := sort.Search(len(r.persons), func(k int) bool { return r.persons[k].End > t.Start })
	if k < len(r.persons) && r.persons[k].Contains(t) {
		return &r.persons[k]
	}
	return nil
}

// isAnswer: a is an interview's answer ("A: Less than we need."), whose
// source is the "A" that opens its paragraph and whose cue is the colon
// after it (see build.InterviewAnswers).
func (r *resolver) isAnswer(a newsgraph.Attribution) bool {
	if a.Source == nil || r.d.Slice(*a.Source) != "A" || r.d.Slice(a.Cue) != ":" {
		return false
	}
	for _, p := range r.d.Paragraphs {
		if p.Start == a.Source.Start {
			return true
		}
	}
	return false
}

// interviewee is the person an interview's answers are by: the person
// the article names most often, by the fullest of their names (the
// introduction names the interviewee; the answers, in the first person,
// do not). Nil when the article names no person.
func (r *resolver) interviewee() *newsgraph.Referent {
	if !r.intervieweeFound {
		r.intervieweeFound, r.intervieweeRef = true, r.mostNamed()
	}
	if r.intervieweeRef == nil {
		return nil
	}
	ref := *r.intervieweeRef // each answer its own referent, which link may change
	return &ref
}

// mostNamed is interviewee's answer, computed once per document.
func (r *resolver) mostNamed() *newsgraph.Referent {
	count := map[int]int{}
	best := -1
	for k, p := range r.persons {
		if p.Entity == newsgraph.NoEntity {
			continue
		}
		count[p.Entity]++
		if best < 0 || count[p.Entity] > count[r.persons[best].Entity] {
			best = k
		}
	}
	if best < 0 {
		return nil
	}
	return r.fullest(r.persons[best])
}

// groupNamed returns the group entity made of the people a source names
// joined by "and" ("Presidents Ana Lind of Brask and Tomas Vale of Korva
// said"), whom coreference gathered into one, or -1: the speaker is both,
// not the first named.
func (r *resolver) groupNamed(span newsgraph.Span) int {
	var named []int
	and, lastEnd := false, -1
	k := sort.Search(len(r.persons), func(k int) bool { return r.persons[k].Start >= span.Start })
	for ; k < len(r.persons) && span.Contains(r.persons[k].Span); k++ {
		p := r.persons[k]
		if p.Entity == newsgraph.NoEntity || slices.Contains(named, p.Entity) {
			continue
		}
		// Mentions may nest ("President Ana Lind" around "Ana Lind"): only
		// the words between two that do not is where "and" can stand.
		if lastEnd >= 0 && lastEnd <= p.Start && strings.Contains(r.d.Text[lastEnd:p.Start], " and ") {
			and = true
		}
		named, lastEnd = append(named, p.Entity), p.End
	}
	if len(named) < 2 || !and {
		return -1
	}
	for g, e := range r.d.Entities {
		if len(e.Members) >= len(named) && containsAll(e.Members, named) {
			return g
		}
	}
	return -1
}

func containsAll(set, xs []int) bool {
	for _, x := range xs {
		if !slices.Contains(set, x) {
			return false
		}
	}
	return true
}
