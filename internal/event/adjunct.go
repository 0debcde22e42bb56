package event

import "github.com/newsgraph/newsgraph"

// Adjunct clauses. "The army shelled the town, killing ten", "jailed him
// for helping rebels", "met in Vienna to discuss trade", "faced pressure
// to help Gondor": a clause that modifies another verb or a noun, rather
// than completing it, tells the circumstances, purpose or consequence of
// the sentence's event. PETRARCH codes such a clause only as part of the
// event it hangs on, so its own event is kept only when that governing
// verb gave none ("praised the plan while hosting Kim", where the praise
// names no one, is still a hosting).

// adjunct reports whether verb v heads an adjunct clause: an adverbial
// clause that is no complement, or a clause on a noun. A verb conjoined
// to one ("scaling the wall and unfurling a banner") is one too.
func adjunct(t *tree, v int) bool {
	for range maxClimb {
		switch t.dep(v) {
		case "advcl":
			return !complement(t, v)
		case "acl":
			return true
		case "conj":
			h := t.head(v)
			if h < 0 || !t.verb(h) {
				return false
			}
			v = h
			continue
		}
		return false
	}
	return false
}

// governor returns the reading that adjunct clause v's event would be
// part of: the nearest verb above v (above its first conjunct) with a
// reading, climbing through
// readings folded into another to the one that took them; nil when none.
func governor(t *tree, v int, byVerb map[int]*reading) *reading {
	for n := 0; t.dep(v) == "conj" && t.head(v) >= 0 && n < maxClimb; n++ {
		v = t.head(v) // a conjunct hangs where its first conjunct does
	}
	for h := t.head(v); h >= 0 && h != v; h = t.head(h) {
		if r := byVerb[h]; r != nil {
			for n := 0; r.into != nil && r.into != r && n < maxDepth; n++ {
				r = r.into
			}
			return r
		}
		if depth(t, h) > maxDepth {
			break
		}
	}
	return nil
}

// governedByEvent reports whether a verb above adjunct r, climbing from
// governor to governor, gave events: in "Arnor shelled the fort, its
// army said, killing ten" the killing hangs on the saying, which gives
// no event, and that on the shelling, which does.
func governedByEvent(t *tree, r *reading, byVerb map[int]*reading, out map[*reading][]newsgraph.Event) bool {
	seen := map[*reading]bool{r: true}
	for g := governor(t, r.verb, byVerb); g != nil && !seen[g]; g = governor(t, g.verb, byVerb) {
		if len(out[g]) > 0 {
			return true
		}
		seen[g] = true
	}
	return false
}

// dropGoverned removes the events of adjunct clauses whose governing
// verb gave events of its own.
func dropGoverned(t *tree, rs []*reading, out map[*reading][]newsgraph.Event) {
	byVerb := map[int]*reading{}
	for _, r := range rs {
		byVerb[r.verb] = r
	}
	var drop []*reading
	for _, r := range rs {
		if len(out[r]) == 0 || !adjunct(t, r.verb) {
			continue
		}
		if governedByEvent(t, r, byVerb, out) {
			drop = append(drop, r)
		}
	}
	for _, r := range drop {
		delete(out, r)
	}
}
