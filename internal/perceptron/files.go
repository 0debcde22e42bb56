package perceptron

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
)

// WeightsFile is the usual name of a model's weights in its directory:
// the encoded model (see WriteTo), gzip-compressed.
const WeightsFile = "weights.bin.gz"

// RawWeightsFile is the same stream uncompressed. The weights are float
// bits, which gzip shrinks by 8% only, while inflating the shipped ones
// was half of analyze's start-up; a directory holding this file is read
// without inflating anything. Uncompress makes it from WeightsFile.
const RawWeightsFile = "weights.bin"

// Save writes the model to dir in the format the directory already uses:
// RawWeightsFile when it has one, WeightsFile otherwise. Retraining so
// never leaves an older file of the other format to be loaded instead.
func (m *Model) Save(dir string) error {
	if _, err := os.Stat(filepath.Join(dir, RawWeightsFile)); err == nil {
		return m.saveRaw(filepath.Join(dir, RawWeightsFile))
	}
	f, err := os.Create(filepath.Join(dir, WeightsFile))
	if err != nil {
		return err
	}
	if _, err := m.WriteTo(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

func (m *Model) saveRaw(name string) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(f)
	m.encode(bw)
	if err := bw.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// Load reads the model in dir of fsys: RawWeightsFile, or WeightsFile
// when there is none.
func Load(fsys fs.FS, dir string) (*Model, error) {
	s, err := open(fsys, dir)
	if err != nil {
		return nil, fmt.Errorf("perceptron model %s: %w", dir, err)
	}
	if c, ok := s.ra.(io.Closer); ok {
		defer c.Close()
	}
	m, err := decodeStream(s)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", dir, err)
	}
	return m, nil
}

// open finds the weights in dir: RawWeightsFile, read where it lies, or
// WeightsFile, inflated into memory. A stream read from a file holds it
// open.
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

// Uncompress replaces dir/WeightsFile by dir/RawWeightsFile, the very
// stream it compressed, once the stream has been checked to decode.
func Uncompress(dir string) error {
	raw, err := readGzip(os.DirFS(dir), WeightsFile)
	if err != nil {
		return fmt.Errorf("%s: %w", dir, err)
	}
	if _, err := decode(raw); err != nil {
		return fmt.Errorf("%s: %w", dir, err)
	}
	if err := os.WriteFile(filepath.Join(dir, RawWeightsFile), raw, 0o644); err != nil {
		return err
	}
	return os.Remove(filepath.Join(dir, WeightsFile))
}
