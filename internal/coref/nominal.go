package coref

import (
	"slices"
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph"
)

// Descriptions headed by a common noun of a person, an organisation or a
// place ("the city", "his wife", "the parents") are mentions too. Each is
// drawn as the noun phrase its head heads in the parse, and joins an
// earlier description with the same head when nothing in it contradicts
// that one (the rule of Lee et al. 2013's "strict head match": "the city"
// after "the ancient city", but not "the new city" after "the old city",
// nor "my father" after "his father"); an indefinite ("a city", "another
// city") is always someone new. Pronouns may then refer to descriptions
// as they do to names. A description no other mention joins is left out:
// on its own it says nothing about identity.

// nominal is one description found in the parse.
type nominal struct {
	a, b, head int
	lemma      string
	noun       noun
	plural     bool
	indefinite bool
	bare       bool     // no determiner and no possessor: "people", "researchers"
	mods       []string // the words before the head, determiners and possessors left out
	possessor  int      // the first token of the possessor ("his", "Melanie's"), or -1
}

// indefinites are the determiners that introduce someone new, and the
// quantifiers that do not pick out one referent.
var indefinites = set("a an another some any no each every one other such either neither all both many few several most")

// nominals finds the descriptions of the parsed sentences, by their head.
// A noun inside a name, or one modifying another noun, heads none.
func (r *resolver) nominals() map[int]*nominal {
	inName := map[int]bool{}
	for _, m := range r.mentions {
		a, b := r.tokens(m.Span)
		for i := a; i < b; i++ {
			inName[i] = true
		}
	}
	out := map[int]*nominal{}
	for _, s := range r.d.Sentences {
		if !r.parsed(s) {
			continue
		}
		var kids [][]int
		for h := s.FirstToken; h < s.EndToken; h++ {
			t := r.d.Tokens[h]
			if t.Tag != "NN" && t.Tag != "NNS" || inName[h] || t.Dep == "compound" || t.Dep == "flat" {
				continue
			}
			lemma := strings.ToLower(t.Lemma)
			if lemma == "" {
				lemma = r.lower[h]
			}
			n, ok := nouns[lemma]
			if !ok {
				continue
			}
			if kids == nil {
				kids = r.dependents(s)
			}
			out[h] = r.describe(h, s, kids, lemma, n)
		}
	}
	return out
}

// describe reads the description headed by h.
func (r *resolver) describe(h int, s newsgraph.Sentence, kids [][]int, lemma string, n noun) *nominal {
	a, b := r.nominalPhrase(h, s, kids)
	x := &nominal{a: a, b: b, head: h, lemma: lemma, noun: n, plural: r.d.Tokens[h].Tag == "NNS", possessor: -1, bare: true}
	for _, k := range kids[h-s.FirstToken] {
		t := r.d.Tokens[k]
		if k > h {
			continue
		}
		switch t.Dep {
		case "det", "det:predet", "nummod":
			x.bare = false
			x.indefinite = x.indefinite || indefinites[r.lower[k]] || t.Dep == "nummod"
		case "nmod:poss":
			x.bare = false
			x.possessor = k
			for x.possessor > a && r.d.Tokens[x.possessor-1].Head == k {
				x.possessor--
			}
		case "amod", "compound":
			x.mods = append(x.mods, r.lower[k])
		}
	}
	return x
}

