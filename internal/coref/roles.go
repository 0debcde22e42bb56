package coref

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/gazetteer"
)

// role is a title or description an article gives a person, with where it
// says so: "Russian Defence Minister" before "Sergei Shoigu".
type role struct {
	span        newsgraph.Span
	words       []string // folded
	nationality []string // the demonyms among them: "russian"
}

// roles reads the title before each person's name: the run of capitalised
// words and demonyms right before it, when the gazetteer knows one of them
// as a title ("told President Vladimir Putin": "President").
func (r *resolver) roles() {
	for _, m := range r.mentions {
		if m.Type != "PER" || m.Entity < 0 {
			continue
		}
		a, _ := r.tokens(m.Span)
		ro, isTitle := r.titleBefore(a)
		x := r.ents[m.Entity]
		if g := genderOf(append(ro.words, nameWordsRaw(r.d.Slice(m.Span))...)); g != 0 && x.gender == 0 {
			x.gender = g // "Mr. Trump", "Queen Elizabeth"
		}
		if isTitle && !courtesyOnly(ro.words) {
			x.roles = append(x.roles, ro)
		}
	}
}

// appositives reads the noun phrase set beside a person's name ("Tim
// Morrison, a former aide to the president") as a role of theirs and a
// mention of them. Its words up to its head noun ("a former aide") are the
// role's words, which descriptions are matched on; what follows the head
// ("to the president") names someone else. Without a parse there is none.
// The mentions are collected first and added after, so that the loop reads
// only the names.
func (r *resolver) appositives() {
	var add []newsgraph.Mention
	for _, m := range r.mentions {
		if m.Type != "PER" && m.Type != "ORG" || m.Entity < 0 || m.Kind != newsgraph.MentionName {
			continue
		}
		a, b := r.tokens(m.Span)
		if a >= b {
			continue
		}
		s := r.d.Sentences[r.sentOf[a]]
		if m.Type == "ORG" {
			// "A utility company, Western Power, said": the description is
			// the company's mention, and no role of a person.
			if first, head, ok := r.descriptionBefore(a, b, s, 'O'); ok {
				add = append(add, newsgraph.Mention{Span: r.span(first, head+1), Kind: newsgraph.MentionDescription, Type: m.Type, Entity: m.Entity})
			}
			continue
		}
		for t := b; t < s.EndToken && opensAppositive(r.lower[b]); t++ {
			if tok := r.d.Tokens[t]; tok.Dep != "appos" || tok.Head < a || tok.Head >= b {
				continue
			}
			first, end := r.subtree(t, s)
			end = r.beforeRelative(t, end)
			if first <= b-1 || end-first > 20 || r.quoted(first) || r.listOfNames(t, first, end) || r.d.Tokens[t].Tag == "CD" ||
				r.inOtherEntitysName(t, m.Entity) {
				continue // not a phrase after the name, too long to be one, the rest of a list, an age ("Camille Durand, 22,") or someone else
			}
			var words []string
			for i := first; i <= t; i++ {
				words = append(words, r.lower[i])
			}
			span := newsgraph.Span{Start: r.d.Tokens[first].Start, End: r.d.Tokens[end-1].End}
			x := r.ents[m.Entity]
			x.roles = append(x.roles, role{span: span, words: words})
			add = append(add, newsgraph.Mention{Span: span, Kind: newsgraph.MentionDescription, Type: m.Type, Entity: m.Entity})
		}
		first, head, ok := r.descriptionBefore(a, b, s, 'P')
		if !ok {
			first, ok = r.descriptionJuxtaposed(a, s)
			head = a - 1
		}
		if ok {
			span := r.span(first, head+1)
			x := r.ents[m.Entity]
			x.roles = append(x.roles, role{span: span, words: slices.Clone(r.lower[first : head+1])})
			add = append(add, newsgraph.Mention{Span: span, Kind: newsgraph.MentionDescription, Type: m.Type, Entity: m.Entity})
		}
	}
	for _, m := range add {
		r.mentions = append(r.mentions, m)
		r.ents[m.Entity].mentions = append(r.ents[m.Entity].mentions, len(r.mentions)-1)
	}
	slices.SortStableFunc(r.mentions, func(a, b newsgraph.Mention) int { return a.Start - b.Start })
}

