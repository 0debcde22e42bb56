package perceptron

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"io"
	"math"
	"slices"
)

// magic opens every encoded model; the digit is the format version.
const magic = "NGPERC1\n"

// WriteTo writes the model, gzip-compressed: the class count, then per
// feature (in key order) the key's delta from the previous key, the row
// length, and the row's (class, weight) pairs. Weights are float32 bits.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	z, _ := gzip.NewWriterLevel(w, gzip.BestCompression)
	bw := bufio.NewWriter(z)
	m.encode(bw)
	if err := bw.Flush(); err != nil {
		return 0, err
	}
	return 0, z.Close()
}

// encode writes the model's uncompressed form.
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
