package extract

import (
	"bytes"
	"compress/gzip"
	"testing"
)

// Gunzip reads saved pages before ingest checks whether they are stored:
// any bytes give a result or an error, and gzip data comes back as it was
// written.
func FuzzGunzip(f *testing.F) {
	var b bytes.Buffer
	z := gzip.NewWriter(&b)
	z.Write([]byte("<p>The ferry sailed again.</p>"))
	z.Close()
	f.Add(b.Bytes())
	f.Add([]byte("plain text"))
	f.Add([]byte{0x1f, 0x8b, 8, 0, 0, 0})
	f.Fuzz(func(t *testing.T, raw []byte) {
		out, err := Gunzip(raw)
		if err == nil && len(out) > MaxInputBytes {
			t.Fatalf("%d bytes out, past the limit", len(out))
		}
		if len(raw) < 2 || raw[0] != 0x1f || raw[1] != 0x8b {
			if err != nil || !bytes.Equal(out, raw) {
				t.Fatalf("input that is not gzip changed: %v", err)
			}
			var b bytes.Buffer
			z := gzip.NewWriter(&b)
			z.Write(raw)
			z.Close()
			if back, err := Gunzip(b.Bytes()); err != nil || !bytes.Equal(back, raw) {
				t.Fatalf("round trip: %v", err)
			}
		}
	})
}
