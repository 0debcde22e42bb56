package perceptron

import (
	"bytes"
	"encoding/binary"
	"math"
	"os"
	"path/filepath"
	"testing"
)

// imageV2Of is the version 2 image of m, a model made in this process:
// its featureIndex's slots as they lie, and its sparse weights without
// the mark of a row's last.
func imageV2Of(m *Model) []byte {
	x := m.keys
	le := binary.LittleEndian
	b := []byte(imageV2Magic)
	b = le.AppendUint32(b, uint32(m.NClasses))
	flags := uint32(0)
	if x.hasZero {
		flags = 1
	}
	b = le.AppendUint32(b, flags)
	b = le.AppendUint32(b, x.zeroRow.off)
	b = le.AppendUint32(b, x.zeroRow.n)
	for _, n := range []uint64{uint64(x.n), uint64(len(x.slots)), uint64(len(m.sparse)), uint64(len(m.dense)), 0} {
		b = le.AppendUint64(b, n)
	}
	for _, s := range x.slots {
		b = le.AppendUint64(b, s.key)
		b = le.AppendUint32(b, s.row.off)
		b = le.AppendUint32(b, s.row.n)
	}
	for _, e := range m.sparse {
		b = le.AppendUint32(b, e.class&^lastWeight)
		b = le.AppendUint32(b, math.Float32bits(e.weight))
	}
	for _, w := range m.dense {
		b = le.AppendUint32(b, math.Float32bits(w))
	}
	return b
}

// Convert turns an image of version 2 into today's, which loads as the
// same model and is the image the model writes; a version 2 image also
// loads as it is.
func TestConvertKeepsTheModel(t *testing.T) {
	m, _ := randomModel(t, 13, 500, 9)
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, ImageFile), imageV2Of(m), 0o644); err != nil {
		t.Fatal(err)
	}
	old, err := Load(os.DirFS(dir), ".")
	if err == nil {
		err = sameScores(m, old)
	}
	if err != nil {
		t.Fatalf("the version 2 image does not load as the model: %v", err)
	}
	if err := Convert(dir); err != nil {
		t.Fatal(err)
	}
	img, err := os.ReadFile(filepath.Join(dir, ImageFile))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(img, imageOf(t, m)) {
		t.Error("the converted image is not the model's image")
	}
	if err := Convert(dir); err == nil {
		t.Error("an image of today's version was converted again")
	}
}

// A version 2 image whose key appears twice, or whose row names a class
// out of order, is refused.
func TestImageV2RefusesBadRows(t *testing.T) {
	m, _ := randomModel(t, 13, 50, 4)
	img := imageV2Of(m)
	le := binary.LittleEndian
	var used []int
	for i := range m.keys.slots {
		if le.Uint64(img[imageHeaderSize+slotV2Bytes*i:]) != 0 {
			used = append(used, imageHeaderSize+slotV2Bytes*i)
		}
	}
	twice := bytes.Clone(img)
	copy(twice[used[1]:used[1]+8], twice[used[0]:used[0]+8])
	if _, err := readImage(twice); err == nil {
		t.Error("a key twice was accepted")
	}
	sparseAt := imageHeaderSize + slotV2Bytes*len(m.keys.slots)
	badClass := bytes.Clone(img)
	le.PutUint32(badClass[sparseAt:], uint32(m.NClasses))
	if _, err := readImage(badClass); err == nil {
		t.Error("a class out of range was accepted")
	}
}

// A directory without weights is an error.
func TestLoadWithoutImage(t *testing.T) {
	if _, err := Load(os.DirFS(t.TempDir()), "."); err == nil {
		t.Error("an empty directory loaded as a model")
	}
}
