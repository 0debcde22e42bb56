package attrib

import (
	"strings"

	"github.com/newsgraph/newsgraph"
)

// resolver links sources to what they name: people by their fullest name in
// the document (Kim -> Kim Jong Un), pronouns to the person last spoken of,
// institutions and groups to their own description.
type resolver struct {
	d       *newsgraph.Doc
	persons []newsgraph.Entity // PER entities, in order
}

func newResolver(d *newsgraph.Doc) *resolver {
	r := &resolver{d: d}
	for _, e := range d.Entities {
		if e.Type == "PER" {
			r.persons = append(r.persons, e)
		}
	}
	return r
}

// resolve fills Speaker for every attribution, in text order, so that a
// pronoun can refer to an earlier speaker.
func (r *resolver) resolve(atts []newsgraph.Attribution) {
	var lastPerson *newsgraph.Speaker
	for i := range atts {
		a := &atts[i]
		if a.Source == nil {
			continue
		}
		src := strings.TrimSpace(r.d.Slice(*a.Source))
		switch {
		case personPronouns[strings.ToLower(src)]:
			a.Speaker = r.antecedent(*a.Source, lastPerson)
		case r.person(*a.Source) != nil:
			a.Speaker = r.fullest(*r.person(*a.Source))
		default:
			a.Speaker = &newsgraph.Speaker{Name: describe(src), Mention: *a.Source}
			continue
		}
		if a.Speaker != nil {
			lastPerson = a.Speaker
		}
	}
}

// person returns the PER entity inside span, if any.
func (r *resolver) person(span newsgraph.Span) *newsgraph.Entity {
	for i := range r.persons {
		if span.Contains(r.persons[i].Span) {
			return &r.persons[i]
		}
	}
	return nil
}

// fullest finds the longest PER mention in the document that ends with the
// same word as e ("Kim" -> "Kim Jong Un" is found through "Kim", the first
// word, too: Korean names put the family name first).
func (r *resolver) fullest(e newsgraph.Entity) *newsgraph.Speaker {
	words := strings.Fields(r.d.Slice(e.Span))
	best := e
	for _, p := range r.persons {
		pw := strings.Fields(r.d.Slice(p.Span))
		if len(pw) <= len(strings.Fields(r.d.Slice(best.Span))) {
			continue
		}
		if containsWords(pw, words) {
			best = p
		}
	}
	return &newsgraph.Speaker{Name: r.d.Slice(best.Span), Mention: best.Span}
}

// containsWords: every word of short appears in long.
func containsWords(long, short []string) bool {
	for _, s := range short {
		found := false
		for _, l := range long {
			if strings.EqualFold(strings.Trim(l, "’'s"), strings.Trim(s, "’'s")) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// antecedent resolves he/she: the speaker of the previous attribution when
// there is one, else the first person named in the sentence before.
func (r *resolver) antecedent(pron newsgraph.Span, last *newsgraph.Speaker) *newsgraph.Speaker {
	if last != nil {
		return last
	}
	var before *newsgraph.Entity
	for i := range r.persons {
		if r.persons[i].End <= pron.Start {
			before = &r.persons[i]
		}
	}
	if before == nil {
		return nil
	}
	return r.fullest(*before)
}

// describe names a group or institution by its description, without a
// leading article: "the South Korean military" -> "South Korean military".
func describe(src string) string {
	for _, art := range []string{"the ", "The ", "a ", "A ", "an ", "An "} {
		if strings.HasPrefix(src, art) {
			return strings.TrimSpace(src[len(art):])
		}
	}
	return src
}
