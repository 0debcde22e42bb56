// Package cue detects attribution cues: the verbs (and -s words the
// tagger took for plural nouns) that signal that someone said, thought or
// claimed something. It is the first part of attribution; package build
// asks it, word by word, while it builds attributions around the cues.
//
// Which verbs are cues is learned. A lexicon (Learn, With) counted over
// PolNeAR train widens the hand-written one; a lexicon can only say that
// "want" is sometimes a cue, so a classifier (Classifier) decides verb by
// verb from the parse and the quotation marks around it. With a keeper
// (package keep) the classifier proposes more verbs, below its own
// threshold, and the keeper decides on what was built.
//
// It reads the tokens, sentences, quotations, POS tags, lemmas, the parse
// and the names (Requires), through a view.View.
package cue

import "github.com/newsgraph/newsgraph"

// Requires are the layers cue detection reads.
var Requires = []newsgraph.Layer{newsgraph.LayerTokens, newsgraph.LayerSentences, newsgraph.LayerQuotes,
	newsgraph.LayerPOS, newsgraph.LayerLemmas, newsgraph.LayerParse, newsgraph.LayerMentions}
