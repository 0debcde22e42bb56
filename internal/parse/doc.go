// Package parse builds Universal Dependencies trees: which word each word
// depends on, and how.
//
// It is a greedy arc-hybrid transition parser (Kuhlmann et al. 2011) with
// the root at the end of the buffer, scored by an averaged perceptron over
// Zhang & Nivre-style features of the stack and buffer, and trained with
// Goldberg & Nivre's (2013) dynamic oracle, which lets it learn to recover
// from its own mistakes. Arc-hybrid builds projective trees only; gold
// trees with crossing arcs are made projective for training by lifting
// each crossing arc to the head's head until none cross (Nivre & Nilsson's
// pseudo-projective lifting, without their label encoding, so the few
// non-projective arcs of English — about 1% in EWT — are not recovered).
package parse
