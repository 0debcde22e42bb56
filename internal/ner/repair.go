package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/internal/gazetteer"
)

// repair corrects shapes of error that a greedy left-to-right tagger
// makes in news prose and cannot back out of, because CoNLL-2003 (wire
// copy from 1996) rarely shows them:
//
//   - A rank between an organisation and a person, "Korean People's Army
//     Marshal Pak Jong Chon and Munitions Industry Department": once inside
//     the ORG the tagger keeps going. A title splits the span: what precedes
//     it keeps its type, the capitalised words after it are a person, and
//     what follows "and" or a comma is a new entity of the first type.
//   - A possessive inside a name, "People's Army": the tagger ends entities
//     at 's, as it should after "Russia's". When the words before 's are no
//     entity of their own and an organisation follows, they belong to it.
//   - An institution read as a person, "told the Brask Herald": a name
//     after "the" that ends in the word an organisation's name ends in
//     (Herald, Institute, Hospital) is no person's, since people's names
//     take no article; nor is one that ", which" follows, nor one set off
//     after a noun for a company ("Her record label, Northstar Music,").
//   - A title and a name read as an organisation, "Governor Sofia Marin"
//     (titledPerson); a name split at its surname's particles, "Ursula |
//     von der | Leyen" (joinParticles); a capitalised "Of" or "The" read as
//     a name (dropFunctionWords).
//
// The rules are chosen on CoNLL-2003 train and checked on dev with the
// rest of the tagger.
func repair(s *sentence, spans []Span) []Span {
	var out []Span
	for _, sp := range spans {
		if sp, ok := trimPunctuation(s, sp); ok {
			for _, part := range splitAtComma(s, cutAtClause(s, sp)) {
				out = append(out, splitAtTitle(s, part)...)
			}
		}
	}
	for i := range out {
		if out[i].Type != "PER" {
			continue
		}
		// Lower-case words are trimmed again after the titles: "Chief
		// executive Harald Brun" left "executive" once "Chief" went.
		out[i] = trimLowerStart(s, trimTitleStart(s, trimLowerEnd(s, trimLowerStart(s, out[i]))))
		if out[i].End-out[i].Start > 1 && (companyNouns[s.lower[out[i].Start]] || companyNouns[strings.TrimSuffix(s.lower[out[i].Start], "s")]) {
			out[i].Start++ // "Chipmaker Valtron cuts forecast": a headline's description before the name
			out[i].Type = "ORG"
		} else if out[i].Start == 1 && companyNouns[s.lower[0]] && capitalised(s.words[0]) {
			out[i].Type = "ORG" // the same with the description left out of the name
		}
		if placesOffice(s, out[i]) {
			out[i].Type = "LOC"
			continue
		}
		if out[i].Start > 0 && s.lower[out[i].Start-1] == "the" && institutionWords[s.lower[out[i].End-1]] || whichFollows(s, out[i]) ||
			companyBefore(s, out[i]) || companyAfter(s, out[i]) || companySuffixes[s.lower[out[i].End-1]] || industryWords[s.lower[out[i].End-1]] {
			out[i].Type = "ORG"
		}
	}
	for i := range out {
		out[i] = tradeBefore(s, out[i])
		if out[i].Type != "PER" {
			out[i] = trimLowerTail(s, lowerAfterAnd(s, out[i]))
		}
	}
	for i := range out {
		if out[i].Type == "PER" && quotedWhole(s, out[i]) {
			out[i].Type = "MISC" // "The Salt Year", in quotation marks: a work's title
		}
	}
	return joinOfPlace(s, dropFunctionWords(s, joinParticles(s, joinPluralPossessive(s, joinPossessive(s, dropTradeWords(s, out))))))
}

