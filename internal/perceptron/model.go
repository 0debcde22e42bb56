package perceptron

import (
	"slices"
	"unsafe"
)

// Model is a trained, read-only perceptron. It is safe for concurrent use.
//
// A feature's row of class weights is laid out one of two ways. Most rows
// name one to three classes, and are kept sparse: (class, weight) pairs
// side by side in sparse. Rows that speak for many classes (the bias, the
// parser's tag features) are kept dense, one weight per class in dense,
// zeros included: they are few, yet they carry nearly all the weights a
// prediction adds (nine in ten for the parser), and adding a dense row is
// a straight loop without a class to look up per weight.
//
// Score finds rows through table, which holds no keys (see scoreTable). A
// model made in this process (by a Trainer, or Average) also keeps keys,
// the rows by their full keys, which Average and the tests read; a model
// read from an image has none.
type Model struct {
	NClasses int
	keys     *featureIndex
	table    scoreTable
	sparse   []classWeight
	dense    []float32
}

// classWeight is a sparse weight. The class of a row's last weight
// carries lastWeight.
type classWeight struct {
	class  uint32
	weight float32
}

// row says where a feature's weights lie in keys: sparse[off:off+n], or
// dense[off:off+NClasses] when n is denseRow.
type row struct {
	off, n uint32
}

const denseRow = ^uint32(0)

// isDense says whether a row of n non-zero weights of nClasses is kept
// dense: when it names at least one class in eight, adding the dense row
// costs less than scattering its pairs.
func isDense(n, nClasses int) bool { return n*8 >= nClasses && n > 1 }

func newModel(nClasses, nFeatures int) *Model {
	return &Model{NClasses: nClasses, keys: newFeatureIndex(nFeatures)}
}

// putRow gives feature key, which must be new, the weights ws of classes
// cls (ascending, at least one, none zero). Rows must come in ascending
// key order, so that the arrays, and so the image, depend on the weights
// alone; seal makes the table once every row is in.
func (m *Model) putRow(key uint64, cls []uint16, ws []float32) {
	if !isDense(len(cls), m.NClasses) {
		r := row{off: uint32(len(m.sparse)), n: uint32(len(cls))}
		for j, c := range cls {
			m.sparse = append(m.sparse, classWeight{uint32(c), ws[j]})
		}
		m.sparse[len(m.sparse)-1].class |= lastWeight
		m.keys.put(key, r)
		return
	}
	r := row{off: uint32(len(m.dense)), n: denseRow}
	m.dense = append(m.dense, make([]float32, m.NClasses)...)
	for j, c := range cls {
		m.dense[int(r.off)+int(c)] = ws[j]
	}
	m.keys.put(key, r)
}

// seal makes the table Score reads from the rows put in. Offsets must
// leave ref's flag bit free: 2^31 weights would be 16 GB of model.
func (m *Model) seal() {
	keys := make([]uint64, 0, m.keys.len())
	m.keys.each(func(k uint64, _ row) { keys = append(keys, k) })
	slices.Sort(keys)
	refs := make([]uint32, len(keys))
	for i, k := range keys {
		r, _ := m.keys.get(k)
		if r.off >= denseRef {
			panic("perceptron: a model of more than 2^31 weights")
		}
		refs[i] = r.off
		if r.n == denseRow {
			refs[i] |= denseRef
		}
	}
	m.table = buildTable(keys, refs)
}

// eachWeight calls f with every non-zero weight of row r.
func (m *Model) eachWeight(r row, f func(class int, w float32)) {
	if r.n != denseRow {
		for _, e := range m.sparse[r.off : r.off+r.n] {
			f(int(e.class&^lastWeight), e.weight)
		}
		return
	}
	for c, w := range m.dense[r.off : int(r.off)+m.NClasses] {
		if w != 0 {
			f(c, w)
		}
	}
}

// Features is the number of features with a row.
func (m *Model) Features() int { return m.table.n }

