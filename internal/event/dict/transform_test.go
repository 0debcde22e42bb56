package dict

import (
	"errors"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/actors"
)

const testTransformVerbs = `--- DECLARE [010] ---
DECLARE

--- RAID [190] ---
RAID

~ a (b . RAID) DECLARE = a b 112
~ a (a b Q) DECLARE = a b Q
~ a (a b RAID) UNKNOWNVERB = a b 015
`

func TestTransformsReadAndCompiled(t *testing.T) {
	v, err := ReadVerbs(strings.NewReader(testTransformVerbs), "t.verbs.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(v.Transforms) != 3 {
		t.Fatalf("transforms %+v", v.Transforms)
	}
	tr := v.Transforms[0]
	if tr.Upper != "DECLARE" || tr.Lower != "RAID" || tr.LowerSource != 'b' || tr.LowerTarget != '.' ||
		tr.Source != 'a' || tr.Target != 'b' || tr.Code != "112" || tr.Line != 7 {
		t.Errorf("first %+v", tr)
	}
	got := Compile(v).Transforms()
	// The third names a verb the dictionary lacks: it can never apply.
	if len(got) != 2 || got[0].UpperCode != "010" || got[0].LowerCode != "190" || got[1].LowerCode != AnyCode {
		t.Errorf("compiled %+v", got)
	}
}

func TestTransformErrors(t *testing.T) {
	bad := "--- RAID [190] ---\nRAID\n~ a (b . RAID) RAID = a b\n~ x (b . RAID) RAID = a b 112\n" +
		"~ a (z . RAID) RAID = a b 112\n~ a (b . RAID) RAID = a c 112\n~ a (b . RAID) RAID = a b [1\n"
	_, err := ReadVerbs(strings.NewReader(bad), "bad.verbs.txt")
	var le actors.LineErrors
	if !errors.As(err, &le) || len(le) != 5 || le[0].Line != 3 || le[4].Line != 7 {
		t.Errorf("errors %v", err)
	}
}
