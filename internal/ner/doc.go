// Package ner finds named entities (PER, ORG, LOC, MISC) in tokenised,
// POS-tagged text.
//
// It is a greedy left-to-right averaged perceptron (package perceptron) over
// BILOU labels, with the features that make linear NER taggers strong
// (Ratinov & Roth 2009): word, affixes and shape in a ±2 window, POS tags,
// the two previous labels, the project's own gazetteers, the case of the
// whole sentence (so Title Case and ALL CAPS headlines are recognised as
// such), and two document-level features: the label last given to the same
// word earlier in the document, and whether a sentence-initial word is
// written with a capital elsewhere in the document. A repair step
// (repair.go) then fixes two errors greedy decoding cannot back out of: a
// rank between an organisation and a person, and a possessive inside an
// organisation's name. Entities are stored as spans; BILOU labels exist
// only inside this package.
package ner
