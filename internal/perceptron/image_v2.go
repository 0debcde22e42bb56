package perceptron

import (
	"cmp"
	"encoding/binary"
	"fmt"
	"math"
	"slices"
)

// Images of version 2 kept each slot's whole key and its row's offset and
// length, sixteen bytes a slot (the layout of featureIndex):
//
//	header (64 bytes, little-endian):
//	  magic "NGPERC2\n"
//	  classes uint32, flags uint32 (bit 0: the key 0 has a row)
//	  the key 0's row: off uint32, n uint32
//	  keys, slots, sparse, dense: uint64 counts
//	  8 bytes of zeros
//	slots  × 16 bytes: key uint64, row off uint32, row n uint32
//	sparse × 8 bytes:  class uint32, weight float32 bits
//	dense  × 4 bytes:  weight float32 bits
//
// They are read by laying their rows out again, in key order, into a
// model of their own memory; Convert writes that model's image.
const imageV2Magic = "NGPERC2\n"

const slotV2Bytes = 16

func isImageV2(img []byte) bool {
	return len(img) >= len(imageV2Magic) && string(img[:len(imageV2Magic)]) == imageV2Magic
}

// v2Row is a feature of a version 2 image, with its row.
type v2Row struct {
	key uint64
	row row
}

// readImageV2 makes the model that the version 2 image img holds.
func readImageV2(img []byte) (*Model, error) {
	le := binary.LittleEndian
	if len(img) < imageHeaderSize {
		return nil, errImage
	}
	b := img[len(imageV2Magic):]
	classes, flags := le.Uint32(b), le.Uint32(b[4:])
	zero := row{le.Uint32(b[8:]), le.Uint32(b[12:])}
	nSlots, nSparse, nDense := le.Uint64(b[24:]), le.Uint64(b[32:]), le.Uint64(b[40:])
	n := uint64(len(img))
	if flags > 1 || classes == 0 || classes > math.MaxUint16 || nSlots > n/slotV2Bytes || nSparse > n/sparseBytes || nDense > n/denseBytes ||
		imageHeaderSize+slotV2Bytes*nSlots+sparseBytes*nSparse+denseBytes*nDense != n {
		return nil, fmt.Errorf("perceptron model: bad version 2 image header (%d classes, %d slots, %d sparse and %d dense weights in %d bytes)",
			classes, nSlots, nSparse, nDense, n)
	}
	slots := img[imageHeaderSize : imageHeaderSize+slotV2Bytes*nSlots]
	sparse := decodeSparse(img[imageHeaderSize+slotV2Bytes*nSlots : imageHeaderSize+slotV2Bytes*nSlots+sparseBytes*nSparse])
	dense := decodeDense(img[imageHeaderSize+slotV2Bytes*nSlots+sparseBytes*nSparse:])
	var rows []v2Row
	if flags == 1 {
		rows = append(rows, v2Row{0, zero})
	}
	for i := range nSlots {
		s := slots[slotV2Bytes*i:]
		if k := le.Uint64(s); k != 0 {
			rows = append(rows, v2Row{k, row{le.Uint32(s[8:]), le.Uint32(s[12:])}})
		}
	}
	slices.SortFunc(rows, func(a, b v2Row) int { return cmp.Compare(a.key, b.key) })
	m := newModel(int(classes), len(rows))
	var cls []uint16
	var ws []float32
	for i, r := range rows {
		if i > 0 && r.key == rows[i-1].key {
			return nil, fmt.Errorf("perceptron model: key %#x twice in a version 2 image", r.key)
		}
		var err error
		if cls, ws, err = v2Weights(r, sparse, dense, int(classes), cls[:0], ws[:0]); err != nil {
			return nil, err
		}
		if len(cls) > 0 {
			m.putRow(r.key, cls, ws)
		}
	}
	m.seal()
	return m, nil
}

// v2Weights appends the classes and weights of a version 2 image's row.
func v2Weights(r v2Row, sparse []classWeight, dense []float32, nClasses int, cls []uint16, ws []float32) ([]uint16, []float32, error) {
	if r.row.n == denseRow {
		if uint64(r.row.off)+uint64(nClasses) > uint64(len(dense)) {
			return nil, nil, fmt.Errorf("perceptron model: feature %#x: a dense row past its array", r.key)
		}
		for c, w := range dense[r.row.off : int(r.row.off)+nClasses] {
			if w != 0 {
				cls, ws = append(cls, uint16(c)), append(ws, w)
			}
		}
		return cls, ws, nil
	}
	if uint64(r.row.off)+uint64(r.row.n) > uint64(len(sparse)) {
		return nil, nil, fmt.Errorf("perceptron model: feature %#x: a sparse row past its array", r.key)
	}
	for _, e := range sparse[r.row.off : r.row.off+r.row.n] {
		if e.class >= uint32(nClasses) || (len(cls) > 0 && uint16(e.class) <= cls[len(cls)-1]) || e.weight == 0 {
			return nil, nil, fmt.Errorf("perceptron model: feature %#x: class %d of %d out of order, or weight 0", r.key, e.class, nClasses)
		}
		cls, ws = append(cls, uint16(e.class)), append(ws, e.weight)
	}
	return cls, ws, nil
}
