package perceptron

import (
	"bufio"
	"encoding/binary"
	"math"
	"slices"
)

// magic opens every legacy stream; the digit is the format version.
const magic = "NGPERC1\n"

// encode writes the model's legacy stream: the class count, then per
// feature (in key order) the key's delta from the previous key, the row
// length, and the row's (class, weight) pairs, weights as float32 bits.
// Models were shipped in it, gzip-compressed, before the image format
// (image.go); Convert reads it, and checks the image it writes against it.
func (m *Model) encode(bw *bufio.Writer) {
	buf := make([]byte, binary.MaxVarintLen64)
	put := func(v uint64) { bw.Write(buf[:binary.PutUvarint(buf, v)]) }
	bw.WriteString(magic)
	put(uint64(m.NClasses))
	put(uint64(m.index.len()))
	keys := make([]uint64, 0, m.index.len())
	m.index.each(func(f uint64, _ row) { keys = append(keys, f) })
	slices.Sort(keys)
	prev := uint64(0)
	for _, f := range keys {
		r, _ := m.index.get(f)
		put(f - prev)
		prev = f
		n := 0
		m.eachWeight(r, func(int, float32) { n++ })
		put(uint64(n))
		m.eachWeight(r, func(c int, w float32) {
			put(uint64(c))
			bw.Write(binary.LittleEndian.AppendUint32(buf[:0], math.Float32bits(w)))
		})
	}
}
