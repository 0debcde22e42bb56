package coref

import (
	"slices"
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/segment"
)

// seen is one mention met so far, as pronouns and descriptions weigh it.
type seen struct {
	sent     int
	entity   int
	salience int  // as an antecedent (resolver.salience): 0 the main clause's subject
	quoted   bool // the mention stands inside a quotation
	// pluralVerb: the mention is the subject of a verb in a plural form
	// ("Harlow Freight have denied …"), which makes even a name "they".
	pluralVerb bool
	asker      bool // the agent of a participle that opens its sentence: "Asked by a lawmaker whether …"
	// alternative: the mention is one of two names joined by "or"
	// ("either Kingsport or Ashby"), which no later "the club" means.
	alternative bool
}

// scan walks the tokens once, in order, meeting the names as they come,
// and resolves pronouns, descriptions and groups against what came before.
type scan struct {
	r       *resolver
	history []seen
	count   []int                  // per entity: mentions so far
	noms    map[int]*nominal       // the descriptions, by their head
	byHead  map[string][]described // the descriptions met, by head lemma and number
	tokEnt  map[int]int            // the first token of a name or pronoun met -> its entity + 1
}

// window is how many sentences back a pronoun or description looks.
const window = 3

func (r *resolver) others() {
	sc := &scan{r: r, count: make([]int, len(r.ents)), noms: r.nominals(), byHead: map[string][]described{}, tokEnt: map[int]int{}}
	names := slices.Clone(r.mentions)
	r.named = names // sorted, as r.mentions is not while the scan adds to it
	next := 0
	var appositives [][3]int // appositives whose words are being read: entity, end token, salience
	for i := 0; i < len(r.d.Tokens); i++ {
		// An appositive is met once its words are read: "Her" in "Her
		// deputy, Rolf Ask," is not Rolf Ask.
		for len(appositives) > 0 && appositives[0][1] <= i {
			sc.meet(appositives[0][0], appositives[0][1]-1, appositives[0][1]-1, appositives[0][2])
			appositives = appositives[1:]
		}
		if next < len(names) && r.d.Tokens[i].Start >= names[next].Start {
			a, b := r.tokens(names[next].Span)
			if names[next].Kind == newsgraph.MentionDescription {
				// Its words may hold a pronoun ("Its chairman") or another's
				// description ("an aide to the mayor").
				appositives = append(appositives, [3]int{names[next].Entity, b, r.salience(a, b)})
				next++
				i--
				continue
			}
			sc.meet(names[next].Entity, a, b-1, r.salience(a, b))
			sc.tokEnt[a] = names[next].Entity + 1
			i = max(i, b) - 1 // the name's own words are not pronouns or descriptions
			next++
			continue
		}
		if n := sc.group(i); n > 0 {
			i += n - 1
		} else if n := sc.description(i); n > 0 {
			i += n - 1
		} else if n := sc.age(i); n > 0 {
			i += n - 1
		} else {
			sc.pronoun(i)
			sc.nominal(i)
		}
	}
	slices.SortStableFunc(r.mentions, func(a, b newsgraph.Mention) int { return a.Start - b.Start })
}

// meet records a mention of entity e over tokens first to tok.
func (sc *scan) meet(e, first, tok, salience int) {
	if e < 0 {
		return
	}
	for len(sc.count) <= e {
		sc.count = append(sc.count, 0)
	}
	sc.count[e]++
	sc.history = append(sc.history, seen{sent: sc.r.sentOf[tok], entity: e, salience: salience, quoted: sc.r.quoted(tok),
		asker: sc.r.openingAgent(tok), alternative: sc.r.alternative(first, tok), pluralVerb: sc.r.pluralSubject(first, tok)})
}

// pluralSubject: tokens first to last hold the subject of a verb in a
// plural form, the verb's or its auxiliary's: "Harlow Freight have
// denied", "the club were fined".
func (r *resolver) pluralSubject(first, last int) bool {
	for i := first; i <= last; i++ {
		h := r.d.Tokens[i].Head
		if h >= first && h <= last || h < 0 || !strings.HasPrefix(r.d.Tokens[i].Dep, "nsubj") {
			continue
		}
		if pluralForm(r, h) {
			return true
		}
		for k := max(h-3, 0); k < h; k++ {
			if t := r.d.Tokens[k]; t.Head == h && (t.Dep == "aux" || t.Dep == "aux:pass" || t.Dep == "cop") && pluralForm(r, k) {
				return true
			}
		}
	}
	return false
}

// pluralForm: token v is a verb in a form only a plural subject takes.
func pluralForm(r *resolver, v int) bool {
	return r.d.Tokens[v].Tag == "VBP" || r.lower[v] == "were"
}

// alternative: the name over tokens first to last is one of two names
// joined by "or" ("either Kingsport or Ashby"): "or" and a name follow
// it, or a name and "or" stand before it. "Veltrac or its suppliers" is
// no choice between names.
func (r *resolver) alternative(first, last int) bool {
	if last+2 < len(r.lower) && r.lower[last+1] == "or" && r.nameStartsAt(last+2) {
		return true
	}
	return first >= 2 && r.lower[first-1] == "or" && r.nameEndsAt(first-2)
}

