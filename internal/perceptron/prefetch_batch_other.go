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
