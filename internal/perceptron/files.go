package perceptron

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"

	"github.com/newsgraph/newsgraph/internal/modelfile"
)

// ImageFile is the name of a model's weights in its directory: the
// model's image (see WriteTo), which loads without decoding.
const ImageFile = "weights.img"

// WeightsFile and RawWeightsFile hold models in the legacy stream (see
// encode), gzip-compressed and not. Load no longer reads them; Convert
// turns them into an ImageFile.
const (
	WeightsFile    = "weights.bin.gz"
	RawWeightsFile = "weights.bin"
)

// Save writes the model's image to dir, and removes any weights of the
// legacy formats there, which would otherwise lie beside it unused.
func (m *Model) Save(dir string) error {
	f, err := os.Create(filepath.Join(dir, ImageFile))
	if err != nil {
		return err
	}
	if _, err := m.WriteTo(f); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	for _, old := range []string{WeightsFile, RawWeightsFile} {
		if err := os.Remove(filepath.Join(dir, old)); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return err
		}
	}
	return nil
}

// Load reads the model in dir of fsys. When fsys holds the image in place
// (package models, whose files are embedded in the program), the model
// uses the image's bytes themselves: loading copies nothing, and the
// system reads in only the pages of weights that predictions touch.
func Load(fsys fs.FS, dir string) (*Model, error) {
	img, err := modelfile.ReadInPlace(fsys, path.Join(dir, ImageFile))
	if errors.Is(err, fs.ErrNotExist) && hasLegacy(fsys, dir) {
		return nil, fmt.Errorf("perceptron model %s: weights in the legacy format only: convert them with `go run ./internal/perceptron/convert DIR`", dir)
	}
	if err != nil {
		return nil, fmt.Errorf("perceptron model %s: %w", dir, err)
	}
	m, err := readImage(img)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", dir, err)
	}
	return m, nil
}

func hasLegacy(fsys fs.FS, dir string) bool {
	for _, old := range []string{WeightsFile, RawWeightsFile} {
		if _, err := fs.Stat(fsys, path.Join(dir, old)); err == nil {
			return true
		}
	}
	return false
}

// Convert replaces the legacy weights in dir (RawWeightsFile, or else
// WeightsFile) by an ImageFile, once the image, loaded back, has been
// checked to write the very stream that was read: no weight is lost or
// changed. The image depends on the stream alone, so anyone can redo it.
func Convert(dir string) error {
	fsys := os.DirFS(dir)
	s, err := open(fsys, ".")
	if err != nil {
		return fmt.Errorf("%s: %w", dir, err)
	}
	if c, ok := s.ra.(io.Closer); ok {
		defer c.Close()
	}
	m, err := decodeStream(s)
	if err != nil {
		return fmt.Errorf("%s: %w", dir, err)
	}
	if err := m.Save(dir); err != nil {
		return err
	}
	back, err := Load(fsys, ".")
	if err != nil {
		return fmt.Errorf("%s: the image written does not load: %w", dir, err)
	}
	if !bytes.Equal(streamOf(back), streamOf(m)) {
		return fmt.Errorf("%s: the image written loads to another model", dir)
	}
	return nil
}

// streamOf is the model's legacy stream.
func streamOf(m *Model) []byte {
	var b bytes.Buffer
	bw := bufio.NewWriter(&b)
	m.encode(bw)
	bw.Flush()
	return b.Bytes()
}

// open finds the legacy weights in dir: RawWeightsFile, read where it
// lies, or WeightsFile, inflated into memory. A stream read from a file
// holds it open.
func open(fsys fs.FS, dir string) (stream, error) {
	f, err := fsys.Open(path.Join(dir, RawWeightsFile))
	if errors.Is(err, fs.ErrNotExist) {
		raw, err := readGzip(fsys, path.Join(dir, WeightsFile))
		return memStream(raw), err
	}
	if err != nil {
		return stream{}, err
	}
	s, err := fileStream(f)
	if s.ra == nil {
		f.Close()
	}
	return s, err
}

func readGzip(fsys fs.FS, name string) ([]byte, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return gunzip(f, sizeHint(f))
}
