// Package attrib finds attributions — who said, thought or claimed what —
// and resolves each source to the person or group it names.
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
//   - "according to SOURCE";
//   - headline attributions: NAME: “…”.
//
// Rules come first because they need no training data, run in microseconds
// and are easy to audit; PolNeAR dev (newsgraph eval attribution) measures
// what they miss, which a trained sequence model is to take over.
package attrib
