package perceptron

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// A directory uncompressed holds the stream its gzip file held, and
// loads as the same model.
func TestUncompressKeepsTheModel(t *testing.T) {
	dir := t.TempDir()
	m, _ := randomModel(t, 13, 500, 9)
	if err := m.Save(dir); err != nil {
		t.Fatal(err)
	}
	if err := Uncompress(dir); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, WeightsFile)); !os.IsNotExist(err) {
		t.Errorf("%s is still there (%v)", WeightsFile, err)
	}
	raw, err := os.ReadFile(filepath.Join(dir, RawWeightsFile))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(raw, rawStream(m)) {
		t.Errorf("%s holds %d bytes, not the model's %d-byte stream", RawWeightsFile, len(raw), len(rawStream(m)))
	}
	back, err := Load(os.DirFS(dir), ".")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(rawStream(back), raw) {
		t.Error("the uncompressed model loads as another model")
	}
}

// Saving into an uncompressed directory writes the uncompressed format,
// and Load reads what was saved last, not an older file.
func TestSaveKeepsTheDirectorysFormat(t *testing.T) {
	dir := t.TempDir()
	first, _ := randomModel(t, 13, 300, 1)
	second, _ := randomModel(t, 13, 300, 2)
	if err := first.Save(dir); err != nil {
		t.Fatal(err)
	}
	if err := Uncompress(dir); err != nil {
		t.Fatal(err)
	}
	if err := second.Save(dir); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, WeightsFile)); !os.IsNotExist(err) {
		t.Errorf("saving into an uncompressed directory wrote %s", WeightsFile)
	}
	back, err := Load(os.DirFS(dir), ".")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(rawStream(back), rawStream(second)) {
		t.Error("Load read another model than the one saved last")
	}
}

// A model directory with neither file is an error that names it.
func TestLoadWithoutWeights(t *testing.T) {
	if _, err := Load(os.DirFS(t.TempDir()), "."); err == nil {
		t.Error("an empty directory loaded as a model")
	}
}
