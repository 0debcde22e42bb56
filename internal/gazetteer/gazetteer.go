// Package gazetteer holds the name lists newsgraph builds itself for the
// entity tagger: countries, capitals and regions (from the
// github.com/biter777/countries package, with the short names news uses),
// nationalities and demonyms, titles and ranks that precede a person's name,
// and words that end organisation names. A lookup marks each token with
// the lists a phrase through it belongs to.
package gazetteer

import (
	"regexp"
	"strings"
	"sync"

	"github.com/biter777/countries"
)

// List names one gazetteer.
type List string

// The lists.
const (
	Country    List = "country"
	City       List = "city"
	Region     List = "region"
	Demonym    List = "demonym"
	Title      List = "title"
	OrgWord    List = "orgword"
	LocWord    List = "locword"
	PersonName List = "firstname"
)

// Gazetteer maps lower-cased phrases to the lists holding them.
type Gazetteer struct {
	phrases map[string][]List
	// firsts holds the phrases' first words, each with the number of words
	// of the longest phrase it begins: from a word, phrases are tried only
	// as long as one beginning with it, rather than as long as the longest
	// phrase of all.
	firsts map[string]int
}

// Default returns the built-in gazetteer, built once.
var Default = sync.OnceValue(build)

func build() *Gazetteer {
	g := &Gazetteer{phrases: map[string][]List{}, firsts: map[string]int{}}
	paren := regexp.MustCompile(`\s*\(.*\)`)
	for _, c := range countries.All() {
		g.add(Country, paren.ReplaceAllString(c.String(), ""))
		if capital := c.Capital().String(); capital != "None" && capital != "Unknown" {
			g.add(City, capital)
		}
	}
	for _, s := range countries.AllSubdivisions() {
		if name := s.String(); name != "Unknown" {
			g.add(Region, name)
		}
	}
	for list, words := range handLists {
		for _, w := range strings.Split(words, ",") {
			g.add(list, strings.TrimSpace(w))
		}
	}
	return g
}

func (g *Gazetteer) add(l List, phrase string) {
	key := strings.ToLower(strings.Join(strings.Fields(phrase), " "))
	if key == "" {
		return
	}
	for _, have := range g.phrases[key] {
		if have == l {
			return
		}
	}
	g.phrases[key] = append(g.phrases[key], l)
	first := firstWord(key)
	g.firsts[first] = max(g.firsts[first], len(strings.Fields(key)))
}

// Match is one gazetteer hit on a token: the list, and whether the token
// begins, continues or is the whole phrase.
type Match struct {
	List List
	Pos  byte // 'B' begin, 'I' inside or last, 'U' a one-word phrase
}

// Lookup returns, for each word, the matches of the longest phrases
// through it. words are matched case-insensitively. A word no phrase
// begins with starts none (most words: a join and a map look-up for each
// of up to longest phrases from every word were two thirds of the entity
// tagger's allocations); the phrases tried are built in one buffer.
func (g *Gazetteer) Lookup(words []string) [][]Match {
	lower := make([]string, len(words))
	for i, w := range words {
		lower[i] = strings.ToLower(w)
	}
	return g.LookupLower(lower)
}

// LookupLower is Lookup of words the caller has lower-cased with
// strings.ToLower already (the entity tagger has, for its features).
func (g *Gazetteer) LookupLower(lower []string) [][]Match {
	out := make([][]Match, len(lower))
	var key []byte
	for i := range lower {
		longest := g.firsts[firstWord(lower[i])] // 0 when no phrase begins with it
		for n := min(longest, len(lower)-i); n >= 1; n-- {
			key = key[:0]
			for k, w := range lower[i : i+n] {
				if k > 0 {
					key = append(key, ' ')
				}
				key = append(key, w...)
			}
			if lists, ok := g.phrases[string(key)]; ok {
				mark(out, lists, i, n)
				break
			}
		}
	}
	return out
}

// mark records a phrase of lists on words i to i+n-1.
func mark(out [][]Match, lists []List, i, n int) {
	for _, l := range lists {
		for k := i; k < i+n; k++ {
			pos := byte('I')
			switch {
			case n == 1:
				pos = 'U'
			case k == i:
				pos = 'B'
			}
			out[k] = append(out[k], Match{l, pos})
		}
	}
}

// firstWord is s up to its first blank.
func firstWord(s string) string {
	w, _, _ := strings.Cut(s, " ")
	return w
}

// Has reports whether one of ms is from list l.
func Has(ms []Match, l List) bool {
	for _, m := range ms {
		if m.List == l {
			return true
		}
	}
	return false
}
