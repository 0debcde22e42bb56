package dict

import (
	"errors"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/actors"
)

// An invented ontology in the file's format: our own values, not the
// published ones.
const testOntology = `# realms' coding ontology
#
010:0x1000#say
030:0x3000#intend
031:0x3070
060:0x0070#cooperate
110:0x100F0#0xFFF0+0x0100#0x7000#the last value is the code's own
           # a comment line under a code
121:-0xFFFF+0x0070
---:0
`

func readTestOntology(t *testing.T) *Ontology {
	t.Helper()
	o, err := ReadOntology(strings.NewReader(testOntology), "test.ontology.txt")
	if err != nil {
		t.Fatal(err)
	}
	return o
}

func TestOntologyValuesBothWays(t *testing.T) {
	o := readTestOntology(t)
	if v, ok := o.Value("110"); !ok || v != 0x7000 {
		t.Errorf("110 is %#x (%v), want its own value 0x7000", v, ok)
	}
	for _, v := range []int{0x100F0, 0xFFF0 + 0x0100, 0x7000} {
		if c, ok := o.Code(v); !ok || c != "110" {
			t.Errorf("%#x reads back as %q (%v), want 110", v, c, ok)
		}
	}
	if c, ok := o.Code(-0xFFFF + 0x70); !ok || c != "121" {
		t.Errorf("negative sum reads back as %q", c)
	}
	if _, ok := o.Code(0); ok {
		t.Error("the null code's value reads back as a code")
	}
	var none *Ontology
	if _, ok := none.Value("010"); ok {
		t.Error("a nil ontology has values")
	}
}

// Intend over cooperate adds up; of two governing kinds the complement
// wins; a negated complement subtracts; a complement outranking its
// governing verb wins.
func TestCombine(t *testing.T) {
	o := readTestOntology(t)
	val := func(c string) int { v, _ := o.Value(c); return v }
	for _, tc := range []struct {
		upper, lower int
		want         string
	}{
		{val("030"), val("060"), "031"},
		{val("010"), val("030"), "030"},
		{val("060"), val("030"), "030"},
		{0, Negate(val("060")), "121"},
	} {
		if got, _ := o.Code(Combine(tc.upper, tc.lower)); got != tc.want {
			t.Errorf("Combine(%#x, %#x) is %q, want %s", tc.upper, tc.lower, got, tc.want)
		}
	}
	if !TopLevel(val("030")) || TopLevel(val("060")) {
		t.Error("TopLevel")
	}
}

func TestOntologyErrorsNameTheLine(t *testing.T) {
	text := "010:0x1000\n010:0x1001\nnocolon\n999:0x1\n030:zz\n040:0x1+\n050:0x1 0x2\n060:" + strings.Repeat("+1", 20) + "\n"
	o, err := ReadOntology(strings.NewReader(text), "bad.txt")
	var le actors.LineErrors
	if !errors.As(err, &le) || len(le) != 7 {
		t.Fatalf("errors %v", err)
	}
	for i, e := range le {
		if e.File != "bad.txt" || e.Line != i+2 {
			t.Errorf("error %d at %s:%d: %s", i, e.File, e.Line, e.Msg)
		}
	}
	if v, ok := o.Value("010"); !ok || v != 0x1000 {
		t.Errorf("the good line was lost: %#x %v", v, ok)
	}
}

// Any text gives an ontology or line errors naming its lines, never a
// panic, and every value read back is a code the file gave.
func FuzzReadOntology(f *testing.F) {
	f.Add(testOntology)
	f.Add("110:-0x7FFFFFFF-0x7FFFFFFF#0x1\n")
	f.Add("<!--\n010:1\n")
	f.Fuzz(func(t *testing.T, text string) {
		o, err := ReadOntology(strings.NewReader(text), "fuzz.txt")
		checkLineErrors(t, text, err)
		if o == nil {
			t.Fatal("nil ontology")
		}
		for v, c := range o.Reverse {
			if _, ok := o.Forward[c]; !ok {
				t.Errorf("%#x reads back as %q, which has no value", v, c)
			}
		}
	})
}
