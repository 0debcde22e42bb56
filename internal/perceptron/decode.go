package perceptron

import (
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
)

// gunzip decompresses r whole into a buffer of hint bytes, the size the
// gzip trailer announces when it could be read: a buffer grown by doubling
// as it filled would cost copies and, at the peak, three times the room.
func gunzip(r io.Reader, hint int) ([]byte, error) {
	z, err := gzip.NewReader(r)
	if err != nil {
		return nil, err
	}
	buf := make([]byte, hint)
	n, err := io.ReadFull(z, buf)
	switch {
	case err == io.EOF || err == io.ErrUnexpectedEOF:
		return buf[:n], nil
	case err != nil:
		return nil, err
	}
	rest, err := io.ReadAll(z) // the hint was short (or a lie)
	if err != nil {
		return nil, err
	}
	return append(buf, rest...), nil
}

// sizeHint is the uncompressed size a gzip file records in its last four
// bytes, when the file can be read at an offset; 0 when not. It is only a
// hint, bounded so that a corrupt trailer cannot make gunzip allocate more
// than DEFLATE's best ratio allows.
func sizeHint(f fs.File) int {
	ra, ok := f.(io.ReaderAt)
	st, err := f.Stat()
	if !ok || err != nil || st.Size() < 18 {
		return 0
	}
	var b [4]byte
	if _, err := ra.ReadAt(b[:], st.Size()-4); err != nil {
		return 0
	}
	return int(min(int64(binary.LittleEndian.Uint32(b[:])), 1032*st.Size()))
}

// errFormat is the error of a stream that is not a model of this format.
var errFormat = errors.New("perceptron model: not a model file, or a different format version")

// decode builds a model from its uncompressed stream in memory.
func decode(raw []byte) (*Model, error) { return decodeStream(memStream(raw)) }

// decodeStream builds a model from its uncompressed stream (see WriteTo).
// It reads the stream twice. The first pass checks it and works out every
// row's key and place, so that arrays are made to measure (loading makes
// no garbage beyond that plan, and a corrupt count cannot make it
// allocate beyond what the stream holds). The second lays the weights in
// their places while, on another core, the index is built from the plan.
func decodeStream(s stream) (*Model, error) {
	h := s.at(0)
	if !h.magic() {
		return nil, errFormat
	}
	nClasses, nFeat := h.uvarint(), h.uvarint()
	body := h.pos()
	if h.err != nil || nClasses == 0 || nClasses > math.MaxUint16 || nFeat > uint64((s.size-body)/2) {
		return nil, fmt.Errorf("perceptron model: bad header (%d classes, %d features)", nClasses, nFeat)
	}
	m := newModel(int(nClasses), 0)
	keys, rows, err := m.plan(s.at(body), int(nFeat))
	if err != nil {
		return nil, err
	}
	m.index = newFeatureIndex(len(keys))
	indexed := make(chan struct{})
	go func() {
		m.index.putAll(keys, rows)
		close(indexed)
	}()
	err = m.fill(s.at(body), rows)
	<-indexed
	if err != nil {
		return nil, err
	}
	return m, nil
}

// plan checks nFeat rows of body and returns their keys and places, and
// makes the model's weight arrays to hold them.
func (m *Model) plan(d *decoder, nFeat int) ([]uint64, []row, error) {
	keys, rows := make([]uint64, nFeat), make([]row, nFeat)
	key, nSparse, nDense := uint64(0), uint32(0), uint32(0)
	for i := 0; i < nFeat && d.err == nil; i++ {
		key += d.uvarint()
		n := d.uvarint()
		if n > uint64(m.NClasses) {
			return nil, nil, fmt.Errorf("perceptron model: feature %d: row of %d classes, of %d", i, n, m.NClasses)
		}
		for range n {
			if c := d.uvarint(); c >= uint64(m.NClasses) {
				return nil, nil, fmt.Errorf("perceptron model: feature %d: class %d, of %d", i, c, m.NClasses)
			}
			d.float()
		}
		keys[i] = key
		if isDense(int(n), m.NClasses) {
			rows[i] = row{off: nDense * uint32(m.NClasses), n: denseRow}
			nDense++
		} else {
			rows[i] = row{off: nSparse, n: uint32(n)}
			nSparse += uint32(n)
		}
	}
	if d.err != nil {
		return nil, nil, fmt.Errorf("perceptron model: %w", d.err)
	}
	m.sparse = make([]classWeight, nSparse)
	m.dense = make([]float32, int(nDense)*m.NClasses)
	return keys, rows, nil
}

// fill reads the weights of the rows plan placed into their places. The
// stream was checked by plan; only reading it again can fail.
func (m *Model) fill(d *decoder, rows []row) error {
	for _, r := range rows {
		d.uvarint() // the key's delta
		n := int(d.uvarint())
		if r.n == denseRow {
			dense := m.dense[r.off : int(r.off)+m.NClasses]
			for range n {
				c := d.uvarint()
				dense[c] = d.float()
			}
			continue
		}
		sparse := m.sparse[r.off : int(r.off)+n]
		for j := range sparse {
			c := d.uvarint()
			sparse[j] = classWeight{uint32(c), d.float()}
		}
	}
	if d.err != nil {
		return fmt.Errorf("perceptron model: %w", d.err)
	}
	return nil
}
