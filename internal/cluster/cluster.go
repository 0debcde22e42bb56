// Package cluster groups words that occur in similar contexts, learned from
// unlabelled text, so that the taggers can generalise from a word they have
// seen to one they have not ("Pyongyang" near "Moscow", "munitions" near
// "ammunition"). Clusters play the role Brown clusters play in Ratinov &
// Roth's NER and in Koo et al.'s parser.
//
// The method is chosen for speed and determinism over fidelity to Brown's
// algorithm: every frequent word becomes a vector of positive pointwise
// mutual information with the frequent words to its left and right, and
// spherical k-means groups the vectors (initialised with the most frequent
// words, so the same text always gives the same clusters). A second,
// coarser level clusters the centroids, giving two granularities as Brown
// bit-string prefixes do.
package cluster

import (
	"math"
	"slices"
	"strings"
)

// Clusters maps words to a fine and a coarse cluster id.
type Clusters struct {
	Fine   map[string]uint16 `json:"fine"`   // word (as written) -> fine cluster
	Coarse []uint16          `json:"coarse"` // fine cluster -> coarse cluster
}

// Lookup returns the clusters of w, trying it as written, then lower-cased.
func (c *Clusters) Lookup(w string) (fine, coarse int, ok bool) {
	if c == nil {
		return 0, 0, false
	}
	f, ok := c.Fine[w]
	if !ok {
		if lw := strings.ToLower(w); lw != w { // a word already lower-cased was just tried
			f, ok = c.Fine[lw]
		}
	}
	if !ok {
		return 0, 0, false
	}
	return int(f), int(c.Coarse[f]), true
}

// Options control clustering.
type Options struct {
	MinCount   int // words seen fewer times get no cluster; default 3
	Contexts   int // frequent words used as context; default 600
	K          int // fine clusters; default 256
	CoarseK    int // coarse clusters; default 32
	Iterations int // k-means passes; default 12
}

func (o *Options) defaults() {
	if o.MinCount <= 0 {
		o.MinCount = 3
	}
	if o.Contexts <= 0 {
		o.Contexts = 600
	}
	if o.K <= 0 {
		o.K = 256
	}
	if o.CoarseK <= 0 {
		o.CoarseK = 32
	}
	if o.Iterations <= 0 {
		o.Iterations = 12
	}
}

// Train clusters the words of sentences (tokenised text).
func Train(sentences [][]string, opt Options) *Clusters {
	opt.defaults()
	vocab, _ := vocabulary(sentences, opt.MinCount)
	ctx := contextWords(sentences, opt.Contexts)
	vecs := contextVectors(sentences, vocab, ctx)
	k := min(opt.K, len(vocab))
	assign, centroids := kmeans(vecs, k, opt.Iterations)
	coarseK := min(opt.CoarseK, k)
	coarse, _ := kmeans(denseToSparse(centroids), coarseK, opt.Iterations)
	c := &Clusters{Fine: make(map[string]uint16, len(vocab)), Coarse: make([]uint16, k)}
	for w, i := range vocab {
		c.Fine[w] = uint16(assign[i])
	}
	for f := range k {
		c.Coarse[f] = uint16(coarse[f])
	}
	return c
}

// vocabulary returns the words seen at least minCount times, indexed in
// order of falling frequency (ties alphabetical), and their counts.
func vocabulary(sentences [][]string, minCount int) (map[string]int, []int) {
	freq := map[string]int{}
	for _, s := range sentences {
		for _, w := range s {
			freq[w]++
		}
	}
	words := make([]string, 0, len(freq))
	for w, n := range freq {
		if n >= minCount {
			words = append(words, w)
		}
	}
	slices.SortFunc(words, func(a, b string) int {
		if freq[a] != freq[b] {
			return freq[b] - freq[a]
		}
		return strings.Compare(a, b)
	})
	vocab := make(map[string]int, len(words))
	counts := make([]int, len(words))
	for i, w := range words {
		vocab[w] = i
		counts[i] = freq[w]
	}
	return vocab, counts
}

// contextWords returns the n most frequent lower-cased words.
func contextWords(sentences [][]string, n int) map[string]int {
	var lowered [][]string
	for _, s := range sentences {
		l := make([]string, len(s))
		for i, w := range s {
			l[i] = strings.ToLower(w)
		}
		lowered = append(lowered, l)
	}
	vocab, _ := vocabulary(lowered, 1)
	ctx := map[string]int{}
	for w, i := range vocab {
		if i < n {
			ctx[w] = i
		}
	}
	return ctx
}

