package event

import "slices"

// maxClimb bounds how far a verb looks up the tree for its subject.
const maxClimb = 8

// subjectOf finds the actor of verb v and, for a passive, its recipient:
// the subject, else that of the clause v depends on, climbing through
// open complements, conjuncts and participles; a passive's actor is its
// "by" phrase or no one, never a subject further up.
func subjectOf(t *tree, v int) (source, passiveTarget int) {
	source, passiveTarget = -1, -1
	if s := headlinePassive(t, v); s >= 0 {
		return agentOf(t, v), s
	}
	seen := map[int]bool{}
	open := false // v is an open complement of the verb climbed from
	for range maxClimb {
		if seen[v] {
			break
		}
		seen[v] = true
		if s := t.child(v, "nsubj", "nsubj:xsubj"); s >= 0 && !relative(t, s, v) {
			return s, passiveTarget
		}
		if s := t.child(v, "nsubjpass", "nsubj:pass"); s >= 0 {
			if open {
				// "Arnor is expected to attack": Arnor attacks.
				return s, passiveTarget
			}
			// The "by" phrase names who did it, or no one does: the verbs
			// above a passive are others' ("A man was stabbed, police
			// said": the police did not stab him).
			return agentOf(t, v), s
		}
		h := t.head(v)
		if h < 0 {
			break
		}
		dep := t.dep(v)
		if dep == "advcl" && controlled(t, v) {
			dep = "xcomp" // "asked Gondor to help", parsed as a purpose
		}
		switch dep {
		case "xcomp":
			// "urged Gondor to attack": the governing verb names the
			// complement's subject.
			if o := controller(t, h, v); o >= 0 {
				return o, passiveTarget
			}
			v, open = h, true
			continue
		case "conj", "advcl", "ccomp", "dep":
			v, open = h, false
			continue
		case "acl":
			if t.nominal(h) {
				if t.tok(v).Tag == "VBN" {
					if passiveTarget < 0 {
						passiveTarget = h
					}
					return -1, passiveTarget
				}
				return h, passiveTarget
			}
		}
		break
	}
	return -1, passiveTarget
}

// headlinePassive returns the subject of v when v is a headline's past
// tense with no object and no auxiliary: headlines leave the passive's
// "was" out ("Man stabbed to death on commuter train", "Three protesters
// killed in clashes with police"), and report what was done in the
// present ("Man stabs commuter"). The subject is what was done to; the
// actor, if any, is the "by" phrase. -1 elsewhere, and for a verb whose
// phrase names whom it was done with or to ("Biden met with Xi",
// "Protesters marched on parliament"), an active past the headline kept.
func headlinePassive(t *tree, v int) int {
	if !t.headline() || t.tok(v).Tag != "VBD" && t.tok(v).Tag != "VBN" || t.dep(v) != "root" {
		return -1
	}
	s := t.child(v, "nsubj")
	if s < 0 || s > v || t.child(v, "obj", "dobj", "iobj", "aux", "ccomp", "xcomp") >= 0 {
		return -1
	}
	if agentOf(t, v) < 0 {
		for _, c := range t.kids(v) {
			if d := t.dep(c); (d == "obl" || d == "nmod") && activePrepositions[t.caseOf(c)] {
				return -1
			}
		}
	}
	return s
}

// activePrepositions introduce whom an act was done with or to.
var activePrepositions = map[string]bool{"with": true, "against": true, "on": true, "to": true, "at": true, "into": true, "for": true, "over": true}

// relative reports whether subject s of v is a relative pronoun, whose
// antecedent (the noun v's relative clause hangs on) is the real subject.
func relative(t *tree, s, v int) bool {
	tg := t.tok(s).Tag
	return (tg == "WDT" || tg == "WP") && t.dep(v) == "acl" && t.head(v) >= 0
}

// agentOf returns the "by" phrase of a passive verb, or -1.
func agentOf(t *tree, v int) int {
	for _, c := range t.kids(v) {
		if t.tok(c).Dep == "nmod:agent" || t.tok(c).Dep == "obl:agent" {
			return c
		}
		if d := t.dep(c); (d == "nmod" || d == "obl") && t.caseOf(c) == "by" {
			return c
		}
	}
	return -1
}

// objectsOf lists the candidate recipients of v in order: its objects,
// then their prepositional phrases (and those of a phrase the pattern
// took), then the verb's, leaving out time
// expressions, the subject and the tokens the pattern took. An object's
// phrases come first as they are part of the object PETRARCH codes whole:
// "held talks with Suleiman during a visit to Beirut" are talks with
// Suleiman, even though the pattern took "talks".
func objectsOf(t *tree, v, source int, used []int) []int {
	var objs, preps, inner []int
	ok := func(c int) bool {
		return c != source && !slices.Contains(used, c) && t.nominal(c)
	}
	for _, c := range t.kids(v) {
		switch d, full := t.dep(c), t.tok(c).Dep; {
		case (d == "obj" || d == "dobj" || d == "iobj") && ok(c):
			objs = append(objs, c)
		case (d == "nmod" || d == "obl") && full != "nmod:tmod" && full != "obl:tmod" && full != "nmod:npmod" && full != "nmod:poss" && ok(c):
			// "…, according to a UN spokesman": who reported the event is
			// no party to it.
			if c != agentOf(t, v) && t.caseOf(c) != "according" {
				preps = append(preps, c)
			}
		}
	}
	for _, o := range t.kids(v) {
		// The phrases of an object, and of a prepositional phrase the
		// pattern took ("advised (AGAINST TRAVEL) to Tunisia").
		switch t.dep(o) {
		case "obj", "dobj", "iobj":
		case "nmod", "obl":
			if !slices.Contains(used, o) {
				continue
			}
		default:
			continue
		}
		for _, c := range t.kids(o) {
			if t.dep(c) == "nmod" && ok(c) && t.tok(c).Dep != "nmod:poss" && !slices.Contains(inner, c) {
				inner = append(inner, c)
			}
		}
	}
	return append(append(objs, inner...), preps...)
}

// conjuncts returns h and the noun phrases conjoined to it: "Arnor and
// Gondor".
func conjuncts(t *tree, h int) []int {
	out := []int{h}
	seen := map[int]bool{h: true}
	for i := 0; i < len(out) && len(out) < 16; i++ {
		for _, c := range t.kids(out[i]) {
			if t.dep(c) == "conj" && !seen[c] && t.nominal(c) {
				seen[c] = true
				out = append(out, c)
			}
		}
	}
	return out
}

// phraseOf builds the noun phrase headed by h: its subtree without
// conjuncts, and without prepositional phrases and clauses for Main.
func phraseOf(t *tree, h int) Phrase {
	toks := t.subtree(h, func(c int) bool {
		d := t.dep(c)
		return d == "conj" || d == "cc" || d == "punct" || d == "appos" || d == "acl" || d == "parataxis" || d == "case"
	})
	clauses := toks
	if t.child(h, "acl") >= 0 {
		clauses = t.subtree(h, func(c int) bool {
			d := t.dep(c)
			return d == "conj" || d == "cc" || d == "punct" || d == "appos" || d == "parataxis" || d == "case"
		})
	}
	main := t.subtree(h, func(c int) bool {
		switch t.dep(c) {
		case "conj", "cc", "punct", "appos", "acl", "parataxis", "nmod", "obl", "case":
			return t.tok(c).Dep != "nmod:poss"
		}
		return false
	})
	sp := t.tok(toks[0]).Span
	sp.End = t.tok(toks[len(toks)-1]).End
	return Phrase{Head: h, Tokens: toks, Main: main, Clauses: clauses, Span: sp}
}
