package affix

import "testing"

func TestAffixes(t *testing.T) {
	for _, c := range []struct{ s, pre, suf string }{
		{"running", "run", "ing"},
		{"ab", "ab", "ab"},
		{"café", "caf", "fé"}, // é is two bytes: the suffix widens to the rune's start
		{"ééé", "éé", "éé"},
	} {
		if p := Prefix(c.s, 3); p != c.pre {
			t.Errorf("Prefix(%q, 3) = %q, want %q", c.s, p, c.pre)
		}
		if s := Suffix(c.s, 3); s != c.suf {
			t.Errorf("Suffix(%q, 3) = %q, want %q", c.s, s, c.suf)
		}
	}
}