// joinOfPlace joins an organisation whose name ends in the word for a
// public body ("Port Authority", "University") and the place after "of"
// that the tagger cut off ("the Port Authority of Dalby" was an
// organisation and a place, or a person "Dalby"): one organisation, as
// CoNLL marks "Bank of England". A company's group or a newspaper "of" a
// place stays two ("Tata Group of India" is CoNLL's ORG and LOC).
func joinOfPlace(s *sentence, spans []Span) []Span {
	for i := 0; i+1 < len(spans); i++ {
		a, b := spans[i], spans[i+1]
		place := b.Type == "LOC" && b.End-b.Start <= 3 || b.Type == "PER" && b.End-b.Start == 1
		if a.Type != "ORG" || b.Start != a.End+1 || s.lower[a.End] != "of" || !place || !publicBodies[s.lower[a.End-1]] {
			continue
		}
		spans[i] = Span{Start: a.Start, End: b.End, Type: "ORG"}
		spans = append(spans[:i+1], spans[i+2:]...)
	}
	return spans
}

// joinPluralPossessive joins a name, a plural's apostrophe and the body
// it owns into one organisation, where the tagger cut them apart ("the
// Renters' Alliance" was an organisation "Renters" and a person
// "Alliance"): the second name must be one word that says it is a body.
// (Retyping such a name the tagger kept whole, "Teachers’ Federation" a
// miscellany, cost CoNLL train 0.0001 and gained nothing on eng.testa.)
func joinPluralPossessive(s *sentence, spans []Span) []Span {
	for i := 0; i+1 < len(spans); i++ {
		a, b := spans[i], spans[i+1]
		if b.Start != a.End+1 || b.End != b.Start+1 || !pluralApostrophes[s.words[a.End]] || !bodyWords[s.lower[b.Start]] {
			continue
		}
		spans[i] = Span{Start: a.Start, End: b.End, Type: "ORG"}
		spans = append(spans[:i+1], spans[i+2:]...)
	}
	return spans
}

var (
	pluralApostrophes = map[string]bool{"'": true, "’": true}
	bodyWords         = map[string]bool{"alliance": true, "union": true, "federation": true, "association": true, "party": true,
		"council": true, "league": true, "society": true, "guild": true, "club": true, "fund": true, "foundation": true,
		"coalition": true, "network": true, "trust": true, "forum": true, "movement": true}
)

// tradeBefore types as a person a name of two or three capitalised words
// right after a trade only people have ("Pop singer Lila Grey"), which
// the tagger took for an organisation or a work; and leaves the trade out
// of the name when the capital of the sentence's first word took it in
// ("Singer Lila Grey cancelled …"). The words after the first must be a
// name's only, as titledPerson asks: "title defender Real Madrid" keeps
// its club ("Madrid" is a place), and trades that stand as often before a
// club or a product are left out (tradesOfThingsToo).
func tradeBefore(s *sentence, sp Span) Span {
	if sp.Type == "PER" {
		return sp
	}
	a := sp.Start
	switch {
	case a == 0 && personTrade(s.lower[a]) && sp.End-a >= 3:
		a++
	case a > 0 && personTrade(s.lower[a-1]) && s.words[a-1] == s.lower[a-1]:
	default:
		return sp
	}
	if sp.End-a < 2 || sp.End-a > 3 {
		return sp
	}
	for k := a; k < sp.End; k++ {
		if !capitalised(s.words[k]) || k > a && !nameOnly(s.gaz[k]) || institutionWords[s.lower[k]] || companySuffixes[s.lower[k]] || industryWords[s.lower[k]] {
			return sp
		}
	}
	return Span{Start: a, End: sp.End, Type: "PER"}
}

// personTrade: w is a trade only a person has.
func personTrade(w string) bool {
	return (occupations[w] || performers[w]) && !tradesOfThingsToo[w]
}

// performers are trades of the arts and sports, people's in the news as
// occupations are.
var performers = map[string]bool{"rapper": true, "comedian": true, "songwriter": true, "painter": true, "sculptor": true,
	"winger": true, "quarterback": true, "pitcher": true, "boxer": true, "swimmer": true, "sprinter": true, "golfer": true,
	"cyclist": true, "skier": true, "dancer": true, "pianist": true, "violinist": true, "guitarist": true, "drummer": true,
	"presenter": true, "playwright": true, "filmmaker": true, "astronaut": true}