// nameStartsAt: a name's mention starts at token i.
func (r *resolver) nameStartsAt(i int) bool {
	start := r.d.Tokens[i].Start
	k := sort.Search(len(r.named), func(k int) bool { return r.named[k].Start >= start })
	return k < len(r.named) && r.named[k].Start == start && r.named[k].Kind == newsgraph.MentionName
}

// nameEndsAt: a name's mention ends at token i.
func (r *resolver) nameEndsAt(i int) bool {
	end := r.d.Tokens[i].End
	k := sort.Search(len(r.named), func(k int) bool { return r.named[k].Start >= end })
	for j := k - 1; j >= 0 && j >= k-8; j-- {
		if m := r.named[j]; m.End == end && m.Kind == newsgraph.MentionName {
			return true
		}
	}
	return false
}

// add records a mention of tokens [a, b) for entity e.
func (sc *scan) add(a, b int, kind newsgraph.MentionKind, e int) {
	r := sc.r
	span := newsgraph.Span{Start: r.d.Tokens[a].Start, End: r.d.Tokens[b-1].End}
	r.mentions = append(r.mentions, newsgraph.Mention{Span: span, Kind: kind, Type: r.ents[e].typ, Entity: e})
	r.ents[e].mentions = append(r.ents[e].mentions, len(r.mentions)-1)
	sc.meet(e, a, b-1, r.salience(a, b))
	if kind == newsgraph.MentionPronoun && sc.tokEnt[a] == 0 {
		sc.tokEnt[a] = e + 1
	}
}

// salience ranks the mention of tokens [a, b) as an antecedent: 0 for
// the subject of its sentence's main clause (a verb at most one step
// below the root, so the subject of an opening "While …" clause too, but
// not of what the main verb says), 1 for the subject of a clause further
// down, 2 for the rest. In "While
// Comey said there was evidence that Clinton was careless, he said …",
// "he" is Comey, the subject of the clause the sentence is about, not
// the later subject inside what Comey said.
func (r *resolver) salience(a, b int) int {
	for i := a; i < b; i++ {
		t := &r.d.Tokens[i]
		if (t.Head < a || t.Head >= b) && strings.HasPrefix(t.Dep, "nsubj") {
			if r.depth(t.Head) <= 1 && (t.Head < 0 || r.d.Tokens[t.Head].Dep != "ccomp") {
				return 0
			}
			return 1 // deeper, or inside what was said: "told TV that the worker had been upset"
		}
		// "The company, Halvern Chemicals, denied …" with the parse's root
		// on "company": the name and its description are the subject.
		if (t.Head < a || t.Head >= b) && (r.rootNounSubject(i) || t.Dep == "appos" && t.Head >= 0 && r.rootNounSubject(t.Head)) {
			return 0
		}
		// "Captain Jonas Berg said": the parse may make the title the
		// subject and hang the name on it; the name is the subject's.
		if h := t.Head; i == a && h == a-1 && h >= 0 && (t.Dep == "flat" || t.Dep == "appos") {
			if r.d.Tokens[h].Dep == "root" && r.sentenceStart(h) {
				return 0 // "Councillor Beth Arnold, who …, accused": the parse lost the verb, not the subject
			}
			return r.salience(h, b)
		}
	}
	return 2
}

// rootNounSubject: token i is a noun the parse made its sentence's root,
// with the sentence's verb hung beside it and no subject of the verb's
// own: "The company, Halvern Chemicals, denied responsibility" read as
// "The company" with "denied …" in parataxis. The noun is the subject.
func (r *resolver) rootNounSubject(i int) bool {
	t := r.d.Tokens[i]
	if t.Head >= 0 || !strings.HasPrefix(t.Tag, "NN") {
		return false
	}
	for k := i + 1; k < len(r.d.Tokens) && r.sentOf[k] == r.sentOf[i]; k++ {
		if v := r.d.Tokens[k]; v.Head == i && v.Dep == "parataxis" && strings.HasPrefix(v.Tag, "VB") {
			return !r.hasSubject(k)
		}
	}
	return false
}

// hasSubject: token v has a nominal subject among its dependents.
func (r *resolver) hasSubject(v int) bool {
	for k := v - 1; k >= 0 && r.sentOf[k] == r.sentOf[v]; k-- {
		if t := r.d.Tokens[k]; t.Head == v && strings.HasPrefix(t.Dep, "nsubj") {
			return true
		}
	}
	for k := v + 1; k < len(r.d.Tokens) && r.sentOf[k] == r.sentOf[v]; k++ {
		if t := r.d.Tokens[k]; t.Head == v && strings.HasPrefix(t.Dep, "nsubj") {
			return true
		}
	}
	return false
}

