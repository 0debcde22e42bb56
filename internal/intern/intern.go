// Package intern hands out one string for each distinct run of bytes:
// the shapes of a document's words ("Xxx", "dd,dd") are a few dozen
// strings, and making one anew for each word was a large share of the
// taggers' allocations.
package intern

// Strings maps each string it has handed out to itself. A nil Strings
// interns nothing: Of makes a new string each time.
type Strings map[string]string

// Of returns b as a string, the same string for the same bytes.
func (in Strings) Of(b []byte) string {
	if s, ok := in[string(b)]; ok { // string(b) in an index expression is not copied
		return s
	}
	s := string(b)
	if in != nil {
		in[s] = s
	}
	return s
}
