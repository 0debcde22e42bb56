package coref

import (
	"strings"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/gazetteer"
)

// organisationsDescribed retypes as an organisation each entity that the
// tagger typed as a person but whose name the article sets beside an
// organisation's description: "the ferry operator Bluewake", "Lumen
// Silicon, a start-up based in Eindhoven,", "A utility company, Western
// Power,". The tagger's guess on a capitalised word it does not know is
// often a person's name; the description is the writer's own word. A name
// with anything of a person's (a gender from a title or a given name, a
// title) keeps its type. It runs before appositives, which read the type.
func (r *resolver) organisationsDescribed() {
	for _, m := range r.mentions {
		if m.Type != "PER" || m.Entity < 0 || m.Kind != newsgraph.MentionName {
			continue
		}
		x := r.ents[m.Entity]
		if x.typ != "PER" || x.gender != 0 || len(x.roles) > 0 {
			continue
		}
		a, b := r.tokens(m.Span)
		if a >= b {
			continue
		}
		s := r.d.Sentences[r.sentOf[a]]
		_, _, described := r.descriptionBefore(a, b, s, 'O')
		if described || r.orgNounBefore(a, s) || r.orgAppositive(a, b, s) || len(x.words) == 1 && r.workplace(a, s) {
			r.retype(m.Entity, "ORG")
		}
	}
}

// workplace: the one-word name at token a is where someone works ("started
// work at Carrier 24 years ago", "a job at Carrier"): a company named
// like a surname, which no given name or title ever made a person.
func (r *resolver) workplace(a int, s newsgraph.Sentence) bool {
	if a-2 < s.FirstToken || r.lower[a-1] != "at" || a+1 < s.EndToken && (r.lower[a+1] == "'s" || r.lower[a+1] == "’s") {
		return false // "dinner at Smith's" is a house or a shop
	}
	return workNouns[strings.ToLower(r.d.Tokens[a-2].Lemma)] || workNouns[r.lower[a-2]]
}

// workNouns are the words of a job, before "at" and an employer's name.
var workNouns = set("work job worker employee staff career shift employ")

// orgNounBefore: the word right before the name at token a is an
// organisation's noun, "the venture firm Northgate", "chipmaker Arlo".
func (r *resolver) orgNounBefore(a int, s newsgraph.Sentence) bool {
	return a-1 >= s.FirstToken && r.d.Tokens[a-1].Tag == "NN" && r.orgNoun(a-1) && !r.quoted(a-1)
}

// orgAppositive: a phrase set beside the name at tokens [a, b) is headed
// by an organisation's noun, "Lumen Silicon, a start-up based in
// Eindhoven,".
func (r *resolver) orgAppositive(a, b int, s newsgraph.Sentence) bool {
	for t := b; t < s.EndToken; t++ {
		if tok := r.d.Tokens[t]; tok.Dep == "appos" && tok.Head >= a && tok.Head < b && r.orgNoun(t) && !r.quoted(t) {
			return true
		}
	}
	return false
}

// orgNoun: token t is a noun of an organisation, by its lemma or its
// word; "start-up", which the tokenizer splits at its hyphen, is one too.
func (r *resolver) orgNoun(t int) bool {
	if r.nounAt(t).class == 'O' || nouns[r.lower[t]].class == 'O' {
		return true
	}
	return r.lower[t] == "up" && t >= 2 && r.lower[t-1] == "-" && r.lower[t-2] == "start"
}

// retype gives entity e, and every mention of it so far, type typ.
func (r *resolver) retype(e int, typ string) {
	r.ents[e].typ = typ
	for k := range r.mentions {
		if r.mentions[k].Entity == e {
			r.mentions[k].Type = typ
		}
	}
}

// personsDescribed retypes as a person each entity that the tagger typed
// as an organisation but that the article introduces as a man or a
// woman: "A spokesman for the company, Tomas Greer,". Only a description
// whose noun has a sex (spokesman, chairwoman, actress) or is
// "spokesperson" counts: "Its owner, Acme Holdings," is a company still.
//
// A place's name set beside a person's noun is a person's too: "Per
// Nystrom, chief economist at Nordbank," (the tagger missed "Per" and
// took the surname for a place). Places are seldom described by a noun of
// a person, as companies are ("Acme, the owner of the site").
func (r *resolver) personsDescribed() {
	for _, m := range r.mentions {
		if m.Entity < 0 || m.Kind != newsgraph.MentionName || m.Type != r.ents[m.Entity].typ {
			continue
		}
		a, b := r.tokens(m.Span)
		if a >= b {
			continue
		}
		if m.Type == "LOC" && !(r.knownPlace(a, b) && a > 0 && r.d.Tokens[a-1].Tag == "IN") && r.personAppositive(a, b, r.d.Sentences[r.sentOf[a]]) {
			r.retype(m.Entity, "PER")
			continue
		}
		if m.Type != "ORG" {
			continue
		}
		_, head, ok := r.descriptionBefore(a, b, r.d.Sentences[r.sentOf[a]], 'P')
		if !ok {
			continue
		}
		if n := r.nounAt(head); n.gender == 'm' || n.gender == 'f' || r.lower[head] == "spokesperson" {
			r.retype(m.Entity, "PER")
		}
	}
}

// knownPlace: the gazetteer knows the name at tokens [a, b) as a
// country, city or region. After a preposition it stays a place whatever
// phrase follows it: "In Kentucky, the Democratic candidate, Andy Beshear,
// promised …" describes Beshear; "Sydney, a 23-year-old nurse, said" is a
// woman.
func (r *resolver) knownPlace(a, b int) bool {
	for _, ms := range r.gaz.LookupLower(r.lower[a:b]) {
		if !isPlace(ms) {
			return false
		}
	}
	return true
}

// isPlace: the matches of a word hold a country, city or region.
func isPlace(ms []gazetteer.Match) bool {
	return gazetteer.Has(ms, gazetteer.Country) || gazetteer.Has(ms, gazetteer.City) || gazetteer.Has(ms, gazetteer.Region)
}

// nounAt is what the lists say of token t's lemma, or else of its word.
func (r *resolver) nounAt(t int) noun {
	if n, ok := nouns[strings.ToLower(r.d.Tokens[t].Lemma)]; ok {
		return n
	}
	return nouns[r.lower[t]]
}

// personAppositive: a phrase set off after the name at tokens [a, b) is
// headed by a noun of one person, "Nystrom, chief economist at Nordbank,".
func (r *resolver) personAppositive(a, b int, s newsgraph.Sentence) bool {
	if b >= s.EndToken || !opensAppositive(r.lower[b]) {
		return false
	}
	for t := b; t < s.EndToken; t++ {
		if tok := r.d.Tokens[t]; tok.Dep == "appos" && tok.Head >= a && tok.Head < b && tok.Tag == "NN" && !r.quoted(t) {
			n := r.nounAt(t)
			return n.class == 'P' && n.gender != 'n'
		}
	}
	return false
}