// tradesOfThingsToo stand before a club, a team or a product as often as
// before a person: "title defender Real Madrid", "rally driver Toyota".
var tradesOfThingsToo = map[string]bool{"defender": true, "driver": true, "pilot": true, "veteran": true, "volunteer": true}

// quotedWhole: the name and an article before it are the whole of a
// quotation: a title of a book, a song or a film ("Her first novel, "The
// Salt Year", was rejected"), which a person's name never is.
func quotedWhole(s *sentence, sp Span) bool {
	a := sp.Start - 1
	if a < 1 || s.lower[a] != "the" && s.lower[a] != "a" {
		return false // a quoted name alone may be a nickname: "Magic"
	}
	return sp.End < len(s.words) && openQuotes[s.words[a-1]] && closeQuotes[s.words[sp.End]]
}

var (
	openQuotes  = map[string]bool{"\"": true, "“": true}
	closeQuotes = map[string]bool{"\"": true, "”": true}
)

// dropTradeWords drops a one-word organisation that opens a sentence
// right before a lower-case maker or other company noun, with no name
// after them: a headline's trade ("Kettle maker recalls 40,000 units",
// "Toy firm cuts jobs"), which the tagger reads as the company it
// describes. "Car maker Norvik", whose name follows, and a nationality
// ("German retailer", MISC in CoNLL) are left alone.
func dropTradeWords(s *sentence, spans []Span) []Span {
	out := spans[:0]
	for _, sp := range spans {
		k := sp.End
		if sp.Type == "ORG" && sp.Start == 0 && k == 1 && k < len(s.words) && companyNouns[s.words[k]] && (k+1 == len(s.words) || !capitalised(s.words[k+1])) {
			continue
		}
		out = append(out, sp)
	}
	return out
}

// trimPunctuation cuts a span at a dash inside it and takes the commas,
// colons, semicolons and full stops (tokens of their own) off its edges:
// no name holds them, and a tagger that runs a name on into them
// ("Western Power ," as one organisation, "Green Left party ." at a
// sentence's end, "CEDAR FALLS — A" as a place) draws mentions a reader
// would not. It reports false when nothing is left.
func trimPunctuation(s *sentence, sp Span) (Span, bool) {
	for i := sp.Start; i < sp.End; i++ {
		if dashes[s.lower[i]] {
			sp.End = i
		}
	}
	for sp.Start < sp.End && edgePunctuation[s.lower[sp.Start]] {
		sp.Start++
	}
	for sp.End > sp.Start && edgePunctuation[s.lower[sp.End-1]] && !abbreviationStop(s, sp.End-1) {
		sp.End--
	}
	return sp, sp.End > sp.Start
}

// abbreviationStop: token i is a full stop after a short capitalised
// word, an abbreviation's point split off at a sentence's end ("Baird &
// Co .", "Eau Claire , Wisc ."), which CoNLL keeps in the name.
func abbreviationStop(s *sentence, i int) bool {
	if s.lower[i] != "." || i == 0 {
		return false
	}
	w := s.words[i-1]
	return len(w) <= 4 && capitalised(w)
}

var (
	dashes          = map[string]bool{"—": true, "–": true, "--": true}
	edgePunctuation = map[string]bool{",": true, ";": true, ":": true, "—": true, "–": true, "--": true, ".": true, "!": true, "?": true,
		"\"": true, "“": true, "”": true}
)

// dropFunctionWords drops an entity that is one preposition, conjunction
// or article, capitalised at the start of a sentence or quotation ("Of
// course." was MISC "Of"), or one adverb in -ly ("Honestly" was a place).
// A word in capitals may be a name's short form
// ("OR" for Oregon), and the tagger's tag alone is no guide: it tags
// unknown names IN or CC.
func dropFunctionWords(s *sentence, spans []Span) []Span {
	out := spans[:0]
	for _, sp := range spans {
		if w := s.words[sp.Start]; sp.End-sp.Start == 1 && w != strings.ToUpper(w) && (functionWords[s.lower[sp.Start]] || sentenceAdverb(s, sp.Start)) {
			continue
		}
		if sp.End-sp.Start == 1 && datedMonth(s, sp.Start) {
			continue
		}
		out = append(out, sp)
	}
	return out
}

