// Package keep is the keeper: a learned model that decides, once the rules
// (package build) have built an attribution around a cue, whether to keep
// it. The cue classifier (package cue) sees a verb and its neighbours; the
// keeper sees what was built: who the source is, what the content is (a
// clause, a quotation, a noun phrase), how long each is, and the
// classifier's margin on the cue. With it the classifier can propose more
// verbs (BuildAt, below its own threshold) and the keeper drops the
// attributions that do not look like one.
//
// It is asked from inside building, through build.Keeper, because what it
// drops frees its tokens for the cues after it; run as a pass over
// finished attributions it would give other results.
package keep

import "github.com/newsgraph/newsgraph"

// Requires are the layers the keeper reads, besides what was built: the
// tokens, tags and lemmas, the parse (the content's root) and the names
// (what kind of source).
var Requires = []newsgraph.Layer{newsgraph.LayerTokens, newsgraph.LayerPOS, newsgraph.LayerLemmas,
	newsgraph.LayerParse, newsgraph.LayerMentions}
