package perceptron

import (
	"encoding/binary"
	"errors"
	"io"
	"io/fs"
	"math"
)

// stream is a model's uncompressed stream: whole in memory, or in a file
// read through a window, so that a model shipped uncompressed is decoded
// without a copy of it on the heap.
type stream struct {
	mem    []byte      // the stream, when in memory
	ra     io.ReaderAt // else where to read it
	size   int64
	window int // bytes read at a time from ra; 0 for defaultWindow
}

const defaultWindow = 64 << 10

func memStream(b []byte) stream { return stream{mem: b, size: int64(len(b))} }

// fileStream reads f through a window when f can be read at an offset
// (files of embed.FS and os.DirFS can), and whole otherwise.
func fileStream(f fs.File) (stream, error) {
	if ra, ok := f.(io.ReaderAt); ok {
		if st, err := f.Stat(); err == nil {
			return stream{ra: ra, size: st.Size()}, nil
		}
	}
	b, err := io.ReadAll(f)
	return memStream(b), err
}

// at returns a decoder reading from offset off.
func (s stream) at(off int64) *decoder {
	if s.ra == nil {
		return &decoder{b: s.mem[min(off, s.size):], next: s.size}
	}
	return &decoder{ra: s.ra, next: off, win: make([]byte, orDefault(s.window, defaultWindow))}
}

func orDefault(v, otherwise int) int {
	if v > 0 {
		return v
	}
	return otherwise
}

// decoder reads varints and weights, remembering the first error, so that
// callers check once per row rather than once per number.
type decoder struct {
	b    []byte // bytes read and not yet decoded
	next int64  // the stream offset just past b
	ra   io.ReaderAt
	win  []byte // b's storage when reading from ra
	eof  bool
	err  error
}

var errTruncated = errors.New("stream truncated or corrupt")

// pos is the stream offset of the next byte to decode.
func (d *decoder) pos() int64 { return d.next - int64(len(d.b)) }

// need reads on until b holds n bytes or the stream ends.
func (d *decoder) need(n int) {
	if len(d.b) >= n || d.ra == nil || d.eof {
		return
	}
	kept := copy(d.win, d.b)
	got, err := d.ra.ReadAt(d.win[kept:], d.next)
	d.next += int64(got)
	d.b = d.win[:kept+got]
	if err != nil {
		d.eof = true
		if err != io.EOF && d.err == nil {
			d.err = err
		}
	}
}

// magic reads the format's opening bytes and says whether they are there.
func (d *decoder) magic() bool {
	d.need(len(magic))
	if len(d.b) < len(magic) || string(d.b[:len(magic)]) != magic {
		return false
	}
	d.b = d.b[len(magic):]
	return true
}

func (d *decoder) uvarint() uint64 {
	if len(d.b) > 0 && d.b[0] < 0x80 { // most are one byte: classes, row lengths
		v := uint64(d.b[0])
		d.b = d.b[1:]
		return v
	}
	return d.longUvarint()
}

func (d *decoder) longUvarint() uint64 {
	d.need(binary.MaxVarintLen64)
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.fail()
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *decoder) float() float32 {
	d.need(4)
	if len(d.b) < 4 {
		d.fail()
		return 0
	}
	w := math.Float32frombits(binary.LittleEndian.Uint32(d.b))
	d.b = d.b[4:]
	return w
}

// fail stops the decoder: it reads nothing more.
func (d *decoder) fail() {
	if d.err == nil {
		d.err = errTruncated
	}
	d.b, d.ra = nil, nil
}