// sentenceAdverb: word i is an adverb that opens a sentence or an answer
// ("Honestly, less than we need."). A list, not the tag and the -ly: the
// tagger reads names in -ly as adverbs too (Manly, Mullally).
func sentenceAdverb(s *sentence, i int) bool { return sentenceAdverbs[s.lower[i]] }

var sentenceAdverbs = map[string]bool{"honestly": true, "frankly": true, "clearly": true, "obviously": true,
	"certainly": true, "definitely": true, "absolutely": true, "personally": true, "basically": true, "actually": true,
	"finally": true, "initially": true, "ultimately": true, "unfortunately": true, "fortunately": true,
	"hopefully": true, "seriously": true, "sadly": true, "meanwhile": true, "however": true, "instead": true}

var functionWords = map[string]bool{"of": true, "in": true, "on": true, "at": true, "to": true, "for": true, "and": true,
	"but": true, "or": true, "with": true, "by": true, "from": true, "as": true, "the": true}

// joinParticles joins a name split at the lower-case particles of
// European and Arabic surnames ("Ursula von der Leyen", "Hans van den
// Broek", "Mohammed bin Salman"): two entities separated by one or two
// particles, the second starting with a capital, are one person (or one
// place when both halves are places, "Rio de Janeiro").
func joinParticles(s *sentence, spans []Span) []Span {
	for i := 0; i+1 < len(spans); i++ {
		a, b := spans[i], spans[i+1]
		gap := b.Start - a.End
		if gap < 1 || gap > 2 || !capitalised(s.words[b.Start]) {
			continue
		}
		particles := true
		for k := a.End; k < b.Start; k++ {
			particles = particles && nameParticles[s.words[k]]
		}
		if !particles {
			continue
		}
		typ := "PER"
		if a.Type == "LOC" && b.Type == "LOC" {
			typ = "LOC"
		}
		spans[i] = Span{Start: a.Start, End: b.End, Type: typ}
		spans = append(spans[:i+1], spans[i+2:]...)
	}
	return spans
}

// nameParticles are the lower-case words inside surnames. Case matters:
// "Van" or "De" opening a name is a name's own word.
var nameParticles = map[string]bool{
	"von": true, "van": true, "der": true, "den": true, "de": true, "da": true, "di": true, "du": true, "del": true,
	"della": true, "la": true, "le": true, "bin": true, "ibn": true, "al": true, "ter": true, "ten": true, "zu": true, "dos": true,
}

// whichFollows: ", which" follows the name, as it follows a thing's
// ("Maersk, which operates a terminal"), never a person's.
func whichFollows(s *sentence, sp Span) bool {
	return sp.End+1 < len(s.lower) && s.lower[sp.End] == "," && s.lower[sp.End+1] == "which"
}

// companyBefore: the name is set off after a noun for a company ("Her
// record label, Northstar Music, confirmed"), which it names.
func companyBefore(s *sentence, sp Span) bool {
	return sp.Start >= 2 && s.lower[sp.Start-1] == "," && companyNouns[s.lower[sp.Start-2]] &&
		(sp.End == len(s.lower) || s.lower[sp.End] == ",")
}

// companyAfter: the name is followed by a company's description set off
// after it ("Valtron, the Dutch chipmaker, said").
func companyAfter(s *sentence, sp Span) bool {
	k := sp.End
	if k+2 >= len(s.lower) || s.lower[k] != "," || s.lower[k+1] != "the" && s.lower[k+1] != "a" {
		return false
	}
	for k += 2; k < len(s.lower) && k < sp.End+6; k++ {
		if companyNouns[s.lower[k]] {
			return k+1 == len(s.lower) || s.lower[k+1] == "," || s.lower[k+1] == "."
		}
	}
	return false
}

