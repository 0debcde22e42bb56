package perceptron

import (
	"bytes"
	"testing"
)

// Three classes told apart by which of two features fire: a fresh trainer
// must learn them, and the averaged, saved and reloaded model must agree.
func TestLearnsAndRoundTrips(t *testing.T) {
	f := func(s string) uint64 { return New(1).Str(s).Key() }
	bias := New(0).Key()
	examples := []struct {
		feats []uint64
		class int
	}{
		{[]uint64{bias, f("a")}, 0},
		{[]uint64{bias, f("b")}, 1},
		{[]uint64{bias, f("a"), f("b")}, 2},
	}
	tr := NewTrainer(3)
	scores := make([]float32, 3)
	for range 10 {
		for _, e := range examples {
			tr.Update(e.feats, e.class, tr.Predict(e.feats, scores, nil))
		}
	}
	m := tr.Model(0)
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	back, err := readImage(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range examples {
		if got := m.Predict(e.feats, scores, nil); got != e.class {
			t.Errorf("model predicts %d, want %d", got, e.class)
		}
		if got := back.Predict(e.feats, scores, nil); got != e.class {
			t.Errorf("reloaded model predicts %d, want %d", got, e.class)
		}
	}
	// allowed masks classes out.
	if got := m.Predict(examples[2].feats, scores, []bool{true, true, false}); got == 2 {
		t.Error("a masked class was predicted")
	}
}

func TestReadImageRejectsGarbage(t *testing.T) {
	for _, b := range [][]byte{nil, []byte("not a model"), []byte("NGPERC1\nlegacy"), append([]byte(imageMagic), make([]byte, 56)...)} {
		if _, err := readImage(b); err == nil {
			t.Errorf("readImage(%q) accepted garbage", b)
		}
	}
}

func TestHasherSeparatesParts(t *testing.T) {
	if New(1).Str("ab").Str("c").Key() == New(1).Str("a").Str("bc").Key() {
		t.Error("(ab, c) and (a, bc) hash alike")
	}
	if New(1).Str("x").Key() == New(2).Str("x").Key() {
		t.Error("templates do not separate features")
	}
}

func TestFeatureIndexFindsEveryKeyAfterGrowing(t *testing.T) {
	x := newFeatureIndex(1)
	keys := []uint64{0, 1, 1 << 63, 0x9e3779b97f4a7c15}
	for i := uint64(2); len(keys) < 5000; i++ {
		keys = append(keys, i*0x632be59bd9b4e019)
	}
	for i, k := range keys {
		x.put(k, row{off: uint32(i), n: uint32(i % 7)})
	}
	for i, k := range keys {
		if r, ok := x.get(k); !ok || r != (row{uint32(i), uint32(i % 7)}) {
			t.Fatalf("key %x: row %v, %v; want %d", k, r, ok, i)
		}
	}
	if _, ok := x.get(12345); ok {
		t.Error("found a key never put")
	}
	if x.len() != len(keys) {
		t.Errorf("len %d, want %d", x.len(), len(keys))
	}
}

// The average of models scores every input with the mean of their scores,
// and prune drops the mean weights below it.
func TestAverageScoresTheMean(t *testing.T) {
	a, b, c := New(1).Str("a").Key(), New(1).Str("b").Key(), New(1).Str("c").Key()
	one, two := NewTrainer(2), NewTrainer(2)
	one.UpdateBy([]uint64{a}, 0, 4)
	one.UpdateBy([]uint64{b}, 1, 2)
	two.UpdateBy([]uint64{a}, 0, 2)
	two.UpdateBy([]uint64{c}, 1, 0.5)
	one.Tick()
	two.Tick()
	m1, m2 := one.Model(0), two.Model(0)
	avg := Average([]*Model{m1, m2}, 0)
	for _, feats := range [][]uint64{{a}, {b}, {c}, {a, b, c}} {
		s1, s2, s := make([]float32, 2), make([]float32, 2), make([]float32, 2)
		m1.Score(feats, s1)
		m2.Score(feats, s2)
		avg.Score(feats, s)
		for k := range s {
			if want := (s1[k] + s2[k]) / 2; s[k] != want {
				t.Errorf("features %v class %d: %v, want the mean %v", feats, k, s[k], want)
			}
		}
	}
	if pruned := Average([]*Model{m1, m2}, 0.5); pruned.Features() != 2 {
		t.Errorf("pruned at 0.5: %d features, want 2 (c's mean 0.25 dropped)", pruned.Features())
	}
}

// Keys whose low 32 bits agree share a fingerprint at the lowest window;
// packed into a small table, one's probe meets another's slot first, so
// the table must take a higher window, and then finds every key.
func TestTableFindsEveryKeyWhenFingerprintsCollide(t *testing.T) {
	var keys []uint64
	for i := range uint64(5) {
		keys = append(keys, 0x1234_5678+i<<32)
	}
	refs := []uint32{10, 11, 12, 13, 14}
	tb := buildTable(keys, refs)
	if tb.shift == 0 {
		t.Fatal("the lowest window was kept although it cannot tell the keys apart")
	}
	for i, k := range keys {
		if r, ok := tb.get(k); !ok || r != refs[i] {
			t.Errorf("key %#x: ref %d, %v; want %d", k, r, ok, refs[i])
		}
	}
	if _, ok := tb.get(0x9999_0000_0000); ok {
		t.Error("found a key never put")
	}
}
