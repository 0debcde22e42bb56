package ner

import "strings"

// A name keeps one type through an article: "Trump" in a headline read as
// a place before any sentence had shown him to be a person, "Sondland"
// typed a place where "Ambassador Gordon Sondland" and "Sondland" are
// people everywhere else. The tagger remembers earlier names (docState),
// but not later ones, and a headline has none before it.

// consistentTypes types a person every name that most of the document's
// names with the same words type a person; a one-word name that ends a
// person's longer name votes as that person. Only persons: in CoNLL's
// sports pages a country is a team (ORG) in one line and a place in the
// next, and carrying places and organisations over as well lost what it
// gained (eng.testa F1 0.9038 either way), while persons alone gain
// (0.9050; PER 0.9215 → 0.9234).
func consistentTypes(words, pos [][]string, spans [][]Span) {
	votes := map[string]map[string]int{}
	vote := func(key, typ string) {
		if votes[key] == nil {
			votes[key] = map[string]int{}
		}
		votes[key][typ]++
	}
	for k, ss := range spans {
		for _, sp := range ss {
			vote(spanKey(words[k], sp), sp.Type)
			if sp.Type == "PER" && sp.End-sp.Start > 1 {
				vote(strings.ToLower(words[k][sp.End-1]), "PER") // "Gordon Sondland" backs "Sondland"
			}
		}
	}
	for k, ss := range spans {
		for i, sp := range ss {
			if t := winner(votes[spanKey(words[k], sp)]); t == "PER" && !modifiesNoun(words[k], pos[k], sp) {
				ss[i].Type = t
			}
		}
	}
}

// modifiesNoun: the name stands before a common noun it modifies ("Sanders
// supporters", "a Twitter spokesman", "the Koch operation"), where it
// names the noun's kind, not a person the sentence is about.
func modifiesNoun(words, pos []string, sp Span) bool {
	if sp.End >= len(words) {
		return false
	}
	t := pos[sp.End]
	return (t == "NN" || t == "NNS") && words[sp.End] != "" && words[sp.End][0] >= 'a' && words[sp.End][0] <= 'z'
}

// spanKey is a name's words, lower-cased.
func spanKey(words []string, sp Span) string {
	return strings.ToLower(strings.Join(words[sp.Start:sp.End], " "))
}

// winner is the type with more than half the votes, or "".
func winner(v map[string]int) string {
	total := 0
	for _, n := range v {
		total += n
	}
	for t, n := range v {
		if 2*n > total {
			return t
		}
	}
	return ""
}