// placesOffice: the name owns an office only a place has ("Hadley's
// mayor", "Ostby's police"): it is the place.
func placesOffice(s *sentence, sp Span) bool {
	k := sp.End
	return k+1 < len(s.lower) && (s.lower[k] == "'s" || s.lower[k] == "’s") && placeOffices[s.lower[k+1]]
}

var placeOffices = map[string]bool{"mayor": true, "governor": true, "council": true, "premier": true, "sheriff": true,
	"police": true, "residents": true, "townspeople": true, "city": true, "town": true}

// trimLowerStart takes off the lower-case words a person's span begins
// with ("executive Pieter de Groot", the tagger running on from "Chief"):
// a name's own words are capitalised, but for particles ("de", "van"),
// which never open one.
func trimLowerStart(s *sentence, sp Span) Span {
	for sp.End-sp.Start > 1 && !capitalised(s.words[sp.Start]) && isLetterWord(s.words[sp.Start]) && !nameParticles[s.lower[sp.Start]] {
		sp.Start++
	}
	return sp
}

// trimTitleStart leaves a person's titles out of the name, as CoNLL does
// ("Mayor Olivia Grant" is Olivia Grant, her office a role coreference
// reads), when a name of two words or more is left: "President Kennedy"
// keeps its title, which may be all that says who it is. Honorifics and
// the titles of royalty and clergy stay ("Prince Charles", "Pope John
// Paul"), as CoNLL's names keep them.
func trimTitleStart(s *sentence, sp Span) Span {
	a := sp.Start
	for a < sp.End && capitalised(s.words[a]) && gazetteer.Has(s.gaz[a], gazetteer.Title) && !nameOnly(s.gaz[a]) && !honorifics[s.lower[a]] {
		a++
	}
	if a == sp.Start || sp.End-a < 2 {
		return sp
	}
	sp.Start = a
	return sp
}

var honorifics = map[string]bool{"sir": true, "dame": true, "lord": true, "lady": true, "prince": true, "princess": true,
	"king": true, "queen": true, "pope": true, "sheikh": true, "ayatollah": true, "cardinal": true, "emperor": true,
	"rev": true, "rev.": true, "reverend": true, "archbishop": true, "bishop": true, "mr": true, "mr.": true, "mrs": true,
	"mrs.": true, "ms": true, "ms.": true, "miss": true, "dr": true, "dr.": true}

// cutAtClause ends a name before a lower-case word that opens a clause,
// which no name holds: "the journal Sleep Health that pupils who …" is
// the journal Sleep Health, and the tagger ran on over the clause after
// it.
func cutAtClause(s *sentence, sp Span) Span {
	for i := sp.Start + 1; i < sp.End; i++ {
		if clauseOpeners[s.words[i]] {
			sp.End = i
			break
		}
	}
	return sp
}

var clauseOpeners = map[string]bool{"that": true, "which": true, "who": true, "whom": true, "whose": true, "where": true, "when": true}

// trimLowerEnd takes off the end of a person's name the words of letters
// in lower case only, which end no one's name ("Hale pleaded not guilty":
// the tagger took the verb after a name that opens the sentence). A
// particle ends none either: "de" and "van" come before a surname.
func trimLowerEnd(s *sentence, sp Span) Span {
	for sp.End-sp.Start > 1 && isLetterWord(s.words[sp.End-1]) && s.words[sp.End-1] == s.lower[sp.End-1] {
		sp.End--
	}
	return sp
}

// trimLowerTail takes off the lower-case word an organisation's or a
// place's span ends with, which describes what follows it rather than
// naming ("the Fox News Channel blonde" is a person the channel's name
// qualifies), unless it is a word such names end with in lower case
// ("the interior ministry", "BBC radio", "the Liberal Democratic party").
func trimLowerTail(s *sentence, sp Span) Span {
	e := sp.End - 1
	if sp.End-sp.Start > 1 && isLetterWord(s.words[e]) && s.words[e] == s.lower[e] && !lowerNameTails[s.lower[e]] &&
		!institutionWords[s.lower[e]] && !industryWords[s.lower[e]] && !companyNouns[s.lower[e]] {
		sp.End--
	}
	return sp
}

