// Package extract turns raw input (HTML or plain text) into the paragraphs
// of an article and its metadata, ready for newsgraph.NewDoc. It checks the
// input first: empty, binary, oversized and badly encoded input is refused
// or repaired here, with a clear error or a diagnostic.
package extract
