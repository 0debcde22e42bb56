package coref

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph"
)

// names gathers the NER's names into entities, in text order. Candidates
// come from indexes, so that a long article costs no comparison of every
// name with every entity (see nameIndex).
func (r *resolver) names() {
	recent := map[int]int{} // entity -> index of its latest mention so far
	ix := newNameIndex()
	for k := range r.mentions {
		m := r.mentions[k]
		text := r.d.Slice(m.Span)
		words := nameWords(text)
		if len(words) == 0 {
			continue
		}
		var g byte
		if m.Type == "PER" {
			g = r.nameGender(m.Span, text, words)
		}
		writers := m.Type == "PER" && r.establishes(m.Span)
		e := r.matchName(m.Type, words, g, writers, ix.candidates(words, m.Type != "PER"), recent)
		if e < 0 && m.Type != "PER" {
			e = r.personBySurname(text, words, recent)
		}
		if e < 0 {
			e = r.newEntity(k, m.Type)
		} else {
			r.join(k, e)
		}
		x := r.ents[e]
		if x.typ != m.Type {
			r.mentions[k].Type, g = x.typ, 0 // a company's short name the tagger typed as a person's, or a surname typed as a company's
		}
		if x.gender == 0 {
			x.gender = g
		}
		if writers {
			x.established++
		}
		r.rename(e, cleanName(text), words)
		recent[e] = k
		ix.add(e, words, m.Type != "PER")
	}
}

// personBySurname returns the one person named so far whose full name
// ends with the one word of text, which the tagger typed as an
// organisation's or a place's: "Osei's office later said" after "Rachel
// Osei". A word in capitals (an acronym) or one the gazetteer knows as a
// country, city or region ("Jordan" after "Michael Jordan") keeps its
// type; so does a word two people share.
func (r *resolver) personBySurname(text string, words []string, recent map[int]int) int {
	if len(words) != 1 || text == strings.ToUpper(text) {
		return -1
	}
	if isPlace(r.gaz.Lookup(words)[0]) {
		return -1
	}
	found := -1
	for e := range recent {
		x := r.ents[e]
		if x.typ == "PER" && len(x.words) >= 2 && x.words[len(x.words)-1] == words[0] {
			if found >= 0 {
				return -1
			}
			found = e
		}
	}
	return found
}

// nameIndex finds the entities a name may join. A name joins one that
// holds all its words, or all of whose words it holds, or of which it is
// the acronym or the expansion. The first kind all hold its rarest word;
// the second have for word set one of the subsets of its words, looked up
// whole; an acronym is looked up among the acronyms of longer names, and a
// longer name's acronym among one-word names. Acronyms are for
// organisations and places only: people's initials collide too often.
type nameIndex struct {
	byWord    map[string][]int // a folded word -> entities with a name holding it
	bySet     map[string][]int // a name's sorted words, joined -> entities with that name
	byAcronym map[string][]int // the acronym of a name of several words -> its entities
}

func newNameIndex() nameIndex {
	return nameIndex{byWord: map[string][]int{}, bySet: map[string][]int{}, byAcronym: map[string][]int{}}
}

func (ix nameIndex) add(e int, words []string, acronyms bool) {
	for _, w := range words {
		ix.byWord[w] = appendNew(ix.byWord[w], e)
	}
	k := strings.Join(dedupe(words), " ")
	ix.bySet[k] = appendNew(ix.bySet[k], e)
	if a := acronym(words); acronyms && a != "" {
		ix.byAcronym[a] = appendNew(ix.byAcronym[a], e)
	}
}

func (ix nameIndex) candidates(words []string, acronyms bool) []int {
	seen := map[int]bool{}
	var out []int
	take := func(es []int) {
		for _, e := range es {
			if !seen[e] {
				seen[e] = true
				out = append(out, e)
			}
		}
	}
	rarest := words[0]
	for _, w := range words[1:] {
		if len(ix.byWord[w]) < len(ix.byWord[rarest]) {
			rarest = w
		}
	}
	take(ix.byWord[rarest])
	uniq := dedupe(words)
	if len(uniq) <= 8 {
		for mask := 1; mask < 1<<len(uniq); mask++ {
			var sub []string
			for b, w := range uniq {
				if mask&(1<<b) != 0 {
					sub = append(sub, w)
				}
			}
			take(ix.bySet[strings.Join(sub, " ")])
		}
	}
	switch {
	case !acronyms:
	case len(words) == 1:
		take(ix.byAcronym[words[0]])
		if words[0] == "us" {
			take(ix.byAcronym["usa"]) // "U.S." for the United States of America
		}
	default:
		a := acronym(words)
		take(ix.bySet[a])
		if a == "usa" {
			take(ix.bySet["us"])
		}
	}
	return out
}

