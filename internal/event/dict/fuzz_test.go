package dict

import (
	"errors"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/actors"
)

// checkLineErrors fails unless err is nil or line errors naming the file
// and a line that exists.
func checkLineErrors(t *testing.T, text string, err error) {
	t.Helper()
	if err == nil {
		return
	}
	var le actors.LineErrors
	if !errors.As(err, &le) {
		t.Fatalf("error is no LineErrors: %v", err)
	}
	n := strings.Count(text, "\n") + 1
	for _, e := range le {
		if e.File != "fuzz.txt" || e.Line < 1 || e.Line > n {
			t.Errorf("error names %s:%d of %d lines", e.File, e.Line, n)
		}
	}
}

func FuzzVerbs(f *testing.F) {
	f.Add(fixtureVerbs)
	f.Add("&A_B\n+&A_B\n--- X ---\nX {}\n- &A_B_* (TO {Y &A_B}) $ + ^ % [01:]\n")
	f.Add("--- [---\n-*_*\n- ((\n- {{}} [1]\n+_+ {+ +}\n")
	f.Fuzz(func(t *testing.T, text string) {
		v, err := ReadVerbs(strings.NewReader(text), "fuzz.txt")
		checkLineErrors(t, text, err)
		c := Compile(v)
		for _, b := range v.Blocks {
			for _, p := range b.Patterns {
				if p.Terms[p.Verb].Kind != VerbSlot {
					t.Errorf("pattern's verb slot is %v", p.Terms[p.Verb])
				}
			}
			for _, vb := range b.Verbs {
				for i, f := range vb.Forms {
					if vb.Head[i] < 0 || vb.Head[i] >= len(f) {
						t.Errorf("verb head %d of %v", vb.Head[i], f)
					}
					c.Candidates(f[vb.Head[i]], vb.Base)
				}
			}
		}
	})
}

func FuzzDiscards(f *testing.F) {
	f.Add("+A B # c\nC_\n<!-- x\n-->\n")
	f.Add("+\n_\n[x]\n")
	f.Fuzz(func(t *testing.T, text string) {
		ds, err := ReadDiscards(strings.NewReader(text), "fuzz.txt")
		checkLineErrors(t, text, err)
		for _, d := range ds {
			if d.Phrase == "" {
				t.Errorf("empty discard %+v", d)
			}
		}
	})
}

func FuzzIssues(f *testing.F) {
	f.Add("<ISSUE CATEGORY=\"X\">\nn:a v:b c+d [X_Y]\n~e\n</ISSUE>\n")
	f.Add("<ISSUE\nn: [x]\na+b+c+d+e+f+g+h+i [Z]\n")
	f.Fuzz(func(t *testing.T, text string) {
		is, err := ReadIssues(strings.NewReader(text), "fuzz.txt")
		checkLineErrors(t, text, err)
		for _, i := range is.Issues {
			if len(i.Forms) == 0 || len(i.Forms) > maxForms {
				t.Errorf("issue with %d forms", len(i.Forms))
			}
		}
	})
}
