package bound

import (
	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/attrib/build"
)

// SourceOptions exposes to the tests the spans the ranker weighs for the
// source of attribution k.
func SourceOptions(d *newsgraph.Doc, atts []newsgraph.Attribution, k int) []string {
	return spanOptions(d, atts, k, roleSource)
}

// ContentOptions is SourceOptions for the content.
func ContentOptions(d *newsgraph.Doc, atts []newsgraph.Attribution, k int) []string {
	return spanOptions(d, atts, k, roleContent)
}

// CueOptions is SourceOptions for the cue.
func CueOptions(d *newsgraph.Doc, atts []newsgraph.Attribution, k int) []string {
	return spanOptions(d, atts, k, roleCue)
}

func spanOptions(d *newsgraph.Doc, atts []newsgraph.Attribution, k int, r spanRole) []string {
	_, opts, _ := newRefiner(build.New(d, build.Config{}), atts).options(k, r)
	var out []string
	for _, o := range opts {
		out = append(out, d.Text[d.Tokens[o.A].Start:d.Tokens[o.B-1].End])
	}
	return out
}

// ShareRedrawnCues exposes shareRedrawnCues to the tests.
var ShareRedrawnCues = shareRedrawnCues

// CueOverInfinitive exposes cueOverInfinitive to the tests, with the
// rules' builder for d.
func CueOverInfinitive(d *newsgraph.Doc, atts []newsgraph.Attribution) {
	cueOverInfinitive(build.New(d, build.Config{}), atts)
}
