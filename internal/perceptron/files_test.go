package perceptron

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeLegacy writes m to dir in a legacy format: file WeightsFile
// (gzip-compressed) or RawWeightsFile.
func writeLegacy(t *testing.T, m *Model, dir, file string) {
	raw := streamOf(m)
	if file == WeightsFile {
		raw = gzipBytes(t, raw)
	}
	if err := os.WriteFile(filepath.Join(dir, file), raw, 0o644); err != nil {
		t.Fatal(err)
	}
}

// Convert turns either legacy file into an image that loads as the same
// model, and removes the legacy file.
func TestConvertKeepsTheModel(t *testing.T) {
	m, _ := randomModel(t, 13, 500, 9)
	for _, file := range []string{WeightsFile, RawWeightsFile} {
		dir := t.TempDir()
		writeLegacy(t, m, dir, file)
		if err := Convert(dir); err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		if _, err := os.Stat(filepath.Join(dir, file)); !os.IsNotExist(err) {
			t.Errorf("%s is still there (%v)", file, err)
		}
		loadsAs(t, dir, m)
	}
}

// loadsAs checks that dir loads as model m.
func loadsAs(t *testing.T, dir string, m *Model) {
	t.Helper()
	back, err := Load(os.DirFS(dir), ".")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(streamOf(back), streamOf(m)) {
		t.Errorf("%s loads as another model", dir)
	}
}

// Save leaves the image only: a legacy file beside it would never be
// read, and Load reads what was saved.
func TestSaveReplacesLegacyWeights(t *testing.T) {
	dir := t.TempDir()
	first, _ := randomModel(t, 13, 300, 1)
	second, _ := randomModel(t, 13, 300, 2)
	writeLegacy(t, first, dir, WeightsFile)
	writeLegacy(t, first, dir, RawWeightsFile)
	if err := second.Save(dir); err != nil {
		t.Fatal(err)
	}
	for _, file := range []string{WeightsFile, RawWeightsFile} {
		if _, err := os.Stat(filepath.Join(dir, file)); !os.IsNotExist(err) {
			t.Errorf("Save left %s (%v)", file, err)
		}
	}
	loadsAs(t, dir, second)
}

// A directory of legacy weights only is refused with a way to convert
// them; one with no weights at all is an error too.
func TestLoadWithoutImage(t *testing.T) {
	dir := t.TempDir()
	m, _ := randomModel(t, 5, 50, 3)
	writeLegacy(t, m, dir, WeightsFile)
	if _, err := Load(os.DirFS(dir), "."); err == nil || !strings.Contains(err.Error(), "convert") {
		t.Errorf("legacy weights only: %v, want an error saying to convert them", err)
	}
	if _, err := Load(os.DirFS(t.TempDir()), "."); err == nil {
		t.Error("an empty directory loaded as a model")
	}
}
