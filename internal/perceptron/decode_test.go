package perceptron

import (
	"bytes"
	"testing"
)

// windowed reads raw through a ReaderAt, a few bytes at a time, so that
// every number in it may straddle a window's end.
func windowed(raw []byte, window int) stream {
	return stream{ra: bytes.NewReader(raw), size: int64(len(raw)), window: window}
}

// Every cut of a stream short of its end is refused, never half loaded.
func TestDecodeRefusesTruncatedStreams(t *testing.T) {
	m, _ := randomModel(t, 11, 60, 5)
	raw := streamOf(m)
	for n := range len(raw) {
		if _, err := decode(raw[:n]); err == nil {
			t.Fatalf("a stream cut at %d of %d bytes was accepted", n, len(raw))
		}
	}
	if _, err := decode(raw); err != nil {
		t.Fatalf("the whole stream was refused: %v", err)
	}
}

// Read through a window, a stream decodes to the model it decodes to in
// memory, whatever the window's size; cut short, it is refused the same.
func TestWindowedDecodeIsTheSame(t *testing.T) {
	m, _ := randomModel(t, 103, 400, 6)
	raw := streamOf(m)
	for _, window := range []int{16, 17, 100, 4096, len(raw) + 1} {
		got, err := decodeStream(windowed(raw, window))
		if err != nil {
			t.Fatalf("window %d: %v", window, err)
		}
		if !bytes.Equal(streamOf(got), raw) {
			t.Errorf("window %d: decoded another model", window)
		}
		for _, cut := range []int{len(raw) / 3, len(raw) - 1} {
			if _, err := decodeStream(windowed(raw[:cut], window)); err == nil {
				t.Errorf("window %d: a stream cut at %d of %d bytes was accepted", window, cut, len(raw))
			}
		}
	}
}

// A header that claims more features than the stream could hold is
// refused before anything is allocated for them.
func TestDecodeRefusesImpossibleCounts(t *testing.T) {
	raw := append([]byte(magic), 3, 0xff, 0xff, 0xff, 0x7f, 0, 0)
	if _, err := decode(raw); err == nil {
		t.Error("a header claiming 268 million features in 2 bytes was accepted")
	}
}

// FuzzDecode feeds model streams, valid and mangled, to the decoder: it
// must refuse what it cannot read, and a model it accepts must score any
// features without fault.
func FuzzDecode(f *testing.F) {
	for seed := range uint64(3) {
		m, _ := randomModel(f, 5+int(seed)*7, 20, seed)
		f.Add(streamOf(m))
	}
	f.Add([]byte(magic))
	f.Fuzz(func(t *testing.T, raw []byte) {
		m, err := decode(raw)
		if _, werr := decodeStream(windowed(raw, 16)); (werr == nil) != (err == nil) {
			t.Fatalf("in memory: %v; through a window: %v", err, werr)
		}
		if err != nil {
			return
		}
		scores := make([]float32, m.NClasses)
		feats := []uint64{0, 1, 2}
		m.index.each(func(k uint64, _ row) { feats = append(feats, k) })
		m.Score(feats, scores)
		streamOf(m)
	})
}