// openingAgent: token i ends the agent ("by …") of a participle that
// opens its sentence. The agent's head is found from its last word up
// the parse, over the words that precede it: "Asked by Ola Berg", "by a
// lawmaker from Oslo".
func (r *resolver) openingAgent(i int) bool {
	for n := 0; n < 6 && i >= 0; n++ {
		t := r.d.Tokens[i]
		if t.Dep == "obl:agent" {
			h := t.Head
			return h >= 0 && r.d.Tokens[h].Tag == "VBN" && (r.sentenceStart(h) || h > 0 && r.sentenceStart(h-1) && openingWords[r.lower[h-1]])
		}
		if t.Head < 0 || t.Head >= i {
			return false
		}
		i = t.Head
	}
	return false
}

// openingWords may stand before a sentence's opening participle: "When
// asked by …".
var openingWords = set("when if once after as")

// quotationsSpeaker returns the entity of the person the quotation
// holding token i is given to right after it, in the sentence where it
// ends ("“…,” Dahl said", "“…,” said Dahl"), or, when it opens its
// sentence, the person the quotation just before it in the paragraph is
// given to ("“…,” Dahl said. “Now she …”"); or -1. A third person inside
// someone's quotation is seldom the one quoted.
func (r *resolver) quotationsSpeaker(i int) int {
	if !r.quoted(i) {
		return -1
	}
	first, last := r.quoteRun(i)
	if e := r.speakerAfter(last); e >= 0 {
		return e
	}
	k := r.sentOf[first]
	if k == 0 || r.d.Sentences[k].FirstToken != first {
		return -1
	}
	prev := r.d.Sentences[k-1]
	if prev.FirstToken >= prev.EndToken || r.paragraphOf(r.d.Tokens[prev.FirstToken].Span) != r.paragraphOf(r.d.Tokens[first].Span) {
		return -1
	}
	for q := prev.EndToken - 1; q >= prev.FirstToken; q-- {
		if r.quoted(q) {
			return r.speakerAfter(q)
		}
	}
	return -1
}

// quoteRun returns the first and last token of the run of quoted tokens
// holding token i, which must be quoted. The runs are found once for the
// document: walking them for every pronoun would be quadratic in a long
// quotation.
func (r *resolver) quoteRun(i int) (int, int) {
	if r.runFirst == nil {
		n := len(r.d.Tokens)
		r.runFirst, r.runLast = make([]int, n), make([]int, n)
		for j := 0; j < n; j++ {
			r.runFirst[j] = j
			if j > 0 && r.quoted(j-1) && r.quoted(j) {
				r.runFirst[j] = r.runFirst[j-1]
			}
		}
		for j := n - 1; j >= 0; j-- {
			r.runLast[j] = j
			if j+1 < n && r.quoted(j+1) && r.quoted(j) {
				r.runLast[j] = r.runLast[j+1]
			}
		}
	}
	return r.runFirst[i], r.runLast[i]
}

// speakerAfter returns the person named with a verb of saying right after
// token end, a quotation's last, in its sentence, or -1.
func (r *resolver) speakerAfter(end int) int {
	j := end + 1
	if j < len(r.d.Tokens) && r.lower[j] == "," {
		j++
	}
	if j >= len(r.d.Tokens) || r.sentOf[j] != r.sentOf[end] {
		return -1
	}
	if r.saying(j) {
		return r.personNameAt(j + 1)
	}
	if e, after := r.personNameFrom(j); e >= 0 && after < len(r.d.Tokens) && r.saying(after) {
		return e
	}
	return -1
}

// saying: token i is a verb of saying.
func (r *resolver) saying(i int) bool {
	if i < 0 || i >= len(r.d.Tokens) {
		return false
	}
	t := r.d.Tokens[i]
	return strings.HasPrefix(t.Tag, "VB") && sayingVerbs[strings.ToLower(t.Lemma)]
}

// personNameAt is personNameFrom's entity alone.
func (r *resolver) personNameAt(i int) int {
	e, _ := r.personNameFrom(i)
	return e
}

// personNameFrom returns the entity of the person's name that starts at
// token i, and the token after the name; -1 when none starts there.
func (r *resolver) personNameFrom(i int) (int, int) {
	if i >= len(r.d.Tokens) {
		return -1, i
	}
	start := r.d.Tokens[i].Start
	k := sort.Search(len(r.named), func(k int) bool { return r.named[k].Start >= start })
	for ; k < len(r.named) && r.named[k].Start == start; k++ {
		if m := r.named[k]; m.Kind == newsgraph.MentionName && m.Type == "PER" && m.Entity >= 0 {
			_, b := r.tokens(m.Span)
			return m.Entity, b
		}
	}
	return -1, i
}

// rightAfterQuotation: token i follows a quotation's closing mark, a
// comma between them at most: the speaker's slot ("“…,” he said").
func (r *resolver) rightAfterQuotation(i int) bool {
	j := i - 1
	if j >= 0 && r.lower[j] == "," {
		j--
	}
	if j < 0 || !r.quoted(j) {
		return false
	}
	switch r.d.TokenText(j) {
	case "”", "\"", "’", "'", "''":
		return true
	}
	return false
}

// sentenceStart: token i opens its sentence.
func (r *resolver) sentenceStart(i int) bool { return i == 0 || r.sentOf[i-1] != r.sentOf[i] }

