package cameo

import (
	"strings"
	"testing"
)

// FuzzLookup feeds arbitrary strings, as a dictionary or a stored event
// could hold, to every entry point, checking they agree and never panic.
func FuzzLookup(f *testing.F) {
	for _, s := range []string{"043", "042:043", ":020", "---", "04", "1959", "0430", "080!", "", "٠٤٣", "20", "21"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, code string) {
		info, ok := Lookup(code)
		if ok != (Root(code) != "") {
			t.Fatalf("Lookup(%q) ok=%v but Root=%q", code, ok, Root(code))
		}
		if ok {
			if info.Code != code || info.Root != code[:2] || info.QuadClass < 1 || info.QuadClass > 4 {
				t.Fatalf("Lookup(%q) = %+v", code, info)
			}
			if info.Goldstein < -10 || info.Goldstein > 10 {
				t.Fatalf("Lookup(%q).Goldstein = %v", code, info.Goldstein)
			}
			if info.PLOVER != "" && !ValidMode(info.PLOVER, info.Mode) {
				t.Fatalf("Lookup(%q) = %s/%s", code, info.PLOVER, info.Mode)
			}
		}
		if Valid(code) && !ok {
			t.Fatalf("Valid(%q) but Lookup refuses it", code)
		}
		_ = AllowsOneSided(code)
		fwd, rev, err := SplitPair(code)
		if err != nil {
			return
		}
		for _, half := range []string{fwd, rev} {
			if _, ok := Lookup(half); half != "" && !ok {
				t.Fatalf("SplitPair(%q) gave %q, which Lookup refuses", code, half)
			}
		}
		if code != Null && fwd+rev == "" {
			t.Fatalf("SplitPair(%q) accepted a code with no event", code)
		}
		if strings.Count(code, ":") > 1 {
			t.Fatalf("SplitPair(%q) accepted several colons", code)
		}
	})
}
