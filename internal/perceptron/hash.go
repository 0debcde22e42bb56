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
func (h Hasher) Int(v int) Hasher { return Hasher(mixInt(uint64(h), v)) }

// Key is the finished feature.
func (h Hasher) Key() uint64 { return uint64(h) }

// U64 mixes in a 64-bit value, such as a string's hash computed once ahead
// of time (see StrHash) or a bit set.
func (h Hasher) U64(v uint64) Hasher { return Hasher(mix64(uint64(h), v)) }

// mix64 is FNV-1a over v's eight bytes, low byte first, written out step
// by step: as a loop, counting the bytes cost as many instructions as
// mixing them.
func mix64(x, v uint64) uint64 { return mix4(mix4(x, v), v>>32) }

// mixInt is FNV-1a over the low four bytes of v, low byte first.
func mixInt(x uint64, v int) uint64 { return mix4(x, uint64(v)) }

// mix4 is FNV-1a over the low four bytes of u, low byte first.
func mix4(x, u uint64) uint64 {
	x = (x ^ u&0xff) * fnvPrime
	x = (x ^ u>>8&0xff) * fnvPrime
	x = (x ^ u>>16&0xff) * fnvPrime
	return (x ^ u>>24&0xff) * fnvPrime
}

// StrHash is a string's own hash, for callers that mix the same string
// into many features: hash it once, then mix the result in with U64.
func StrHash(s string) uint64 { return New(0).Str(s).Key() }

// Word mixes in a 64-bit value with one multiplication and one shift,
// where U64 takes eight of each, one per byte. A multiplication by an odd
// constant and x ^ x>>32 are each one-to-one, so distinct values give
// distinct states, and the shift brings the product's well-mixed high bits
// down to the low ones. Features hashed a hundred to a transition, as the
// parser's are, use it; keys made with it differ from U64's, so a model is
// trained and used with one or the other.
func (h Hasher) Word(v uint64) Hasher {
	x := (uint64(h) ^ v) * wordPrime
	return Hasher(x ^ x>>32)
}

const wordPrime = 0x9e3779b97f4a7c15 // 2⁶⁴ / φ, odd