// depth is token i's distance from its sentence's root (0 for the root,
// and for no token: i < 0).
func (r *resolver) depth(i int) int {
	if i < 0 || i >= len(r.d.Tokens) {
		return 0
	}
	n := 0
	for h := r.d.Tokens[i].Head; h >= 0 && h < len(r.d.Tokens) && n < len(r.d.Tokens); h = r.d.Tokens[h].Head {
		n++
	}
	return n
}

var (
	firstPerson    = set("i me my mine myself")
	firstPlural    = set("we us our ours ourselves")
	secondPerson   = set("you your yours yourself yourselves")
	malePronouns   = set("he him his himself")
	femalePronouns = set("she her hers herself")
	pluralPronouns = set("they them their theirs themselves")
)

// pronoun resolves he, she and their forms to the person most likely meant:
// among the people of the last few sentences that agree in gender, the
// nearest by sentence, a subject before an object, then in a sentence
// before the first mentioned and in its own the latest. They and their go
// to a group named in the same window.
func (sc *scan) pronoun(i int) {
	r := sc.r
	if t := r.d.Tokens[i].Tag; t != "PRP" && t != "PRP$" {
		return
	}
	w := r.lower[i]
	var gender byte
	switch {
	case malePronouns[w]:
		gender = 'm'
	case femalePronouns[w]:
		gender = 'f'
	case pluralPronouns[w]:
		e := sc.latest(i, func(x *entity) bool { return len(x.members) > 0 })
		if e < 0 {
			e = sc.pluralAntecedent(i)
		}
		if e >= 0 {
			sc.add(i, i+1, newsgraph.MentionPronoun, e)
		}
		return
	case firstPerson[w] && !sc.r.spoken(i):
		// Outside quotations, "I" is the writer: an op-ed's or a first-person
		// report's author, one entity for the whole article. (Inside one, it
		// is the speaker, whom attribution adds.)
		sc.add(i, i+1, newsgraph.MentionPronoun, sc.writer())
		return
	case firstPlural[w] && !sc.r.spoken(i):
		// Outside quotations, "we" is the writer's side, the same group
		// through the article.
		sc.add(i, i+1, newsgraph.MentionPronoun, sc.writersSide())
		return
	case secondPerson[w] && !sc.r.spoken(i):
		// Outside quotations, "you" is the reader the writer addresses.
		sc.add(i, i+1, newsgraph.MentionPronoun, sc.reader())
		return
	case w == "its":
		// "its" is an organisation's or a country's, seldom an event's:
		// the nearest such name, a subject first, in this sentence or the
		// one before. "It" is left alone: it is as often no one ("it is
		// likely that …").
		if e := sc.nearestOf(i, 1, func(x *entity) bool { return (x.typ == "ORG" || x.typ == "LOC") && !x.plural }); e >= 0 {
			sc.add(i, i+1, newsgraph.MentionPronoun, e)
		}
		return
	case w == "it" && r.speaksAsSubject(i):
		// "… Corvania's foreign ministry welcomed the result. It urged the
		// bloc to reopen talks": an "it" that says something is the
		// organisation the sentence before, or this one, has for its
		// main subject. Not any organisation or place named lately: the
		// "it" of "it does say" is as often a document no entity holds
		// (a constitution, a report), which the nearest country is not.
		// Elsewhere "it" is as often no one ("it is likely that …").
		if e := sc.lastMainSubject(i); e >= 0 && sc.r.ents[e].typ == "ORG" && !sc.r.ents[e].plural {
			sc.add(i, i+1, newsgraph.MentionPronoun, e)
		}
		return
	default:
		return // I and we are the speaker's, it is seldom a person
	}
	best, bestKey := -1, [4]int{}
	done := map[int]int{} // entity -> the sentence of its latest mention
	sent := r.sentOf[i]
	afterQuote := r.rightAfterQuotation(i)
	speaker := r.quotationsSpeaker(i)
	for k := len(sc.history) - 1; k >= 0 && sent-sc.history[k].sent <= window; k-- {
		h := sc.history[k]
		x := r.ents[h.entity]
		if h.quoted && !r.quoted(i) && (h.sent == sent || afterQuote) {
			// "“… the judge made serious errors,” she said": whom a
			// quotation names is seldom who says it; right after a
			// quotation, a pronoun is its speaker, whom the quotation
			// does not name ("“… Latinos or Muslims … Mr. Trump …,” he
			// continued").
			continue
		}
		if h.entity == speaker {
			continue // "“She told voters …,” Dahl said": she is not Dahl
		}
		if h.asker && h.sent == sent {
			// "Asked by a lawmaker whether she would resign, she replied":
			// the one asked is the sentence's subject, whom the pronouns of
			// the question and the answer are; the asker is neither.
			continue
		}
		if s, ok := done[h.entity]; ok && s != h.sent || x.typ != "PER" || len(x.members) > 0 || x.plural || x.gender != 0 && x.gender != gender || r.firstOrSecond(h.entity) {
			continue // an entity is weighed by its mentions in the latest sentence that has one, the best of them
		}
		done[h.entity] = h.sent
		// A person known to be of the pronoun's gender comes before one of
		// unknown gender as many sentences back: in "de Wit thanked Vos for
		// her service", "her" is Vos's, whose given name says she is a
		// woman. Not before the main subject of a sentence before, which
		// stays the likelier: "Maja Holt called on Elin Rask to resign.
		// “…?” she asked." is Holt's. (GUM train: 0.5698 with the rule in
		// the pronoun's sentence only, 0.5720 at any distance, 0.5719 so.)
		unknown := 0
		if x.gender == 0 && (h.sent == sent || h.salience > 0) {
			unknown = 1
		}
		// Among equals in a sentence before, the one mentioned first: the
		// sentence's first-mentioned person stays its topic ("Ole Brandt
		// has carried passengers in a boat his father built. … He does not
		// sound bitter" is Brandt, not his father). In the pronoun's own
		// sentence, the nearest. (GUM train: 0.5779 → 0.5788, pronouns
		// 0.8323 → 0.8330.)
		order := len(sc.history) - k
		if h.sent != sent {
			order = k
		}
		key := [4]int{sent - h.sent, unknown, h.salience, order}
		if best < 0 || less(key[:], bestKey[:]) {
			best, bestKey = h.entity, key
		}
	}
	if best >= 0 {
		r.ents[best].gender = gender
		sc.add(i, i+1, newsgraph.MentionPronoun, best)
	}
}

