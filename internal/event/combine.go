package event

import (
	"slices"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/event/cameo"
	"github.com/newsgraph/newsgraph/internal/event/dict"
)

// maxDepth bounds how far the coder climbs to order verbs by depth.
const maxDepth = 64

// combineAll folds each verb's clausal complement into it, deepest first,
// so that "said it wanted to attack" folds "attack" into "wanted" and the
// result into "said": a transformation of the dictionary when one fits,
// else the ontology's sum of the two codes when it is a CAMEO code. A
// folded complement gives no event of its own; a pair that folds into
// nothing is left as two events.
func (c *Coder) combineAll(t *tree, rs []*reading) {
	byVerb := map[int]*reading{}
	for _, r := range rs {
		byVerb[r.verb] = r
	}
	order := slices.Clone(rs)
	slices.SortStableFunc(order, func(a, b *reading) int { return depth(t, b.verb) - depth(t, a.verb) })
	for _, u := range order {
		for _, w := range t.kids(u.verb) {
			l := byVerb[w]
			if l == nil || l.consumed || !complement(t, w) {
				continue
			}
			if r, ok := c.combine(t, u, l); ok {
				*u = r
				consume(t, l, u, false, byVerb)
				break
			}
			// What one wants, plans, is asked or agrees to do has not
			// happened: only what is said to have happened stands alone.
			if !u.code.Null() && !said(u) {
				consume(t, l, u, true, byVerb)
			}
		}
	}
}

// consume marks complement l as taken by u, with the verbs conjoined to
// it: "claimed that ISIL attacked Iraq and took Mosul" is one claim, and
// "wants to attack Rohan and seize Edoras" seizes nothing yet.
func consume(t *tree, l, u *reading, unrealised bool, byVerb map[int]*reading) {
	l.consumed, l.unrealised, l.into = true, unrealised, u
	for _, x := range t.kids(l.verb) {
		if r := byVerb[x]; r != nil && r != u && !r.consumed && t.dep(x) == "conj" {
			r.consumed, r.unrealised, r.into = true, unrealised, u
		}
	}
}

// said reports whether a reading is a statement or claim, whose
// complement is what happened as someone tells it.
func said(r *reading) bool { return cameo.Root(r.own) == "01" }

// complement reports whether verb w is a clausal complement of its head:
// "wants to attack", "said that they attacked", "asked Gondor to help"
// (which parsers also attach as a clause of purpose with "to").
func complement(t *tree, w int) bool {
	switch t.dep(w) {
	case "xcomp", "ccomp":
		return true
	case "advcl":
		return controlled(t, w)
	}
	return false
}

// controlled reports whether w is an infinitive whose subject its head
// names, "asked Gondor to help", "was pressed to help", rather than a
// purpose ("met to discuss").
func controlled(t *tree, w int) bool {
	h := t.head(w)
	return h >= 0 && toInfinitive(t, w) && (controller(t, h, w) >= 0 || t.child(h, "nsubjpass", "nsubj:pass") >= 0)
}

// controller returns the noun phrase of verb h that is the subject of its
// infinitive w, or -1: a "to" phrase ("gave permission to Gondor to
// help"), else an object that names someone ("asked Gondor to help").
func controller(t *tree, h, w int) int {
	for _, c := range t.kids(h) {
		if d := t.dep(c); (d == "obl" || d == "nmod") && c < w && t.caseOf(c) == "to" {
			return c
		}
	}
	o := t.child(h, "obj", "dobj", "iobj")
	if o < 0 || o > w {
		return -1
	}
	// Of a clause parsed as adverbial, only a name or a pronoun: "use the
	// talks to seek" is a purpose, "asked Gondor to help" is not.
	if t.dep(w) == "advcl" && t.tok(o).UPOS != "PROPN" && t.tok(o).UPOS != "PRON" {
		return -1
	}
	return o
}

// toInfinitive reports whether verb w has the infinitive marker "to".
func toInfinitive(t *tree, w int) bool {
	for _, c := range t.kids(w) {
		if t.dep(c) == "mark" && lower(t.d.TokenText(c)) == "to" {
			return true
		}
	}
	return false
}