// opensAppositive: an appositive after a name opens with word w, set off from the
// name: "Tim Morrison, a former aide", "(a former aide)", "— a former
// aide". With none, the parse's appositive is a misreading: "Judge Ruth
// Ames set bail", with "set" tagged an adjective, is no description.
func opensAppositive(w string) bool {
	return w == "," || w == "(" || w == "—" || w == "–" || w == "-" || w == "--"
}

// inOtherEntitysName: token t lies in the name of a person,
// organisation or place other than entity e. "A spokesman for Moen, Erik
// Dahl, said": the parse hangs Dahl on Moen, but a second full name is
// the spokesman's, not Moen's; in a headline's list "… about Trump,
// Ukraine" the place is no role of his. A MISC name may be one ("Lind, a
// Democrat,").
func (r *resolver) inOtherEntitysName(t, e int) bool {
	tok := r.d.Tokens[t]
	for _, m := range r.mentions {
		if m.Kind == newsgraph.MentionName && m.Type != "MISC" && m.Entity >= 0 && m.Entity != e && m.Start <= tok.Start && tok.End <= m.End {
			return true
		}
	}
	return false
}

// beforeRelative ends the appositive headed by t, running to end, before
// a relative clause set off after it ("Marta Osk, the town's mayor, who
// runs a bakery,"): the clause says more of the person, and the role is
// "the town's mayor".
func (r *resolver) beforeRelative(t, end int) int {
	for i := t + 1; i+1 < end; i++ {
		if r.lower[i] == "," && relativePronouns[r.lower[i+1]] {
			return i
		}
	}
	return end
}

var relativePronouns = set("who whom whose which")

// listOfNames: the appositive headed by t, tokens [first, end), is a name
// joined to others by "and" or "or": the parse took a list of people
// ("Charles de Gaulle, Vincent van Gogh and Ludwig van Beethoven") for one
// named twice.
func (r *resolver) listOfNames(t, first, end int) bool {
	if tag := r.d.Tokens[t].Tag; tag != "NNP" && tag != "NNPS" {
		return false
	}
	for i := first; i < end; i++ {
		if r.d.Tokens[i].Dep == "cc" && (r.lower[i] == "and" || r.lower[i] == "or") {
			return true
		}
	}
	return false
}

// descriptionBefore finds the description set off before a name, tokens
// [a, b), of a person (class 'P') or an organisation ('O'): "The regional
// governor, Marek Stoyan, urged …", "Its chairman, Piet Olander, said …",
// "A utility company, Western Power, said". It is read from the words, not
// the parse, which often takes the name for the subject and the
// description for something else. It is a singular noun of the class with its modifiers
// (and a possessor: "The board's chairwoman"), opened by a determiner, a
// possessive pronoun or a named possessor, right before a comma, with
// another comma after the name; a comma before the description, or "and"
// or "or" after the name, would make the three a list ("the mayor, Ann
// Lind, and the governor"). It returns the description's first token and
// its head.
func (r *resolver) descriptionBefore(a, b int, s newsgraph.Sentence, class byte) (int, int, bool) {
	if ro, ok := r.titleBefore(a); ok && class == 'P' {
		// "A police spokesman, Sergeant Alan Pryce,": the title is the
		// name's, and the comma before it sets the name beside the
		// description.
		a, _ = r.tokens(ro.span)
	}
	head := a - 2
	if head < s.FirstToken || b+1 >= s.EndToken || r.lower[a-1] != "," || r.lower[b] != "," || r.quoted(a-1) {
		return 0, 0, false
	}
	if w := r.lower[b+1]; w == "and" || w == "or" {
		return 0, 0, false
	}
	head = r.beforeNamedPlace(head, s)
	if t := r.d.Tokens[head].Tag; (t == "NNS" || t == "NN") && head-2 >= s.FirstToken && phrasePrepositions[r.lower[head-1]] && r.d.Tokens[head-2].Tag == "NN" {
		// "The county's cabinet member for libraries, Derek Holt,": a bare
		// noun after the preposition, its phrase hung on the noun before.
		head -= 2
	}
	first, ok := r.phraseOf(head, s)
	if ok && first-2 >= s.FirstToken && phrasePrepositions[r.lower[first-1]] && r.d.Tokens[first-2].Tag == "NN" {
		// "A spokesman for the company, Tomas Greer,": the phrase hangs
		// on the noun before it, which the name is set beside.
		head = first - 2
		first, ok = r.phraseOf(head, s)
	}
	if t := r.d.Tokens[head]; !ok || nouns[strings.ToLower(t.Lemma)].class != class && nouns[r.lower[head]].class != class {
		return 0, 0, false
	}
	return first, head, true
}