// nominalPhrase is the phrase of a description: as a name's (see phrase),
// and the prepositional phrases and clauses after the head, which a
// description needs to say whom it means ("the mayor of the town", "the
// people who eat a lot") and which belong to it in the treebanks. Not its
// appositives, conjuncts or parentheticals.
func (r *resolver) nominalPhrase(h int, s newsgraph.Sentence, kids [][]int) (int, int) {
	first, end := r.phrase(h, s, kids)
	// A word the tokenizer split at its hyphens is a word of the phrase
	// whole: "a 64-year-old man", whose "64" and "year" the parse may hang
	// elsewhere; and so is the determiner before it.
	for first > s.FirstToken && r.d.Tokens[first-1].End == r.d.Tokens[first].Start && (!r.punctuation(first-1) || r.lower[first-1] == "-") {
		first--
	}
	if first > s.FirstToken && first < h && r.d.Tokens[first-1].Tag == "DT" && r.d.Tokens[first-1].Head == h {
		first--
	}
	in := map[int]bool{}
	for _, k := range kids[h-s.FirstToken] {
		if k > h && afterHead[r.d.Tokens[k].Dep] && !r.reportsAfterSubject(k) && !r.phraseOfTime(k, s, kids) && !r.predicateOfRoot(h, k) &&
			!r.activeVerbOnNoun(k, s, kids) && !r.gerundAfterOf(k, s, kids) && !r.thatComplement(k, s, kids) && !r.infinitiveOnObject(h, k, s, kids) {
			r.markAll(k, s, kids, in)
		}
	}
	for end < s.EndToken && in[end] {
		end++
	}
	for end-1 > h && r.punctuation(end-1) {
		end--
	}
	return first, end
}

// reportsAfterSubject: k, a participle hung on a description, is a verb
// of saying, which the parse often takes for one when it follows its
// subject at the end of a sentence ("…, the company confirmed on
// Tuesday."). It is the sentence's cue, not part of who "the company" is.
func (r *resolver) reportsAfterSubject(k int) bool {
	t := r.d.Tokens[k]
	return t.Dep == "acl" && (t.Tag == "VBN" || t.Tag == "VBD") && sayingVerbs[strings.ToLower(t.Lemma)]
}

// activeVerbOnNoun: k, a past form the parse hung on a description as a
// participle, has an object of its own, as a passive participle would not:
// it is the sentence's verb ("the union representing its pilots reached
// an agreement"), not part of who the union is.
func (r *resolver) activeVerbOnNoun(k int, s newsgraph.Sentence, kids [][]int) bool {
	t := r.d.Tokens[k]
	if t.Dep != "acl" || t.Tag != "VBN" && t.Tag != "VBD" {
		return false
	}
	for _, c := range kids[k-s.FirstToken] {
		if r.d.Tokens[c].Dep == "obj" {
			return true
		}
	}
	return false
}

// gerundAfterOf: k is a clause of "of" and a gerund that the parse hung
// on a description but that belongs to the verb before it: "accused the
// mayor of putting the city centre first", "suspected the company of
// hiding losses". It says what someone is accused of, not who they are.
func (r *resolver) gerundAfterOf(k int, s newsgraph.Sentence, kids [][]int) bool {
	if t := r.d.Tokens[k]; t.Dep != "acl" || t.Tag != "VBG" {
		return false
	}
	for _, c := range kids[k-s.FirstToken] {
		if c < k && r.lower[c] == "of" {
			return true
		}
	}
	return false
}

// thatComplement: k is a clause opened by the conjunction "that" (not
// the relative pronoun) that the parse hung on a description but that is
// what a verb before it reports: "told reporters outside the court that
// they would appeal". A person's, an organisation's or a place's noun
// takes no such clause.
func (r *resolver) thatComplement(k int, s newsgraph.Sentence, kids [][]int) bool {
	if r.d.Tokens[k].Dep != "acl" && r.d.Tokens[k].Dep != "acl:relcl" {
		return false
	}
	for _, c := range kids[k-s.FirstToken] {
		if c < k && r.lower[c] == "that" && r.d.Tokens[c].Dep == "mark" {
			return true
		}
	}
	return false
}

// infinitiveOnObject: k is a to-infinitive the parse hung on h, a
// verb's object, but which says what the verb asks of h: "urged the
// union to return to talks", "told residents to leave". It is no part of
// who h is.
func (r *resolver) infinitiveOnObject(h, k int, s newsgraph.Sentence, kids [][]int) bool {
	if d := r.d.Tokens[h].Dep; d != "obj" && d != "iobj" || r.d.Tokens[k].Dep != "acl" {
		return false
	}
	for _, c := range kids[k-s.FirstToken] {
		if c < k && r.lower[c] == "to" && r.d.Tokens[c].Dep == "mark" {
			return true
		}
	}
	return false
}