// dedupe returns words sorted, without repeats.
func dedupe(words []string) []string {
	out := slices.Clone(words)
	slices.Sort(out)
	return slices.Compact(out)
}

func appendNew(es []int, e int) []int {
	if n := len(es); n > 0 && es[n-1] == e {
		return es
	}
	return append(es, e)
}

// matchName finds the entity among cands that a name joins: for a person,
// the most recent of a gender that agrees with the name's (g, 0 for
// unknown) whose name holds all the words of this one, or all of whose
// words this one holds when it may grow into this one (see mayGrow; only
// the writer's own names, writers, follow the convention it rests on: a
// speaker quoted may say "Piet Berg" after the writer's "Mr. Berg"); for
// anything else, the most recent of the same text or of which one is the
// other's acronym.
func (r *resolver) matchName(typ string, words []string, g byte, writers bool, cands []int, recent map[int]int) int {
	// A one-word name typed a person's that is a company's very name
	// joins the company rather than a person's name that opens with the
	// word: "Volta did not say" is the carmaker Volta, not "Volta Spark",
	// its car, which the tagger typed a person.
	personOpensWithIt := false
	for _, e := range cands {
		if typ != "PER" || len(words) != 1 {
			break
		}
		if x := r.ents[e]; x.typ == "PER" && len(x.words) > 1 && x.words[0] == words[0] {
			personOpensWithIt = true
		}
	}
	best, bestAt, bestSameOrg := -1, -1, false
	var people []int // the people a one-word name may be
	for _, e := range cands {
		x := r.ents[e]
		ok := false
		exact := slices.Equal(words, x.words)
		switch {
		case typ == "PER" && x.typ == "PER":
			ok = sameSuffix(words, x.words) && agree(g, x.gender) &&
				(subset(words, x.words) || subset(x.words, words) && (!writers || r.mayGrow(x, words, g)))
		case typ == "PER" && x.typ == "ORG":
			// "Brightline said": the tagger took the company's short name
			// for a person's ("Brightline Services" named before), or the
			// company's one-word name itself (personOpensWithIt, above).
			ok = len(words) == 1 && givenGender[words[0]] == 0 && (exact && personOpensWithIt || companyShortName(words, x.words))
		case typ != "PER" && x.typ != "PER":
			ok = exact || acronymOf(words, x.words) || acronymOf(x.words, words) ||
				typ == "ORG" && x.typ == "ORG" && (companyShortName(words, x.words) || companyShortName(x.words, words) ||
					clubShortName(words, x.words) || clubShortName(x.words, words))
		}
		sameOrg := exact && typ == "PER" && x.typ == "ORG"
		if at := recent[e]; ok && (sameOrg && !bestSameOrg || sameOrg == bestSameOrg && at > bestAt) {
			best, bestAt, bestSameOrg = e, at, sameOrg
		}
		if ok && typ == "PER" && x.typ == "PER" && len(words) == 1 {
			people = append(people, e)
		}
	}
	if len(people) > 1 && !bestSameOrg {
		return r.mainPerson(people, words, g)
	}
	return best
}

