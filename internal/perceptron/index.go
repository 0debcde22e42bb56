package perceptron

import "math/bits"

// featureIndex maps feature keys to row numbers. It is an open-addressing
// table with linear probing: the keys are already 64-bit hashes, so a
// multiplication spreads them over the slots, and a lookup is usually one
// cache line. It replaced a Go map, which spent a third of the parser's
// time hashing and probing.
type featureIndex struct {
	keys  []uint64 // 0 marks an empty slot; the key 0 itself is kept aside
	rows  []uint32
	shift uint // 64 - log2(len(keys))
	n     int

	hasZero bool
	zeroRow uint32
}

// newFeatureIndex makes a table for about n keys. It grows as needed, so
// a corrupt header claiming a huge n cannot make it allocate gigabytes.
func newFeatureIndex(n int) *featureIndex {
	size := 1 << bits.Len(uint(min(max(n*4/3+1, 8), 1<<22)-1)) // load factor at most 3/4
	return &featureIndex{keys: make([]uint64, size), rows: make([]uint32, size), shift: uint(64 - bits.Len(uint(size-1)))}
}

func (x *featureIndex) slot(k uint64) uint64 { return (k * 0x9e3779b97f4a7c15) >> x.shift }

// put adds key k with row r; k must not be in the table yet.
func (x *featureIndex) put(k uint64, r uint32) {
	x.n++
	if k == 0 {
		x.hasZero, x.zeroRow = true, r
		return
	}
	if 4*x.n > 3*len(x.keys) {
		x.grow()
	}
	x.insert(k, r)
}

func (x *featureIndex) insert(k uint64, r uint32) {
	mask := uint64(len(x.keys) - 1)
	for i := x.slot(k); ; i = (i + 1) & mask {
		if x.keys[i] == 0 {
			x.keys[i], x.rows[i] = k, r
			return
		}
	}
}

// get returns the row of key k.
func (x *featureIndex) get(k uint64) (uint32, bool) {
	if k == 0 {
		return x.zeroRow, x.hasZero
	}
	mask := uint64(len(x.keys) - 1)
	for i := x.slot(k); ; i = (i + 1) & mask {
		switch x.keys[i] {
		case k:
			return x.rows[i], true
		case 0:
			return 0, false
		}
	}
}

// grow doubles the table.
func (x *featureIndex) grow() {
	keys, rows := x.keys, x.rows
	x.keys, x.rows = make([]uint64, 2*len(keys)), make([]uint32, 2*len(keys))
	x.shift--
	for i, k := range keys {
		if k != 0 {
			x.insert(k, rows[i])
		}
	}
}

func (x *featureIndex) len() int { return x.n }

// each calls f for every key, in no particular order.
func (x *featureIndex) each(f func(k uint64, r uint32)) {
	if x.hasZero {
		f(0, x.zeroRow)
	}
	for i, k := range x.keys {
		if k != 0 {
			f(k, x.rows[i])
		}
	}
}
