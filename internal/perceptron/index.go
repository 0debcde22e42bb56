package perceptron

import "math/bits"

// featureIndex maps feature keys to rows. It is an open-addressing table
// with linear probing: the keys are already 64-bit hashes, so a
// multiplication spreads them over the slots. Each slot holds the key and
// where its row lies, so a lookup that finds its feature reads one cache
// line before the weights themselves. It replaced a Go map, which spent a
// third of the parser's time hashing and probing, and then a table of
// row numbers that sent each lookup to two more arrays for the row's
// bounds.
type featureIndex struct {
	slots []slot
	n     int
	// The key 0 marks an empty slot, so the key 0 itself is kept aside.
	hasZero bool
	zeroRow row
}

type slot struct {
	key uint64
	row row
}

// newFeatureIndex makes a table for about n keys. It grows as needed, so
// a corrupt header claiming a huge n cannot make it allocate gigabytes.
// The table is as large as a load of maxLoad needs, not rounded up to a
// power of two (which left the tagger's and the cue model's tables half
// empty): the slot is found by scaling the hash rather than masking it.
func newFeatureIndex(n int) *featureIndex {
	return &featureIndex{slots: make([]slot, min(max(n*maxLoadDen/maxLoadNum+1, 8), 1<<22))}
}

// maxLoad is maxLoadNum/maxLoadDen: fuller, a linear-probing table makes
// a lookup of a missing key read more than a cache line or two.
const maxLoadNum, maxLoadDen = 7, 10

func (x *featureIndex) slot(k uint64) uint64 {
	hi, _ := bits.Mul64(k*0x9e3779b97f4a7c15, uint64(len(x.slots)))
	return hi
}

// put adds key k with row r; k must not be in the table yet.
func (x *featureIndex) put(k uint64, r row) {
	x.n++
	if k == 0 {
		x.hasZero, x.zeroRow = true, r
		return
	}
	if maxLoadDen*x.n > maxLoadNum*len(x.slots) {
		x.grow()
	}
	x.insert(k, r)
}

func (x *featureIndex) insert(k uint64, r row) {
	for i := x.slot(k); ; i = x.after(i) {
		if x.slots[i].key == 0 {
			x.slots[i] = slot{k, r}
			return
		}
	}
}

// get returns the row of key k.
func (x *featureIndex) get(k uint64) (row, bool) {
	if k == 0 {
		return x.zeroRow, x.hasZero
	}
	for i := x.slot(k); ; i = x.after(i) {
		s := &x.slots[i]
		switch s.key {
		case k:
			return s.row, true
		case 0:
			return row{}, false
		}
	}
}

// after is the slot probed after slot i.
func (x *featureIndex) after(i uint64) uint64 {
	if i++; i == uint64(len(x.slots)) {
		return 0
	}
	return i
}

// grow doubles the table.
func (x *featureIndex) grow() {
	old := x.slots
	x.slots = make([]slot, 2*len(old))
	for _, s := range old {
		if s.key != 0 {
			x.insert(s.key, s.row)
		}
	}
}

func (x *featureIndex) len() int { return x.n }

// each calls f for every key, in no particular order.
func (x *featureIndex) each(f func(k uint64, r row)) {
	if x.hasZero {
		f(0, x.zeroRow)
	}
	for _, s := range x.slots {
		if s.key != 0 {
			f(s.key, s.row)
		}
	}
}
