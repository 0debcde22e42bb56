package event

import (
	"slices"

	"github.com/newsgraph/newsgraph"
)

// maxMembers bounds the members a group participant is expanded to.
const maxMembers = 8

// participants codes the noun phrase at h and those conjoined to it. A
// phrase naming a group entity ("the two leaders", whose members
// coreference found) stands for each member, coded as the member's own
// entity, with the group's words as their mention.
func (c *Coder) participants(t *tree, h int) []newsgraph.Participant {
	if h < 0 {
		return nil
	}
	// A noun phrase is the subject of one verb, the object of another,
	// and a candidate recipient of several: it is coded once a sentence.
	if ps, ok := t.coded[h]; ok {
		return ps
	}
	ps := c.codeParticipants(t, h)
	if t.coded == nil {
		t.coded = map[int][]newsgraph.Participant{}
	}
	t.coded[h] = ps
	return ps
}

func (c *Coder) codeParticipants(t *tree, h int) []newsgraph.Participant {
	var out []newsgraph.Participant
	for _, x := range conjuncts(t, nounHead(t, h)) {
		p := phraseOf(t, x)
		e := entityOf(t.d, p)
		if members := membersOf(t.d, e); len(members) > 0 {
			for _, m := range members {
				out = append(out, c.member(t.d, m, p.Span))
			}
			continue
		}
		if e >= 0 && t.d.Entities[e].Type == "LOC" {
			// A place is coded by its own words: "the cosmodrome in
			// Arnor" is no Arnor.
			p.Tokens, p.Clauses = p.Main, p.Main
		}
		var codes []string
		if c.Actors != nil {
			codes = c.Actors.CodePhrase(t.d, p, day(t.d))
		}
		id := ""
		if e >= 0 {
			id = t.d.Entities[e].ActorID
		}
		out = append(out, newsgraph.Participant{Entity: e, ActorID: id, Codes: codes, Mention: p.Span})
	}
	return out
}

// membersOf returns the members of a group entity, or nil.
func membersOf(d *newsgraph.Doc, e int) []int {
	if e < 0 || e >= len(d.Entities) {
		return nil
	}
	var out []int
	for _, m := range d.Entities[e].Members {
		if m >= 0 && m < len(d.Entities) && m != e && !slices.Contains(out, m) && len(out) < maxMembers {
			out = append(out, m)
		}
	}
	return out
}

// member codes a group's member by the first of its own mentions that the
// coder codes.
func (c *Coder) member(d *newsgraph.Doc, e int, group newsgraph.Span) newsgraph.Participant {
	p := newsgraph.Participant{Entity: e, ActorID: d.Entities[e].ActorID, Mention: group}
	if c.Actors == nil {
		return p
	}
	for _, mi := range d.Entities[e].Mentions {
		if mi < 0 || mi >= len(d.Mentions) {
			continue
		}
		if ph, ok := mentionPhrase(d, d.Mentions[mi].Span); ok {
			if p.Codes = c.Actors.CodePhrase(d, ph, day(d)); len(p.Codes) > 0 {
				return p
			}
		}
	}
	return p
}

// mentionPhrase is the phrase of a mention's tokens, its last token the
// head.
func mentionPhrase(d *newsgraph.Doc, sp newsgraph.Span) (Phrase, bool) {
	var toks []int
	for i, tk := range d.Tokens {
		if tk.Start >= sp.Start && tk.End <= sp.End {
			toks = append(toks, i)
		}
	}
	if len(toks) == 0 {
		return Phrase{}, false
	}
	return Phrase{Head: toks[len(toks)-1], Tokens: toks, Main: toks, Span: sp}, true
}
