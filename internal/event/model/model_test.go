package model

import (
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/event/dict"
	"github.com/newsgraph/newsgraph/internal/modelfile"
)

// An invented verb dictionary: a block with a pattern and a synonym set.
const verbs = `&VESSELS
+BARGE
+SKIFF

--- LEND  [070]  ---
LEND {LENDS LENT LENDING}
- * &VESSELS (TO +) [0711]  # lends boats to someone
`

// The bundle comes back from its directory as it was written, comments
// left out, and its verbs are found by form and lemma.
func TestSaveLoadRoundTrip(t *testing.T) {
	v, err := dict.ReadVerbs(strings.NewReader(verbs), "fixture.verbs.txt")
	if err != nil {
		t.Fatal(err)
	}
	b := FromSet(&dict.Set{Verbs: dict.Compile(v), Discards: []dict.Discard{}})
	if c := b.Verbs[0].Blocks[0].Patterns[0].Comment; c != "" {
		t.Errorf("comment %q kept", c)
	}
	dir := t.TempDir()
	if err := b.Save(dir, &modelfile.Manifest{Name: "events"}); err != nil {
		t.Fatal(err)
	}
	back, err := Load(os.DirFS(dir), ".")
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back.Verbs, b.Verbs) {
		t.Errorf("verbs changed on the way:\n%+v\n%+v", back.Verbs[0], b.Verbs[0])
	}
	if refs := back.Compiled().Candidates("lent", "lend"); len(refs) == 0 || refs[0].Block.Name != "LEND" {
		t.Errorf("lent: %+v", refs)
	}
}

// A directory written for another feature set is refused.
func TestLoadRefusesOtherFeatureSet(t *testing.T) {
	dir := t.TempDir()
	if err := modelfile.WriteJSON(dir, modelfile.ManifestFile, &modelfile.Manifest{Name: "events", FeatureSet: "event-dict.v0"}); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(os.DirFS(dir), "."); err == nil {
		t.Error("a model of another feature set was read")
	}
}