func depth(t *tree, v int) int {
	n := 0
	for h := t.head(v); h >= 0 && n < maxDepth; h = t.head(h) {
		n++
	}
	return n
}

// combine folds complement l into u, or reports false. A passive verb
// keeps its complement apart (in "Gondor was pressed to help Rohan" the
// pressing and the helping have different actors), and so does a denied
// one ("did not allow Gondor to help": the help is unrealised).
func (c *Coder) combine(t *tree, u, l *reading) (reading, bool) {
	if u.code.Null() || l.code.Null() || u.negated || t.child(u.verb, "nsubjpass", "nsubj:pass") >= 0 {
		return reading{}, false
	}
	if r, ok := c.transform(u, l); ok {
		return r, true
	}
	p, okP := c.Ontology.Value(u.own)
	q, okQ := c.valueOf(l)
	if !okP || !okQ {
		return reading{}, false
	}
	if u.negated {
		p = dict.Negate(p)
	}
	same := sameActor(u, l)
	// "Arnor said Gondor will meet Rohan" is Gondor meeting Rohan, as
	// Arnor says: a complement with an actor of its own is folded only
	// under a verb that acts on that actor ("urged Gondor to meet").
	if !same && (dict.TopLevel(q) || cameo.Root(u.own) == "01") {
		return reading{}, false
	}
	v := dict.Combine(p, q)
	code, ok := c.Ontology.Code(v)
	if !ok {
		return reading{}, false
	}
	r := *u
	r.code, r.value, r.valued, r.negated = dict.Code{Forward: code, CAMEO: true}, v, true, false
	r.span = cover(u.span, l.span)
	if same {
		r.target = l.target
	} else {
		r.target = l.actor
	}
	return r, true
}

// valueOf is the ontology value of a reading's code.
func (c *Coder) valueOf(r *reading) (int, bool) {
	if r.valued {
		return r.value, true
	}
	v, ok := c.Ontology.Value(r.code.Forward)
	if ok && r.negated {
		v = dict.Negate(v)
	}
	return v, ok
}

// transform applies the first of the dictionary's transformations that
// fits u over l.
func (c *Coder) transform(u, l *reading) (reading, bool) {
	same := sameActor(u, l)
	for _, tr := range c.Verbs.Transforms() {
		if tr.UpperCode != u.own || u.negated {
			continue
		}
		if tr.LowerCode != dict.AnyCode && (tr.LowerCode != l.own || l.negated) {
			continue
		}
		switch tr.LowerSource {
		case 'a', '_':
			if !same {
				continue
			}
		case 'b':
			if same {
				continue
			}
		}
		var b []newsgraph.Participant
		switch {
		case tr.LowerSource == 'b':
			b = l.actor
		case tr.LowerTarget == 'b':
			b = l.target
		}
		pick := func(role byte) []newsgraph.Participant {
			if role == 'a' {
				return u.actor
			}
			return b
		}
		r := *u
		r.actor, r.target, r.span, r.negated = pick(tr.Source), pick(tr.Target), cover(u.span, l.span), false
		if tr.Code == dict.AnyCode {
			r.code, r.value, r.valued, r.negated = l.code, l.value, l.valued, l.negated
		} else {
			_, known := cameo.Lookup(tr.Code)
			r.code, r.valued = dict.Code{Forward: tr.Code, CAMEO: known}, false
		}
		return r, true
	}
	return reading{}, false
}

// sameActor reports whether a complement's actor is its governing verb's:
// none, a pronoun the dictionaries do not code ("said he would help"), or
// coded alike. An uncoded noun is someone else: in "Arnor said such a
// step enjoyed support from Gondor" the step, not Arnor, has support.
func sameActor(u, l *reading) bool {
	return len(l.actor) == 0 && !l.agentless || !coded(l.actor) && l.pronounActor || sameCodes(u.actor, l.actor)
}

func cover(a, b newsgraph.Span) newsgraph.Span {
	return newsgraph.Span{Start: min(a.Start, b.Start), End: max(a.End, b.End)}
}
