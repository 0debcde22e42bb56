package dict

import (
	"os"
	"path/filepath"
	"testing"
)

func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// A user's directory replaces the default file of the same name, adds its
// other files, and its patterns are tried first.
func TestLoadDirLayersUserFiles(t *testing.T) {
	def, user := t.TempDir(), t.TempDir()
	writeFiles(t, def, map[string]string{
		"Base.verbs.txt":    "--- GREET [010] ---\nGREET\n",
		"Shire.actors.txt":  "HOBBITON [HBT]\n",
		"Shire.agents.txt":  "MAYOR [~GOV]\n",
		"notes.txt":         "not a dictionary\n",
		"Base.discards.txt": "CROQUET\n",
	})
	writeFiles(t, user, map[string]string{
		"Base.discards.txt": "HOPSCOTCH\n",
		"Extra.verbs.txt":   "--- GREET [020] ---\nGREET\n--- WAVE [030] ---\nWAVE\n",
	})
	s, err := LoadDir(def, user)
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Discards) != 1 || s.Discards[0].Phrase != "HOPSCOTCH" {
		t.Errorf("discards %+v: the user's file should replace the default", s.Discards)
	}
	c := s.Verbs.Candidates("greeted", "greet")
	if len(c) < 2 || c[0].Code().String() != "020" || c[1].Code().String() != "010" {
		t.Errorf("candidates for greeted: user first, got %v", c)
	}
	if len(s.Verbs.Candidates("waving", "")) != 1 {
		t.Errorf("the user's new verb is missing")
	}
	if _, m := s.KB().Lookup("Hobbiton"); m == 0 {
		t.Errorf("actors not loaded")
	}
}

func TestLoadNeedsVerbs(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"Shire.actors.txt": "HOBBITON [HBT]\n"})
	if _, err := LoadDir(dir); err == nil {
		t.Error("a set without verbs loaded")
	}
	if _, err := LoadDir(filepath.Join(dir, "missing")); err == nil {
		t.Error("a missing directory loaded")
	}
}