// mainPerson is the one of several people a bare surname may name: the
// only one known to be of the name's gender g ("Ms. Berg" after "Piet
// Berg" and "Anna Berg"), else the one the article has named most, by more
// names than any other ("Trump" after "Donald Trump" named often and
// "Ivanka Trump" once), or -1 when none stands out: after "Erik Sand said
// …" and "His wife, Kari Sand, said …", "Sand said" may be either, and
// stays apart, and the surname said again joins that one ("Sand added").
// (It went to the most recent, and so put words in the wrong mouth.)
func (r *resolver) mainPerson(people []int, words []string, g byte) int {
	for _, e := range people {
		if slices.Equal(r.ents[e].words, words) {
			return e // the surname left apart before
		}
	}
	if g != 0 {
		var same []int
		for _, e := range people {
			if r.ents[e].gender == g {
				same = append(same, e)
			}
		}
		if len(same) == 1 {
			return same[0]
		}
	}
	best, second := -1, -1
	for _, e := range people {
		switch n := len(r.ents[e].mentions); {
		case best < 0 || n > len(r.ents[best].mentions):
			best, second = e, best
		case second < 0 || n > len(r.ents[second].mentions):
			second = e
		}
	}
	if second >= 0 && len(r.ents[best].mentions) == len(r.ents[second].mentions) {
		return -1
	}
	return best
}

// companyShortName: short is the one word a company's full name starts
// with, the rest of which only says it is a company ("Northwind" for
// "Northwind Systems", "Kessler" for "Kessler Group Inc."). A name whose
// other words say more ("Brask" for "Brask Consumer Council") is not
// shortened so.
func companyShortName(short, full []string) bool {
	if len(short) != 1 || len(full) < 2 || full[0] != short[0] {
		return false
	}
	for _, w := range full[1:] {
		if !companyWords[strings.TrimSuffix(w, ".")] {
			return false
		}
	}
	return true
}

// clubShortName: short is the last word of a club's full name, one that
// says it is a club ("United" for "Harbour United", "Rovers" for
// "Castleford Rovers"), as sports pages shorten them.
func clubShortName(short, full []string) bool {
	return len(short) == 1 && len(full) >= 2 && full[len(full)-1] == short[0] && clubWords[short[0]]
}

// clubWords end clubs' names and stand for them alone; "City", "Town"
// and "County" name places as often.
var clubWords = set("united rovers albion wanderers athletic rangers villa hotspur orient argyle")

// companyWords are the words after a company's own name that say only
// that it is a company, folded.
// The trades are those that make the entity tagger's "person" a company
// too (ner.industryWords).
var companyWords = set("systems group inc corp corporation company co ltd limited plc llc holdings lines airlines airways " +
	"industries technologies technology energy motors partners international media pharmaceuticals labs networks " +
	"communications capital securities financial entertainment studios shipping logistics services " +
	"appliances electronics chemicals brewing insurance engineering software robotics therapeutics biosciences " +
	"aerospace telecom telecoms petroleum textiles cosmetics railways construction mining foods semiconductors solutions")

// mayGrow: a fuller name, of gender g (0 unknown), may join entity x,
// whose name it holds. News names a person in full at the first mention in
// the body and by surname (or title and surname) after; so a full name that
// comes after the writer has already called someone by surname alone is a
// second person of that surname, a wife, a son, a namesake: "President
// Obama … Mr. Obama … Michelle Obama". The name grows still
//   - when x has not been established by surnames the writer set down
//     (see establishes): it was named only in headlines, which use
//     surnames alone ("Trump Wins" over "Donald Trump said"), in
//     quotations, or as a modifier ("the Lind-style budget"); or only once,
//     as a summary, a standfirst or a caption does ahead of the story ("Mr.
//     Berg and Ms. Lind differ" over "Piet Berg, the mayor, …");
//   - when x's name already has several words, and the new one refines it
//     ("Donald Trump", then "Donald J. Trump");
//   - when the new name is known to be of x's known gender, a man's given
//     name after "Mr. Berg": writers do name the one they write about in
//     full again, looking back ("in 2004, a young Piet Berg …"), and on the
//     news we checked that was commoner than a relative of the same sex, so
//     the order alone is too weak to split on;
//   - when x's one word is the new name's first, given name or, in Korean
//     and Chinese order, surname ("Hillary", then "Hillary Clinton"; "Kim",
//     then "Kim Jong Un"): relatives and namesakes share a surname, and
//     only the given name added before it makes the new name someone else's.
func (r *resolver) mayGrow(x *entity, words []string, g byte) bool {
	if x.established < 2 || len(x.words) != 1 || g != 0 && g == x.gender {
		return true
	}
	for _, w := range words {
		if w == x.words[0] {
			return true
		}
		if !r.isTitle(w) {
			return false
		}
	}
	return false
}