// predicateOfRoot: the parse made noun h the sentence's root and verb k
// a clause on it ("Truck drivers queued for hours.", "queued" read as a
// participle): the verb is the sentence's predicate, not part of who the
// drivers are.
func (r *resolver) predicateOfRoot(h, k int) bool {
	t := r.d.Tokens[k]
	return r.d.Tokens[h].Dep == "root" && t.Dep == "acl" && (t.Tag == "VBN" || t.Tag == "VBD")
}

// phraseOfTime: k is a prepositional phrase of time or circumstance
// ("after a leaked report", "during the strike"), which the parse may
// hang on a description but which says when, not who.
func (r *resolver) phraseOfTime(k int, s newsgraph.Sentence, kids [][]int) bool {
	if r.d.Tokens[k].Dep != "nmod" {
		return false
	}
	if timeNouns[r.lower[k]] {
		return true // "A regional court on Tuesday suspended …"
	}
	for _, c := range kids[k-s.FirstToken] {
		if c < k && r.d.Tokens[c].Dep == "case" && timePrepositions[r.lower[c]] {
			return true
		}
	}
	return false
}

var timePrepositions = set("after before during since until amid despite following")

// timeNouns name a day or a stretch of time: a phrase of one on a
// description says when, not who.
var timeNouns = set(`monday tuesday wednesday thursday friday saturday sunday today yesterday tonight morning afternoon
	evening night weekend week month year january february march april june july august september october november december`)

var sayingVerbs = set("say announce confirm report state tell add write warn claim insist note deny explain argue reveal disclose acknowledge admit reply respond")

var afterHead = map[string]bool{"nmod": true, "acl": true, "acl:relcl": true, "amod": true, "nummod": true}

// markAll puts t and its subtree into in, but for the appositives,
// conjuncts and parentheticals and the commas that set them off, at any
// depth: in "The hospital's chief executive, Dr. Erik Lund," with "chief"
// read as the head's adjective, the name set off after it is no part of
// the description of the hospital.
func (r *resolver) markAll(t int, s newsgraph.Sentence, kids [][]int, in map[int]bool) {
	stack := []int{t}
	for len(stack) > 0 && len(in) < 64 {
		t, stack = stack[len(stack)-1], stack[:len(stack)-1]
		if in[t] {
			continue
		}
		in[t] = true
		for _, k := range kids[t-s.FirstToken] {
			if tok := r.d.Tokens[k]; !setOff[tok.Dep] && tok.Tag != "," {
				stack = append(stack, k)
			}
		}
	}
}

// setOff are the relations of what a description's phrase leaves out.
var setOff = map[string]bool{"appos": true, "conj": true, "cc": true, "parataxis": true, "dislocated": true}

