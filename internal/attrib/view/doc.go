// Package view is a Doc as the attribution rules and models read it: each
// token's lower-cased text, the quotation and sentence that hold it, the
// names overlapping a span, and the tag tests and span helpers every part
// of attribution (cues, building, keeping, boundaries) and speaker
// resolution shares. It reads the Doc and never writes to it.
//
// A View is built once per document and read many times: the rules ask
// about the same tokens over and over, and scanning the Doc each time made
// long documents quadratic.
package view