// rename makes the entity's canonical name the one with the most words.
func (r *resolver) rename(e int, name string, words []string) {
	x := r.ents[e]
	if len(words) > len(x.words) {
		x.name, x.words = name, words
	}
}

// trimHeadlineNames keeps a person's name in a headline from naming the
// entity when it only runs on past a name of the same entity in the body:
// headlines are set in Title Case, and the NER then runs a name on into the
// words after it ("Donald Trump Is Right", "Donald Trump As The New …").
// The entity is named again without such names. "Hillary Clinton" in a
// headline over "Clinton" in the body is no run-on: the extra word comes
// first. The mention keeps the NER's span, which attribution reads as the
// NER drew it (cutting it there cost PolNeAR dev an attribution).
func (r *resolver) trimHeadlineNames() {
	body := map[int][][]string{} // entity -> the words of its names in the body
	for _, m := range r.mentions {
		if m.Type == "PER" && m.Entity >= 0 && !r.inHeadline(m.Span) {
			body[m.Entity] = append(body[m.Entity], nameWords(r.d.Slice(m.Span)))
		}
	}
	runOn := map[int]bool{}
	for k, m := range r.mentions {
		if m.Type != "PER" || m.Entity < 0 || !r.inHeadline(m.Span) {
			continue
		}
		a, b := r.tokens(m.Span)
		for _, want := range body[m.Entity] {
			if n := len(want); n > 0 && n < b-a && r.tokensSpell(a, a+n, want) {
				runOn[k] = true
				break
			}
		}
	}
	if len(runOn) == 0 {
		return
	}
	for _, x := range r.ents {
		x.name, x.words = "", nil
	}
	for k, m := range r.mentions {
		if m.Entity >= 0 && !runOn[k] {
			text := r.d.Slice(m.Span)
			r.rename(m.Entity, cleanName(text), nameWords(text))
		}
	}
}

// tokensSpell: tokens [a, b) fold to the words want.
func (r *resolver) tokensSpell(a, b int, want []string) bool {
	var got []string
	for i := a; i < b; i++ {
		got = append(got, nameWords(r.d.TokenText(i))...)
	}
	return slices.Equal(got, want)
}

// inHeadline: span lies in the title or a heading.
func (r *resolver) inHeadline(s newsgraph.Span) bool {
	k := r.paragraphOf(s)
	return k >= 0 && (r.d.Paragraphs[k].Kind == newsgraph.KindTitle || r.d.Paragraphs[k].Kind == newsgraph.KindHeading)
}

// establishes: a name at span is one by which the writer refers to its
// bearer, and so, by the convention that the first such reference gives the
// full name, tells that a later fuller name is someone else's (mayGrow).
// Names in headlines do not, nor names in quotations, where speakers say a
// surname they never wrote in full; nor a surname that modifies what
// follows it in a compound ("the Lind-style budget", "the Berg-Lind bill",
// "the Berg campaign"), which refers to the person only in passing.
func (r *resolver) establishes(s newsgraph.Span) bool {
	a, b := r.tokens(s)
	if a >= b || r.inHeadline(s) || r.headlineLike(s) || r.quoted(a) {
		return false
	}
	t := r.d.Text
	if before, _ := utf8.DecodeLastRuneInString(t[:s.Start]); before == '-' || before == '–' {
		return false
	}
	if after, _ := utf8.DecodeRuneInString(t[s.End:]); after == '-' || after == '–' {
		return false
	}
	return b >= len(r.d.Tokens) || r.d.Tokens[b].Tag != "NN" && r.d.Tokens[b].Tag != "NNS"
}

