package situate

import (
	"strings"

	"github.com/newsgraph/newsgraph"
)

// locative are the prepositions that put an event somewhere.
var locative = set("in", "at", "near", "outside", "inside", "across", "throughout", "into", "on")

// Place is the named place where the event with verb token v happened: the
// first place mention of sentence s, not one of its participants, inside a
// phrase the verb governs with a locative preposition ("met at the
// Vostochny Cosmodrome", "hosting Kim at a Far East spaceport"). Nil when
// none: a place merely named elsewhere in the sentence is not the event's.
func Place(d *newsgraph.Doc, s newsgraph.Sentence, v int, e newsgraph.Event) *newsgraph.Place {
	kids := children(d, s)
	for _, m := range d.Mentions {
		if m.Type != "LOC" || !s.Contains(m.Span) || participant(e, m.Span) {
			continue
		}
		if locatedBy(d, s, kids, headOf(d, m.Span), v) {
			return &newsgraph.Place{Span: m.Span, Entity: m.Entity}
		}
	}
	return nil
}

func participant(e newsgraph.Event, s newsgraph.Span) bool {
	for _, p := range append(e.Actor[:len(e.Actor):len(e.Actor)], e.Recipient...) {
		if p.Mention.Overlaps(s) {
			return true
		}
	}
	return false
}

// locatedBy reports whether token i sits in a nominal that the verb v
// governs as an oblique with a locative preposition, climbing through the
// nominal's own modifiers ("Far East" → "spaceport", "Russia" in "in
// Russia's Far East" → "Far East" → "Cosmodrome").
func locatedBy(d *newsgraph.Doc, s newsgraph.Sentence, kids map[int][]int, i, v int) bool {
	for steps := 0; i >= s.FirstToken && i < s.EndToken && steps < maxClimb; steps++ {
		h := d.Tokens[i].Head
		if h == v && strings.HasPrefix(d.Tokens[i].Dep, "obl") {
			return hasLocativeCase(d, kids, i)
		}
		if isVerb(d.Tokens[i]) {
			return false
		}
		i = h
	}
	return false
}

func hasLocativeCase(d *newsgraph.Doc, kids map[int][]int, i int) bool {
	for _, k := range kids[i] {
		if d.Tokens[k].Dep == "case" && locative[strings.ToLower(d.TokenText(k))] {
			return true
		}
	}
	return false
}
