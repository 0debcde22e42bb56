package dict

import (
	"errors"
	"fmt"
	"strings"

	"github.com/newsgraph/newsgraph/internal/event/cameo"
)

// Code is a verb or pattern code as the dictionary writes it: a forward
// code (actor to recipient), an optional reverse code (recipient to actor,
// after ':'), or the null code "---", which codes no event.
type Code struct {
	Forward string // "" when the code gives no forward event
	Reverse string // "" when it gives no reverse event
	// CAMEO is false when a half is no CAMEO code ("903", "+++").
	CAMEO bool
}

// Null reports whether the code gives no event.
func (c Code) Null() bool { return c.Forward == "" && c.Reverse == "" }

func (c Code) String() string {
	switch {
	case c.Null():
		return cameo.Null
	case c.Reverse == "":
		return c.Forward
	}
	return c.Forward + ":" + c.Reverse
}

// parseCode reads the inside of a [...] code.
func parseCode(s string) (Code, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return Code{}, errors.New("empty code []")
	}
	if s == cameo.Null {
		return Code{CAMEO: true}, nil
	}
	fwd, rev, _ := strings.Cut(s, ":")
	if fwd == "" && rev == "" {
		return Code{}, fmt.Errorf("code [%s] has two empty halves", s)
	}
	c := Code{Forward: fwd, Reverse: rev, CAMEO: true}
	for _, half := range []string{fwd, rev} {
		if half == "" {
			continue
		}
		if !codeSyntax(half) {
			return Code{}, fmt.Errorf("code [%s] is not letters, digits and ? with an optional ':'", s)
		}
		if _, ok := cameo.Lookup(half); !ok || half == cameo.Null {
			c.CAMEO = false
		}
	}
	return c, nil
}

// codeSyntax accepts what the published dictionaries write as codes:
// digits, letters and the markers + # ? (the validation suite has [+++],
// [###] and [025?]).
func codeSyntax(s string) bool {
	for i := 0; i < len(s); i++ {
		b := s[i]
		if !(b >= '0' && b <= '9' || b >= 'A' && b <= 'Z' || b >= 'a' && b <= 'z' || b == '+' || b == '#' || b == '?' || b == '-') {
			return false
		}
	}
	return s != ""
}

// cutCode splits "words [CODE]" at its last bracketed code; ok is false
// when there is none.
func cutCode(s string) (before, code string, ok bool, err error) {
	close := strings.LastIndexByte(s, ']')
	if close < 0 {
		if strings.ContainsRune(s, '[') {
			return "", "", false, errors.New("'[' without ']'")
		}
		return s, "", false, nil
	}
	if strings.TrimSpace(s[close+1:]) != "" {
		return "", "", false, fmt.Errorf("unexpected %q after the code", strings.TrimSpace(s[close+1:]))
	}
	open := strings.LastIndexByte(s[:close], '[')
	if open < 0 {
		return "", "", false, errors.New("']' without '['")
	}
	return s[:open], s[open+1 : close], true, nil
}
