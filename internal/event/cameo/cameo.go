// Package cameo says what a CAMEO event code means: a short name, its root
// (the two-digit cue category), its quad class, its Goldstein score, and the
// PLOVER event type and mode it becomes.
//
// The table covers the CAMEO 1.1b3 codebook (roots 01 to 20 with their three-
// and four-digit children) and the few extensions the PETRARCH verb
// dictionary uses (176, 1213, 1214, 1951, 1952). Names are our own short
// paraphrases; Goldstein scores are the published CAMEO adaptation of
// Goldstein (1992); PLOVER types and modes follow the PLOVER 0.8 manual and
// its CAMEO conversion table, with the departures listed in plover.go.
//
// Codes are strings of digits because their leading zeros matter: "043" is
// not "43". Quad class comes from the CAMEO root, not from PLOVER, whose
// quads differ (PLOVER counts SANCTION as verbal conflict, CAMEO's 16 is
// material conflict).
package cameo

// Info is what one CAMEO code means.
type Info struct {
	Code      string  // the code asked for: "043", or a root "04"
	Name      string  // short name: "host a visit"
	Root      string  // cue category, two digits: "04"
	QuadClass int     // 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
	Goldstein float64 // conflict (-10) to cooperation (+10)
	PLOVER    string  // PLOVER event type, or "" for roots 01 and 02, which PLOVER drops
	Mode      string  // PLOVER mode where the code names one, else ""
	// ReverseRoles is set where PLOVER's actor is CAMEO's recipient: for
	// 043 the CAMEO actor hosts, while PLOVER codes a visit with the
	// visitor as actor and the host as recipient.
	ReverseRoles bool
	// Inherited is set when the codebook lacks Code and the row of its
	// nearest known ancestor (parent, then root) stands in for it.
	Inherited bool
}

// Lookup returns what a code means. It accepts a root ("04", read as its
// general code "040"), a three- or four-digit code of the table, and an
// unknown code whose parent or root is known: "1959" inherits the row of
// "195", "155" that of "150", with Inherited set. It refuses anything else,
// including PETRARCH's paired codes ("042:043") and the null code "---":
// split those with SplitPair first.
func Lookup(code string) (Info, bool) {
	root := Root(code)
	if root == "" {
		return Info{}, false
	}
	key, inherited := code, false
	if len(code) == 2 {
		key = code + "0"
	}
	r, ok := byCode[key]
	if !ok && len(code) == 4 {
		r, ok = byCode[code[:3]]
		inherited = true
	}
	if !ok {
		r, ok = byCode[root+"0"]
		inherited = true
	}
	if !ok {
		return Info{}, false
	}
	return Info{
		Code:         code,
		Name:         r.name,
		Root:         root,
		QuadClass:    QuadClass(root),
		Goldstein:    r.goldstein,
		PLOVER:       r.plover,
		Mode:         r.mode,
		ReverseRoles: r.code == "043",
		Inherited:    inherited,
	}, true
}

// Valid reports whether code is a root or a code of the table itself, not
// one Lookup would only resolve through an ancestor.
func Valid(code string) bool {
	if Root(code) == "" {
		return false
	}
	if len(code) == 2 {
		return true
	}
	_, ok := byCode[code]
	return ok
}

// Root returns the two-digit cue category of a code of two to four digits
// whose first two digits are 01 to 20, or "" for anything else. A fourth
// digit of 0 is refused: CAMEO numbers a code's children from 1.
func Root(code string) string {
	if len(code) < 2 || len(code) > 4 || (len(code) == 4 && code[3] == '0') {
		return ""
	}
	for i := 0; i < len(code); i++ {
		if code[i] < '0' || code[i] > '9' {
			return ""
		}
	}
	if QuadClass(code[:2]) == 0 {
		return ""
	}
	return code[:2]
}

// QuadClass returns CAMEO's quad class of a root: 01-05 verbal cooperation
// (1), 06-08 material cooperation (2), 09-13 verbal conflict (3), 14-20
// material conflict (4); 0 for anything that is no root.
func QuadClass(root string) int {
	if len(root) != 2 || root[0] < '0' || root[0] > '2' || root[1] < '0' || root[1] > '9' {
		return 0
	}
	switch n := int(root[0]-'0')*10 + int(root[1]-'0'); {
	case n >= 1 && n <= 5:
		return 1
	case n >= 6 && n <= 8:
		return 2
	case n >= 9 && n <= 13:
		return 3
	case n >= 14 && n <= 20:
		return 4
	}
	return 0
}

// Codes returns every code of the table, in table order (by root, then
// code). The slice is new on each call.
func Codes() []string {
	out := make([]string, 0, len(rows))
	for _, r := range rows {
		out = append(out, r.code)
	}
	return out
}
