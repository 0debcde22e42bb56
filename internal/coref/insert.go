package coref

import (
	"slices"

	"github.com/newsgraph/newsgraph"
)

// Insert adds mentions of existing entities to d, keeping d.Mentions in
// text order and each entity's list of mentions in step. A later stage
// that learns who a mention is (attribution knows who speaks inside a
// quotation) adds it here rather than re-running coreference. A mention
// overlapping one already there, or naming no entity, is left out.
func Insert(d *newsgraph.Doc, ms []newsgraph.Mention) {
	added := false
	for _, m := range ms {
		if m.Entity < 0 || m.Entity >= len(d.Entities) {
			continue
		}
		k, _ := slices.BinarySearchFunc(d.Mentions, m.Start, func(x newsgraph.Mention, s int) int { return x.Start - s })
		if k < len(d.Mentions) && d.Mentions[k].Start < m.End || k > 0 && d.Mentions[k-1].End > m.Start {
			continue
		}
		d.Mentions = slices.Insert(d.Mentions, k, m)
		added = true
	}
	if !added {
		return
	}
	for i := range d.Entities {
		d.Entities[i].Mentions = d.Entities[i].Mentions[:0]
	}
	for k, m := range d.Mentions {
		if m.Entity >= 0 {
			d.Entities[m.Entity].Mentions = append(d.Entities[m.Entity].Mentions, k)
		}
	}
}
