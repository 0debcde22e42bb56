package perceptron

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"os"
	"path"
	"path/filepath"
	"slices"
)

// magic opens every encoded model; the digit is the format version.
const magic = "NGPERC1\n"

// WriteTo writes the model, gzip-compressed: the class count, then per
// feature (in key order) the key's delta from the previous key, the row
// length, and the row's (class, weight) pairs. Weights are float32 bits.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	z, _ := gzip.NewWriterLevel(w, gzip.BestCompression)
	bw := bufio.NewWriter(z)
	m.encode(bw)
	if err := bw.Flush(); err != nil {
		return 0, err
	}
	return 0, z.Close()
}

// encode writes the model's uncompressed form.
func (m *Model) encode(bw *bufio.Writer) {
	buf := make([]byte, binary.MaxVarintLen64)
	put := func(v uint64) { bw.Write(buf[:binary.PutUvarint(buf, v)]) }
	bw.WriteString(magic)
	put(uint64(m.NClasses))
	put(uint64(m.index.len()))
	keys := make([]uint64, 0, m.index.len())
	m.index.each(func(f uint64, _ row) { keys = append(keys, f) })
	slices.Sort(keys)
	prev := uint64(0)
	for _, f := range keys {
		r, _ := m.index.get(f)
		put(f - prev)
		prev = f
		n := 0
		m.eachWeight(r, func(int, float32) { n++ })
		put(uint64(n))
		m.eachWeight(r, func(c int, w float32) {
			put(uint64(c))
			bw.Write(binary.LittleEndian.AppendUint32(buf[:0], math.Float32bits(w)))
		})
	}
}

// Read decodes a model written by WriteTo.
func Read(r io.Reader) (*Model, error) {
	z, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("perceptron model: %w", err)
	}
	br := bufio.NewReader(z)
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(br, head); err != nil || string(head) != magic {
		return nil, errors.New("perceptron model: not a model file, or a different format version")
	}
	nClasses, err1 := binary.ReadUvarint(br)
	nFeat, err2 := binary.ReadUvarint(br)
	if err := errors.Join(err1, err2); err != nil || nClasses > math.MaxUint16 || nFeat > 1<<28 {
		return nil, fmt.Errorf("perceptron model: bad header: %v", err)
	}
	m := newModel(int(nClasses), int(nFeat))
	key := uint64(0)
	var cls []uint16
	var ws []float32
	for i := uint64(0); i < nFeat; i++ {
		var err error
		if cls, ws, err = m.readRow(br, &key, cls[:0], ws[:0]); err != nil {
			return nil, fmt.Errorf("perceptron model: feature %d: %w", i, err)
		}
	}
	return m, nil
}

func (m *Model) readRow(br *bufio.Reader, key *uint64, cls []uint16, ws []float32) ([]uint16, []float32, error) {
	delta, err := binary.ReadUvarint(br)
	if err != nil {
		return cls, ws, err
	}
	*key += delta
	n, err := binary.ReadUvarint(br)
	if err != nil || n > uint64(m.NClasses) {
		return cls, ws, fmt.Errorf("bad row length %d: %v", n, err)
	}
	for j := uint64(0); j < n; j++ {
		c, err := binary.ReadUvarint(br)
		if err != nil || c >= uint64(m.NClasses) {
			return cls, ws, fmt.Errorf("bad class %d: %v", c, err)
		}
		var b [4]byte
		if _, err := io.ReadFull(br, b[:]); err != nil {
			return cls, ws, err
		}
		cls = append(cls, uint16(c))
		ws = append(ws, math.Float32frombits(binary.LittleEndian.Uint32(b[:])))
	}
	m.putRow(*key, cls, ws)
	return cls, ws, nil
}

// WeightsFile is the usual name of a model's weights in its directory.
const WeightsFile = "weights.bin.gz"

// Save writes the model to dir/WeightsFile.
func (m *Model) Save(dir string) error {
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

// Load reads dir/WeightsFile from fsys.
func Load(fsys fs.FS, dir string) (*Model, error) {
	f, err := fsys.Open(path.Join(dir, WeightsFile))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return Read(f)
}