var phrasePrepositions = set("for of at with to")

// phraseOf returns the first token of the noun phrase that common noun
// head ends: its modifiers back to a determiner or a possessive, "The
// board's chairwoman", "The United Nations envoy".
func (r *resolver) phraseOf(head int, s newsgraph.Sentence) (int, bool) {
	if r.d.Tokens[head].Tag != "NN" {
		return 0, false
	}
	first, possessor := head, false
	for first > s.FirstToken && head-first < 6 {
		switch r.d.Tokens[first-1].Tag {
		case "JJ", "JJR", "JJS", "NN", "NNP", "NNPS", "HYPH", "VBN", "POS":
			first--
			possessor = possessor || r.d.Tokens[first].Tag == "POS"
			continue
		case "DT", "PRP$":
			first--
			return first, !r.listBefore(first, s)
		case "CD":
			if r.lower[first-1] == "one" { // "One shop owner in Leeds, Sam Patel,"
				first--
				return first, !r.listBefore(first, s)
			}
		}
		break
	}
	// "Acme's chief executive, Ann Lind,": a named possessor opens it.
	if possessor && r.d.Tokens[first].Tag == "NNP" {
		return first, !r.listBefore(first, s)
	}
	return 0, false
}

// descriptionJuxtaposed finds a description of a person right before
// their name at token a, with no comma: "The actor Sam Whitlock", "the
// British novelist Ann Lind", "his wife Ann": a determiner or possessive
// pronoun, at most two modifiers, and a singular noun of a person. It
// returns the description's first token.
func (r *resolver) descriptionJuxtaposed(a int, s newsgraph.Sentence) (int, bool) {
	head := a - 1
	if head <= s.FirstToken || r.d.Tokens[head].Tag != "NN" || r.nounAt(head).class != 'P' || r.quoted(head) {
		return 0, false
	}
	for first := head - 1; first >= s.FirstToken && head-first <= 3; first-- {
		switch r.d.Tokens[first].Tag {
		case "DT", "PRP$":
			return first, r.lower[first] == "the" || r.d.Tokens[first].Tag == "PRP$"
		case "JJ", "NN", "NNP":
			continue
		}
		break
	}
	return 0, false
}

// beforeNamedPlace: when token i ends a prepositional phrase naming an
// institution or a place ("ambassador to the United Nations", "minister
// of Brask", "shop owner in Leeds"), the noun the phrase follows; i
// otherwise. "Belmor's ambassador to the United Nations, Viktor Hale," is
// Viktor Hale.
func (r *resolver) beforeNamedPlace(i int, s newsgraph.Sentence) int {
	j := i
	for j > s.FirstToken && i-j < 8 && (r.properNoun(j) || r.lower[j] == "of" && r.properNoun(j-1) && j < i) {
		j-- // "the National Association of Head Teachers": a name may hold "of"
	}
	if j < i && r.d.Tokens[j].Tag == "DT" {
		j--
	}
	if j == i || j <= s.FirstToken || !placePrepositions[r.lower[j]] {
		return i
	}
	return j - 1
}

// placePrepositions hang an institution or a place on the noun before
// it: "ambassador to the United Nations", "a shop owner in Leeds", "a
// farmer from Kent".
var placePrepositions = set("to of at for in from")

func (r *resolver) properNoun(j int) bool {
	t := r.d.Tokens[j].Tag
	return t == "NNP" || t == "NNPS"
}

// listBefore: a comma stands before token first, which then opens the next
// item of a list rather than an appositive.
func (r *resolver) listBefore(first int, s newsgraph.Sentence) bool {
	return first > s.FirstToken && r.lower[first-1] == ","
}

