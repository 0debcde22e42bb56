package story

import (
	"cmp"
	"math"
	"slices"
)

// entry is one weighted key of a sparse vector.
type entry struct {
	Key    string
	Weight float64
}

// vector is a sparse vector sorted by key, so that sums over it run in the
// same order every time and the clustering stays deterministic.
type vector []entry

// vectorOf turns weights into a vector, keys sorted, zero weights dropped.
func vectorOf(m map[string]float64) vector {
	v := make(vector, 0, len(m))
	for k, w := range m {
		if w != 0 {
			v = append(v, entry{k, w})
		}
	}
	slices.SortFunc(v, func(a, b entry) int { return cmp.Compare(a.Key, b.Key) })
	return v
}

// norm is the vector's Euclidean length.
func (v vector) norm() float64 {
	s := 0.0
	for _, e := range v {
		s += e.Weight * e.Weight
	}
	return math.Sqrt(s)
}

// unit scales v to length 1 in place; an empty or zero vector stays as is.
func (v vector) unit() vector {
	n := v.norm()
	if n == 0 {
		return v
	}
	for i := range v {
		v[i].Weight /= n
	}
	return v
}

// top returns the keys of the k heaviest entries, heaviest first, ties by
// key.
func (v vector) top(k int) []string {
	s := slices.Clone(v)
	slices.SortFunc(s, func(a, b entry) int {
		if c := cmp.Compare(b.Weight, a.Weight); c != 0 {
			return c
		}
		return cmp.Compare(a.Key, b.Key)
	})
	keys := make([]string, 0, min(k, len(s)))
	for _, e := range s[:min(k, len(s))] {
		keys = append(keys, e.Key)
	}
	return keys
}

// centroid is the running sum of the unit vectors of a story's articles
// and its squared length, kept up to date as vectors are added so that a
// cosine with it costs one pass over the article's vector.
type centroid struct {
	Sum    map[string]float64
	Norm2  float64
	Weight float64 // how many vectors were added
}

// dot is the dot product of v with the centroid's sum.
func (c *centroid) dot(v vector) float64 {
	s := 0.0
	for _, e := range v {
		s += e.Weight * c.Sum[e.Key]
	}
	return s
}

// cosine is the cosine of unit vector v with the centroid, 0 when either
// is empty.
func (c *centroid) cosine(v vector) float64 {
	if c.Norm2 <= 0 || len(v) == 0 {
		return 0
	}
	return c.dot(v) / math.Sqrt(c.Norm2)
}

// add adds v to the sum: |C+v|² = |C|² + 2 v·C + |v|².
func (c *centroid) add(v vector) {
	if c.Sum == nil {
		c.Sum = map[string]float64{}
	}
	n := v.norm()
	c.Norm2 += 2*c.dot(v) + n*n
	for _, e := range v {
		c.Sum[e.Key] += e.Weight
	}
	c.Weight++
}