// lowerNameTails end names in lower case in news style.
var lowerNameTails = map[string]bool{"radio": true, "magazine": true, "office": true, "division": true, "bureau": true,
	"department": true, "coast": true, "north": true, "south": true, "east": true, "west": true, "championship": true,
	"convention": true, "program": true, "programme": true, "law": true, "league": true, "cup": true, "series": true,
	"government": true, "army": true, "police": true, "court": true, "parliament": true, "house": true, "senate": true,
	"region": true, "province": true, "state": true, "county": true, "district": true, "city": true, "river": true, "island": true,
	"administration": true, "campaign": true, "caucus": true, "regime": true, "cabinet": true, "gulf": true, "peninsula": true,
	"strait": true, "exchange": true, "index": true, "airport": true, "network": true, "channel": true}

// lowerAfterAnd ends a name before "and" when a word in lower case alone
// follows it: "twice the size of Earth and lies in …" is no organisation
// called "Earth and lies". A name's own words after "and" are capitalised
// ("Procter and Gamble").
func lowerAfterAnd(s *sentence, sp Span) Span {
	if e := sp.End; e-sp.Start >= 3 && s.lower[e-2] == "and" && isLetterWord(s.words[e-1]) && s.words[e-1] == s.lower[e-1] {
		sp.End -= 2
	}
	return sp
}

func isLetterWord(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return w != ""
}

// industryWords end companies' names as their trade ("Northline Energy",
// "Hale Mining"), never a person's.
var industryWords = map[string]bool{"energy": true, "mining": true, "pharma": true, "pharmaceuticals": true,
	"systems": true, "technologies": true, "airlines": true, "airways": true, "industries": true, "holdings": true,
	"securities": true, "logistics": true, "shipping": true, "telecom": true, "semiconductors": true, "foods": true,
	"motors": true, "auto": true, "group": true, "bank": true, "capital": true, "partners": true, "media": true, "solutions": true,
	"appliances": true, "electronics": true, "chemicals": true, "brewing": true, "insurance": true, "engineering": true,
	"software": true, "networks": true, "robotics": true, "therapeutics": true, "biosciences": true, "aerospace": true,
	"telecoms": true, "communications": true, "entertainment": true, "petroleum": true, "textiles": true, "cosmetics": true,
	"railways": true, "construction": true, "labs": true, "laboratories": true, "storage": true, "freight": true,
	"properties": true, "realty": true, "ventures": true, "investments": true, "consulting": true, "aviation": true,
	"packaging": true, "plastics": true, "hotels": true, "resorts": true, "brewery": true, "breweries": true,
	"supermarkets": true, "utilities": true, "healthcare": true}

var companyNouns = map[string]bool{"company": true, "firm": true, "label": true, "club": true, "airline": true,
	"chipmaker": true, "carmaker": true, "automaker": true, "drugmaker": true, "steelmaker": true, "miner": true, "utility": true,
	"service": true, "platform": true, "app": true, "website": true,
	"carrier": true, "maker": true, "manufacturer": true, "publisher": true, "broadcaster": true, "retailer": true,
	"insurer": true, "lender": true, "operator": true, "newspaper": true, "studio": true, "startup": true,
	"charity": true, "shipbuilder": true, "conglomerate": true, "subsidiary": true}

// institutionWords end the names of publications and institutions.
var institutionWords = map[string]bool{
	"herald": true, "times": true, "post": true, "journal": true, "gazette": true, "tribune": true, "chronicle": true,
	"courier": true, "telegraph": true, "guardian": true, "observer": true, "examiner": true, "inquirer": true,
	"dispatch": true, "institute": true, "university": true, "hospital": true, "bank": true, "group": true,
	"foundation": true, "association": true, "agency": true, "fund": true, "alliance": true, "authority": true,
	"council": true, "committee": true, "commission": true, "ministry": true, "party": true, "union": true,
}

