package perceptron

import "unsafe"

// prefetchSlots sets at[i] to the slot where the probe for feats[i]
// starts and asks the processor to load that slot, in one pass of
// assembly: built in Go, the list of addresses for prefetch cost more
// instructions than the probes themselves. len(at) >= len(feats).
func (x *featureIndex) prefetchSlots(feats, at []uint64) {
	slotsPrefetch(unsafe.Pointer(unsafe.SliceData(x.slots)), uint64(len(x.slots)), feats, at[:len(feats)])
}

// prefetchRows asks the processor to load the first cache line of each
// row's weights, and the second when the row runs onto it. A sparse row
// fits in one or two; a dense row of the parser spans seven, but the
// processor's own prefetcher follows a row read in order, and asking for
// every line cost more than it saved (the whole pipeline was 4.8% faster
// asking for two).
func (m *Model) prefetchRows(rows []row) {
	rowsPrefetch(rows, unsafe.Pointer(unsafe.SliceData(m.dense)), unsafe.Pointer(unsafe.SliceData(m.sparse)), 4*uint64(m.NClasses))
}

// lookup appends the rows of the features that have one, each probed
// from its first slot at, as prefetchSlots found it: featureIndex.get
// over the batch in assembly, which keeps the table, the key and the
// slot in registers (written in Go, the probes cost half the parser's
// look-ups again).
func (m *Model) lookup(feats, at []uint64, rows []row) []row {
	x := m.index
	n := len(rows)
	rows = rows[:n+len(feats)]
	k := lookupRows(unsafe.Pointer(unsafe.SliceData(x.slots)), uint64(len(x.slots)), feats, at[:len(feats)], rows[n:], x.zeroRow, x.hasZero)
	return rows[:n+k]
}

//go:noescape
func lookupRows(slots unsafe.Pointer, nslots uint64, feats, at []uint64, rows []row, zero row, hasZero bool) int

//go:noescape
func slotsPrefetch(slots unsafe.Pointer, nslots uint64, feats, at []uint64)

//go:noescape
func rowsPrefetch(rows []row, dense, sparse unsafe.Pointer, denseBytes uint64)
