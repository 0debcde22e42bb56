package event

// negated reports whether verb v is denied: a "not", "n't" or "never"
// among its dependents ("Arnor did not attack Gondor").
func negated(t *tree, v int) bool {
	for _, c := range t.kids(v) {
		switch t.dep(c) {
		case "neg":
			return true
		case "advmod":
			switch lower(t.d.TokenText(c)) {
			case "not", "n't", "never":
				return true
			}
		}
	}
	return false
}