// subtree returns the token range [first, end) of t and its dependents in
// sentence s, without punctuation at its edges. The parse keeps a phrase
// contiguous; a dependent that is not would widen the range, and so a
// phrase is only ever read as wide as the words between its ends.
func (r *resolver) subtree(t int, s newsgraph.Sentence) (int, int) {
	first, last := t, t
	for i := s.FirstToken; i < s.EndToken; i++ {
		for h, n := i, 0; h >= s.FirstToken && h < s.EndToken && n < 64; h, n = r.d.Tokens[h].Head, n+1 {
			if h == t {
				first, last = min(first, i), max(last, i)
				break
			}
		}
	}
	for first < last && r.d.Tokens[first].Tag == "," {
		first++
	}
	for last > first && (r.d.Tokens[last].Tag == "," || r.d.Tokens[last].Tag == ".") {
		last--
	}
	return first, last + 1
}

// nameWordsRaw is the first word of a name, folded, courtesy title kept.
func nameWordsRaw(text string) []string {
	f := strings.Fields(text)
	if len(f) == 0 {
		return nil
	}
	return []string{strings.TrimSuffix(strings.ToLower(f[0]), ".")}
}

// titleBefore returns the capitalised words that end right before token
// a, and whether they make a title.
func (r *resolver) titleBefore(a int) (role, bool) {
	if a == 0 {
		return role{}, false
	}
	s := r.d.Sentences[r.sentOf[a]]
	first := a
	for first > s.FirstToken && a-first < 6 && r.titleWord(first-1) {
		first--
	}
	if first == a {
		return role{}, false
	}
	// The words are returned even when none is a title, for their gender.
	words := make([]string, 0, a-first)
	for i := first; i < a; i++ {
		words = append(words, strings.TrimSuffix(r.lower[i], "."))
	}
	// The words that are not the title say whose title it is: a demonym
	// the gazetteer knows ("Russian"), or another capitalised word
	// ("Kordavian", "Army").
	hasTitle := false
	var nat []string
	for i, ms := range r.gaz.Lookup(words) {
		if gazetteer.Has(ms, gazetteer.Title) && !gazetteer.Has(ms, gazetteer.Demonym) {
			hasTitle = true
			continue
		}
		if !roleNouns[words[i]] && !roleModifiers[words[i]] {
			nat = append(nat, words[i])
		}
	}
	span := newsgraph.Span{Start: r.d.Tokens[first].Start, End: r.d.Tokens[a-1].End}
	return role{span: span, words: words, nationality: nat}, hasTitle
}

// titleWord: token i may be part of a title: a capitalised word that is not
// the first of its sentence unless it is a known title ("Defence", "Minister"),
// or a known title in lower case.
func (r *resolver) titleWord(i int) bool {
	text := r.d.TokenText(i)
	c, _ := utf8.DecodeRuneInString(text)
	t := r.d.Tokens[i].Tag
	if !unicode.IsUpper(c) {
		// A title in lower case, as some papers write them: "Health
		// minister Carla Brenner", "Chief executive Harald Brun" (the
		// tagger reads "executive" as an adjective).
		return (t == "NN" || t == "NNP" || t == "JJ") && gazetteer.Has(r.gaz.Lookup([]string{r.lower[i]})[0], gazetteer.Title)
	}
	return t == "NNP" || t == "NNPS" || t == "NN" || t == "JJ" || t == "NNS"
}

// capitalised: token i starts with a capital letter.
func (r *resolver) capitalised(i int) bool {
	c, _ := utf8.DecodeRuneInString(r.d.TokenText(i))
	return unicode.IsUpper(c)
}

// courtesyOnly: the title is only "Mr.", "Ms.", "Dr."…, a form of address
// rather than a role.
func courtesyOnly(words []string) bool {
	for _, w := range words {
		if !titlesInName[w] {
			return false
		}
	}
	return true
}

// genderOf reads a gender from title words.
func genderOf(words []string) byte {
	for _, w := range words {
		switch w {
		case "mr", "king", "prince", "sir", "lord", "spokesman", "chairman", "congressman", "emperor":
			return 'm'
		case "mrs", "ms", "miss", "queen", "princess", "lady", "dame", "spokeswoman", "chairwoman", "congresswoman", "empress":
			return 'f'
		}
	}
	return 0
}