// publicBodies are the words a public body's name ends in before "of" and
// its place.
var publicBodies = map[string]bool{
	"authority": true, "council": true, "university": true, "institute": true, "ministry": true, "department": true,
	"bank": true, "commission": true, "committee": true, "agency": true, "board": true, "court": true, "academy": true,
	"college": true, "museum": true, "hospital": true, "school": true, "church": true, "assembly": true, "parliament": true,
}

// titledPerson reads an organisation's or a place's span that is a title
// and a person's name ("Governor Sofia Marin", "MP Daniel Osei") as the
// person, the title left out as CoNLL leaves it. The name must be a given
// name and a surname or more: "General Motors", "General Dynamics Corp"
// stay companies, "Prince George" a city.
func titledPerson(s *sentence, sp Span) (Span, bool) {
	end := sp.Start
	if end < sp.End && occupations[s.lower[end]] {
		end++ // "Librarian Sara Quint": a trade before a name, which no gazetteer title is
	}
	for end < sp.End && gazetteer.Has(s.gaz[end], gazetteer.Title) {
		end++
	}
	if sp.Type != "ORG" && sp.Type != "LOC" || end == sp.Start || sp.End-end < 2 || sp.End-end > 4 {
		return Span{}, false
	}
	for k := end; k < sp.End; k++ {
		if !capitalised(s.words[k]) || k > end && !nameOnly(s.gaz[k]) || institutionWords[s.lower[k]] || companySuffixes[s.lower[k]] {
			return Span{}, false // the given name may be a place's too: "Sofia"
		}
	}
	return Span{Start: end, End: sp.End, Type: "PER"}, true
}

// occupations are trades written before a person's name as a title is,
// in lower case a person's noun: "Librarian Sara Quint", "Nurse Ana Vik".
var occupations = map[string]bool{"librarian": true, "teacher": true, "nurse": true, "farmer": true, "lawyer": true,
	"engineer": true, "pilot": true, "driver": true, "firefighter": true, "paramedic": true, "midwife": true, "pharmacist": true,
	"surgeon": true, "historian": true, "economist": true, "analyst": true, "scientist": true, "researcher": true, "activist": true,
	"artist": true, "author": true, "novelist": true, "poet": true, "singer": true, "actor": true, "actress": true,
	"photographer": true, "journalist": true, "baker": true, "chef": true, "fisherman": true, "veteran": true, "pastor": true,
	"striker": true, "midfielder": true, "defender": true, "goalkeeper": true, "campaigner": true, "volunteer": true,
	"organiser": true, "organizer": true, "negotiator": true, "mediator": true, "strategist": true, "pollster": true,
	"lobbyist": true, "diplomat": true, "adviser": true, "advisor": true, "aide": true, "miner": true, "doctor": true}

// companySuffixes end companies' names.
var companySuffixes = map[string]bool{"corp": true, "corp.": true, "inc": true, "inc.": true, "ltd": true, "ltd.": true,
	"co": true, "co.": true, "plc": true, "llc": true, "ag": true, "sa": true, "motors": true, "electric": true, "dynamics": true,
	"fc": true, "afc": true, "cf": true, // and football clubs
	"air": true, "airlines": true, "airways": true} // and airlines

// splitAtComma splits a person's or an organisation's name at a comma
// inside it, where the tagger ran two names together: "the Financial
// Courier, Osei put it simply". No person's name holds a comma; an
// organisation's may before a company suffix ("Acme, Inc.") or in a list
// of partners' names ("Goldman, Sachs & Co", "OGILVY, MATHER" in a
// headline in capitals), so one is split only before a last single word
// that is no suffix, has no full stop and is not in capitals. Places keep
// theirs: "Eau Claire, Wisc.".
func splitAtComma(s *sentence, sp Span) []Span {
	if sp.Type != "PER" && sp.Type != "ORG" {
		return []Span{sp}
	}
	for k := sp.Start + 1; k+1 < sp.End; k++ {
		if s.lower[k] != "," {
			continue
		}
		if w := s.words[k+1]; sp.Type == "ORG" && (k+2 != sp.End || companySuffixes[s.lower[k+1]] || strings.Contains(w, ".") || w == strings.ToUpper(w)) {
			return []Span{sp}
		}
		return []Span{{sp.Start, k, sp.Type}, {k + 1, sp.End, sp.Type}}
	}
	return []Span{sp}
}