// nearestOf returns the entity that ok accepts of the best mention within
// back sentences: the nearest sentence first, a subject before an object,
// the latest first; or -1.
func (sc *scan) nearestOf(i, back int, ok func(*entity) bool) int {
	return sc.nearestMention(i, back, func(h seen) bool { return ok(sc.r.ents[h.entity]) })
}

// pluralAntecedent is whom "they" means with no group in sight: a
// description in the plural ("the parents said they …"), else an
// organisation, which is "they" as often as "it" ("the union said they
// …"); an organisation the writer has given a plural verb ("Harlow
// Freight have denied it") when it is nearer by sentence than the
// description. Outside quotations, neither may be one a
// quotation names: in "“Small traders need no licence,” it says. … “We
// have no comment,” they said." they are not the traders.
func (sc *scan) pluralAntecedent(i int) int {
	inQuote := sc.r.quoted(i)
	unquoted := func(ok func(*entity) bool) func(seen) bool {
		return func(h seen) bool { return (!h.quoted || inQuote) && ok(sc.r.ents[h.entity]) }
	}
	e, ed := sc.nearestMentionAt(i, window, unquoted(func(x *entity) bool { return x.plural }))
	pluralOrg := func(h seen) bool { return (!h.quoted || inQuote) && h.pluralVerb && sc.r.ents[h.entity].typ == "ORG" }
	if org, od := sc.nearestMentionAt(i, 1, pluralOrg); org >= 0 && (e < 0 || od < ed) {
		return org
	}
	if e < 0 {
		e, _ = sc.nearestMentionAt(i, 1, unquoted(func(x *entity) bool { return x.typ == "ORG" }))
	}
	return e
}

// nearestMention is nearestOf choosing among the mentions ok accepts.
func (sc *scan) nearestMention(i, back int, ok func(seen) bool) int {
	e, _ := sc.nearestMentionAt(i, back, ok)
	return e
}

// nearestMentionAt is nearestMention, with how many sentences before
// token i's the chosen mention stands.
func (sc *scan) nearestMentionAt(i, back int, ok func(seen) bool) (int, int) {
	best, bestKey := -1, [3]int{}
	sent := sc.r.sentOf[i]
	for k := len(sc.history) - 1; k >= 0 && sent-sc.history[k].sent <= back; k-- {
		h := sc.history[k]
		if !ok(h) {
			continue
		}
		key := [3]int{sent - h.sent, h.salience, len(sc.history) - k}
		if best < 0 || less(key[:], bestKey[:]) {
			best, bestKey = h.entity, key
		}
	}
	return best, bestKey[0]
}

// The article's own people outside its quotations: the writer ("I", named
// after the byline when there is one), the writer's side ("we") and the
// reader ("you"), each one entity through the article, made the first
// time it is met.
func (sc *scan) writer() int {
	name := "the writer"
	if len(sc.r.d.Meta.Authors) > 0 {
		name = sc.r.d.Meta.Authors[0]
	}
	return sc.standing(&sc.r.writer, name)
}

func (sc *scan) writersSide() int { return sc.standing(&sc.r.we, "the writer and others") }

func (sc *scan) reader() int { return sc.standing(&sc.r.you, "the reader") }

// standing returns the entity *id, made under name when it is -1.
func (sc *scan) standing(id *int, name string) int {
	if *id < 0 {
		sc.r.ents = append(sc.r.ents, &entity{typ: "PER", name: name})
		*id = len(sc.r.ents) - 1
	}
	return *id
}

// firstOrSecond: e is the writer, the writer's side or the reader, whom
// the text calls I, we and you, never he or she.
func (r *resolver) firstOrSecond(e int) bool {
	return e == r.writer || e == r.we || e == r.you
}

