package story

// Scores compares a clustering with a gold grouping of the same articles.
type Scores struct {
	Articles      int     `json:"articles"`
	GoldStories   int     `json:"gold_stories"`
	Stories       int     `json:"stories"`
	Purity        float64 `json:"purity"`         // share of articles in their cluster's majority gold story
	InversePurity float64 `json:"inverse_purity"` // share of articles in their gold story's majority cluster
	F             float64 `json:"f"`              // harmonic mean of purity and inverse purity
	B3Precision   float64 `json:"b3_precision"`
	B3Recall      float64 `json:"b3_recall"`
	B3F           float64 `json:"b3_f"`
}

// Score scores predicted stories against gold ones, both keyed by
// article. Articles absent from gold are ignored; a gold article without
// a prediction counts as a story of its own.
func Score(gold map[string]string, predicted map[string]string) Scores {
	type pair struct{ cluster, class string }
	joint := map[pair]int{}
	clusterSize, classSize := map[string]int{}, map[string]int{}
	for a, class := range gold {
		cluster, ok := predicted[a]
		if !ok {
			cluster = "\x00alone:" + a
		}
		joint[pair{cluster, class}]++
		clusterSize[cluster]++
		classSize[class]++
	}
	n := float64(len(gold))
	s := Scores{Articles: len(gold), GoldStories: len(classSize), Stories: len(clusterSize)}
	if n == 0 {
		return s
	}
	bestOfCluster, bestOfClass := map[string]int{}, map[string]int{}
	for p, k := range joint {
		bestOfCluster[p.cluster] = max(bestOfCluster[p.cluster], k)
		bestOfClass[p.class] = max(bestOfClass[p.class], k)
		// B³: each of the k articles in this cell shares its cluster with
		// k of its own story (itself included).
		s.B3Precision += float64(k) * float64(k) / float64(clusterSize[p.cluster])
		s.B3Recall += float64(k) * float64(k) / float64(classSize[p.class])
	}
	for _, k := range bestOfCluster {
		s.Purity += float64(k)
	}
	for _, k := range bestOfClass {
		s.InversePurity += float64(k)
	}
	s.Purity /= n
	s.InversePurity /= n
	s.B3Precision /= n
	s.B3Recall /= n
	s.F = harmonic(s.Purity, s.InversePurity)
	s.B3F = harmonic(s.B3Precision, s.B3Recall)
	return s
}

func harmonic(a, b float64) float64 {
	if a+b == 0 {
		return 0
	}
	return 2 * a * b / (a + b)
}
