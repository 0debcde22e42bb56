package perceptron

import "unsafe"

// prefetchSlots sets at[i] to the slot where the probe for feats[i]
// starts and asks the processor to load that slot (and the line after
// it, see slotsPrefetch), in one pass of
// assembly: built in Go, the list of addresses for prefetch cost more
// instructions than the probes themselves. len(at) >= len(feats).
func (t *scoreTable) prefetchSlots(feats, at []uint64) {
	slotsPrefetch(unsafe.Pointer(unsafe.SliceData(t.slots)), uint64(len(t.slots)), feats, at[:len(feats)])
}

// prefetchRows asks the processor to load the first cache line of each
// row's weights, and the second of a dense row, or of a sparse row that
// starts in its line's last sixteen bytes. A sparse row holds one to a
// few weights; a dense row of the parser spans seven lines, but the
// processor's own prefetcher follows a row read in order, and asking for
// every line cost more than it saved (the whole pipeline was 4.8% faster
// asking for two).
func (m *Model) prefetchRows(refs []uint32) {
	rowsPrefetch(refs, unsafe.Pointer(unsafe.SliceData(m.dense)), unsafe.Pointer(unsafe.SliceData(m.sparse)))
}

// lookup appends the refs of the features that have a row, each probed
// from its first slot at, as prefetchSlots found it: scoreTable.get over
// the batch in assembly, which keeps the table, the key and the slot in
// registers (written in Go, the probes cost half the parser's look-ups
// again).
func (m *Model) lookup(feats, at []uint64, refs []uint32) []uint32 {
	t := &m.table
	n := len(refs)
	refs = refs[:n+len(feats)]
	k := lookupRows(unsafe.Pointer(unsafe.SliceData(t.slots)), uint64(len(t.slots)), feats, at[:len(feats)], refs[n:], uint64(t.shift))
	return refs[:n+k]
}

//go:noescape
func lookupRows(slots unsafe.Pointer, nslots uint64, feats, at []uint64, refs []uint32, shift uint64) int

//go:noescape
func slotsPrefetch(slots unsafe.Pointer, nslots uint64, feats, at []uint64)

//go:noescape
func rowsPrefetch(refs []uint32, dense, sparse unsafe.Pointer)
