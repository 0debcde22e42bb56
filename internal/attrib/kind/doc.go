// Package kind types each attribution by what its source did with the
// content: a statement (said it), a belief (holds it true), a perception
// (saw or found it — or, for a poll or a piece of evidence, showed it), an
// intention (wants or means to do it), a stance (said something with an
// attitude toward a target: criticised, praised, accused) or other (a cue
// that marks none of these: "declined", "was charged"). A reader asking
// "what did Putin say?" wants statements first, and the other types one
// click away.
//
// # The guideline
//
// The type is judged from the cue in its sentence, not from the word
// alone. Speech acts that pass on information or a request are statements
// (said, told, wrote, according to, asked, urged, called for, denied, a
// quotation with no verb at all). A speech act whose point is to judge a
// target is a stance (criticised, praised, accused, called someone a
// name). A mental state about what is true is a belief (thinks, expects,
// fears); the source's will about what is to be done is an intention
// (wants, plans, vows, promises, refuses, hopes to). What is seen, heard,
// found or shown is a perception, and so is what a thing "suggests" or
// "indicates": "the composition of the delegation suggested a military
// focus" is the writer reading evidence, not anyone's statement, while
// "the senator suggested a delay" is a statement. What is "according to"
// a poll, the records, anyone's count of shares and margins ("40 percent
// back it, according to a tracker") or an organisation's figures ("nine
// ferries sailed, according to the authority") is a perception too: the
// writer reading figures. A person's figures are a statement.
//
// # Why a lexicon and not a model
//
// PolNeAR, the attribution corpus newsgraph learns from, marks sources,
// cues and contents but not what kind of act a cue is, so there is nothing
// to learn the type from. The lexicon here covers every cue lemma the
// learned cue lexicon holds (models/cues, from PolNeAR train), and a few
// rules read the context where the lemma alone does not decide: the
// animacy of the source (suggest, indicate, reveal), a following "to"
// (agree to, offer to: intention), "for" after "call" (a request, not a
// name), the passive of "charge" (a legal act, not an accusation).
//
// testdata/polnear-dev-types.tsv is a sample of PolNeAR dev annotated with
// these types by the team (offsets only, no text); TestTypesOnAnnotatedDev
// scores the types against it when the corpus is present.
package kind
