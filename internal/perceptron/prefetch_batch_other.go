//go:build !amd64

package perceptron

// prefetchSlots sets at[i] to the slot where the probe for feats[i]
// starts; there is no prefetch without assembly for the processor.
func (x *featureIndex) prefetchSlots(feats, at []uint64) {
	at = at[:len(feats)]
	for i, f := range feats {
		at[i] = x.slot(f)
	}
}

// prefetchRows does nothing without assembly for the processor.
func (m *Model) prefetchRows(rows []row) {}

// lookup appends the rows of the features that have one, each probed
// from its first slot at, as prefetchSlots found it.
//
// It is featureIndex.get written out over the batch, with the table and
// the rows held in locals.
func (m *Model) lookup(feats, at []uint64, rows []row) []row {
	x := m.index
	slots := x.slots
	at = at[:len(feats)]
	n := len(rows)
	rows = rows[:n+len(feats)]
	for i, f := range feats {
		if f == 0 {
			if x.hasZero {
				rows[n] = x.zeroRow
				n++
			}
			continue
		}
		for j := at[i]; ; {
			s := &slots[j]
			if s.key == f {
				rows[n] = s.row
				n++
				break
			}
			if s.key == 0 {
				break
			}
			if j++; j == uint64(len(slots)) {
				j = 0
			}
		}
	}
	return rows[:n]
}
