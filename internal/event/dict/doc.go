// Package dict reads the dictionaries a PETRARCH-style event coder codes
// with, as they are published: the verb dictionary (CAMEO.2.0.txt and the
// validation suite's PETR.Validate.verbs.txt), the discard list and the
// issue list. Actor and agent dictionaries are read by internal/actors.
//
// A malformed line is an *actors.LineError naming the file and the line;
// readers return everything they could read together with an
// actors.LineErrors listing the bad lines, so a caller may report them and
// go on (the published files have a few) or refuse.
//
// Codes are kept as written. A code that is no CAMEO code (the validation
// suite's WEIS codes and test markers: "903", "174L", "+++") is not an
// error: the reader counts it in Verbs.NonCAMEO and marks it, and the
// coder (internal/event) drops events so coded unless told to keep them,
// as the validation suite needs. A pattern naming a synonym set defined
// nowhere above it is a LineError and is left out, as PETRARCH ignores it.
//
// Compile turns the verbs into the form the coder matches: every verb
// form, regular forms generated, indexed by its word. LoadDir finds a
// directory's dictionaries by name; see its doc for how a user's
// directory adds to or overrides the default set.
package dict
