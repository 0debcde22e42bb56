// Package validate scores the event coder on PETRARCH validation files
// (corpus.ReadPetrarch): it builds a Doc from each record, from the
// record's own CoNLL-U parse or by a pipeline, codes it, and compares the
// (source, target, event) triples with the expected ones.
package validate
