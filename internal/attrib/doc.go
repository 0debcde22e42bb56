// Package attrib finds attributions — who said, thought or claimed what —
// as one pipeline stage (Stage) that wires its parts, each a package with
// one job and its own tests on hand-built Docs:
//
//	cue/     which words are cues: a lexicon, learned wider, and a classifier
//	         deciding verb by verb from the parse and the quotation marks
//	build/   the rules that build source, cue and content around each cue
//	keep/    the keeper, a learned model deciding which built attributions stay
//	bound/   a learned ranker redrawing the edges of the spans the rules drew
//	view/    the Doc as all of them read it (words, quotations, sentences, names)
//	train/   the annotated documents and learning loop the models share
//	bio/     a learned BIO tagger, an alternative stage, not shipped
//	baseline/ an untuned stage off the parse, to measure how hard articles are
//
// Who each source is (the speaker) is resolved after attribution by a
// stage of its own, coref/speaker.
//
// The parts are not pipeline stages of their own because they are not
// passes one after another: building asks cue detection about each word
// as it reaches it, and asks the keeper about each attribution as it is
// built, before the attribution takes its tokens, so that what the keeper
// drops is free for the cues after it; the ranker hands the tokens it
// frees back to the builder. Splitting them into stages would need layers
// on the Doc for cue margins and candidate attributions and would change
// what is found. Each part declares the layers it reads (cue.Requires,
// build.Requires, keep.Requires, bound.Requires), and Stage requires them
// all, so that a pipeline with attribution and no parser is refused when
// it is built.
//
// Stage with only its zero value is the rules with the hand-written cue
// lexicon; the shipped stage (shipped.Models.Attribution) adds the learned
// lexicon, classifier, keeper and boundaries. PolNeAR dev (newsgraph eval
// attribution) measures the whole.
package attrib
