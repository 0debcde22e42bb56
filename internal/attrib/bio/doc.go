// Package bio is a learned attribution tagger, trained on demand
// (newsgraph train attribution) and not shipped: it scored better cue and
// source spans than the early rules but grouped them into attributions
// worse.
//
// It labels every token of a document as the
// beginning or inside of a source, cue or content span, or outside (BIO),
// left to right over the whole document, so that content can run over
// sentence and paragraph breaks as PolNeAR's does. The rules' own findings
// are among its features: the model learns when to trust them and what
// they miss.
package bio
