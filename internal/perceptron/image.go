package perceptron

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
)

// A model's image is its arrays as Score reads them, stored the way they
// lie in memory on a little-endian machine, so that loading is a check
// and a cast, not a decoding (see view). It is
//
//	header (imageHeaderSize bytes, little-endian):
//	  magic "NGPERC2\n"
//	  classes uint32, flags uint32 (bit 0: the key 0 has a row)
//	  the key 0's row: off uint32, n uint32
//	  keys, slots, sparse, dense: uint64 counts
//	  8 bytes of zeros
//	slots  × 16 bytes: key uint64, row off uint32, row n uint32
//	sparse × 8 bytes:  class uint32, weight float32 bits
//	dense  × 4 bytes:  weight float32 bits
//
// Every section starts 8-byte aligned, as the slots' keys need. An image
// is uncompressed: weights are float bits that compress by a few percent
// only, and inflating them was most of analyze's start-up.
const imageMagic = "NGPERC2\n"

const (
	imageHeaderSize = 64
	slotBytes       = 16
	sparseBytes     = 8
	denseBytes      = 4
)

// imageHeader is an image's header, decoded.
type imageHeader struct {
	classes              uint32
	hasZero              bool
	zeroRow              row
	keys                 uint64
	slots, sparse, dense uint64
}

// WriteTo writes the model's image. The image depends on the model's
// weights alone: it is written from the canonical layout, so a model
// written, loaded and written again gives the same bytes.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	c := m.canonical()
	bw := bufio.NewWriterSize(w, 1<<16)
	h := c.header()
	bw.Write(h.encode())
	var b [slotBytes]byte
	le := binary.LittleEndian
	for _, s := range c.index.slots {
		le.PutUint64(b[:], s.key)
		le.PutUint32(b[8:], s.row.off)
		le.PutUint32(b[12:], s.row.n)
		bw.Write(b[:slotBytes])
	}
	for _, e := range c.sparse {
		le.PutUint32(b[:], e.class)
		le.PutUint32(b[4:], math.Float32bits(e.weight))
		bw.Write(b[:sparseBytes])
	}
	for _, w := range c.dense {
		le.PutUint32(b[:], math.Float32bits(w))
		bw.Write(b[:denseBytes])
	}
	if err := bw.Flush(); err != nil {
		return 0, err
	}
	return int64(h.size()), nil
}

// canonical is the model laid out as decoding a stream of its rows in key
// order lays it: rows in key order, and the index sized for its keys and
// filled in key order. Training sizes the index for the features it saw,
// pruned ones included, so without this the image would depend on them.
func (m *Model) canonical() *Model {
	keys := make([]uint64, 0, m.index.len())
	m.index.each(func(k uint64, _ row) { keys = append(keys, k) })
	slices.Sort(keys)
	c := newModel(m.NClasses, 0)
	rows := make([]row, len(keys))
	for i, k := range keys {
		r, _ := m.index.get(k)
		if r.n == denseRow {
			rows[i] = row{off: uint32(len(c.dense)), n: denseRow}
			c.dense = append(c.dense, m.dense[r.off:int(r.off)+m.NClasses]...)
		} else {
			rows[i] = row{off: uint32(len(c.sparse)), n: r.n}
			c.sparse = append(c.sparse, m.sparse[r.off:r.off+r.n]...)
		}
	}
	c.index = newFeatureIndex(len(keys))
	c.index.putAll(keys, rows)
	return c
}

func (m *Model) header() imageHeader {
	x := m.index
	return imageHeader{classes: uint32(m.NClasses), hasZero: x.hasZero, zeroRow: x.zeroRow, keys: uint64(x.n),
		slots: uint64(len(x.slots)), sparse: uint64(len(m.sparse)), dense: uint64(len(m.dense))}
}

// size is the length of the image the header opens.
func (h imageHeader) size() uint64 {
	return imageHeaderSize + slotBytes*h.slots + sparseBytes*h.sparse + denseBytes*h.dense
}

func (h imageHeader) encode() []byte {
	le := binary.LittleEndian
	b := append(make([]byte, 0, imageHeaderSize), imageMagic...)
	b = le.AppendUint32(b, h.classes)
	b = le.AppendUint32(b, uint32(b2u(h.hasZero)))
	b = le.AppendUint32(b, h.zeroRow.off)
	b = le.AppendUint32(b, h.zeroRow.n)
	for _, n := range []uint64{h.keys, h.slots, h.sparse, h.dense, 0} {
		b = le.AppendUint64(b, n)
	}
	return b
}

func b2u(b bool) uint64 {
	if b {
		return 1
	}
	return 0
}

var errImage = errors.New("perceptron model: not a model image, or a different format version")

// decodeHeader reads the header of img and checks that img is exactly as
// long as the header says.
func decodeHeader(img []byte) (imageHeader, error) {
	if len(img) < imageHeaderSize || string(img[:len(imageMagic)]) != imageMagic {
		return imageHeader{}, errImage
	}
	le := binary.LittleEndian
	b := img[len(imageMagic):]
	flags := le.Uint32(b[4:])
	h := imageHeader{classes: le.Uint32(b), hasZero: flags == 1, zeroRow: row{le.Uint32(b[8:]), le.Uint32(b[12:])},
		keys: le.Uint64(b[16:]), slots: le.Uint64(b[24:]), sparse: le.Uint64(b[32:]), dense: le.Uint64(b[40:])}
	if flags > 1 || le.Uint64(b[48:]) != 0 || h.classes == 0 || h.classes > math.MaxUint16 {
		return imageHeader{}, fmt.Errorf("perceptron model: bad image header (%d classes, flags %#x)", h.classes, flags)
	}
	// Each count is bounded by the image's length first, so that the
	// size computed from them cannot overflow.
	n := uint64(len(img))
	if h.slots > n/slotBytes || h.sparse > n/sparseBytes || h.dense > n/denseBytes || h.size() != n {
		return imageHeader{}, fmt.Errorf("perceptron model: image of %d bytes, its header says %d slots, %d sparse and %d dense weights",
			n, h.slots, h.sparse, h.dense)
	}
	return h, nil
}
