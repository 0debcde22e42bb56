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
// refused here rather than failing, or looping, in Score.
func readImage(img []byte) (*Model, error) {
	h, err := decodeHeader(img)
	if err != nil {
		return nil, err
	}
	if littleEndian && !aligned(img) {
		img = alignedCopy(img)
	}
	slots, rest := cut(img[imageHeaderSize:], slotBytes*h.slots)
	sparse, dense := cut(rest, sparseBytes*h.sparse)
	m := &Model{NClasses: int(h.classes), index: &featureIndex{n: int(h.keys), hasZero: h.hasZero, zeroRow: h.zeroRow}}
	if littleEndian {
		m.index.slots, m.sparse, m.dense = cast[slot](slots), cast[classWeight](sparse), cast[float32](dense)
	} else {
		m.index.slots, m.sparse, m.dense = decodeSlots(slots), decodeSparse(sparse), decodeDense(dense)
	}
	if err := m.check(); err != nil {
		return nil, err
	}
	return m, nil
}

func cut(b []byte, n uint64) (head, tail []byte) { return b[:n], b[n:] }

// aligned says whether b starts 8-byte aligned, as a slot's key must.
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
func cast[T slot | classWeight | float32](b []byte) []T {
	n := len(b) / int(unsafe.Sizeof(*new(T)))
	if n == 0 {
		return nil
	}
	return unsafe.Slice((*T)(unsafe.Pointer(unsafe.SliceData(b))), n)
}

// decodeSlots, decodeSparse and decodeDense read the image's arrays field
// by field, for machines that do not lay numbers out little-endian.
func decodeSlots(b []byte) []slot {
	le := binary.LittleEndian
	s := make([]slot, len(b)/slotBytes)
	for i := range s {
		f := b[slotBytes*i : slotBytes*(i+1)]
		s[i] = slot{key: le.Uint64(f), row: row{off: le.Uint32(f[8:]), n: le.Uint32(f[12:])}}
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

// check verifies what Score relies on: the index has an empty slot, so a
// lookup of a missing key ends; it holds as many keys as it says; every
// row lies inside its array; and every sparse weight names a class.
func (m *Model) check() error {
	x := m.index
	used := b2u(x.hasZero)
	if x.hasZero {
		if err := m.checkRow(0, x.zeroRow); err != nil {
			return err
		}
	}
	for _, s := range x.slots {
		if s.key == 0 {
			continue
		}
		used++
		if err := m.checkRow(s.key, s.row); err != nil {
			return err
		}
	}
	if used != uint64(x.n) || uint64(len(x.slots)) <= used-b2u(x.hasZero) {
		return fmt.Errorf("perceptron model: index of %d slots holds %d keys, its header says %d", len(x.slots), used, x.n)
	}
	for i, e := range m.sparse {
		if e.class >= uint32(m.NClasses) {
			return fmt.Errorf("perceptron model: sparse weight %d: class %d, of %d", i, e.class, m.NClasses)
		}
	}
	return nil
}

func (m *Model) checkRow(key uint64, r row) error {
	var end, size uint64
	if r.n == denseRow {
		end, size = uint64(r.off)+uint64(m.NClasses), uint64(len(m.dense))
	} else {
		end, size = uint64(r.off)+uint64(r.n), uint64(len(m.sparse))
	}
	if end > size {
		return fmt.Errorf("perceptron model: feature %#x: row ends at %d, past its array's %d", key, end, size)
	}
	return nil
}
