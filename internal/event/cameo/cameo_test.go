package cameo

import "testing"

// Spot checks of single facts, each from the PLOVER conversion table or
// the published CAMEO Goldstein scale.
func TestKnownMappings(t *testing.T) {
	for _, c := range []struct {
		code, plover, mode string
		goldstein          float64
		quad               int
	}{
		{"010", "", "", 0.0, 1},
		{"020", "", "", 3.0, 1},
		{"036", Agree, "", 4.0, 1},
		{"040", Consult, "", 1.0, 1},
		{"042", Consult, "visit", 1.9, 1},
		{"043", Consult, "visit", 2.8, 1},
		{"051", Support, "", 3.4, 1},
		{"057", Support, "", 8.0, 1},
		{"061", Cooperate, "", 6.4, 2},
		{"070", Aid, "", 7.0, 2},
		{"0813", Concede, "", 5.0, 2},
		{"0841", Retreat, "release", 7.0, 2},
		{"0874", Retreat, "disarm", 10.0, 2},
		{"091", Accuse, "investigate", -2.0, 3},
		{"1056", Request, "yield", -5.0, 3},
		{"1124", Accuse, "allege", -2.0, 3},
		{"125", Reject, "meet", -5.0, 3},
		{"138", Threaten, "violence", -7.0, 3},
		{"145", Protest, "riot", -7.5, 4},
		{"154", Mobilize, "troops", -7.2, 4},
		{"163", Sanction, "discontinue", -8.0, 4},
		{"173", Coerce, "arrest", -5.0, 4},
		{"1712", Assault, "destroy", -9.2, 4},
		{"186", Assault, "targeted", -10.0, 4},
		{"190", Assault, "", -10.0, 4},
		{"191", Coerce, "restrict", -9.5, 4},
		{"2042", Assault, "unconventional", -10.0, 4},
	} {
		info, ok := Lookup(c.code)
		if !ok {
			t.Errorf("Lookup(%q) failed", c.code)
			continue
		}
		if info.PLOVER != c.plover || info.Mode != c.mode || info.Goldstein != c.goldstein || info.QuadClass != c.quad {
			t.Errorf("Lookup(%q) = %s/%q Goldstein %v quad %d; want %s/%q %v quad %d", c.code,
				info.PLOVER, info.Mode, info.Goldstein, info.QuadClass, c.plover, c.mode, c.goldstein, c.quad)
		}
		if info.Code != c.code || info.Root != c.code[:2] || info.Inherited {
			t.Errorf("Lookup(%q) = code %q root %q inherited %v", c.code, info.Code, info.Root, info.Inherited)
		}
	}
}

func TestOnlyHostingReversesRoles(t *testing.T) {
	for _, c := range Codes() {
		info, _ := Lookup(c)
		if info.ReverseRoles != (c == "043") {
			t.Errorf("Lookup(%q).ReverseRoles = %v", c, info.ReverseRoles)
		}
	}
}

func TestLookupFallsBackToAncestors(t *testing.T) {
	for _, c := range []struct{ code, from string }{
		{"04", "040"},   // a root reads as its general code
		{"1959", "195"}, // unknown child of a known code
		{"155", "150"},  // unknown three-digit code of a known root
		{"1559", "150"}, // unknown child of an unknown code
	} {
		got, ok := Lookup(c.code)
		want, _ := Lookup(c.from)
		if !ok {
			t.Errorf("Lookup(%q) failed; want the row of %q", c.code, c.from)
			continue
		}
		if got.Name != want.Name || got.PLOVER != want.PLOVER || got.Goldstein != want.Goldstein || got.Code != c.code {
			t.Errorf("Lookup(%q) = %+v; want the row of %q with Code %q", c.code, got, c.from, c.code)
		}
		if got.Inherited != (len(c.code) > 2) {
			t.Errorf("Lookup(%q).Inherited = %v", c.code, got.Inherited)
		}
		if Valid(c.code) != (len(c.code) == 2) {
			t.Errorf("Valid(%q) = %v; only roots and table codes are valid", c.code, Valid(c.code))
		}
	}
}

func TestLookupRefusesMalformedCodes(t *testing.T) {
	for _, code := range []string{
		"", "4", "00", "21", "99", "043:042", ":020", Null, "043 ", " 043",
		"04a", "0430", "04300", "-43", "+43", "0x3", "٠٤٣", "080!",
	} {
		if info, ok := Lookup(code); ok {
			t.Errorf("Lookup(%q) = %+v; want refusal", code, info)
		}
		if Valid(code) {
			t.Errorf("Valid(%q) = true", code)
		}
	}
}

func TestQuadClassOfEachRoot(t *testing.T) {
	want := []int{0, 1, 1, 1, 1, 1, 2, 2, 2, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 4, 4, 0}
	for n, q := range want {
		root := string(rune('0'+n/10)) + string(rune('0'+n%10))
		if got := QuadClass(root); got != q {
			t.Errorf("QuadClass(%q) = %d, want %d", root, got, q)
		}
	}
	for _, bad := range []string{"", "1", "010", "ab", "3 "} {
		if got := QuadClass(bad); got != 0 {
			t.Errorf("QuadClass(%q) = %d, want 0", bad, got)
		}
	}
}

func TestAllowsOneSided(t *testing.T) {
	for code, want := range map[string]bool{
		"154":  true,  // mobilising troops needs no enemy named
		"141":  true,  // a demonstration
		"040":  true,  // a meeting lists all its parties as actors
		"1831": true,  // a suicide bombing
		"061":  false, // COOPERATE is mutual
		"073":  false, // AID benefits a recipient
		"163":  false, // SANCTION cuts relations with someone
		"010":  false, // PLOVER drops statements
		"999":  false,
		"":     false,
	} {
		if got := AllowsOneSided(code); got != want {
			t.Errorf("AllowsOneSided(%q) = %v, want %v", code, got, want)
		}
	}
	for t2 := range oneSided {
		if !IsType(t2) {
			t.Errorf("oneSided names %q, no PLOVER type", t2)
		}
	}
}

func TestValidMode(t *testing.T) {
	for _, c := range []struct {
		typ, mode string
		want      bool
	}{
		{Consult, "visit", true},
		{Consult, "", true},
		{Consult, "riot", false},
		{Agree, "", true},
		{Agree, "visit", false},
		{"NOPE", "", false},
		{"", "", false},
	} {
		if got := ValidMode(c.typ, c.mode); got != c.want {
			t.Errorf("ValidMode(%q, %q) = %v, want %v", c.typ, c.mode, got, c.want)
		}
	}
	m := Modes(Protest)
	m[0] = "changed"
	if Modes(Protest)[0] == "changed" {
		t.Error("Modes returns the table's own slice")
	}
}