// quoted: token i lies inside a quotation. The tokens of every quotation
// are marked once, the first time it is asked.
func (r *resolver) quoted(i int) bool {
	if r.inQuote == nil {
		r.inQuote = r.marked(quoteSpans(r.d))
	}
	return r.inQuote[i]
}

// spoken: token i lies inside a quotation, or in a question or answer of
// an interview (segment.Interview), whose "I" and "you" are the
// interviewer's and the interviewee's, not the writer's and the reader's.
func (r *resolver) spoken(i int) bool {
	if r.inSpeech == nil {
		spans := quoteSpans(r.d)
		questions, answers := segment.Interview(r.d)
		for _, k := range append(questions, answers...) {
			spans = append(spans, r.d.Paragraphs[k].Span)
		}
		r.inSpeech = r.marked(spans)
	}
	return r.inSpeech[i]
}

func quoteSpans(d *newsgraph.Doc) []newsgraph.Span {
	spans := make([]newsgraph.Span, 0, len(d.Quotes))
	for _, q := range d.Quotes {
		spans = append(spans, q.Span)
	}
	return spans
}

// marked marks the tokens of spans.
func (r *resolver) marked(spans []newsgraph.Span) []bool {
	in := make([]bool, len(r.d.Tokens))
	for _, s := range spans {
		a, b := r.tokens(s)
		for k := a; k < b; k++ {
			in[k] = true
		}
	}
	return in
}

// latest returns the entity of the latest mention in the window that ok
// accepts, or -1.
func (sc *scan) latest(i int, ok func(*entity) bool) int {
	sent := sc.r.sentOf[i]
	for k := len(sc.history) - 1; k >= 0 && sent-sc.history[k].sent <= window; k-- {
		if e := sc.history[k].entity; ok(sc.r.ents[e]) {
			return e
		}
	}
	return -1
}

func less(a, b []int) bool {
	for i := range a {
		if a[i] != b[i] {
			return a[i] < b[i]
		}
	}
	return false
}

// groupNouns name two people together. "Sides" is not one of them: "both
// sides" are parties, countries or camps ("both sides of the aisle", "the
// two sides have talked") four times in five in PolNeAR's train articles.
var groupNouns = set("leaders men women presidents ministers officials")

// group reads "the two leaders", "both leaders", "the two", "the pair" at
// token i as a group of the two people most mentioned so far, and returns
// how many tokens it took, or 0.
func (sc *scan) group(i int) int {
	r := sc.r
	n := 0
	switch {
	case r.lower[i] == "the" && i+1 < len(r.lower) && r.lower[i+1] == "pair":
		n = 2
	case r.lower[i] == "the" && i+1 < len(r.lower) && r.lower[i+1] == "two":
		n = 2
		if i+2 < len(r.lower) && groupNouns[r.lower[i+2]] {
			n = 3
		} else if i+2 < len(r.lower) && strings.HasPrefix(r.d.Tokens[i+2].Tag, "NN") {
			return 0 // "the two countries", "the two sides of …": not the people
		}
	case r.lower[i] == "both" && i+1 < len(r.lower) && groupNouns[r.lower[i+1]]:
		n = 2
	default:
		return 0
	}
	if r.sentOf[i+n-1] != r.sentOf[i] {
		return 0
	}
	office := ""
	if n >= 2 && groupNouns[r.lower[i+n-1]] {
		office = strings.TrimSuffix(r.lower[i+n-1], "s")
	}
	a, b := sc.topTwo(office)
	if a < 0 {
		return 0
	}
	sc.add(i, i+n, newsgraph.MentionList, sc.groupOf(a, b))
	return n
}

// topTwo returns the two people mentioned most so far, the latest first
// among equals, or -1s. Given an office the group holds ("the two
// ministers"), two who hold it come first; one who holds it goes with
// the most mentioned other who is no one's staff ("President Ana Silva
// met Governor Ellen Marsh … the two leaders"), and with none when the
// others are spokesmen, aides and the like ("the two ministers" after
// one named minister and a ministry's spokesman are the minister and a
// counterpart the story has not named).
func (sc *scan) topTwo(office string) (int, int) {
	last := map[int]int{}
	for k, h := range sc.history {
		last[h.entity] = k
	}
	var people []int
	for e, x := range sc.r.ents {
		if x.typ == "PER" && len(x.members) == 0 && !x.tentative && e < len(sc.count) && sc.count[e] > 0 {
			people = append(people, e)
		}
	}
	if len(people) < 2 {
		return -1, -1
	}
	slices.SortFunc(people, func(a, b int) int {
		if sc.count[a] != sc.count[b] {
			return sc.count[b] - sc.count[a]
		}
		return last[b] - last[a]
	})
	if office == "" || !roleNouns[office] {
		return people[0], people[1]
	}
	var holders, others []int
	for _, e := range people {
		switch x := sc.r.ents[e]; {
		case slices.ContainsFunc(x.roles, func(ro role) bool { return holdsOffice(ro.words, nil, office) }):
			holders = append(holders, e)
		case !slices.ContainsFunc(x.roles, func(ro role) bool { return slices.ContainsFunc(ro.words, func(w string) bool { return staffWords[w] }) }):
			others = append(others, e)
		}
	}
	switch {
	case len(holders) >= 2:
		return holders[0], holders[1]
	case len(holders) == 1 && len(others) > 0:
		return holders[0], others[0]
	case len(holders) == 1:
		return -1, -1
	}
	return people[0], people[1]
}

