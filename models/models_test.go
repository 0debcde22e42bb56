package models

import (
	"bytes"
	"io/fs"
	"path"
	"testing"
)

// Every perceptron's weights, and the actors' knowledge base, are held in
// place, with the very bytes the directories hold: a model added without
// its line in FS would load by a copy, and slowly.
func TestWeightsAreHeldInPlace(t *testing.T) {
	images, err := fs.Glob(FS, "*/weights.img")
	if err != nil || len(images) == 0 {
		t.Fatalf("no weights.img in FS (%v)", err)
	}
	images = append(images, "actors/actors.bin")
	for _, name := range images {
		b, ok := FS.InPlace(name)
		if !ok {
			t.Errorf("%s is not held in place", name)
			continue
		}
		if file, _ := fs.ReadFile(FS, name); !bytes.Equal(b, file) {
			t.Errorf("%s: %d bytes in place, the file has %d", name, len(b), len(file))
		}
	}
	if len(images) != len(FS.inPlace) {
		t.Errorf("%d images in the directories, %d held in place", len(images), len(FS.inPlace))
	}
	if _, ok := FS.InPlace(path.Join("pos", "manifest.json")); ok {
		t.Error("a file not listed is held in place")
	}
}
