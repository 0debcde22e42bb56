package eval

import "math"

// The coreference scorers compare two partitions of mentions, the key
// (gold) and the response (predicted), the way the CoNLL-2012 reference
// scorer defines them (Pradhan et al. 2014): a mention is matched only by
// an identical one, and a response mention with no twin in the key counts
// against precision (and a key mention with none against recall). Counts
// are summed over documents before dividing, as that scorer does, so a long
// document weighs more than a short one.
//
// Both partitions must hold each mention at most once; EvalCoref makes
// sure of it.

// CorefCounts holds the numerators and denominators of MUC, B³ and CEAF-e
// for one or more documents.
type CorefCounts struct {
	MUC, B3, CEAFe ratio
}

// ratio is recall and precision as sums not yet divided.
type ratio struct {
	RecallNum, RecallDen, PrecisionNum, PrecisionDen float64
}

func (r ratio) prf() PRF {
	var p PRF
	if r.PrecisionDen > 0 {
		p.Precision = r.PrecisionNum / r.PrecisionDen
	}
	if r.RecallDen > 0 {
		p.Recall = r.RecallNum / r.RecallDen
	}
	p.F1 = harmonic(p.Precision, p.Recall)
	return p
}

func (r *ratio) add(o ratio) {
	r.RecallNum += o.RecallNum
	r.RecallDen += o.RecallDen
	r.PrecisionNum += o.PrecisionNum
	r.PrecisionDen += o.PrecisionDen
}

// Add sums another document's counts into c.
func (c *CorefCounts) Add(o CorefCounts) {
	c.MUC.add(o.MUC)
	c.B3.add(o.B3)
	c.CEAFe.add(o.CEAFe)
}

// CorefScores are the three metrics and their mean.
type CorefScores struct {
	MUC     PRF     `json:"muc"`
	B3      PRF     `json:"b3"`
	CEAFe   PRF     `json:"ceafe"`
	CoNLLF1 float64 `json:"conll_f1"`
}

// Scores divides the counts.
func (c CorefCounts) Scores() CorefScores {
	s := CorefScores{MUC: c.MUC.prf(), B3: c.B3.prf(), CEAFe: c.CEAFe.prf()}
	s.CoNLLF1 = (s.MUC.F1 + s.B3.F1 + s.CEAFe.F1) / 3
	return s
}

// ScoreClusters counts MUC, B³ and CEAF-e for one document's key and
// response partitions.
func ScoreClusters[M comparable](key, response [][]M) CorefCounts {
	return CorefCounts{MUC: muc(key, response), B3: bcubed(key, response), CEAFe: ceafe(key, response)}
}

// clusterOf maps each mention to the index of its cluster.
func clusterOf[M comparable](part [][]M) map[M]int {
	at := make(map[M]int)
	for i, c := range part {
		for _, m := range c {
			at[m] = i
		}
	}
	return at
}

// overlaps counts how many mentions of c each cluster of the other
// partition holds, and how many it lacks.
func overlaps[M comparable](c []M, other map[M]int) (shared map[int]int, missing int) {
	shared = map[int]int{}
	for _, m := range c {
		if j, ok := other[m]; ok {
			shared[j]++
		} else {
			missing++
		}
	}
	return shared, missing
}

// muc is Vilain et al.'s link-based measure: recall is, over key clusters,
// how many of the links needed to join each one the response has, i.e.
// (|K| - number of pieces the response cuts K into) / (|K| - 1), a mention
// the response lacks being a piece of its own. Precision swaps the roles.
func muc[M comparable](key, response [][]M) ratio {
	var r ratio
	r.RecallNum, r.RecallDen = mucLinks(key, clusterOf(response))
	r.PrecisionNum, r.PrecisionDen = mucLinks(response, clusterOf(key))
	return r
}

func mucLinks[M comparable](part [][]M, other map[M]int) (found, needed float64) {
	for _, c := range part {
		if len(c) == 0 {
			continue
		}
		pieces, missing := overlaps(c, other)
		found += float64(len(c) - len(pieces) - missing)
		needed += float64(len(c) - 1)
	}
	return found, needed
}

// bcubed is Bagga and Baldwin's B³: each key mention's recall is the share
// of its key cluster found in its response cluster (0 when the response
// lacks it), averaged over key mentions; precision the same from the
// response's side.
func bcubed[M comparable](key, response [][]M) ratio {
	var r ratio
	r.RecallNum, r.RecallDen = bcubedSide(key, clusterOf(response))
	r.PrecisionNum, r.PrecisionDen = bcubedSide(response, clusterOf(key))
	return r
}