// staffWords name those who speak for another, not in an office of their
// own.
var staffWords = set("spokesman spokeswoman spokesperson aide adviser advisor lawyer attorney analyst researcher " +
	"expert economist professor reporter journalist correspondent")

// groupOf returns the group entity of a and b, made the first time.
func (sc *scan) groupOf(a, b int) int {
	r := sc.r
	for e, x := range r.ents {
		if len(x.members) == 2 && (x.members[0] == a && x.members[1] == b || x.members[0] == b && x.members[1] == a) {
			return e
		}
	}
	r.ents = append(r.ents, &entity{typ: "PER", name: r.ents[a].name + " and " + r.ents[b].name, members: []int{a, b}})
	return len(r.ents) - 1
}

// roleNouns are the heads of descriptions that name one person by office
// or by what the article has called them ("the judge" after "Judge Ruth
// Ames", "the actor" after "the actor Sam Whitlock"): office joins them
// only to the one person whose roles hold the word. headOfState are the
// offices "leader" stands for.
var (
	roleNouns = set("leader president premier chancellor minister king queen pope secretary governor mayor chairman general " +
		"judge prosecutor coach manager actor actress singer novelist spokesman spokeswoman ambassador envoy senator commissioner chief")
	roleModifiers = set("prime foreign defence defense interior finance supreme vice")
	headOfState   = set("president premier prime chancellor king queen leader chairman supreme emperor")
)

// description reads "the Russian leader", "the defence minister" at token
// i and joins it to the one person whose titles agree; it returns how many
// tokens it took, or 0 when it is no such description or fits no one, or
// several.
func (sc *scan) description(i int) int {
	r := sc.r
	if r.lower[i] != "the" {
		return 0
	}
	// Up to two words of nationality: demonyms, or capitalised words the
	// gazetteer does not know ("the Kordavian leader").
	j := i + 1
	var nat []string
	for j < len(r.lower) && j < i+3 && !roleNouns[r.lower[j]] && !roleModifiers[r.lower[j]] && r.capitalised(j) {
		nat = append(nat, r.lower[j])
		j++
	}
	var mods []string
	if j < len(r.lower) && roleModifiers[r.lower[j]] {
		mods = append(mods, r.lower[j])
		j++
	}
	if j >= len(r.lower) || !roleNouns[r.lower[j]] || r.sentOf[j] != r.sentOf[i] {
		return 0
	}
	head := r.lower[j]
	j++
	if j < len(r.lower) && r.lower[j] == "-" && r.d.Tokens[j-1].End == r.d.Tokens[j].Start {
		return 0 // "the president-elect", "the minister-designate": another office
	}
	if j < len(r.lower) && (r.d.Tokens[j].Tag == "NNP" || r.lower[j] == "of" && !(j+1 < len(r.lower) && r.d.Tokens[j+1].Tag == "VBG")) {
		return 0 // a title before a name, or "the president of the club" (not "accused the mayor of putting …")
	}
	e := sc.office(nat, mods, head)
	if e < 0 {
		return 0
	}
	sc.add(i, j, newsgraph.MentionDescription, e)
	return j - i
}

// age resolves "the 56-year-old" (or "the 47 year old"), which news
// writers use for someone just named, standing alone with no noun after
// it: to the nearest person of the last few sentences, a subject first.
// "A 43-year-old man" is someone new; "the 56-year-old striker" is a
// description of its own noun.
func (sc *scan) age(i int) int {
	r := sc.r
	if r.lower[i] != "the" || i+3 >= len(r.lower) || r.d.Tokens[i+1].Tag != "CD" {
		return 0
	}
	j := i + 2
	for _, w := range []string{"-", "year", "-", "old"} {
		switch {
		case j < len(r.lower) && r.lower[j] == w && r.sentOf[j] == r.sentOf[i]:
			j++
		case w != "-":
			return 0
		}
	}
	// "the 150-year-old wooden church": the age of a noun after it.
	for j < len(r.lower) && r.sentOf[j] == r.sentOf[i] && nounModifierTags[r.d.Tokens[j].Tag] {
		j++
	}
	if j < len(r.lower) && r.sentOf[j] == r.sentOf[i] && strings.HasPrefix(r.d.Tokens[j].Tag, "NN") {
		return 0
	}
	j = ageEnd(r, i)
	// One whose description gave this age first ("A 43-year-old man … The
	// 43-year-old"); else the nearest person, unless another age was given
	// them ("a man and his 2-year-old son … the 2-year-old" is not the man).
	years := r.d.TokenText(i + 1)
	person := func(x *entity) bool { return x.typ == "PER" && len(x.members) == 0 && !x.plural }
	e := sc.nearestUnquoted(i, func(h seen) bool { return person(r.ents[h.entity]) && r.agesGiven(r.ents[h.entity])[years] })
	if e < 0 {
		// Else a person named as the subject of a main clause: the one the
		// story is about. Nearer objects are as often someone else ("the
		// former model defended her husband. … said the 46-year-old").
		e = sc.nearestUnquoted(i, func(h seen) bool { return h.salience == 0 && person(r.ents[h.entity]) && !r.ents[h.entity].tentative })
		if e >= 0 && len(r.agesGiven(r.ents[e])) > 0 {
			return 0
		}
		// Nor over someone nearer whom only a description names: "Ana
		// Ruiz was taken to hospital. Police arrested a man nearby. The
		// 23-year-old was charged" is the man.
		if near := sc.nearestUnquoted(i, func(h seen) bool { return person(r.ents[h.entity]) }); near >= 0 && near != e && r.ents[near].tentative {
			return 0
		}
	}
	if e < 0 || r.firstOrSecond(e) {
		return 0
	}
	sc.add(i, j, newsgraph.MentionDescription, e)
	return j - i
}

