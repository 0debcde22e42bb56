package sqlstore

import (
	"bytes"
	"testing"

	"github.com/newsgraph/newsgraph/internal/dedup"
)

// FuzzDecodeMinHash feeds stored signatures of any bytes: a blob of the
// wrong length is refused with an error, and one of the right length
// encodes back to itself.
func FuzzDecodeMinHash(f *testing.F) {
	sig, _ := dedup.Sign("a text of more than twenty words, so that it can be signed: one two three four five six seven eight nine ten eleven twelve")
	f.Add(encodeMinHash(sig))
	f.Add([]byte{})
	f.Add(make([]byte, 8*dedup.Size-1))
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := decodeMinHash(b)
		if (err != nil) != (len(b) != 8*dedup.Size) {
			t.Fatalf("%d bytes: err %v", len(b), err)
		}
		if err == nil && !bytes.Equal(encodeMinHash(dedup.Signature{Min: m}), b) {
			t.Fatal("a decoded signature does not encode back to its bytes")
		}
	})
}
