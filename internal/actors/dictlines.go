package actors

import "io"

// The helpers below export the line handling of the actor and agent
// readers to the other PETRARCH dictionary readers (verbs, discards,
// issues in internal/event/dict), so every dictionary reports a malformed
// line the same way: file:line, with everything else still read.

// EachLine calls fn for each line of r with its 1-based number, stripped of
// "\r\n". A line longer than 64 KiB is a LineError, not a failed read.
func EachLine(r io.Reader, file string, fn func(n int, line string)) (LineErrors, error) {
	return lines(r, file, fn)
}

// SplitComment returns the part of a line before its first '#' and the
// comment after it.
func SplitComment(line string) (content, comment string) { return splitComment(line) }

// CheckText refuses what no dictionary phrase can hold: invalid UTF-8,
// control characters and U+FFFD.
func CheckText(s string) error { return checkText(s) }

// XMLComments tracks PETRARCH's <!-- ... --> comments, which may span
// lines. The zero value is ready to use.
type XMLComments struct{ c xmlComment }

// Skip reports whether line n is (part of) a comment.
func (x *XMLComments) Skip(n int, line string) bool { return x.c.skip(n, line) }

// Unclosed returns the error for a comment still open at the end of file,
// or nil.
func (x *XMLComments) Unclosed(file string) *LineError {
	if x.c.open == 0 {
		return nil
	}
	return &LineError{File: file, Line: x.c.open, Msg: "<!-- comment never closed"}
}