// ageEnd is the token after "the N-year-old" opening at token i.
func ageEnd(r *resolver, i int) int {
	j := i + 2
	for _, w := range []string{"-", "year", "-", "old"} {
		if j < len(r.lower) && r.lower[j] == w {
			j++
		}
	}
	return j
}

// nounModifierTags are the words that may stand between an age and the
// noun it qualifies ("the 150-year-old wooden church").
var nounModifierTags = set("JJ JJR JJS VBN VBG CD")

// nearestUnquoted is nearestMention over the last few sentences, leaving out
// the people a quotation names when token i is not quoted: in "“Donald
// is an amazing leader,” said the 46-year-old", the speaker is not
// Donald.
func (sc *scan) nearestUnquoted(i int, ok func(seen) bool) int {
	inQuote := sc.r.quoted(i)
	return sc.nearestMention(i, window, func(h seen) bool { return (!h.quoted || inQuote) && ok(h) })
}

// agesGiven are the ages x's mentions state ("a 43-year-old man": 43).
func (r *resolver) agesGiven(x *entity) map[string]bool {
	var ages map[string]bool
	for _, m := range x.mentions {
		a, b := r.tokens(r.mentions[m].Span)
		for k := a; k+2 < b; k++ {
			if r.d.Tokens[k].Tag == "CD" && (r.lower[k+1] == "year" || r.lower[k+1] == "-" && r.lower[k+2] == "year") {
				if ages == nil {
					ages = map[string]bool{}
				}
				ages[r.lower[k]] = true
			}
		}
	}
	return ages
}

// office finds the one person met so far whose titles hold the office and
// do not contradict the nationality; one whose title states the
// nationality wins over those whose titles say none.
func (sc *scan) office(nat, mods []string, head string) int {
	var stated, unstated []int
	for e, x := range sc.r.ents {
		if x.typ != "PER" || len(x.members) > 0 || x.tentative || e >= len(sc.count) || sc.count[e] == 0 {
			continue
		}
		match, natMatch, natKnown := false, false, false
		for _, ro := range x.roles {
			if holdsOffice(ro.words, mods, head) {
				match = true
			}
			if len(ro.nationality) > 0 {
				natKnown = true
				natMatch = natMatch || overlaps(ro.nationality, nat)
			}
		}
		switch {
		case !match:
		case len(nat) > 0 && natMatch:
			stated = append(stated, e)
		case !natKnown || len(nat) == 0:
			unstated = append(unstated, e)
		}
	}
	switch {
	case len(stated) == 1:
		return stated[0]
	case len(stated) == 0 && len(unstated) == 1:
		return unstated[0]
	}
	return -1
}

func holdsOffice(words, mods []string, head string) bool {
	for _, m := range mods {
		if !slices.Contains(words, m) {
			return false
		}
	}
	if slices.Contains(words, head) {
		return true
	}
	if head == "leader" {
		for _, w := range words {
			if headOfState[w] {
				return true
			}
		}
	}
	return false
}

func overlaps(a, b []string) bool {
	for _, x := range a {
		if slices.Contains(b, x) {
			return true
		}
	}
	return false
}

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// lastMainSubject returns the entity of the latest main-clause subject
// before token i, in its sentence or the one before, or -1.
func (sc *scan) lastMainSubject(i int) int {
	sent := sc.r.sentOf[i]
	for k := len(sc.history) - 1; k >= 0 && sent-sc.history[k].sent <= 1; k-- {
		if sc.history[k].salience == 0 {
			return sc.history[k].entity
		}
	}
	return -1
}

// speaksAsSubject: token i is the subject of a verb of saying, in the
// active voice ("It said", "it urged", not "it is said").
func (r *resolver) speaksAsSubject(i int) bool {
	t := r.d.Tokens[i]
	if t.Dep != "nsubj" || t.Head < 0 {
		return false
	}
	return speechVerbs[strings.ToLower(r.d.Tokens[t.Head].Lemma)] && strings.HasPrefix(r.d.Tokens[t.Head].Tag, "VB")
}

// speechVerbs are the verbs of saying an organisation's "it" is the
// subject of.
var speechVerbs = set("say tell add urge warn announce argue claim state insist accuse deny call welcome criticise criticize reject")
