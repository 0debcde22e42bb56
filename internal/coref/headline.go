package coref

import "github.com/newsgraph/newsgraph"

// headlineOffices joins to a person the description a headline opens
// with by office, before the body names them: "Minister denies knowing of
// contract" over "Health minister Carla Brenner on Wednesday denied …".
// The scan meets the headline first, when no one holds the office yet, so
// the description starts an entity of its own, which later mentions may
// have joined ("the minister", "she"). Once every role is known, that
// entity joins the one person whose roles hold the office, when there is
// exactly one and their genders do not disagree.
func (r *resolver) headlineOffices() {
	// The mentions are read in text order, not through the entities'
	// lists, whose indices the scan's sort left stale.
	first := make([]int, len(r.ents))
	for e := range first {
		first[e] = -1
	}
	for k, m := range r.mentions {
		if m.Entity >= 0 && first[m.Entity] < 0 {
			first[m.Entity] = k
		}
	}
	for e, x := range r.ents {
		if !x.tentative || x.typ != "PER" || x.plural || first[e] < 0 {
			continue
		}
		m := r.mentions[first[e]]
		if m.Kind != newsgraph.MentionDescription || !r.inHeadline(m.Span) {
			continue
		}
		_, b := r.tokens(m.Span)
		if !roleNouns[r.lower[b-1]] {
			continue
		}
		if p := r.onlyHolder(e, r.lower[b-1]); p >= 0 {
			for k := range r.mentions {
				if r.mentions[k].Entity == e {
					r.mentions[k].Type = r.ents[p].typ
					r.join(k, p)
				}
			}
			x.mentions = nil
		}
	}
}

// onlyHolder returns the one named person, other than entity e, whose
// roles hold office head and whose gender agrees with e's, or -1.
func (r *resolver) onlyHolder(e int, head string) int {
	found := -1
	for p, y := range r.ents {
		if p == e || y.typ != "PER" || y.tentative || len(y.members) > 0 || y.name == "" {
			continue
		}
		for _, ro := range y.roles {
			if holdsOffice(ro.words, nil, head) {
				if found >= 0 {
					return -1
				}
				found = p
				break
			}
		}
	}
	if found >= 0 && r.ents[e].gender != 0 && r.ents[found].gender != 0 && r.ents[e].gender != r.ents[found].gender {
		return -1
	}
	return found
}
