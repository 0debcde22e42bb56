package perceptron

import (
	"encoding/binary"
	"fmt"
	"math"
	"unsafe"
)

// readImage makes the model that image img holds. On a little-endian
// machine the model's arrays are img's own bytes, cast to their types
// (copied first only when img is not 8-byte aligned), so img must not
// change while the model is in use; elsewhere they are decoded. The
// arrays are checked as Score will use them, so that a corrupt image is
// refused here rather than failing, or looping, in Score. An image of
// version 2 is converted, into memory of its own.
func readImage(img []byte) (*Model, error) {
	if isImageV2(img) {
		return readImageV2(img)
	}
	h, err := decodeHeader(img)
	if err != nil {
		return nil, err
	}
	if littleEndian && !aligned(img) {
		img = alignedCopy(img)
	}
	slots, rest := cut(img[imageHeaderSize:], slotBytes*h.slots)
	sparse, dense := cut(rest, sparseBytes*h.sparse)
	m := &Model{NClasses: int(h.classes), table: scoreTable{n: int(h.keys), shift: h.shift}}
	if littleEndian {
		m.table.slots, m.sparse, m.dense = cast[tslot](slots), cast[classWeight](sparse), cast[float32](dense)
	} else {
		m.table.slots, m.sparse, m.dense = decodeSlots(slots), decodeSparse(sparse), decodeDense(dense)
	}
	if err := m.check(); err != nil {
		return nil, err
	}
	return m, nil
}

func cut(b []byte, n uint64) (head, tail []byte) { return b[:n], b[n:] }

// aligned says whether b starts 8-byte aligned, as a v2 slot's key must.
// Embedded files of more than a few dozen bytes are, as is the heap.
func aligned(b []byte) bool { return uintptr(unsafe.Pointer(unsafe.SliceData(b)))%8 == 0 }

// alignedCopy copies b into memory that starts 8-byte aligned.
func alignedCopy(b []byte) []byte {
	words := make([]uint64, (len(b)+7)/8)
	c := unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(words))), len(b))
	copy(c, b)
	return c
}

// cast views b, 8-byte aligned, as a slice of T, without a copy: the
// image stores T as a little-endian machine lays it out in memory, and T
// holds no pointers, so any bytes are a valid T for the garbage collector.
func cast[T tslot | slot | classWeight | float32](b []byte) []T {
	n := len(b) / int(unsafe.Sizeof(*new(T)))
	if n == 0 {
		return nil
	}
	return unsafe.Slice((*T)(unsafe.Pointer(unsafe.SliceData(b))), n)
}

// decodeSlots, decodeSparse and decodeDense read the image's arrays field
// by field, for machines that do not lay numbers out little-endian.
func decodeSlots(b []byte) []tslot {
	le := binary.LittleEndian
	s := make([]tslot, len(b)/slotBytes)
	for i := range s {
		f := b[slotBytes*i : slotBytes*(i+1)]
		s[i] = tslot{fp: le.Uint32(f), ref: le.Uint32(f[4:])}
	}
	return s
}

func decodeSparse(b []byte) []classWeight {
	le := binary.LittleEndian
	s := make([]classWeight, len(b)/sparseBytes)
	for i := range s {
		f := b[sparseBytes*i : sparseBytes*(i+1)]
		s[i] = classWeight{class: le.Uint32(f), weight: math.Float32frombits(le.Uint32(f[4:]))}
	}
	return s
}

func decodeDense(b []byte) []float32 {
	le := binary.LittleEndian
	d := make([]float32, len(b)/denseBytes)
	for i := range d {
		d[i] = math.Float32frombits(le.Uint32(b[denseBytes*i:]))
	}
	return d
}

// check verifies what Score relies on: the table has an empty slot, so a
// lookup of a missing key ends; it holds as many keys as it says; every
// ref lies inside its array; every sparse weight names a class; and the
// last sparse weight ends a row, so that adding a row from any offset
// stops inside the array.
func (m *Model) check() error {
	t := &m.table
	used := 0
	for _, s := range t.slots {
		if s.ref == emptyRef {
			continue
		}
		used++
		if err := m.checkRef(s.ref); err != nil {
			return err
		}
	}
	if used != t.n || used >= len(t.slots) {
		return fmt.Errorf("perceptron model: table of %d slots holds %d keys, its header says %d", len(t.slots), used, t.n)
	}
	for i, e := range m.sparse {
		if e.class&^lastWeight >= uint32(m.NClasses) {
			return fmt.Errorf("perceptron model: sparse weight %d: class %d, of %d", i, e.class&^lastWeight, m.NClasses)
		}
	}
	if n := len(m.sparse); n > 0 && m.sparse[n-1].class&lastWeight == 0 {
		return fmt.Errorf("perceptron model: the sparse weights end inside a row")
	}
	return nil
}

func (m *Model) checkRef(ref uint32) error {
	if ref&denseRef == 0 {
		if uint64(ref) >= uint64(len(m.sparse)) {
			return fmt.Errorf("perceptron model: a sparse row at %d, past the %d weights", ref, len(m.sparse))
		}
		return nil
	}
	if end := uint64(ref&^denseRef) + uint64(m.NClasses); end > uint64(len(m.dense)) {
		return fmt.Errorf("perceptron model: a dense row ends at %d, past the %d weights", end, len(m.dense))
	}
	return nil
}
