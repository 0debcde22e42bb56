package cameo

import "testing"

func TestSplitPair(t *testing.T) {
	for _, c := range []struct{ in, fwd, rev string }{
		{"043", "043", ""},
		{"042:043", "042", "043"},
		{"043:042", "043", "042"},
		{":020", "", "020"},
		{"1952", "1952", ""},
		{"030:", "030", ""},
		{Null, "", ""},
	} {
		fwd, rev, err := SplitPair(c.in)
		if err != nil || fwd != c.fwd || rev != c.rev {
			t.Errorf("SplitPair(%q) = %q, %q, %v; want %q, %q", c.in, fwd, rev, err, c.fwd, c.rev)
		}
	}
	for _, bad := range []string{"", ":", "042:043:044", "042:abc", "xyz", "080!", "---:043", "21:043"} {
		if fwd, rev, err := SplitPair(bad); err == nil {
			t.Errorf("SplitPair(%q) = %q, %q, nil; want an error", bad, fwd, rev)
		}
	}
}
