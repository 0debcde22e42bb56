// Package build builds attributions around cues, by rules over the
// tokens, POS tags, lemmas, names, paired quotation marks and the parse,
// sentence by sentence, in the PolNeAR scheme: an attribution has a
// source (who), a cue (the words that signal it: said, told, according
// to, a headline colon) and content (what was said). The shapes covered
// are
//
//   - direct quotes with the cue after or before them
//     (“…,” Putin said / “…,” said Putin / Putin said: “…”), including
//     quotations that run over several paragraphs;
//   - reported speech: SOURCE CUE (that) CONTENT, with an addressee for
//     tell-verbs (Kim told Putin that …) and elided subjects
//     (Putin praised … and later told reporters …);
//   - trailing cues: CONTENT, SOURCE CUE (…, the South Korean military said);
//   - "according to SOURCE", and polls: "in a survey released Monday";
//   - headline attributions: NAME: “…”, and reader comments signed
//     “…” ― NAME;
//   - transcripts (WALLACE: …) and relative clauses (X, who said …, whose
//     source is the pronoun).
//   - noun cues whose source and content the parse hangs on the noun:
//     Trump's claim that …, her criticism of …, his vow to … (nouncue.go),
//     last in each sentence, so that the verbs' attributions hold theirs.
//
// Which words are cues it asks package cue, word by word, as it goes.
// Cue spans take their auxiliaries, adverbs and adjuncts as PolNeAR marks
// them. Cues are taken highest in the parse first, so a main verb's source
// claims its modifiers before they can be read as cues; a cue set off by
// commas mid-sentence ("…, Lind said, …") comes before them all. Each
// token belongs to one attribution at most: the first that takes it.
//
// A Keeper (package keep), when set, decides for each attribution as it is
// built whether it stays, before it takes its tokens; it may not drop one
// with a source whose cue is a core verb of saying or believing.
//
// The structure is built by rules because they need no training data, run
// in microseconds and are easy to audit; where exactly PolNeAR draws each
// span's edges is learned afterwards (package bound).
package build

import "github.com/newsgraph/newsgraph"

// Requires are the layers the rules read: paragraphs too (headlines,
// transcripts), which come with every Doc.
var Requires = []newsgraph.Layer{newsgraph.LayerTokens, newsgraph.LayerSentences, newsgraph.LayerQuotes,
	newsgraph.LayerPOS, newsgraph.LayerLemmas, newsgraph.LayerParse, newsgraph.LayerMentions}
