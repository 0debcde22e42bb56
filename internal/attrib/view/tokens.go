package view

import (
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph"
)

// Range is the tokens [A, B).
type Range struct{ A, B int }

// TokensOf returns the tokens a span covers and whether the span starts and
// ends exactly at token edges.
func TokensOf(d *newsgraph.Doc, s newsgraph.Span) (Range, bool) {
	a := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].End > s.Start })
	b := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Start >= s.End })
	if a >= b {
		return Range{a, a}, false
	}
	return Range{a, b}, d.Tokens[a].Start == s.Start && d.Tokens[b-1].End == s.End
}

// Dominates: token a is token b or one of its ancestors in d's parse.
func Dominates(d *newsgraph.Doc, a, b int) bool {
	for n := 0; b >= 0 && b < len(d.Tokens) && n < len(d.Tokens); n++ {
		if b == a {
			return true
		}
		b = d.Tokens[b].Head
	}
	return false
}

// RelativePronouns open a relative clause whose subject they are:
// "Democrats, who have argued …".
var RelativePronouns = Set("who which that")

// RelativeHead returns the noun a relative pronoun follows ("Democrats
// on Capitol Hill, who"), or -1. A person's age set off between them
// ("Ahmed Yusuf, 64, who said") is passed over.
func RelativeHead(d *newsgraph.Doc, pron int) int {
	n := pron - 1
	if n >= 0 && d.TokenText(n) == "," {
		n--
	}
	if n >= 2 && isAge(d.TokenText(n)) && d.TokenText(n-1) == "," {
		n -= 2
	}
	if n < 0 || !IsNounTag(d.Tokens[n].Tag) {
		return -1
	}
	if p := ParticipleBefore(d, pron); p > 0 {
		return p - 1
	}
	return n
}

// ParticipleBefore returns the comma that opens a participle's phrase set
// off before the relative pronoun at pron ("a letter from the counsel,
// dated last week, which said": the counsel's letter said, not the week),
// when the word before that comma is a noun; or -1.
func ParticipleBefore(d *newsgraph.Doc, pron int) int {
	if pron < 3 || d.TokenText(pron-1) != "," {
		return -1
	}
	n := pron - 2
	for p := n - 1; p > 0 && p >= n-6; p-- {
		if d.TokenText(p) != "," {
			continue
		}
		if d.Tokens[p+1].Tag == "VBN" && IsNounTag(d.Tokens[p-1].Tag) {
			return p
		}
		return -1
	}
	return -1
}

// isAge: a number of one to three digits, as a person's age is written.
func isAge(w string) bool {
	if len(w) == 0 || len(w) > 3 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// Describe names a group or institution by its description, without a
// leading article: "the South Korean military" -> "South Korean military";
// and without a relative clause that says only that the source would not
// be named ("one owner of a shop who declined to be named for fear of
// trouble" -> "one owner of a shop"), which tells a reader nothing of who
// spoke.
func Describe(src string) string {
	src = withoutAnonymity(src)
	for _, art := range []string{"the ", "The ", "a ", "A ", "an ", "An "} {
		if strings.HasPrefix(src, art) {
			return strings.TrimSpace(src[len(art):])
		}
	}
	return src
}

// withoutAnonymity cuts src before a relative clause that ends it and
// only asks not to be named: its verb one of asking or speaking
// ("who declined to be named", "who spoke on condition of anonymity"),
// not one that says what the source did ("who attended and described
// her remarks on condition of anonymity" stays), and no second source
// joined after it ("an official who spoke on condition of anonymity and
// a diplomat familiar with the talks" stays whole). The match is on
// ASCII letters folded, so that the offsets found are src's own.
func withoutAnonymity(src string) string {
	lower := asciiLower(src)
	for _, rel := range []string{", who ", " who "} {
		i := strings.LastIndex(lower, rel)
		if i <= 0 {
			continue
		}
		clause := lower[i+len(rel):]
		verb, _, _ := strings.Cut(clause, " ")
		if !anonymousVerbs[verb] || strings.Contains(clause, " and a ") || strings.Contains(clause, " and an ") ||
			strings.Contains(clause, " and the ") || strings.Contains(clause, ", and ") {
			continue
		}
		for _, tell := range []string{"to be named", "to be identified", "anonymity", "not be named"} {
			if strings.Contains(clause, tell) {
				return strings.TrimRight(src[:i], " ,")
			}
		}
	}
	return src
}

// asciiLower folds s's ASCII capitals only, keeping its length in bytes.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

var anonymousVerbs = Set("asked declined refused requested spoke talked insisted agreed")

// Possessor: name, inside span, owns what follows it there ("Morrison's
// lawyer"), so it names someone else than the span does.
func Possessor(d *newsgraph.Doc, span, name newsgraph.Span) bool {
	if t, _ := TokensOf(d, name); t.B < len(d.Tokens) && d.Tokens[t.B].Tag == "POS" && span.Contains(d.Tokens[t.B].Span) {
		return true
	}
	text := d.Slice(name)
	return strings.HasSuffix(text, "’s") || strings.HasSuffix(text, "'s")
}

// AfterPreposition: a preposition stands in span before name, which then
// says whose or where the span's head is ("an aide to Clinton", "nurses
// at Brask General Hospital", "a poll by Ana Lind"). "to" counts whatever
// its tag: in "an aide to transport minister Greta Vollan" the tagger
// reads an infinitive, and the aide spoke, not the minister.
func AfterPreposition(d *newsgraph.Doc, span, name newsgraph.Span) bool {
	r, _ := TokensOf(d, newsgraph.Span{Start: span.Start, End: name.Start})
	for _, t := range d.Tokens[r.A:r.B] {
		if (t.Tag == "IN" || t.Tag == "TO") && t.Start >= span.Start && t.End <= name.Start {
			return true
		}
	}
	return false
}
