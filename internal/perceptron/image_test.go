package perceptron

import (
	"bytes"
	"encoding/binary"
	"math"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"unsafe"
)

func imageOf(t testing.TB, m *Model) []byte {
	var b bytes.Buffer
	n, err := m.WriteTo(&b)
	if err != nil || n != int64(b.Len()) {
		t.Fatalf("WriteTo: %d bytes said, %d written, %v", n, b.Len(), err)
	}
	return b.Bytes()
}

// An image loads as the model it was written from, weight for weight and
// score for score, and writes the very bytes it was read from.
func TestImageRoundTripsExactly(t *testing.T) {
	m, want := randomModel(t, 29, 2000, 3)
	img := imageOf(t, m)
	back, err := readImage(img)
	if err != nil {
		t.Fatal(err)
	}
	if err := sameScores(m, back); err != nil {
		t.Errorf("the image loads as another model: %v", err)
	}
	if again := imageOf(t, back); !bytes.Equal(again, img) {
		t.Errorf("re-written image differs: %d bytes against %d", len(again), len(img))
	}
	feats := slices.Collect(func(yield func(uint64) bool) {
		for k := range want {
			yield(k)
		}
	})
	got, ref := make([]float32, m.NClasses), make([]float32, m.NClasses)
	back.Score(feats, got)
	m.Score(feats, ref)
	for c := range got {
		if math.Float32bits(got[c]) != math.Float32bits(ref[c]) {
			t.Fatalf("class %d scores %v from the image, %v from the model", c, got[c], ref[c])
		}
	}
}

// The image depends on the weights alone: a trained model, whose index
// was sized for features since pruned, writes the image of a model made
// of the weights that survived only.
func TestImageIsCanonical(t *testing.T) {
	m, want := randomModel(t, 7, 800, 5)
	keys := make([]uint64, 0, len(want))
	for k := range want {
		keys = append(keys, k)
	}
	weight := func(k uint64, c int) float64 { return float64(want[k][c]) }
	pruned := compact(m.NClasses, keys, weight, 0.5)
	var kept []uint64
	for _, k := range keys {
		for c := range m.NClasses {
			if math.Abs(weight(k, c)) >= 0.5 {
				kept = append(kept, k)
				break
			}
		}
	}
	again := compact(m.NClasses, kept, weight, 0.5)
	if len(again.keys.slots) == len(pruned.keys.slots) {
		t.Fatal("pruning left the index its size: the test shows nothing")
	}
	if !bytes.Equal(imageOf(t, pruned), imageOf(t, again)) {
		t.Error("the same weights write two images")
	}
}

// Every cut of an image short of its end is refused.
func TestImageRefusesTruncation(t *testing.T) {
	m, _ := randomModel(t, 11, 60, 5)
	img := imageOf(t, m)
	for n := range len(img) {
		if _, err := readImage(img[:n]); err == nil {
			t.Fatalf("an image cut at %d of %d bytes was accepted", n, len(img))
		}
	}
}

