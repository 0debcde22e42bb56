// Package dedup finds near-duplicate articles: the same wire story printed
// by several outlets, the same page saved through two templates, a story
// trimmed or given a new headline. Each text gets a MinHash signature over
// shingles of its words (Broder 1997); two texts whose signatures agree in
// a share s of their positions have shingle sets with Jaccard similarity
// about s. An Index buckets signatures by bands (locality-sensitive
// hashing), so that finding a new article's duplicates among millions
// reads a few buckets, not every signature.
//
// It is written here rather than taken from a library: the Go MinHash
// packages found (ekzhu/minhash-lsh, mfonda/simhash) are unmaintained for
// years, and the part newsgraph needs is a hundred lines whose every
// constant must stay fixed for stored signatures to keep their meaning.
package dedup

import (
	"strings"
	"unicode"
)

// Parameters of the signature. Changing any of them changes every
// signature: stored ones would have to be recomputed, so Version names
// them.
const (
	Version    = "minhash.v1"
	Shingle    = 5   // words per shingle
	Size       = 128 // hash functions, the signature's length
	Bands      = 64  // LSH bands of Rows positions each
	Rows       = Size / Bands
	maxWords   = 20000
	shortWords = Shingle * 4 // under this, a text is too short to judge
)

// Signature is a text's MinHash signature and the number of distinct
// shingles it was made of, which turns the estimated resemblance of two
// texts into the estimated share of one held in the other.
type Signature struct {
	Min      [Size]uint64
	Shingles int
}

// words are the text's words, lower-cased, punctuation dropped, at most
// maxWords of them: the head of a long text decides whether it repeats
// another.
func words(text string) []string {
	f := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if len(f) > maxWords {
		f = f[:maxWords]
	}
	return f
}

// Sign computes the signature of a text. ok is false for a text too short
// to compare (fewer than 20 words): two short notices are alike by chance.
func Sign(text string) (sig Signature, ok bool) {
	w := words(text)
	if len(w) < shortWords {
		return sig, false
	}
	for i := range sig.Min {
		sig.Min[i] = ^uint64(0)
	}
	seen := make(map[uint64]bool, len(w))
	for i := 0; i+Shingle <= len(w); i++ {
		h := shingleHash(w[i : i+Shingle])
		if seen[h] {
			continue
		}
		seen[h] = true
		for k := range sig.Min {
			if v := mix(h, uint64(k)); v < sig.Min[k] {
				sig.Min[k] = v
			}
		}
	}
	sig.Shingles = len(seen)
	return sig, true
}

// shingleHash is FNV-1a over the shingle's words, a separator between
// them: stable across processes and versions of Go, unlike maphash.
func shingleHash(ws []string) uint64 {
	h := uint64(14695981039346656037)
	for _, w := range ws {
		for i := 0; i < len(w); i++ {
			h ^= uint64(w[i])
			h *= 1099511628211
		}
		h ^= ' '
		h *= 1099511628211
	}
	return h
}

// mix is the k-th hash function: a SplitMix64 finaliser of the shingle's
// hash and k, so that the Size functions behave as independent.
func mix(h, k uint64) uint64 {
	z := h + (k+1)*0x9e3779b97f4a7c15
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

// Resemblance estimates the Jaccard similarity of two texts' shingle
// sets: the share of positions where their signatures agree.
func Resemblance(a, b Signature) float64 {
	same := 0
	for i := range a.Min {
		if a.Min[i] == b.Min[i] {
			same++
		}
	}
	return float64(same) / Size
}

// Similarity is the estimated share of the shorter text's shingles that
// the longer one holds (its containment): 1 for a copy trimmed to its
// first paragraphs, where resemblance would be the trimmed share. From
// resemblance J and the set sizes, |A∩B| = J(|A|+|B|)/(1+J).
func Similarity(a, b Signature) float64 {
	j := Resemblance(a, b)
	small := min(a.Shingles, b.Shingles)
	if small == 0 {
		return 0
	}
	return min(1, j*float64(a.Shingles+b.Shingles)/(1+j)/float64(small))
}

// BandKeys are the signature's LSH bucket keys, one per band: two texts
// share a key when they agree on every position of that band. Bands are
// narrow (64 of 2) because a trimmed copy resembles its source little
// while being held in it whole: a pair at resemblance 0.3 shares a key
// with probability 1-(1-0.3²)⁶⁴ ≈ 0.998, at 0.1 with 0.47, and two
// unrelated articles (about 0.01) with 0.006 — candidates that the full
// comparison then turns away cheaply.
func (s Signature) BandKeys() [Bands]uint64 {
	var keys [Bands]uint64
	for b := range keys {
		h := uint64(b) * 0x9e3779b97f4a7c15
		for _, v := range s.Min[b*Rows : (b+1)*Rows] {
			h = mix(h^v, uint64(b))
		}
		keys[b] = h
	}
	return keys
}
