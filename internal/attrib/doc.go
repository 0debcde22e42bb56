// Package attrib finds attributions — who said, thought or claimed what:
// their source, cue and content spans. Who each source is, is resolved
// after it by its own stage, coref/speaker.
//
// It works by rules over tokens, POS tags, lemmas, entities and paired
// quotation marks, sentence by sentence, in the PolNeAR scheme: an
// attribution has a source (who), a cue (the words that signal it: said,
// told, according to, a headline colon) and content (what was said). The
// patterns covered are
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
//     source is the pronoun and whose speaker is X).
//
// Which verbs are cues is learned: a lexicon counted over PolNeAR train,
// and a classifier (cueclass.go) that decides verb by verb from the parse
// and the quotation marks around it. With a keeper (keeper.go) the
// classifier proposes more verbs, and the keeper decides from what the
// rules built around each (the source, the kind and shape of the content)
// which attributions stay; it may not drop one with a source whose cue is
// a core verb of saying or believing. Cue spans take their auxiliaries,
// adverbs and adjuncts as PolNeAR marks them. Cues are taken highest in the
// parse first, so a main verb's source claims its modifiers before they can
// be read as cues; a cue set off by commas mid-sentence ("…, Lind said,
// …") comes before them all.
//
// The structure around a cue (source, content) is built by rules because
// they need no training data, run in microseconds and are easy to audit.
// Where their spans start and end is then redrawn by a learned ranker
// (boundary*.go, trained by newsgraph train boundaries): PolNeAR's edges
// follow conventions ("said Friday" but not "said on Tuesday", content with
// "that" after some verbs, a ", but …" clause left out) that short rules
// cannot capture, so the ranker scores spans whose edges lie near the
// rules' or at a place where a span may stop, with the rules' choice as one
// feature; cues in the words it frees then get attributions of their own.
// PolNeAR dev (newsgraph eval attribution) measures the whole. A learned
// BIO tagger (learn.go) scored better cue and source spans than the early
// rules but grouped them into attributions worse, so it is trained on
// demand (newsgraph train attribution) and not shipped.
package attrib
