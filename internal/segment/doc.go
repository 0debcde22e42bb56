// Package segment splits a Doc's paragraphs into tokens and sentences and
// pairs its quotation marks, by hand-written rules tuned for news text.
//
// Tokens follow Penn Treebank conventions as UD English EWT applies them:
// clitics (n't, 's, 're, 'll...) and hyphens between words are split off,
// abbreviations keep their period, URLs, e-mail addresses and @handles stay
// whole. Sentences end at terminal punctuation followed (after any closing
// quotes or brackets) by something that can start a sentence, and always at a
// paragraph's end. Rules, not a model: they run at several million tokens a
// second and need no training data, and EWT dev scores them (eval segment).
package segment