// nominal resolves the description headed by token i, if any: it joins
// the entity of the latest earlier description it matches, or starts a
// tentative one of its own.
func (sc *scan) nominal(i int) {
	x := sc.noms[i]
	if x == nil || sc.r.lower[x.a] == "this" && ownOutlets[x.lemma] {
		return // "told this newspaper": the writer's own, named nowhere in the text
	}
	if typeOf(x.noun.class) == "PER" && !x.plural && sc.r.nameAfterTitles(x.head+1) {
		// "Opposition leader Nils Aas was unconvinced. He said …": a
		// person's title right before the name is the name's role (roles
		// reads it), no one of its own for "he" to go to (GUM train
		// 0.5788 → 0.5791); so is one before more titles and the name
		// ("Detective Sergeant Amy Roth").
		return
	}
	key := x.lemma
	if x.plural {
		key += "/pl"
	}
	e := sc.r.nameRightAfter(x, typeOf(x.noun.class))
	if e < 0 {
		e = sc.nameHoldingHead(x)
	}
	if e < 0 && !x.indefinite {
		// The latest that fits; looking back over a bounded number keeps a
		// text of a thousand "the city" linear.
		for k := len(sc.byHead[key]) - 1; k >= 0 && k >= len(sc.byHead[key])-64; k-- {
			if y := sc.byHead[key][k]; sc.compatible(x, y) {
				e = sc.r.mentions[y.mention].Entity
				break
			}
		}
	}
	if e < 0 {
		e = sc.namedOrganisation(x)
	}
	r := sc.r
	weak := selfDescribed(r.descriptionName(x))
	if e < 0 {
		r.ents = append(r.ents, &entity{typ: typeOf(x.noun.class), name: r.descriptionName(x), gender: x.noun.gender,
			tentative: true, plural: x.plural, weakName: weak})
		e = len(r.ents) - 1
	} else if r.ents[e].weakName && !weak {
		// "“… our volunteer physicians …,” the physicians stated": the
		// speakers' own words name them poorly; the writer's next
		// description does better. (What is said of someone, "is the only
		// president", names them poorly too, but as often better than the
		// next: "is a former banker from Oslo. The banker said …".)
		r.ents[e].name, r.ents[e].weakName = r.descriptionName(x), false
	}
	sc.add(x.a, x.b, newsgraph.MentionDescription, e)
	sc.byHead[key] = append(sc.byHead[key], described{nominal: x, mention: len(r.mentions) - 1})
}

// nameRightAfter returns the entity of a name of type typ that starts
// right after description x's head, which then names it ("fined software
// company Kestrel Systems", "the shipping firm Calloway Lines"), or -1.
// Only organisations: "the actor Tom Hale" is a person's role, which
// roles reads.
func (r *resolver) nameRightAfter(x *nominal, typ string) int {
	if typ != "ORG" || x.plural || x.possessor >= 0 || x.head+1 >= len(r.d.Tokens) {
		return -1
	}
	next := r.d.Tokens[x.head+1].Start
	k := sort.Search(len(r.named), func(k int) bool { return r.named[k].Start >= next })
	for ; k < len(r.named) && r.named[k].Start == next; k++ {
		if m := r.named[k]; m.Kind == newsgraph.MentionName && m.Type == typ && m.Entity >= 0 {
			return m.Entity
		}
	}
	return -1
}

// namedOrganisation resolves "the company", "the ministry" that no earlier
// description matches to the organisation last named within the window
// ("Northwind said it would appeal. In a statement, the company said
// …"), as news refers back to the firm it is about; -1 when there is none.
// A name holding the noun ("the union" after "the Brask Dockers' Union")
// comes first, and a name that ends in another kind of organisation ("Berg
// Bank" for "the union", "the government") is none; nor, for a public
// body, a party or a union (namedKinds), is a name that says nothing of
// its kind. One of names joined by "or" is none: "United will face
// either Kingsport or Ashby. … the club said" is United.
// Only the plain definite description: "a company", "its parent company",
// "the rival company" and "the companies" name another or several.
func (sc *scan) namedOrganisation(x *nominal) int {
	if x.noun.class != 'O' || x.indefinite || x.bare || x.plural || x.possessor >= 0 || len(x.mods) > 0 {
		return -1
	}
	sent := sc.r.sentOf[x.head]
	latest := -1
	for k := len(sc.history) - 1; k >= 0 && sent-sc.history[k].sent <= window; k-- {
		e := sc.history[k].entity
		y := sc.r.ents[e]
		if y.typ != "ORG" || y.tentative || sc.history[k].alternative {
			continue
		}
		switch last := lastWord(y.words); {
		case last == x.lemma || slices.Contains(y.words, x.lemma):
			return e // "the union" after "The IG Metall union", past a bank named since
		case latest < 0 && nouns[last].class != 'O' && !namedKinds[x.lemma] && !(broadcastNouns[x.lemma] && printTitles[last]):
			latest = e // a name that says nothing of its kind ("Northwind"); not a newspaper's for "the network"
		}
	}
	return latest
}

