//go:build !amd64

package perceptron

// prefetchSlots sets at[i] to the slot where the probe for feats[i]
// starts; there is no prefetch without assembly for the processor.
func (t *scoreTable) prefetchSlots(feats, at []uint64) {
	at = at[:len(feats)]
	for i, f := range feats {
		at[i] = home(f, len(t.slots))
	}
}

// prefetchRows does nothing without assembly for the processor.
func (m *Model) prefetchRows(refs []uint32) {}

// lookup appends the refs of the features that have a row, each probed
// from its first slot at, as prefetchSlots found it.
//
// It is scoreTable.get written out over the batch, with the table held in
// locals.
func (m *Model) lookup(feats, at []uint64, refs []uint32) []uint32 {
	slots, shift := m.table.slots, m.table.shift
	at = at[:len(feats)]
	n := len(refs)
	refs = refs[:n+len(feats)]
	for i, f := range feats {
		fp := fingerprint(f, shift)
		for j := at[i]; ; {
			s := slots[j]
			if s.ref == emptyRef {
				break
			}
			if s.fp == fp {
				refs[n] = s.ref
				n++
				break
			}
			if j++; j == uint64(len(slots)) {
				j = 0
			}
		}
	}
	return refs[:n]
}
