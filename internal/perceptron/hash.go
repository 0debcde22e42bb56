package perceptron

// Hasher builds a 64-bit feature key from a template id and string or
// integer parts without allocating (FNV-1a, 64-bit).
type Hasher uint64

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// New starts a feature of the given template.
func New(template uint8) Hasher {
	return Hasher((fnvOffset ^ uint64(template)) * fnvPrime)
}

// Str mixes in a string, followed by a separator so that ("ab","c") and
// ("a","bc") differ.
func (h Hasher) Str(s string) Hasher {
	x := uint64(h.Cat(s))
	return Hasher((x ^ 0xff) * fnvPrime)
}

// Cat mixes in s's bytes with no separator after them: h.Cat(a).Str(b)
// is h.Str(a+b), so a feature of joined strings is hashed without
// building the joined string.
func (h Hasher) Cat(s string) Hasher {
	x := uint64(h)
	for i := 0; i < len(s); i++ {
		x = (x ^ uint64(s[i])) * fnvPrime
	}
	return Hasher(x)
}

// Int mixes in a small integer.
func (h Hasher) Int(v int) Hasher {
	x := uint64(h)
	u := uint64(v)
	for k := 0; k < 4; k++ {
		x = (x ^ (u & 0xff)) * fnvPrime
		u >>= 8
	}
	return Hasher(x)
}

// Key is the finished feature.
func (h Hasher) Key() uint64 { return uint64(h) }

// U64 mixes in a 64-bit value, such as a string's hash computed once ahead
// of time (see StrHash) or a bit set.
func (h Hasher) U64(v uint64) Hasher {
	x := uint64(h)
	for k := 0; k < 8; k++ {
		x = (x ^ (v & 0xff)) * fnvPrime
		v >>= 8
	}
	return Hasher(x)
}

// StrHash is a string's own hash, for callers that mix the same string
// into many features: hash it once, then mix the result in with U64.
func StrHash(s string) uint64 { return New(0).Str(s).Key() }

// Feature is one feature to hash with HashAll: a template, up to four
// 64-bit parts, and, when HasInt is set, a small integer mixed in last.
// Its key is New(Template).U64(Parts[0])...U64(Parts[NParts-1]), then
// .Int(Int) when HasInt.
type Feature struct {
	Parts    [4]uint64
	NParts   uint8
	Template uint8
	HasInt   bool
	Int      int
}

// HashAll appends the keys of feats. Each key is the same as the Hasher
// chain gives, but the features are mixed side by side, part by part:
// one feature's hash is a chain of multiplications, each waiting on the
// one before, and a parser's 83 features hashed one after another left
// the processor waiting on that chain; side by side, the chains overlap.
func HashAll(dst []uint64, feats []Feature) []uint64 {
	start := len(dst)
	for i := range feats {
		dst = append(dst, uint64(New(feats[i].Template)))
	}
	keys := dst[start:]
	keys = keys[:len(feats)]
	for part := range uint8(4) {
		for i := range feats {
			if part < feats[i].NParts {
				keys[i] = uint64(Hasher(keys[i]).U64(feats[i].Parts[part]))
			}
		}
	}
	for i := range feats {
		if feats[i].HasInt {
			keys[i] = uint64(Hasher(keys[i]).Int(feats[i].Int))
		}
	}
	return dst
}
