// Package situate places each coded event in its article: when it happened
// (the time expression its verb governs, else the article's date), where
// (a named place its verb attaches to with "in", "at", "near"…), how the
// article puts it (asserted, negated, hypothetical, future), and whether
// the article only reports someone's claim of it (the attribution whose
// content holds its verb). It also fills in what the CAMEO code says: the
// PLOVER type and mode, the quad class and the Goldstein score.
//
// It is a stage of its own, after the event coder, because each of these
// reads layers the coder need not: time expressions, attributions and the
// clause around the verb. All of it reads the dependency parse only inside
// the event's sentence, with bounded walks, so a parse with cycles (from a
// user's CoNLL-U) costs at most a few steps per token.
package situate
