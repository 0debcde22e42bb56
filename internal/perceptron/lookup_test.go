package perceptron

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// lookupSizes are the numbers of keys of lookupFixture's tables. Below
// lookupCrowded, every key's probe starts in the table's last six slots,
// so that the probes run past the end and on from the start.
var lookupSizes = []int{5, 20, 60, 3000}

const lookupCrowded = 100

// lookupFixture makes a table of n random keys, at the load Score's
// tables have, and a list of features: every key, then as many keys the
// table lacks. Some keys have fingerprints equal to those of others in
// the low window, so that probes meet fingerprints they must pass.
func lookupFixture(n int) (scoreTable, []uint64) {
	r := rand.New(rand.NewPCG(uint64(n), 7))
	seen := map[uint64]bool{}
	var keys []uint64
	nslots := uint64(tableSize(n))
	for len(keys) < n {
		k := r.Uint64()
		if len(keys) > 0 && r.IntN(8) == 0 {
			k = keys[r.IntN(len(keys))]&0xffffffff | r.Uint64()<<32
		}
		if n < lookupCrowded && home(k, int(nslots)) < nslots-6 {
			continue
		}
		if !seen[k] {
			seen[k] = true
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	refs := make([]uint32, n)
	for i := range refs {
		refs[i] = uint32(i) * 3
	}
	feats := slices.Clone(keys)
	for len(feats) < 2*n {
		if k := r.Uint64(); !seen[k] {
			feats = append(feats, k)
		}
	}
	r.Shuffle(len(feats), func(i, j int) { feats[i], feats[j] = feats[j], feats[i] })
	return buildTable(keys, refs), feats
}

// TestLookupFindsWhatGetFinds checks the batch look-up Score uses against
// scoreTable.get, key by key, on tables full enough that probes wrap
// around the end.
func TestLookupFindsWhatGetFinds(t *testing.T) {
	for _, n := range lookupSizes {
		tab, feats := lookupFixture(n)
		m := &Model{table: tab}
		at := make([]uint64, len(feats))
		tab.prefetchSlots(feats, at)
		got := m.lookup(feats, at, make([]uint32, 0, len(feats)))
		var want []uint32
		for _, f := range feats {
			if ref, ok := tab.get(f); ok {
				want = append(want, ref)
			}
		}
		if !slices.Equal(got, want) {
			t.Fatalf("%d keys: lookup found %d refs, get %d (or others)", n, len(got), len(want))
		}
		if len(want) != n {
			t.Fatalf("%d keys: get found %d", n, len(want))
		}
	}
}
