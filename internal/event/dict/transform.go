package dict

import (
	"fmt"
	"strings"
)

// Transform is one '~' line of a verb dictionary: how an event whose
// complement is another event is coded, as PETRARCH-2 writes it,
//
//	~ a (b . ATTACK) CLAIM = a b 112
//
// "a claims that b attacked anyone: a accuses b". The governing verb
// (CLAIM) and the complement's (ATTACK) are verb words of the
// dictionary, matched by their verbs' own codes; the complement's may be
// Q, any code. Inside the parentheses are the complement's actor and
// recipient: a (the governing verb's actor), b (a participant of its
// own), _ (none) or . (anyone). The result names the event's actor and
// recipient from a and b, and its code, or Q for the complement's.
type Transform struct {
	Upper, Lower             string // verb words, upper case; Lower may be "Q"
	LowerSource, LowerTarget byte   // 'a', 'b', '_' or '.'
	Source, Target           byte   // 'a' or 'b'
	Code                     string // a code, or "Q"
	Line                     int
}

// AnyCode is the variable a transformation writes for any complement
// code, and for passing it on.
const AnyCode = "Q"

// parseTransform reads a '~' line without its '~' and comment.
func parseTransform(s string, n int) (Transform, error) {
	s = strings.NewReplacer("(", " ( ", ")", " ) ", "=", " = ").Replace(s)
	f := strings.Fields(s)
	// a ( x y LOWER ) UPPER = r r CODE
	if len(f) != 11 || f[1] != "(" || f[5] != ")" || f[7] != "=" {
		return Transform{}, fmt.Errorf("transformation %q is not \"a (x y VERB) VERB = r r CODE\"", strings.Join(f, " "))
	}
	tr := Transform{Upper: strings.ToUpper(f[6]), Lower: strings.ToUpper(f[4]), Code: f[10], Line: n}
	if f[0] != "a" {
		return Transform{}, fmt.Errorf("transformation: the governing actor is %q, want a", f[0])
	}
	for _, r := range []struct {
		field   string
		dst     *byte
		allowed string
		what    string
	}{{f[2], &tr.LowerSource, "ab_.", "complement actor"}, {f[3], &tr.LowerTarget, "ab_.", "complement recipient"},
		{f[8], &tr.Source, "ab", "result actor"}, {f[9], &tr.Target, "ab", "result recipient"}} {
		if len(r.field) != 1 || !strings.Contains(r.allowed, r.field) {
			return Transform{}, fmt.Errorf("transformation: %s %q is none of %s", r.what, r.field, r.allowed)
		}
		*r.dst = r.field[0]
	}
	if tr.Code != AnyCode {
		if _, err := parseCode(tr.Code); err != nil {
			return Transform{}, err
		}
	}
	return tr, nil
}
