package sqlstore

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph"
)

// Quote provenance: the quotes of a story's articles grouped into the
// quotations they print, each credited to the article that printed it
// first. Outlets re-punctuate, re-case and trim what they quote, so two
// quotes are one quotation when their words are the same, or when one's
// words run unbroken inside the other's and make most of it (a trimmed
// quote), or when they share nearly all their words (a word changed).
const (
	nearMinWords = 5   // shorter quotes must match exactly: short phrases recur by chance
	nearShare    = 0.6 // a trimmed quote keeps at least this share of the longer one's words
	nearJaccard  = 0.8 // two quotes sharing this share of their distinct words are one (one word changed in twelve)
)

// quotationWords are a quote's words for comparison: lower-cased letters
// and digits, the quotation marks, punctuation and spacing dropped.
func quotationWords(text string) []string {
	return strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// speakerKey names who a quote is by, for telling short quotes apart:
// the actor it is linked to, else the speaker's or the source's words.
func speakerKey(q newsgraph.QuoteRecord) string {
	switch {
	case q.Speaker != nil && q.Speaker.ActorID != 0:
		return "actor " + strconv.FormatInt(q.Speaker.ActorID, 10)
	case q.Speaker != nil && q.Speaker.Name != "":
		return strings.ToLower(q.Speaker.Name)
	}
	return strings.ToLower(q.Source)
}

// quotationGroup is one quotation as it is being gathered.
type quotationGroup struct {
	words    []string
	joined   string // the words joined by single spaces
	set      map[string]bool
	quotes   []newsgraph.QuoteRecord
	articles map[int64]bool
}

func newQuotationGroup(words []string, q newsgraph.QuoteRecord) *quotationGroup {
	g := &quotationGroup{words: words, joined: strings.Join(words, " "), set: map[string]bool{}, articles: map[int64]bool{}}
	for _, w := range words {
		g.set[w] = true
	}
	g.add(q)
	return g
}

// add counts a quote in the quotation, once per article: an article that
// repeats a quotation in its own text has printed it once.
func (g *quotationGroup) add(q newsgraph.QuoteRecord) {
	if !g.articles[q.Article.ID] {
		g.articles[q.Article.ID] = true
		g.quotes = append(g.quotes, q)
	}
}

// near reports whether words quote the group's quotation, trimmed or with
// a word changed.
func (g *quotationGroup) near(words []string, joined string) bool {
	short, long := joined, g.joined
	n, m := len(words), len(g.words)
	if n > m {
		short, long, n, m = long, short, m, n
	}
	if n < nearMinWords {
		return false
	}
	if float64(n) >= nearShare*float64(m) && strings.Contains(" "+long+" ", " "+short+" ") {
		return true
	}
	shared, union := 0, len(g.set)
	seen := map[string]bool{}
	for _, w := range words {
		if seen[w] {
			continue
		}
		seen[w] = true
		if g.set[w] {
			shared++
		} else {
			union++
		}
	}
	return float64(shared) >= nearJaccard*float64(union)
}

// quotations groups quotes listed in the order they were printed (the
// earliest article first) into quotations, the most repeated first, then
// in the order they were first printed. A short quote is one quotation
// with another only when the same speaker says it: "to comment" after
// "declined" is every spokesperson's.
func quotations(quotes []newsgraph.QuoteRecord) []newsgraph.Quotation {
	var groups []*quotationGroup
	exact := map[string]*quotationGroup{}
	for _, q := range quotes {
		words := quotationWords(q.Content.Text)
		if len(words) == 0 {
			continue
		}
		joined := strings.Join(words, " ")
		if len(words) < nearMinWords {
			joined += "\x00" + speakerKey(q)
		}
		g := exact[joined]
		for _, other := range groups {
			if g != nil {
				break
			}
			if other.near(words, joined) {
				g = other
			}
		}
		if g == nil {
			g = newQuotationGroup(words, q)
			groups = append(groups, g)
		} else {
			g.add(q)
		}
		exact[joined] = g
	}
	out := make([]newsgraph.Quotation, len(groups))
	for i, g := range groups {
		out[i] = newsgraph.Quotation{First: g.quotes[0], Repeats: g.quotes[1:]}
	}
	slices.SortStableFunc(out, func(a, b newsgraph.Quotation) int { return cmp.Compare(len(b.Repeats), len(a.Repeats)) })
	return out
}
