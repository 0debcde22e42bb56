package cameo

import (
	"bufio"
	"os"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/shareddata"
)

// knownMalformed lists codes the PETRARCH verb dictionary writes that are
// no CAMEO code, with the code each is evidently a slip for. A new oddity
// in the dictionary fails the test until it is looked at and listed here.
var knownMalformed = map[string]string{
	"080!": "080", // one "BACK DOWN" pattern
}

var bracketCode = regexp.MustCompile(`\[([^\]]*)\]`)

// TestVerbDictionaryCodesResolve reads every code the PETRARCH CAMEO verb
// dictionary uses, in its verb blocks, patterns and transformations, and
// checks that SplitPair resolves it.
func TestVerbDictionaryCodesResolve(t *testing.T) {
	path := shareddata.Path(t, "events", "universal-petrarch", "dictionaries", "CAMEO.2.0.txt")
	codes := dictionaryCodes(t, path)
	if len(codes) < 200 {
		t.Fatalf("found only %d distinct codes in %s: the reader is broken", len(codes), path)
	}
	for code, line := range codes {
		if slip, ok := knownMalformed[code]; ok {
			if _, _, err := SplitPair(slip); err != nil {
				t.Errorf("line %d: %q stands for %q, which does not resolve: %v", line, code, slip, err)
			}
			continue
		}
		if _, _, err := SplitPair(code); err != nil {
			t.Errorf("line %d: %v", line, err)
		}
	}
	t.Logf("%d distinct codes resolved", len(codes))
}

// TestTableCodesAppearInDictionary reports (without failing) the codebook
// codes no dictionary pattern produces, to show what coding can't reach.
func TestTableCodesAppearInDictionary(t *testing.T) {
	path := shareddata.Path(t, "events", "universal-petrarch", "dictionaries", "CAMEO.2.0.txt")
	used := map[string]bool{}
	for code := range dictionaryCodes(t, path) {
		fwd, rev, _ := SplitPair(code)
		used[fwd], used[rev] = true, true
	}
	var unused []string
	for _, c := range Codes() {
		if !used[c] {
			unused = append(unused, c)
		}
	}
	sort.Strings(unused)
	t.Logf("%d of %d table codes no pattern produces: %s", len(unused), len(rows), strings.Join(unused, " "))
}

// dictionaryCodes returns each distinct code with the first line using it.
// Codes sit in brackets in the verb section ("[042:043]", "[---]") and
// end the transformation lines ("... = a b 112").
func dictionaryCodes(t *testing.T, path string) map[string]int {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	codes := map[string]int{}
	inVerbs, inTransforms := false, false
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		switch {
		case strings.Contains(line, "VERB PATTERNS"):
			inVerbs = true
			continue
		case strings.Contains(line, "TRANSFORMATIONS"):
			inVerbs, inTransforms = false, true
			continue
		}
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		add := func(code string) {
			if _, seen := codes[code]; !seen {
				codes[code] = n
			}
		}
		if inVerbs {
			for _, m := range bracketCode.FindAllStringSubmatch(line, -1) {
				add(strings.TrimSpace(m[1]))
			}
		}
		if _, rhs, ok := strings.Cut(line, "="); inTransforms && ok {
			if fields := strings.Fields(rhs); len(fields) > 0 && Root(fields[len(fields)-1]) != "" {
				add(fields[len(fields)-1])
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return codes
}
