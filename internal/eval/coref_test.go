package eval

import (
	"math/rand/v2"
	"testing"
)

func nearPRF(p PRF, precision, recall float64) bool {
	return near(p.Precision, precision) && near(p.Recall, recall) && near(p.F1, harmonic(precision, recall))
}

// The values below were worked out by hand, for the partitions each case
// names; the working is in the comments.
func TestScoreClustersByHand(t *testing.T) {
	key := [][]string{{"a", "b", "c"}, {"d", "e", "f", "g"}}
	for _, c := range []struct {
		name          string
		key, response [][]string
		mucP, mucR    float64
		b3P, b3R      float64
		ceafP, ceafR  float64
	}{{
		// The example of Pradhan et al. (2014), twinless mentions h and i
		// included. MUC recall: K1 is cut into {a,b},{c} (3-2), K2 into
		// {d},{e},{f,g} (4-3): 2/5. Precision: R1 {a,b} 1, R2 {c},{d} 0,
		// R3 {f,g},{h},{i} 1: 2/5.
		// B³ recall: a,b 2/3 each, c 1/3, d 1/4, e 0, f,g 2/4 each:
		// (5/3 + 5/4) / 7 = 5/12. Precision: a,b 1, c,d 1/2, f,g 2/4, h,i 0:
		// 4 over 8 response mentions, 1/2.
		// CEAF-e: φ4(K1,R1) = 4/5, φ4(K1,R2) = 2/5, φ4(K2,R2) = 2/6,
		// φ4(K2,R3) = 4/8; the best alignment K1-R1, K2-R3 sums to 13/10:
		// recall 13/20, precision 13/30.
		name:     "Pradhan et al. 2014",
		key:      key,
		response: [][]string{{"a", "b"}, {"c", "d"}, {"f", "g", "h", "i"}},
		mucP:     0.4, mucR: 0.4,
		b3P: 0.5, b3R: 5.0 / 12,
		ceafP: 13.0 / 30, ceafR: 13.0 / 20,
	}, {
		name: "identical", key: key, response: key,
		mucP: 1, mucR: 1, b3P: 1, b3R: 1, ceafP: 1, ceafR: 1,
	}, {
		// Nothing predicted: every precision is 0 by convention (0/0),
		// every recall 0.
		name: "empty response", key: key, response: nil,
	}, {
		// All singletons: no links, so MUC is 0 both ways. B³ recall
		// 3·(1/3) + 4·(1/4) = 2 of 7 mentions; precision 1 for each.
		// CEAF-e: K1 and K2 each align with one singleton, φ4 = 2/4 and
		// 2/5: 0.9 over 2 key and 7 response entities.
		name:     "all singletons",
		key:      key,
		response: [][]string{{"a"}, {"b"}, {"c"}, {"d"}, {"e"}, {"f"}, {"g"}},
		b3P:      1, b3R: 2.0 / 7,
		ceafP: 0.9 / 7, ceafR: 0.9 / 2,
	}, {
		// One big cluster: every key link is there (recall 1); of the 6
		// links it claims, 5 are needed: 5/6. B³ precision
		// (3·3/7 + 4·4/7) / 7 = 25/49. CEAF-e: φ4(K2, R) = 8/11 beats
		// 6/10: recall 4/11, precision 8/11.
		name:     "one big cluster",
		key:      key,
		response: [][]string{{"a", "b", "c", "d", "e", "f", "g"}},
		mucP:     5.0 / 6, mucR: 1,
		b3P: 25.0 / 49, b3R: 1,
		ceafP: 8.0 / 11, ceafR: 4.0 / 11,
	}, {
		// Only twinless mentions: nothing matches. MUC precision 0 of 1
		// link, B³ precision 0 of 2 mentions.
		name: "spurious only", key: key, response: [][]string{{"x", "y"}},
	}} {
		s := ScoreClusters(c.key, c.response).Scores()
		if !nearPRF(s.MUC, c.mucP, c.mucR) {
			t.Errorf("%s: MUC %+v, want P %v R %v", c.name, s.MUC, c.mucP, c.mucR)
		}
		if !nearPRF(s.B3, c.b3P, c.b3R) {
			t.Errorf("%s: B³ %+v, want P %v R %v", c.name, s.B3, c.b3P, c.b3R)
		}
		if !nearPRF(s.CEAFe, c.ceafP, c.ceafR) {
			t.Errorf("%s: CEAF-e %+v, want P %v R %v", c.name, s.CEAFe, c.ceafP, c.ceafR)
		}
		if want := (s.MUC.F1 + s.B3.F1 + s.CEAFe.F1) / 3; !near(s.CoNLLF1, want) {
			t.Errorf("%s: CoNLL F1 %v, want the mean %v", c.name, s.CoNLLF1, want)
		}
	}
}

// Counts are summed over documents before dividing: a document with one
// perfect two-mention cluster and one with a missed ten-mention cluster
// give MUC recall 1/10 (1 of 1+9 links), not the mean of 1 and 0.
func TestCorefCountsSumOverDocuments(t *testing.T) {
	var c CorefCounts
	c.Add(ScoreClusters([][]int{{1, 2}}, [][]int{{1, 2}}))
	c.Add(ScoreClusters([][]int{{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}}, nil))
	if s := c.Scores(); !near(s.MUC.Recall, 0.1) || !near(s.MUC.Precision, 1) {
		t.Errorf("MUC %+v, want recall 0.1, precision 1", s.MUC)
	}
}

// maxAssignment must find the best of all one-to-one pairings; brute force
// over every pairing of small random matrices, square and not, says which
// that is.
func TestMaxAssignmentMatchesBruteForce(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for trial := range 300 {
		rows, cols := 1+rng.IntN(5), 1+rng.IntN(5)
		w := make([][]float64, rows)
		for i := range w {
			w[i] = make([]float64, cols)
			for j := range w[i] {
				if rng.IntN(3) > 0 { // zeros too, as CEAF's matrices are mostly zero
					w[i][j] = float64(rng.IntN(10)) / 10
				}
			}
		}
		got := maxAssignment(w)
		sum, used := 0.0, map[int]bool{}
		for i, j := range got {
			if j < 0 {
				continue
			}
			if used[j] {
				t.Fatalf("trial %d: column %d used twice in %v", trial, j, got)
			}
			used[j] = true
			sum += w[i][j]
		}
		if want := bestPairing(w, 0, map[int]bool{}); !near(sum, want) {
			t.Fatalf("trial %d: %v sums to %v, best is %v (%v)", trial, got, sum, want, w)
		}
	}
}

func bestPairing(w [][]float64, row int, used map[int]bool) float64 {
	if row == len(w) {
		return 0
	}
	best := bestPairing(w, row+1, used) // this row left out
	for j := range w[row] {
		if !used[j] {
			used[j] = true
			best = max(best, w[row][j]+bestPairing(w, row+1, used))
			used[j] = false
		}
	}
	return best
}
