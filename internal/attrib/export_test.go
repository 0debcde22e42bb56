package attrib

import "github.com/newsgraph/newsgraph"

// SourceOptions exposes to the tests the spans the ranker weighs for the
// source of attribution k.
func SourceOptions(d *newsgraph.Doc, atts []newsgraph.Attribution, k int) []string {
	_, opts, _ := newRefiner(newExtractor(d), atts).options(k, roleSource)
	var out []string
	for _, o := range opts {
		out = append(out, d.Text[d.Tokens[o.a].Start:d.Tokens[o.b-1].End])
	}
	return out
}

// ShareRedrawnCues exposes shareRedrawnCues to the tests.
var ShareRedrawnCues = shareRedrawnCues

// Resolve exposes speaker resolution to the tests.
func Resolve(d *newsgraph.Doc, atts []newsgraph.Attribution) { newResolver(d).resolve(atts) }