// sparse is a sparse vector: sorted indices and values.
type sparse struct {
	idx []int32
	val []float32
}

// contextVectors builds one PPMI vector per vocabulary word over left and
// right neighbours (dimension 2*(len(ctx)+1): the last slot of each side
// stands for any other word or the sentence boundary).
func contextVectors(sentences [][]string, vocab, ctx map[string]int) []sparse {
	side := len(ctx) + 1
	counts := make([]map[int32]float64, len(vocab))
	colTotals := make([]float64, 2*side)
	total := 0.0
	slot := func(s []string, j, offset int) int32 {
		if j < 0 || j >= len(s) {
			return int32(offset + side - 1)
		}
		if c, ok := ctx[strings.ToLower(s[j])]; ok {
			return int32(offset + c)
		}
		return int32(offset + side - 1)
	}
	for _, s := range sentences {
		for i, w := range s {
			v, ok := vocab[w]
			if !ok {
				continue
			}
			if counts[v] == nil {
				counts[v] = map[int32]float64{}
			}
			for _, d := range [...]int32{slot(s, i-1, 0), slot(s, i+1, side)} {
				counts[v][d]++
				colTotals[d]++
				total++
			}
		}
	}
	vecs := make([]sparse, len(vocab))
	for v, row := range counts {
		rowTotal := 0.0
		for _, n := range row {
			rowTotal += n
		}
		vecs[v] = ppmiRow(row, rowTotal, colTotals, total)
	}
	return vecs
}

func ppmiRow(row map[int32]float64, rowTotal float64, colTotals []float64, total float64) sparse {
	dims := make([]int32, 0, len(row))
	for d := range row {
		dims = append(dims, d)
	}
	slices.Sort(dims)
	var s sparse
	norm := 0.0
	for _, d := range dims {
		if pmi := math.Log(row[d] * total / (rowTotal * colTotals[d])); pmi > 0 {
			s.idx = append(s.idx, d)
			s.val = append(s.val, float32(pmi))
			norm += pmi * pmi
		}
	}
	for j := range s.val {
		s.val[j] /= float32(math.Sqrt(norm))
	}
	return s
}

func denseToSparse(rows [][]float32) []sparse {
	out := make([]sparse, len(rows))
	for r, row := range rows {
		for d, v := range row {
			if v != 0 {
				out[r].idx = append(out[r].idx, int32(d))
				out[r].val = append(out[r].val, v)
			}
		}
	}
	return out
}

// kmeans runs spherical k-means, starting from the first k vectors (the
// most frequent words), and returns each vector's cluster and the
// centroids.
func kmeans(vecs []sparse, k, iterations int) ([]int, [][]float32) {
	dim := 0
	for _, v := range vecs {
		if n := len(v.idx); n > 0 {
			dim = max(dim, int(v.idx[n-1])+1)
		}
	}
	centroids := make([][]float32, k)
	for c := range k {
		centroids[c] = make([]float32, dim)
		for j, d := range vecs[c].idx {
			centroids[c][d] = vecs[c].val[j]
		}
	}
	assign := make([]int, len(vecs))
	for it := 0; it < iterations; it++ {
		for v, vec := range vecs {
			assign[v] = nearest(vec, centroids)
		}
		recompute(vecs, assign, centroids)
	}
	return assign, centroids
}

func nearest(vec sparse, centroids [][]float32) int {
	best, bestDot := 0, float32(-1)
	for c, cen := range centroids {
		var dot float32
		for j, d := range vec.idx {
			dot += vec.val[j] * cen[d]
		}
		if dot > bestDot {
			best, bestDot = c, dot
		}
	}
	return best
}

// recompute sets each centroid to the normalised mean of its members; an
// empty cluster keeps its old centroid.
func recompute(vecs []sparse, assign []int, centroids [][]float32) {
	sums := make([][]float64, len(centroids))
	for c := range sums {
		sums[c] = make([]float64, len(centroids[c]))
	}
	members := make([]int, len(centroids))
	for v, vec := range vecs {
		c := assign[v]
		members[c]++
		for j, d := range vec.idx {
			sums[c][d] += float64(vec.val[j])
		}
	}
	for c, sum := range sums {
		if members[c] == 0 {
			continue
		}
		norm := 0.0
		for _, x := range sum {
			norm += x * x
		}
		norm = math.Sqrt(norm)
		for d, x := range sum {
			centroids[c][d] = float32(x / max(norm, 1e-12))
		}
	}
}
