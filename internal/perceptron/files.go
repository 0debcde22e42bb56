package perceptron

import (
	"fmt"
	"io/fs"
	"math"
	"os"
	"path"
	"path/filepath"

	"github.com/newsgraph/newsgraph/internal/modelfile"
)

// ImageFile is the name of a model's weights in its directory: the
// model's image (see WriteTo), which loads without decoding.
const ImageFile = "weights.img"

// Save writes the model's image to dir.
func (m *Model) Save(dir string) error {
	f, err := os.Create(filepath.Join(dir, ImageFile))
	if err != nil {
		return err
	}
	if _, err := m.WriteTo(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// Load reads the model in dir of fsys. When fsys holds the image in place
// (package models, whose files are embedded in the program), the model
// uses the image's bytes themselves: loading copies nothing, and the
// system reads in only the pages of weights that predictions touch. An
// image of an older version loads too, into memory of its own; Convert
// rewrites it.
func Load(fsys fs.FS, dir string) (*Model, error) {
	img, err := modelfile.ReadInPlace(fsys, path.Join(dir, ImageFile))
	if err != nil {
		return nil, fmt.Errorf("perceptron model %s: %w", dir, err)
	}
	m, err := readImage(img)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", dir, err)
	}
	return m, nil
}

// Convert rewrites the image in dir, of version 2, as an image of today's
// version, once the new image, loaded back, has been checked to score
// every feature of the old one as it did, to the bit: no weight is lost
// or changed. The new image depends on the weights alone, so anyone can
// redo it.
func Convert(dir string) error {
	img, err := os.ReadFile(filepath.Join(dir, ImageFile))
	if err != nil {
		return err
	}
	if !isImageV2(img) {
		return fmt.Errorf("%s: not an image of version 2", dir)
	}
	m, err := readImageV2(img)
	if err != nil {
		return fmt.Errorf("%s: %w", dir, err)
	}
	if err := m.Save(dir); err != nil {
		return err
	}
	back, err := Load(os.DirFS(dir), ".")
	if err != nil {
		return fmt.Errorf("%s: the image written does not load: %w", dir, err)
	}
	if err := sameScores(m, back); err != nil {
		return fmt.Errorf("%s: the image written loads to another model: %w", dir, err)
	}
	return nil
}

// sameScores checks that model b has as many features as model a, made
// in this process, and scores each of a's features alone as a does.
func sameScores(a, b *Model) error {
	if a.NClasses != b.NClasses || a.Features() != b.Features() {
		return fmt.Errorf("%d classes and %d features against %d and %d", a.NClasses, a.Features(), b.NClasses, b.Features())
	}
	want, got := make([]float32, a.NClasses), make([]float32, a.NClasses)
	var err error
	a.keys.each(func(k uint64, r row) {
		if err != nil {
			return
		}
		clear(want)
		a.eachWeight(r, func(c int, w float32) { want[c] = w })
		clear(got)
		b.Score([]uint64{k}, got)
		for c := range want {
			if math.Float32bits(want[c]) != math.Float32bits(got[c]) {
				err = fmt.Errorf("feature %#x, class %d: weight %v, scored %v", k, c, want[c], got[c])
				return
			}
		}
	})
	return err
}
