package perceptron

import (
	"fmt"
	"math/bits"
)

// scoreTable is what Score looks features up in: an open-addressing table
// with linear probing, as featureIndex, of eight-byte slots. A slot keeps
// a 32-bit fingerprint of its key and a reference to the key's row (ref),
// not the key itself and an (offset, length) pair: half featureIndex's
// sixteen bytes, so twice the slots share a cache line and the parser's
// table is 7 MB rather than 14. Score waits on memory more than on
// anything else, and the smaller table made the whole pipeline about 9%
// faster.
//
// The price of fingerprints is that a feature the model lacks is taken
// for one it has when the two share the fingerprint and the probe meets
// the one it has: about once in 700 million lookups of missing features
// at the table's load (32 bits of fingerprint against the few slots a
// probe reads). Features are hashed to 64 bits by their callers already,
// so this is the hashing trick's own risk, a little larger. A key the
// model has is always found: buildTable picks a fingerprint under which
// no key's probe meets another key of the same fingerprint first.
type scoreTable struct {
	slots []tslot
	n     int
	// shift picks the key's bits that make its fingerprint (fingerprint).
	shift uint32
}

type tslot struct {
	fp  uint32
	ref uint32
}

// A ref is a row's offset in sparse, or with denseRef set, its offset in
// dense. A sparse row has no length: its last weight's class carries
// lastWeight. emptyRef marks an empty slot.
const (
	denseRef   = uint32(1) << 31
	lastWeight = uint32(1) << 31
	emptyRef   = ^uint32(0)
)

// tableSize is the number of slots for n keys: as many as a load of
// maxLoad needs, not rounded up to a power of two (the slot is found by
// scaling the hash rather than masking it).
func tableSize(n int) int { return max(n*maxLoadDen/maxLoadNum+1, 8) }

// home is the slot where the probe for key k starts; the same scaling as
// featureIndex.slot, written again in assembly (slotsPrefetch).
func home(k uint64, nslots int) uint64 {
	hi, _ := bits.Mul64(k*0x9e3779b97f4a7c15, uint64(nslots))
	return hi
}

func fingerprint(k uint64, shift uint32) uint32 { return uint32(k >> shift) }

// buildTable lays keys (ascending, distinct) out with their refs. It
// takes the first window of a key's bits, from the lowest up, under which
// every key is found: the probe for a key must not meet another of the
// same fingerprint before it. Keys are 64-bit hashes, so the lowest 32
// bits do for nearly every model.
func buildTable(keys []uint64, refs []uint32) scoreTable {
	for shift := uint32(0); shift <= 32; shift++ {
		if t, ok := tryTable(keys, refs, shift); ok {
			return t
		}
	}
	// Thirty-three windows of distinct hashes all colliding in one
	// table is not a thing that happens; if it did, no model could be
	// made of these features.
	panic(fmt.Sprintf("perceptron: no fingerprint tells %d keys apart", len(keys)))
}

func tryTable(keys []uint64, refs []uint32, shift uint32) (scoreTable, bool) {
	t := scoreTable{slots: make([]tslot, tableSize(len(keys))), n: len(keys), shift: shift}
	for i := range t.slots {
		t.slots[i].ref = emptyRef
	}
	for i, k := range keys {
		fp := fingerprint(k, shift)
		j := home(k, len(t.slots))
		for t.slots[j].ref != emptyRef {
			if t.slots[j].fp == fp {
				return scoreTable{}, false
			}
			j = t.after(j)
		}
		t.slots[j] = tslot{fp: fp, ref: refs[i]}
	}
	return t, true
}

// after is the slot probed after slot i.
func (t *scoreTable) after(i uint64) uint64 {
	if i++; i == uint64(len(t.slots)) {
		return 0
	}
	return i
}

// get returns the ref of key k: lookupRows for one key, in Go.
func (t *scoreTable) get(k uint64) (uint32, bool) {
	fp := fingerprint(k, t.shift)
	for i := home(k, len(t.slots)); ; i = t.after(i) {
		s := t.slots[i]
		if s.ref == emptyRef {
			return 0, false
		}
		if s.fp == fp {
			return s.ref, true
		}
	}
}