// ownOutlets are what "this" names when the writer means the publication
// the article appears in.
var ownOutlets = set("newspaper paper publication website site magazine station programme program broadcaster network outlet")

// nameHoldingHead returns the organisation or place named lately whose
// name holds the description's noun: "the airport" after "Kestrel
// Airport", even when a headline's "regional airport" came before; -1
// when there is none. Only a plain definite description in the singular.
func (sc *scan) nameHoldingHead(x *nominal) int {
	if x.noun.class != 'O' && x.noun.class != 'L' || x.indefinite || x.bare || x.plural || x.possessor >= 0 || len(x.mods) > 0 {
		return -1
	}
	sent := sc.r.sentOf[x.head]
	for k := len(sc.history) - 1; k >= 0 && sent-sc.history[k].sent <= window; k-- {
		y := sc.r.ents[sc.history[k].entity]
		if (y.typ == "ORG" || y.typ == "LOC") && !y.tentative && lastWord(y.words) == x.lemma {
			return sc.history[k].entity
		}
	}
	return -1
}

// namedKinds are the organisations a description names only when a name
// says so: "the government" or "the union" after "Nordair" is no airline.
var namedKinds = set("government administration ministry department party union court council committee commission " +
	"parliament congress senate assembly army military navy police regime opposition cabinet legislature church university " +
	"college school hospital association coalition alliance agency authority regulator watchdog")

// broadcastNouns name a broadcaster, which a newspaper's title is not:
// "Writing in the Financial Post, … told the network's Sunday programme".
var broadcastNouns = set("network channel broadcaster station")

// printTitles end newspapers' titles.
var printTitles = set("post times herald journal gazette tribune chronicle courier telegraph guardian observer examiner inquirer dispatch")

// lastWord is the last of words, or "".
func lastWord(words []string) string {
	if len(words) == 0 {
		return ""
	}
	return words[len(words)-1]
}

// described is a description met, and its mention.
type described struct {
	*nominal
	mention int
}

// compatible: x may be a later mention of y: its modifiers are among
// y's, and their possessors, when both have one, are one entity or one
// word.
func (sc *scan) compatible(x *nominal, y described) bool {
	if x.bare && (!y.bare || !slices.Equal(x.mods, y.mods)) {
		return false // a bare noun is as often generic: only the same words again
	}
	for _, m := range x.mods {
		if !contains(y.mods, m) {
			return false
		}
	}
	switch {
	case x.possessor < 0 && y.possessor < 0:
		return true
	case x.possessor < 0 || y.possessor < 0:
		return x.possessor < 0 // "the father" after "her father"; not "her father" after "the father"
	}
	if ex, ey := sc.tokEnt[x.possessor], sc.tokEnt[y.possessor]; ex != 0 && ey != 0 {
		return ex == ey
	}
	return sc.r.lower[x.possessor] == sc.r.lower[y.possessor]
}

func contains(ws []string, w string) bool {
	for _, x := range ws {
		if x == w {
			return true
		}
	}
	return false
}

// span is the text span of tokens [a, b).
func (r *resolver) span(a, b int) newsgraph.Span {
	return newsgraph.Span{Start: r.d.Tokens[a].Start, End: r.d.Tokens[b-1].End}
}

// selfDescribed: a description's name opens with a first or second
// person's possessive ("our volunteers", "my lawyer").
func selfDescribed(name string) bool {
	first, _, _ := strings.Cut(name, " ")
	switch strings.ToLower(first) {
	case "our", "my", "your":
		return true
	}
	return false
}

// descriptionName names the entity a description starts: its words
// without a relative clause after the head. "a 64-year-old man who died
// after waiting nine hours" is "a 64-year-old man".
func (r *resolver) descriptionName(x *nominal) string {
	b := x.b
	for i := x.head + 1; i < b; i++ {
		if relativePronouns[r.lower[i]] || r.lower[i] == "that" {
			b = i
			break
		}
	}
	return cleanName(r.d.Slice(r.span(x.a, b)))
}