// Images whose arrays would send Score out of bounds, or a lookup round
// the table for ever, are refused.
func TestImageRefusesBadArrays(t *testing.T) {
	m, _ := randomModel(t, 11, 200, 6)
	img := imageOf(t, m)
	h, _ := decodeHeader(img)
	le := binary.LittleEndian
	slotAt := func(b []byte, i int) []byte { return b[imageHeaderSize+slotBytes*i:] }
	slots := cast[tslot](alignedCopy(img[imageHeaderSize : imageHeaderSize+slotBytes*h.slots]))
	firstSparse := slices.IndexFunc(slots, func(s tslot) bool { return s.ref&denseRef == 0 })
	firstDense := slices.IndexFunc(slots, func(s tslot) bool { return s.ref != emptyRef && s.ref&denseRef != 0 })
	sparseAt := imageHeaderSize + slotBytes*int(h.slots)
	lastSparse := sparseAt + sparseBytes*(int(h.sparse)-1)
	cases := map[string]func(b []byte){
		"sparse row past its array": func(b []byte) { le.PutUint32(slotAt(b, firstSparse)[4:], uint32(h.sparse)) },
		"dense row past its array":  func(b []byte) { le.PutUint32(slotAt(b, firstDense)[4:], uint32(h.dense)|denseRef) },
		"class out of range":        func(b []byte) { le.PutUint32(b[sparseAt:], h.classes) },
		"last row unended":          func(b []byte) { le.PutUint32(b[lastSparse:], le.Uint32(b[lastSparse:])&^lastWeight) },
		"key count wrong":           func(b []byte) { le.PutUint64(b[16:], h.keys+1) },
		"no empty slot": func(b []byte) {
			for i := range int(h.slots) {
				if le.Uint32(slotAt(b, i)[4:]) == emptyRef {
					copy(slotAt(b, i)[:slotBytes], slotAt(b, firstSparse))
				}
			}
			le.PutUint64(b[16:], h.slots)
		},
	}
	for name, mangle := range cases {
		b := bytes.Clone(img)
		mangle(b)
		if _, err := readImage(b); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

// Decoded field by field, as on a big-endian machine, an image's arrays
// are the ones cast in place; an image that is not 8-byte aligned loads
// as the same model.
func TestImageDecodesAsItCasts(t *testing.T) {
	m, _ := randomModel(t, 17, 500, 7)
	img := imageOf(t, m)
	h, _ := decodeHeader(img)
	slots, rest := cut(img[imageHeaderSize:], slotBytes*h.slots)
	sparse, dense := cut(rest, sparseBytes*h.sparse)
	if !slices.Equal(decodeSlots(slots), cast[tslot](slots)) || !slices.Equal(decodeSparse(sparse), cast[classWeight](sparse)) ||
		!slices.Equal(decodeDense(dense), cast[float32](dense)) {
		t.Error("decoded arrays differ from cast ones")
	}
	odd := append(make([]byte, 1, len(img)+1), img...)[1:]
	back, err := readImage(odd)
	if err == nil {
		err = sameScores(m, back)
	}
	if err != nil {
		t.Errorf("an unaligned image loads as another model (%v)", err)
	}
}

// Every shipped image loads and writes the very bytes it was loaded from:
// it is the canonical image of its weights.
func TestShippedImagesAreCanonical(t *testing.T) {
	paths, _ := filepath.Glob("../../models/*/" + ImageFile)
	if len(paths) == 0 {
		t.Skip("no shipped model images found under ../../models")
	}
	for _, p := range paths {
		img, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		m, err := readImage(img)
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		if !bytes.Equal(imageOf(t, m), img) {
			t.Errorf("%s: re-written image differs", p)
		}
	}
}

// FuzzImage feeds images, valid and mangled, of both versions to the
// reader: it must refuse what it cannot use, and a model it accepts must
// score any features, and add any row its table refers to, without fault.
// Each input is read as an image, and also as a patch of a valid image (a
// 2-byte offset, then the bytes to write there), which reaches past the
// header far more often.
func FuzzImage(f *testing.F) {
	m, _ := randomModel(f, 7, 20, 9)
	valid := imageOf(f, m)
	for seed := range uint64(3) {
		m, _ := randomModel(f, 5+int(seed)*7, 20, seed)
		f.Add(imageOf(f, m))
		f.Add(imageV2Of(m))
	}
	f.Add([]byte(imageMagic))
	f.Add([]byte{imageHeaderSize, 0, 0xff, 0xff})
	f.Fuzz(func(t *testing.T, in []byte) {
		useImage(t, in)
		if len(in) >= 2 {
			patched := bytes.Clone(valid)
			copy(patched[int(binary.LittleEndian.Uint16(in))%len(valid):], in[2:])
			useImage(t, patched)
		}
	})
}

// useImage reads img and, if it is accepted, scores keys made of its
// bytes, adds every row its table refers to, and writes it again.
func useImage(t *testing.T, img []byte) {
	m, err := readImage(img)
	if err != nil {
		return
	}
	feats := []uint64{0, uint64(len(img)) * 0x9e3779b97f4a7c15}
	for i := 0; i+8 <= len(img); i += 8 {
		feats = append(feats, binary.LittleEndian.Uint64(img[i:]))
	}
	scores := make([]float32, m.NClasses)
	m.Score(feats, scores)
	var refs []uint32
	for _, s := range m.table.slots {
		if s.ref != emptyRef {
			refs = append(refs, s.ref)
		}
	}
	var dense [scoreBatch]uint32
	for len(refs) > 0 {
		n := min(len(refs), scoreBatch)
		m.addRows(scores, refs[:n], &dense)
		refs = refs[n:]
	}
	imageOf(t, m)
}

// The image's records have the sizes and field offsets of the Go types
// they are cast to; were a field added or moved, casting would misread.
func TestImageLayoutIsMemoryLayout(t *testing.T) {
	var s tslot
	var e classWeight
	got := []uintptr{unsafe.Sizeof(s), unsafe.Offsetof(s.ref), unsafe.Sizeof(e), unsafe.Offsetof(e.weight), unsafe.Sizeof(float32(0))}
	want := []uintptr{slotBytes, 4, sparseBytes, 4, denseBytes}
	if !slices.Equal(got, want) {
		t.Errorf("sizes and offsets %v, the image's %v", got, want)
	}
}
