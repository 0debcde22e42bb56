package dict

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/actors"
)

// An invented verb dictionary in both published styles: PETRARCH-2
// phrases {..} and prepositions (..), TABARI joins with '_'.
const fixtureVerbs = `<!-- invented for the tests -->
&BOATS
+FERRY
+RAFT_
&CARGO_
+GRAIN
+&BOATS

--- BEFRIEND  [051]  ---
BEFRIEND  # a comment
SHUN {SHUNS SHUNNED SHUNNING} [---]
+WAVE_AT
PACK_+UP [0233]
- * {FRESH &BOATS} (TO $) [070:072]  # sends boats
- SUDDENLY_* [---]
- * (WITH +) &CARGO [:030]
- * OVER_LEMONS [903]

--- SCOLD [111] # a header's comment ---
SCOLD
`

func readFixture(t *testing.T) *Verbs {
	t.Helper()
	v, err := ReadVerbs(strings.NewReader(fixtureVerbs), "fixture.verbs.txt")
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func TestReadVerbsBlocksAndForms(t *testing.T) {
	v := readFixture(t)
	if len(v.Blocks) != 2 || v.Blocks[0].Name != "BEFRIEND" || v.Blocks[0].Code.String() != "051" || v.Blocks[1].Code.String() != "111" {
		t.Fatalf("blocks %+v", v.Blocks)
	}
	b := v.Blocks[0]
	if len(b.Verbs) != 4 || len(b.Patterns) != 4 {
		t.Fatalf("%d verbs, %d patterns", len(b.Verbs), len(b.Patterns))
	}
	befriend := b.Verbs[0]
	var forms []string
	for _, f := range befriend.Forms {
		forms = append(forms, strings.Join(f, " "))
	}
	if !slices.Equal(forms, []string{"BEFRIEND", "BEFRIENDS", "BEFRIENDED", "BEFRIENDING"}) {
		t.Errorf("regular forms %v", forms)
	}
	shun := b.Verbs[1]
	if len(shun.Forms) != 4 || shun.Code == nil || !shun.Code.Null() {
		t.Errorf("irregular verb with the null code read as %+v", shun)
	}
	wave := b.Verbs[2]
	if wave.Forms[0][wave.Head[0]] != "WAVE" || wave.Forms[2][1] != "AT" || wave.Forms[2][0] != "WAVED" {
		t.Errorf("multi-word verb %+v", wave)
	}
	pack := b.Verbs[3]
	if pack.Head[0] != 1 || pack.Base != "up" || pack.Code.String() != "0233" {
		t.Errorf("'+' on the second word read as %+v", pack)
	}
}

func TestReadVerbsPatterns(t *testing.T) {
	v := readFixture(t)
	ps := v.Blocks[0].Patterns
	p := ps[0]
	if p.Verb != 0 || p.Code.Forward != "070" || p.Code.Reverse != "072" || p.Comment != "sends boats" {
		t.Fatalf("pattern %+v", p)
	}
	post := p.Post()
	if len(post) != 2 || post[0].Kind != Phrase || post[1].Kind != Prep {
		t.Fatalf("post terms %+v", post)
	}
	if ph := post[0].Sub; ph[0].Text != "FRESH" || ph[1].Kind != Synset || ph[1].Text != "BOATS" {
		t.Errorf("phrase %+v", ph)
	}
	if pp := post[1].Sub; pp[0].Text != "TO" || pp[1].Kind != Source {
		t.Errorf("preposition %+v", pp)
	}
	if pre := ps[1].Pre(); len(pre) != 1 || !pre[0].Joined || pre[0].Text != "SUDDENLY" || !ps[1].Code.Null() {
		t.Errorf("joined pre-verb word %+v", ps[1])
	}
	if c := ps[2].Code; c.Forward != "" || c.Reverse != "030" {
		t.Errorf("reverse-only code %+v", c)
	}
	if ps[3].Code.CAMEO || v.NonCAMEO != 1 {
		t.Errorf("903 is no CAMEO code: %+v, %d counted", ps[3].Code, v.NonCAMEO)
	}
}

func TestReadVerbsSynsets(t *testing.T) {
	v := readFixture(t)
	boats := v.Synsets["BOATS"]
	var members []string
	for _, m := range boats.Members {
		members = append(members, m[0].Text)
	}
	// FERRY gets its plural; RAFT_ asks for none.
	if !slices.Equal(members, []string{"FERRY", "FERRIES", "RAFT"}) {
		t.Errorf("members %v", members)
	}
	cargo := v.Synsets["CARGO"]
	if !cargo.NoPlural || len(cargo.Members) != 2 || cargo.Members[1][0].Kind != Synset {
		t.Errorf("set without plurals, nesting another: %+v", cargo)
	}
}

func TestReadVerbsMalformedLines(t *testing.T) {
	bad := "- * LOOSE [010]\n--- OK [010] ---\nOK\n- * {OPEN [020]\n- * [05X!]\n- * &NOWHERE [030]\n- NO VERB [040]\n- * FINE [042]\n"
	v, err := ReadVerbs(strings.NewReader(bad), "bad.txt")
	var le actors.LineErrors
	if !errors.As(err, &le) {
		t.Fatalf("err %v, want LineErrors", err)
	}
	var lines []int
	for _, e := range le {
		lines = append(lines, e.Line)
		if e.File != "bad.txt" {
			t.Errorf("error names file %q", e.File)
		}
	}
	if !slices.Equal(lines, []int{1, 4, 5, 6, 7}) {
		t.Errorf("bad lines %v: %v", lines, err)
	}
	if len(v.Blocks) != 1 || len(v.Blocks[0].Patterns) != 1 || v.Blocks[0].Patterns[0].Line != 8 {
		t.Errorf("the good pattern is kept: %+v", v.Blocks)
	}
}

func TestDiscardsAndIssues(t *testing.T) {
	ds, err := ReadDiscards(strings.NewReader("+Quidditch Cup # story\nyears_later_\n\nchess\n"), "d.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(ds) != 3 || !ds[0].Story || ds[0].Phrase != "QUIDDITCH CUP" || !ds[1].WholeWord || ds[1].Phrase != "YEARS LATER" || ds[2].Story {
		t.Errorf("discards %+v", ds)
	}
	is, err := ReadIssues(strings.NewReader("<ISSUE CATEGORY=\"FARM\">\nn:plough [PLOUGHS]\nv:harvest n:moon [HARVEST]\n~~harvest festival\n</ISSUE>\n"), "i.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(is.Issues) != 2 || !slices.Equal(is.Issues[0].Forms, []string{"plough", "ploughs"}) || is.Issues[0].Category != "FARM" {
		t.Errorf("issues %+v", is.Issues)
	}
	if f := is.Issues[1].Forms; len(f) != 8 || !slices.Contains(f, "harvested moons") {
		t.Errorf("verb and noun expanded: %v", f)
	}
	if !slices.Equal(is.Ignore, []string{"harvest festival"}) {
		t.Errorf("ignored %v", is.Ignore)
	}
}
