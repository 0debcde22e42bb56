// Package bound redraws the edges of the spans the rules (package build)
// drew, with a learned ranker (Boundaries, trained by newsgraph train
// boundaries). PolNeAR's edges follow conventions ("said Friday" but not
// "said on Tuesday", content with "that" after some verbs, a ", but …"
// clause left out) that short rules cannot capture, so the ranker scores
// spans whose edges lie near the rules' or at a place where a span may
// stop, with the rules' choice as one feature; cues in the words it frees
// then get attributions of their own, built by the same Builder.
package bound

import "github.com/newsgraph/newsgraph"

// Requires are the layers the ranker reads, besides the attributions it
// is given: tokens, sentences, quotations, tags, lemmas and the parse.
var Requires = []newsgraph.Layer{newsgraph.LayerTokens, newsgraph.LayerSentences, newsgraph.LayerQuotes,
	newsgraph.LayerPOS, newsgraph.LayerLemmas, newsgraph.LayerParse}