func bcubedSide[M comparable](part [][]M, other map[M]int) (sum, mentions float64) {
	for _, c := range part {
		overlap, _ := overlaps(c, other)
		// Each of the n mentions shared with cluster j scores n/|c|.
		for _, n := range overlap {
			sum += float64(n*n) / float64(len(c))
		}
		mentions += float64(len(c))
	}
	return sum, mentions
}

// ceafe is Luo's entity-based CEAF with φ4(K, R) = 2|K∩R| / (|K| + |R|):
// key and response entities are aligned one to one so that the sum of φ4
// is largest, and that sum over the number of key entities is recall, over
// the number of response entities precision.
func ceafe[M comparable](key, response [][]M) ratio {
	key, response = nonEmpty(key), nonEmpty(response)
	r := ratio{RecallDen: float64(len(key)), PrecisionDen: float64(len(response))}
	if len(key) == 0 || len(response) == 0 {
		return r
	}
	at := clusterOf(response)
	sim := make([][]float64, len(key))
	for i, k := range key {
		sim[i] = make([]float64, len(response))
		shared, _ := overlaps(k, at)
		for j, n := range shared {
			sim[i][j] = 2 * float64(n) / float64(len(k)+len(response[j]))
		}
	}
	best := 0.0
	for i, j := range maxAssignment(sim) {
		if j >= 0 {
			best += sim[i][j]
		}
	}
	r.RecallNum, r.PrecisionNum = best, best
	return r
}

func nonEmpty[M any](part [][]M) [][]M {
	var out [][]M
	for _, c := range part {
		if len(c) > 0 {
			out = append(out, c)
		}
	}
	return out
}

// maxAssignment pairs rows with columns, each used at most once, so that
// the sum of the paired weights is largest, and returns each row's column
// (-1 for a row left over when there are more rows than columns). It is the
// Hungarian (Kuhn-Munkres) method in its O(n²m) form with row and column
// potentials: rows join one at a time, each by a shortest augmenting path
// over reduced costs, so every step keeps the assignment optimal for the
// rows placed so far. Weights are negated to make it a minimum-cost problem.
func maxAssignment(w [][]float64) []int {
	rows := len(w)
	if rows == 0 {
		return nil
	}
	cols := len(w[0])
	if rows > cols {
		// The method needs no more rows than columns: solve the transpose.
		t := make([][]float64, cols)
		for j := range t {
			t[j] = make([]float64, rows)
			for i := range rows {
				t[j][i] = w[i][j]
			}
		}
		out := make([]int, rows)
		for i := range out {
			out[i] = -1
		}
		for j, i := range maxAssignment(t) {
			if i >= 0 {
				out[i] = j
			}
		}
		return out
	}
	// 1-based: row 0 and column 0 are the virtual start of each search.
	u := make([]float64, rows+1) // row potentials
	v := make([]float64, cols+1) // column potentials
	owner := make([]int, cols+1) // row assigned to each column, 0 for none
	via := make([]int, cols+1)   // previous column on the shortest path
	slack := make([]float64, cols+1)
	done := make([]bool, cols+1)
	for i := 1; i <= rows; i++ {
		owner[0] = i
		for j := range slack {
			slack[j], done[j] = math.Inf(1), false
		}
		col := 0
		for owner[col] != 0 {
			done[col] = true
			row, delta, next := owner[col], math.Inf(1), 0
			for j := 1; j <= cols; j++ {
				if done[j] {
					continue
				}
				if c := -w[row-1][j-1] - u[row] - v[j]; c < slack[j] {
					slack[j], via[j] = c, col
				}
				if slack[j] < delta {
					delta, next = slack[j], j
				}
			}
			for j := 0; j <= cols; j++ {
				if done[j] {
					u[owner[j]] += delta
					v[j] -= delta
				} else {
					slack[j] -= delta
				}
			}
			col = next
		}
		// Flip the path: every column on it takes the row before it.
		for col != 0 {
			prev := via[col]
			owner[col] = owner[prev]
			col = prev
		}
	}
	out := make([]int, rows)
	for j := 1; j <= cols; j++ {
		if owner[j] != 0 {
			out[owner[j]-1] = j - 1
		}
	}
	return out
}
