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
	x := uint64(h)
	for i := 0; i < len(s); i++ {
		x = (x ^ uint64(s[i])) * fnvPrime
	}
	return Hasher((x ^ 0xff) * fnvPrime)
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
