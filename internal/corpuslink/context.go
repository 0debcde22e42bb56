package corpuslink

import (
	"strings"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/actors"
)

// linkContext is what rule 3 weighs: which actors each article has, how
// many articles each actor is in, and, for the people a short form could
// mean, which actors they appear with.
type linkContext struct {
	inArticle  map[int64]map[string]bool // article → its anchored keys
	articles   map[string]int            // key → articles it is in
	all        int                       // articles
	byLast     map[string][]string       // a word → the people whose full name ends with it
	byFirst    map[string][]string       // a word → the people whose full name begins with it
	companions map[string]map[string]bool
}

// newContext indexes the anchored items. Companions are gathered only for
// people some short form could mean, so the cost follows the short forms,
// not the square of each article's actors.
func newContext(items []newsgraph.LinkItem, keys []string) *linkContext {
	c := &linkContext{inArticle: map[int64]map[string]bool{}, articles: map[string]int{},
		byLast: map[string][]string{}, byFirst: map[string][]string{}, companions: map[string]map[string]bool{}}
	shortWords := map[string]bool{}
	for i, it := range items {
		if keys[i] == "" {
			shortWords[dropLeading(actors.BareName(it.Name))] = true
			continue
		}
		in := c.inArticle[it.Article]
		if in == nil {
			in = map[string]bool{}
			c.inArticle[it.Article] = in
		}
		if !in[keys[i]] {
			in[keys[i]] = true
			c.articles[keys[i]]++
		}
	}
	c.all = len(c.inArticle)
	c.indexCandidates(items, keys, shortWords)
	for _, in := range c.inArticle {
		for k := range in {
			if comp := c.companions[k]; comp != nil {
				for other := range in {
					comp[other] = true
				}
			}
		}
	}
	return c
}

// indexCandidates indexes the people a short form could mean by the first
// and last words of their full names.
func (c *linkContext) indexCandidates(items []newsgraph.LinkItem, keys []string, shortWords map[string]bool) {
	seen := map[[2]string]bool{}
	for i, it := range items {
		if keys[i] == "" || it.Type != "PER" {
			continue
		}
		w := strings.Fields(fullName(it.Type, it.Name))
		if len(w) < 2 {
			continue
		}
		for _, pair := range [][2]string{{"last", w[len(w)-1]}, {"first", w[0]}} {
			if !shortWords[pair[1]] || seen[[2]string{pair[0] + ":" + pair[1], keys[i]}] {
				continue
			}
			seen[[2]string{pair[0] + ":" + pair[1], keys[i]}] = true
			if pair[0] == "last" {
				c.byLast[pair[1]] = append(c.byLast[pair[1]], keys[i])
			} else {
				c.byFirst[pair[1]] = append(c.byFirst[pair[1]], keys[i])
			}
			if c.companions[keys[i]] == nil {
				c.companions[keys[i]] = map[string]bool{}
			}
		}
	}
}

// shortForm is the key of a one-word person's name by rule 3: a person it
// is the surname or first name of, or its own.
func (c *linkContext) shortForm(it newsgraph.LinkItem) string {
	word := dropLeading(actors.BareName(it.Name))
	own := "name:" + it.Type + ":" + word
	if word == "" {
		return "name:" + it.Type + ":" + newsgraph.FoldName(it.Name)
	}
	last, first := c.byLast[word], c.byFirst[word]
	if word != dropLeading(actors.Normalize(it.Name)) {
		// A title goes with a surname ("Senator Sanders") or a given name
		// in a title of its own ("Mayor Bill", "King Charles"): the
		// latter is not the person of that first name the corpus knows.
		first = nil
	}
	cands := append(append([]string{}, last...), first...)
	if len(cands) == 0 {
		return own
	}
	in := c.inArticle[it.Article]
	// The article names one of them in full elsewhere (coreference kept
	// the two apart): that one.
	var named []string
	for _, k := range cands {
		if in[k] {
			named = append(named, k)
		}
	}
	if len(named) == 1 {
		return named[0]
	}
	best, second, bestKey := 0.0, 0.0, ""
	for _, k := range cands {
		s := c.support(k, in)
		switch {
		case s > best:
			best, second, bestKey = s, best, k
		case s > second:
			second = s
		}
	}
	switch {
	case best >= minSupport && best >= margin*second:
		return bestKey
	case len(cands) == 1 && len(last) == 1 && c.articles[last[0]] >= wellKnown:
		// A surname with one bearer the corpus knows well. First names
		// are not trusted alone: "John" is too many people.
		return last[0]
	}
	return own
}

// support is how much the article's other actors speak for person k: the
// rarer each companion they share, the more.
func (c *linkContext) support(k string, in map[string]bool) float64 {
	comp := c.companions[k]
	s := 0.0
	for other := range in {
		if other != k && comp[other] {
			s += idf(c.articles[other], c.all)
		}
	}
	return s
}
