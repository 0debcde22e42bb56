package cameo

import (
	"fmt"
	"strings"
)

// Null is the code of a dictionary pattern that codes no event.
const Null = "---"

// SplitPair splits a code as PETRARCH's verb dictionary writes it. A plain
// code ("043") is the forward event, actor to recipient. A paired code
// "042:043" adds a reverse event the recipient does to the actor: "A
// visited B" is A 042 B and B 043 A. Either half may be empty (":020"
// codes only the reverse event), and the null code "---" gives two empty
// halves: no event at all. Each non-empty half must be a code Lookup
// resolves; anything else is an error naming the input.
func SplitPair(code string) (forward, reverse string, err error) {
	if code == Null {
		return "", "", nil
	}
	forward, reverse, paired := strings.Cut(code, ":")
	if paired && forward == "" && reverse == "" {
		return "", "", fmt.Errorf("cameo: paired code %q has two empty halves", code)
	}
	if !paired && code == "" {
		return "", "", fmt.Errorf("cameo: empty code")
	}
	for _, half := range []string{forward, reverse} {
		if half == "" {
			continue
		}
		if _, ok := Lookup(half); !ok {
			return "", "", fmt.Errorf("cameo: %q in %q is no CAMEO code", half, code)
		}
	}
	return forward, reverse, nil
}
