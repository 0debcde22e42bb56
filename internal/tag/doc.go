// Package tag assigns Penn Treebank part-of-speech tags (XPOS), Universal
// POS tags and lemmas to tokens.
//
// The tagger is a greedy left-to-right averaged perceptron (package
// perceptron) with Honnibal's feature set widened by longer affixes, word
// shapes and word bigrams, plus a tag dictionary for frequent unambiguous
// words. A tag lexicon adds what the treebank lacks: the tags each word
// takes in silver-tagged news (PolNeAR's CoreNLP annotations of its
// training articles), as features of the word, of the next word and, for an
// unseen word in -s, of its stem. EWT is web text, and without the lexicon
// the tagger read "the minister warns that" as a plural noun. It was chosen over a CRF or a beam for its speed and model size at
// near the same accuracy (dev scores are in the model manifest). UPOS is
// mapped from (word, XPOS) by a table learned from the same treebank, and
// lemmas come from a lexicon learned from the treebank's lemma column, with
// suffix rules for unseen words.
package tag
