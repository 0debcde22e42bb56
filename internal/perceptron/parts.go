package perceptron

// MaxParts is the most parts ScoreParts takes.
const MaxParts = 16

// ScoreParts is Score over feats cut into parts, each part's rows added
// to a vector of its own: part g is feats[ends[g-1]:ends[g]] (from 0 for
// the first) and its rows go to dsts[g]. The parts are looked up as one
// batch, so that their slots and rows are on their way together, as
// Score's are. Within a part the rows are added in order, as Score adds
// them. meanwhile is called once the slots are found and the rows asked
// for, while the rows are on their way: work that needs none of that
// memory. len(ends) == len(dsts) <= MaxParts, and ends rise to len(feats).
func (m *Model) ScoreParts(feats []uint64, ends []int, dsts [][]float32, meanwhile func()) {
	if len(feats) > scoreBatch {
		start := 0
		for g, e := range ends {
			m.Score(feats[start:e], dsts[g])
			start = e
		}
		meanwhile()
		return
	}
	var at [scoreBatch]uint64
	var refs [scoreBatch]uint32
	var dense [scoreBatch]uint32
	var cut [MaxParts + 1]int
	m.table.prefetchSlots(feats, at[:len(feats)])
	start, nr := 0, 0
	for g, e := range ends {
		nr += len(m.lookup(feats[start:e], at[start:e], refs[nr:nr]))
		cut[g+1] = nr
		start = e
	}
	m.prefetchRows(refs[:nr])
	meanwhile()
	for g := range ends {
		m.addRows(dsts[g][:m.NClasses], refs[cut[g]:cut[g+1]], &dense)
	}
}

// AddVectors adds to scores the vectors of len(scores) weights that start
// at offs in vs, in order, as addRows adds dense rows.
func AddVectors(scores, vs []float32, offs []uint32) {
	for _, off := range offs {
		_ = vs[int(off)+len(scores)-1] // addDenseRows does not check
	}
	addDenseRows(scores, vs, offs)
}
