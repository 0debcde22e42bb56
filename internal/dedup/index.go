package dedup

import "slices"

// Threshold is the similarity at and above which two articles are near
// duplicates: chosen on pairs built from the article-extraction benchmark
// (see the package's tests and `newsgraph eval dedup`).
const Threshold = 0.5

// Index finds near duplicates among the signatures added to it. It is not
// safe for concurrent use.
type Index struct {
	sigs    []Signature
	ids     []int64
	buckets [Bands]map[uint64][]int32
}

// NewIndex returns an empty index.
func NewIndex() *Index {
	x := &Index{}
	for b := range x.buckets {
		x.buckets[b] = map[uint64][]int32{}
	}
	return x
}

// Add puts an article's signature in the index under its id.
func (x *Index) Add(id int64, s Signature) {
	n := int32(len(x.sigs))
	x.sigs = append(x.sigs, s)
	x.ids = append(x.ids, id)
	for b, k := range s.BandKeys() {
		x.buckets[b][k] = append(x.buckets[b][k], n)
	}
}

// Match is an indexed article similar to the one looked up.
type Match struct {
	ID         int64
	Similarity float64
}

// Near returns the indexed articles whose similarity to s is at least
// min, most similar first. Only articles sharing a band with s are
// compared.
func (x *Index) Near(s Signature, min float64) []Match {
	seen := map[int32]bool{}
	var out []Match
	for b, k := range s.BandKeys() {
		for _, n := range x.buckets[b][k] {
			if seen[n] {
				continue
			}
			seen[n] = true
			if sim := Similarity(s, x.sigs[n]); sim >= min {
				out = append(out, Match{x.ids[n], sim})
			}
		}
	}
	slices.SortFunc(out, func(a, b Match) int {
		if a.Similarity != b.Similarity {
			if a.Similarity > b.Similarity {
				return -1
			}
			return 1
		}
		return int(a.ID - b.ID)
	})
	return out
}