// Score adds the weights of feats to scores, which must have NClasses
// entries. Each class's weights are added in the order of feats, however
// its rows are laid out, so scores are the same to the bit.
//
// The weights are read from memory far larger than the processor's
// caches, so what Score waits on is memory, one cache miss for a
// feature's slot and one for its row. It looks up a batch of features
// before adding any of their rows, so that the processor has the misses of
// the whole batch in flight at once rather than one feature's at a time.
func (m *Model) Score(feats []uint64, scores []float32) {
	scores = scores[:m.NClasses]
	var batch, dense [scoreBatch]uint32
	var at [scoreBatch]uint64
	for len(feats) > 0 {
		n := min(len(feats), scoreBatch)
		m.table.prefetchSlots(feats[:n], at[:n])
		refs := m.lookup(feats[:n], at[:n], batch[:0])
		feats = feats[n:]
		m.prefetchRows(refs)
		m.addRows(scores, refs, &dense)
	}
}

// addRows adds the rows of refs to scores in order, each run of dense
// rows in one call of addDenseRows when there are eight classes or more.
// The order is kept, so that the sums are the same to the bit as row by
// row. dense is scratch for the runs' offsets.
//
// The sparse weights are read and added through pointers, without Go's
// bounds checks: loading the model checked that every ref lies inside its
// array, that the sparse weights end on a row's last, and that every
// class is below NClasses (check), and Score cut scores to NClasses. The
// checks were a third of the instructions of this loop, which adds most
// of the pipeline's weights.
func (m *Model) addRows(scores []float32, refs []uint32, dense *[scoreBatch]uint32) {
	if len(scores) < 8 {
		m.addRowsOneByOne(scores, refs)
		return
	}
	sc := unsafe.Pointer(unsafe.SliceData(scores))
	sparse := unsafe.Pointer(unsafe.SliceData(m.sparse))
	nd := 0
	for _, r := range refs {
		if r&denseRef != 0 {
			dense[nd] = r &^ denseRef
			nd++
			continue
		}
		if nd > 0 {
			addDenseRows(scores, m.dense, dense[:nd])
			nd = 0
		}
		addSparse(sc, sparse, r)
	}
	if nd > 0 {
		addDenseRows(scores, m.dense, dense[:nd])
	}
}

// addSparse adds the sparse row at offset off to the scores at sc; sparse
// is the model's sparse weights. See addRows for why no bounds are
// checked.
//
// The pointer steps from weight to weight but never past the row's last:
// a pointer one past an allocation is invalid to Go (the race detector's
// checkptr stops on it).
func addSparse(sc, sparse unsafe.Pointer, off uint32) {
	e := unsafe.Add(sparse, uintptr(off)*unsafe.Sizeof(classWeight{}))
	for {
		w := (*classWeight)(e)
		*(*float32)(unsafe.Add(sc, uintptr(w.class&^lastWeight)*4)) += w.weight
		if w.class&lastWeight != 0 {
			return
		}
		e = unsafe.Add(e, unsafe.Sizeof(classWeight{}))
	}
}

// addRowsOneByOne adds the rows of refs to scores in order, a weight at a
// time: for a model of few classes (a ranker's one), a call per run would
// cost more than the adds.
func (m *Model) addRowsOneByOne(scores []float32, refs []uint32) {
	sc := unsafe.Pointer(unsafe.SliceData(scores))
	sparse := unsafe.Pointer(unsafe.SliceData(m.sparse))
	for _, r := range refs {
		if r&denseRef != 0 {
			off := r &^ denseRef
			for c, w := range m.dense[off : int(off)+len(scores)] {
				scores[c] += w
			}
			continue
		}
		addSparse(sc, sparse, r)
	}
}

// scoreBatch is how many features Score looks up at once.
const scoreBatch = 96

// Predict returns the best class for feats among those allowed (all when
// allowed is nil). scores is scratch space of NClasses entries. Ties go to
// the lower class index, so prediction is deterministic.
func (m *Model) Predict(feats []uint64, scores []float32, allowed []bool) int {
	clear(scores)
	m.Score(feats, scores)
	return Best(scores, allowed)
}

// Best returns the index of the highest score among those allowed.
func Best(scores []float32, allowed []bool) int {
	if allowed == nil {
		return ArgMax(scores)
	}
	best := -1
	for c, s := range scores {
		if !allowed[c] {
			continue
		}
		if best < 0 || s > scores[best] {
			best = c
		}
	}
	return max(best, 0)
}
