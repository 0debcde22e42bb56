package situate

import "github.com/newsgraph/newsgraph"

// ReportedBy is the attribution whose content holds the verb span — the
// innermost, when attributions nest ("Experts say Russia will seek shells"
// is the experts' claim) — or NoAttribution when the article asserts the
// event itself. An attribution whose cue is the verb does not report it:
// in "Kim praised the army" the praise is the event, not a claim of one.
func ReportedBy(d *newsgraph.Doc, verb newsgraph.Span) int {
	best, bestLen := newsgraph.NoAttribution, 0
	for i, a := range d.Attributions {
		if !a.Content.Contains(verb) || a.Cue.Overlaps(verb) {
			continue
		}
		if best == newsgraph.NoAttribution || a.Content.Len() < bestLen {
			best, bestLen = i, a.Content.Len()
		}
	}
	return best
}
