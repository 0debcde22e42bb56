package perceptron

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
)

// A model's image is its arrays as Score reads them, stored the way they
// lie in memory on a little-endian machine, so that loading is a check
// and a cast, not a decoding (see view). It is
//
//	header (imageHeaderSize bytes, little-endian):
//	  magic "NGPERC3\n"
//	  classes uint32, fingerprint shift uint32
//	  keys, slots, sparse, dense: uint64 counts
//	  16 bytes of zeros
//	slots  × 8 bytes: fingerprint uint32, ref uint32 (see scoreTable)
//	sparse × 8 bytes: class uint32 (lastWeight on a row's last), weight float32 bits
//	dense  × 4 bytes: weight float32 bits
//
// Every section starts 8-byte aligned. An image is uncompressed: weights
// are float bits that compress by a few percent only, and inflating them
// was most of analyze's start-up. Images of version 2 (image_v2.go) are
// still read, and converted as they are.
const imageMagic = "NGPERC3\n"

const (
	imageHeaderSize = 64
	slotBytes       = 8
	sparseBytes     = 8
	denseBytes      = 4
)

// imageHeader is an image's header, decoded.
type imageHeader struct {
	classes, shift       uint32
	keys                 uint64
	slots, sparse, dense uint64
}

// WriteTo writes the model's image. The image depends on the model's
// weights alone: rows are laid out in key order (putRow), and the table
// built from the keys in that order (seal), so a model written, loaded
// and written again gives the same bytes.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	bw := bufio.NewWriterSize(w, 1<<16)
	h := m.header()
	bw.Write(h.encode())
	var b [slotBytes]byte
	le := binary.LittleEndian
	for _, s := range m.table.slots {
		le.PutUint32(b[:], s.fp)
		le.PutUint32(b[4:], s.ref)
		bw.Write(b[:slotBytes])
	}
	for _, e := range m.sparse {
		le.PutUint32(b[:], e.class)
		le.PutUint32(b[4:], math.Float32bits(e.weight))
		bw.Write(b[:sparseBytes])
	}
	for _, w := range m.dense {
		le.PutUint32(b[:], math.Float32bits(w))
		bw.Write(b[:denseBytes])
	}
	if err := bw.Flush(); err != nil {
		return 0, err
	}
	return int64(h.size()), nil
}

func (m *Model) header() imageHeader {
	t := &m.table
	return imageHeader{classes: uint32(m.NClasses), shift: t.shift, keys: uint64(t.n),
		slots: uint64(len(t.slots)), sparse: uint64(len(m.sparse)), dense: uint64(len(m.dense))}
}

// size is the length of the image the header opens.
func (h imageHeader) size() uint64 {
	return imageHeaderSize + slotBytes*h.slots + sparseBytes*h.sparse + denseBytes*h.dense
}

func (h imageHeader) encode() []byte {
	le := binary.LittleEndian
	b := append(make([]byte, 0, imageHeaderSize), imageMagic...)
	b = le.AppendUint32(b, h.classes)
	b = le.AppendUint32(b, h.shift)
	for _, n := range []uint64{h.keys, h.slots, h.sparse, h.dense, 0, 0} {
		b = le.AppendUint64(b, n)
	}
	return b
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
	h := imageHeader{classes: le.Uint32(b), shift: le.Uint32(b[4:]),
		keys: le.Uint64(b[8:]), slots: le.Uint64(b[16:]), sparse: le.Uint64(b[24:]), dense: le.Uint64(b[32:])}
	if h.shift > 32 || le.Uint64(b[40:]) != 0 || le.Uint64(b[48:]) != 0 || h.classes == 0 || h.classes > math.MaxUint16 {
		return imageHeader{}, fmt.Errorf("perceptron model: bad image header (%d classes, fingerprint shift %d)", h.classes, h.shift)
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
