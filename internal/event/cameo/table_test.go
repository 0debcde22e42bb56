package cameo

import (
	"fmt"
	"testing"
)

func TestTableInvariants(t *testing.T) {
	seenName := map[string]string{}
	usedType := map[string]bool{}
	for _, r := range rows {
		if n := len(r.code); n != 3 && n != 4 {
			t.Errorf("%q: codes have three or four digits", r.code)
		}
		root := Root(r.code)
		if root == "" {
			t.Errorf("%q: no valid root", r.code)
			continue
		}
		if len(r.code) == 4 {
			if _, ok := byCode[r.code[:3]]; !ok {
				t.Errorf("%q: parent %q is not in the table", r.code, r.code[:3])
			}
		}
		if r.goldstein < -10 || r.goldstein > 10 {
			t.Errorf("%q: Goldstein %v outside [-10, 10]", r.code, r.goldstein)
		}
		dropped := root == "01" || root == "02"
		if dropped != (r.plover == "") {
			t.Errorf("%q: PLOVER %q; PLOVER drops exactly roots 01 and 02", r.code, r.plover)
		}
		if !dropped && !IsType(r.plover) {
			t.Errorf("%q: %q is no PLOVER type", r.code, r.plover)
		}
		if r.mode != "" && !ValidMode(r.plover, r.mode) {
			t.Errorf("%q: mode %q is not one of %s's modes %v", r.code, r.mode, r.plover, Modes(r.plover))
		}
		if r.name == "" {
			t.Errorf("%q: no name", r.code)
		}
		if other, dup := seenName[r.name]; dup {
			t.Errorf("%q and %q share the name %q", other, r.code, r.name)
		}
		seenName[r.name] = r.code
		usedType[r.plover] = true
	}
	if len(byCode) != len(rows) {
		t.Errorf("%d rows but %d distinct codes: a code is listed twice", len(rows), len(byCode))
	}
	for _, ty := range Types {
		if !usedType[ty] {
			t.Errorf("no CAMEO code maps to PLOVER %s", ty)
		}
	}
	if len(Types) != 16 {
		t.Errorf("%d PLOVER types, want 16", len(Types))
	}
}

// TestTableFollowsCodebook checks the table against the shape of the CAMEO
// 1.1b3 codebook, written here independently of the table: each root's
// three-digit codes run without gaps from X0 to the last listed, and only
// the listed families have four-digit children, as many as listed.
func TestTableFollowsCodebook(t *testing.T) {
	lastOfRoot := map[string]string{
		"01": "019", "02": "028", "03": "039", "04": "046", "05": "057",
		"06": "064", "07": "075", "08": "087", "09": "094", "10": "108",
		"11": "116", "12": "129", "13": "139", "14": "145", "15": "154",
		"16": "166", "17": "176", "18": "186", "19": "196", "20": "204",
	}
	children := map[string]int{
		"021": 4, "023": 4, "024": 4, "025": 6, "031": 4, "033": 4, "034": 4, "035": 6,
		"081": 4, "083": 4, "084": 2, "086": 3, "087": 4,
		"101": 4, "103": 4, "104": 4, "105": 6, "112": 5,
		"121": 4, "122": 4, "123": 4, "124": 6,
		"131": 3, "132": 4, "138": 5,
		"141": 4, "142": 4, "143": 4, "144": 4, "145": 4,
		"162": 3, "166": 3, "171": 2, "172": 4,
		"182": 3, "183": 3, "195": 2, "204": 2,
	}
	want := map[string]bool{}
	for root, last := range lastOfRoot {
		for c := root + "0"; c <= last; c = next(c) {
			want[c] = true
		}
	}
	for parent, n := range children {
		for i := 1; i <= n; i++ {
			want[fmt.Sprintf("%s%d", parent, i)] = true
		}
	}
	for c := range want {
		if !Valid(c) {
			t.Errorf("codebook code %q is missing from the table", c)
		}
	}
	for _, c := range Codes() {
		if !want[c] {
			t.Errorf("table code %q is not in the codebook", c)
		}
	}
}

// next returns the three-digit code after c: "019" -> "020" is never asked
// for, since roots end before their tenth child.
func next(c string) string {
	return c[:2] + string(c[2]+1)
}

func TestEveryRootHasItsGeneralCode(t *testing.T) {
	for n := 1; n <= 20; n++ {
		root := fmt.Sprintf("%02d", n)
		info, ok := Lookup(root)
		if !ok || info.Inherited {
			t.Errorf("Lookup(%q) = %+v, %v: want the exact row of %s0", root, info, ok, root)
		}
	}
}
