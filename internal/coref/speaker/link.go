package speaker

import (
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/attrib/view"
)

// link points a referent at its entity, as coreference gathered them: the
// entity of the mention that heads the source ("Russian Defence Minister
// Sergei Shoigu" is headed by the name; "Morrison's lawyer" by "lawyer",
// so not Morrison's), and otherwise the entity of the mention the rules
// chose (the fullest name, the previous speaker). The referent then takes
// its entity's name. Without coreference (no entities) nothing changes.
func (r *resolver) link(ref *newsgraph.Referent, source *newsgraph.Span) {
	if ref == nil || len(r.d.Entities) == 0 {
		return
	}
	id := newsgraph.NoEntity
	if source != nil {
		id = r.entityHeading(*source)
	}
	if id == newsgraph.NoEntity {
		id = r.entityHeading(ref.Mention)
	}
	if id == newsgraph.NoEntity {
		return
	}
	ref.Entity = id
	if name := r.d.Entities[id].Name; name != "" && !r.describedMore(ref, source, id, name) {
		ref.Name = name
	}
}

// describedMore: the source is a description of its own, no pronoun,
// that says more than the one word an unnamed entity is called by
// ("people familiar with the plan", not "people"): the reader sees the
// source's words.
func (r *resolver) describedMore(ref *newsgraph.Referent, source *newsgraph.Span, id int, name string) bool {
	if source == nil || ref.Mention != *source || strings.Contains(name, " ") || r.named(id) {
		return false
	}
	words := strings.Fields(ref.Name)
	return len(words) > 1 && !personPronouns[strings.ToLower(words[0])] && strings.Contains(strings.ToLower(ref.Name), strings.ToLower(name))
}

// named: a name refers to entity id among its mentions, or it is a group
// of others ("both leaders" is Putin and Kim).
func (r *resolver) named(id int) bool {
	if len(r.d.Entities[id].Members) > 0 {
		return true
	}
	for _, m := range r.d.Entities[id].Mentions {
		if r.d.Mentions[m].Kind == newsgraph.MentionName {
			return true
		}
	}
	return false
}

// entityHeading returns the entity of the widest mention that holds the
// head word of span, or NoEntity.
func (r *resolver) entityHeading(span newsgraph.Span) int {
	h := headOf(r.d, span)
	if h < 0 {
		return newsgraph.NoEntity
	}
	t := r.d.Tokens[h].Span
	ms := r.d.Mentions
	// Mentions are in order of their starts: those that can hold t start
	// at or before it.
	end := sort.Search(len(ms), func(k int) bool { return ms[k].Start > t.Start })
	best, width := newsgraph.NoEntity, -1
	for k := end - 1; k >= 0 && end-k <= 64; k-- { // a mention over 64 mentions back cannot hold t
		m := ms[k]
		if m.Entity != newsgraph.NoEntity && m.Contains(t) && span.Contains(m.Span) && m.Len() > width {
			best, width = m.Entity, m.Len()
		}
	}
	return best
}

// headOf returns the token that heads span in the parse: the one whose
// head lies outside it. When several do, a word after the span's first
// preposition is not it ("a source close to him", parsed with "him" the
// verb's subject, is headed by "source", not by him; "a spokesman for the
// company" by "spokesman"). Without a parse, or when
// that leaves no single word, the last word, the head of an English noun
// phrase. -1 when span holds no token.
func headOf(d *newsgraph.Doc, span newsgraph.Span) int {
	t, _ := view.TokensOf(d, span)
	if t.A >= t.B {
		return -1
	}
	head, n, free, nfree := -1, 0, -1, 0
	inPhrase := false // past the span's first preposition
	for i := t.A; i < t.B; i++ {
		inPhrase = inPhrase || isPreposition(d.Tokens[i].Tag) && !titleOf(d, i, t.A) && !insideName(d, i)
		if h := d.Tokens[i].Head; (h < t.A || h >= t.B) && d.Tokens[i].Dep != "" && d.Tokens[i].Dep != "punct" {
			head, n = i, n+1
			if !inPhrase {
				free, nfree = i, nfree+1
			}
		}
	}
	switch {
	case n == 1:
		return head
	case nfree == 1:
		return free
	}
	return t.B - 1
}

func isPreposition(tag string) bool { return tag == "IN" || tag == "TO" }

// insideName: preposition i joins the proper nouns of a name either side
// of it ("the Council on American-Islamic Relations", "Bank
// of America"), which the tagger may have cut in two.
func insideName(d *newsgraph.Doc, i int) bool {
	if i < 1 || i+1 >= len(d.Tokens) {
		return false
	}
	next := i + 1
	if strings.EqualFold(d.TokenText(next), "the") && next+1 < len(d.Tokens) {
		next++
	}
	return properNoun(d.Tokens[i-1].Tag) && properNoun(d.Tokens[next].Tag) // not "Supporters of Hillary Clinton"
}

func properNoun(tag string) bool { return tag == "NNP" || tag == "NNPS" }

// titleOf: token i is the "of" of an office's title ("Secretary of State
// Jon Husted", "chief of staff Ana Vos"), which the name after it holds.
func titleOf(d *newsgraph.Doc, i, first int) bool {
	return i > first && strings.EqualFold(d.TokenText(i), "of") && ofOffices[strings.ToLower(d.TokenText(i-1))]
}