// splitAtTitle splits a non-person span at a title followed by a name.
func splitAtTitle(s *sentence, sp Span) []Span {
	if sp.Type == "PER" {
		return []Span{sp}
	}
	if p, ok := titledPerson(s, sp); ok {
		return []Span{p}
	}
	for k := sp.Start + 1; k < sp.End; k++ {
		if !gazetteer.Has(s.gaz[k], gazetteer.Title) {
			continue
		}
		end := k // title phrases may be several words: "Foreign Minister"
		for end < sp.End && gazetteer.Has(s.gaz[end], gazetteer.Title) {
			end++
		}
		name := end
		for name < sp.End && capitalised(s.words[name]) && nameOnly(s.gaz[name]) {
			name++
		}
		if name == end || name-end > 4 || institutionWords[s.lower[name-1]] {
			continue // no name after the title, too long to be one, or an institution's ("Sorvik General Hospital")
		}
		out := []Span{{Start: sp.Start, End: k, Type: sp.Type}, {Start: end, End: name, Type: "PER"}}
		if name+1 < sp.End && (s.lower[name] == "and" || s.lower[name] == ",") {
			out = append(out, splitAtTitle(s, Span{Start: name + 1, End: sp.End, Type: sp.Type})...)
		}
		return out
	}
	return []Span{sp}
}

// joinPossessive extends an organisation leftwards over "Words 's" (and an
// adjacent nationality before them) when those words are not an entity.
func joinPossessive(s *sentence, spans []Span) []Span {
	for i := 0; i < len(spans); i++ {
		org := spans[i]
		poss := org.Start - 1
		if org.Type != "ORG" || poss < 1 || s.lower[poss] != "'s" {
			continue
		}
		start := poss
		for start > 0 && capitalised(s.words[start-1]) && !covered(spans, start-1) && !isCalendar(s.lower[start-1]) {
			start--
		}
		if start == poss || start == 0 {
			continue // nothing to join, or only a sentence's capitalised first word
		}
		if i > 0 && spans[i-1].End == start && spans[i-1].Type == "MISC" {
			start = spans[i-1].Start
			spans = append(spans[:i-1], spans[i:]...)
			i--
		}
		spans[i].Start = start
	}
	return spans
}

// nameOnly: the word is in no gazetteer but the first names'.
func nameOnly(ms []gazetteer.Match) bool {
	for _, m := range ms {
		if m.List != gazetteer.PersonName {
			return false
		}
	}
	return true
}

func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

func covered(spans []Span, k int) bool {
	for _, sp := range spans {
		if k >= sp.Start && k < sp.End {
			return true
		}
	}
	return false
}

// datedMonth: word i is a month, spelled out or cut short, before a day's
// number ("BRASK, Dec 3 (Newswire)": "Dec" was an organisation). "May 3"
// is a date too; Theresa May is not followed by a number.
func datedMonth(s *sentence, i int) bool {
	m := strings.TrimSuffix(s.lower[i], ".")
	return (calendarWords[m] || monthAbbreviations[m]) && i+1 < len(s.words) && isDigit(s.words[i+1])
}

var monthAbbreviations = map[string]bool{"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true,
	"aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true}

func isDigit(w string) bool { return w != "" && w[0] >= '0' && w[0] <= '9' }

var calendarWords = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
}

// isCalendar: "Monday's Security Council meeting" is no part of the name.
func isCalendar(lower string) bool { return calendarWords[lower] }