// headlineLike: span lies in a paragraph that reads as a title or heading
// the source did not mark as one (plain text, a corpus's documents): the
// first of several, when none is marked the title and it is no longer than
// a title with its standfirst (40 words), or a short one that ends
// without a full stop or other closing punctuation ("Mayor Berg" over "Piet
// Berg was born …"). Each paragraph is read once.
func (r *resolver) headlineLike(s newsgraph.Span) bool {
	k := r.paragraphOf(s)
	if k < 0 {
		return false
	}
	if r.headLike == nil {
		r.headLike = make([]int8, len(r.d.Paragraphs))
	}
	if r.headLike[k] == 0 && k == 0 && len(r.d.Paragraphs) > 1 && r.d.Paragraphs[0].Kind != newsgraph.KindTitle &&
		len(strings.Fields(r.d.Slice(r.d.Paragraphs[0].Span))) <= 40 {
		r.headLike[k] = 1 // a text whose title was not marked begins with it
	}
	if r.headLike[k] == 0 {
		text := strings.TrimSpace(r.d.Slice(r.d.Paragraphs[k].Span))
		last, _ := utf8.DecodeLastRuneInString(text)
		r.headLike[k] = 2
		if len(text) < 200 && len(strings.Fields(text)) <= 12 && !strings.ContainsRune(".!?:\"”’)", last) {
			r.headLike[k] = 1
		}
	}
	return r.headLike[k] == 1
}

// paragraphOf returns the index of the paragraph span lies in, or -1.
func (r *resolver) paragraphOf(s newsgraph.Span) int {
	ps := r.d.Paragraphs
	k, _ := slices.BinarySearchFunc(ps, s.Start, func(p newsgraph.Paragraph, x int) int {
		switch {
		case p.End <= x:
			return -1
		case p.Start > x:
			return 1
		}
		return 0
	})
	if k < len(ps) && ps[k].Contains(s) {
		return k
	}
	return -1
}

// titlesInName are the courtesy titles the NER sometimes takes into a name.
var titlesInName = map[string]bool{"mr": true, "mrs": true, "ms": true, "miss": true, "dr": true, "sen": true, "rep": true, "gov": true}

// nameWords folds a name into the words it is matched by: lower case,
// without full stops ("U.S." is "us"), possessive endings or a leading
// courtesy title.
func nameWords(text string) []string {
	var out []string
	for _, w := range strings.Fields(cleanName(text)) {
		w = strings.ToLower(strings.ReplaceAll(w, ".", ""))
		w = strings.TrimFunc(w, func(c rune) bool { return !unicode.IsLetter(c) && !unicode.IsDigit(c) })
		if w == "" || len(out) == 0 && titlesInName[w] {
			continue
		}
		out = append(out, w)
	}
	return out
}

// cleanName folds white space and drops a possessive ending.
func cleanName(s string) string {
	// A name drawn with the comma that closes its appositive ("A utility
	// company, Western Power, said") is named without it.
	s = strings.TrimRight(strings.Join(strings.Fields(s), " "), ",;:")
	for _, suf := range []string{"’s", "'s", "’", "'"} {
		s = strings.TrimSuffix(s, suf)
	}
	return s
}

// subset: every word of short is in long.
func subset(short, long []string) bool {
	for _, s := range short {
		found := false
		for _, l := range long {
			if s == l {
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

var suffixes = map[string]bool{"jr": true, "sr": true, "ii": true, "iii": true, "iv": true}

// sameSuffix: two names agree on a generational suffix, so that "Donald
// Trump Jr." never joins "Donald Trump" by holding its words. A short name
// without one ("Trump") still joins either.
func sameSuffix(a, b []string) bool {
	sa, sb := suffixOf(a), suffixOf(b)
	return sa == sb || len(a) == 1 || len(b) == 1
}

func suffixOf(w []string) string {
	if n := len(w); n > 1 && suffixes[w[n-1]] {
		return w[n-1]
	}
	return ""
}

// acronymOf: short is one word made of the initials of long's words
// ("us" of "united states", "un" of "united nations").
func acronymOf(short, long []string) bool {
	if len(short) != 1 || len(short[0]) < 2 {
		return false
	}
	a := acronym(long)
	return a != "" && (a == short[0] || a == "usa" && short[0] == "us") // "U.S." for the United States of America
}

// acronym is the initials of a name of two words or more, function words
// skipped; "" for a shorter name.
func acronym(words []string) string {
	if len(words) < 2 {
		return ""
	}
	var b strings.Builder
	for _, w := range words {
		if w == "of" || w == "the" || w == "and" || w == "for" {
			continue
		}
		b.WriteString(w[:1])
	}
	return b.String()
}
