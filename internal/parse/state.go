package parse

// state is a parser configuration over n words, word n being the root.
type state struct {
	n      int
	stack  []int
	b      int   // first word in the buffer; the buffer is b..n
	heads  []int // -1 until attached
	labels []int
	lc, rc []int // leftmost and rightmost child found so far, -1 if none
	lc2    []int // second leftmost and second rightmost child, -1 if none
	rc2    []int
	nl, nr []int    // number of left and right children
	ls, rs []uint64 // sets of the left and right children's labels (bit label%64)
}

// newState makes the configuration before any transition. Its per-word
// arrays are cut from two allocations, each capped at its end, rather
// than made one by one: a dozen allocations per sentence otherwise.
func newState(n int) *state {
	ints, sets := make([]int, n+8*(n+1)), make([]uint64, 2*(n+1))
	s := &state{n: n, stack: ints[:0:n], ls: sets[: n+1 : n+1], rs: sets[n+1:]}
	ints = ints[n:]
	cut := func() []int {
		a := ints[: n+1 : n+1]
		ints = ints[n+1:]
		return a
	}
	s.heads, s.labels, s.lc, s.rc, s.lc2, s.rc2, s.nl, s.nr = cut(), cut(), cut(), cut(), cut(), cut(), cut(), cut()
	for i := range s.heads {
		s.heads[i], s.lc[i], s.rc[i], s.lc2[i], s.rc2[i] = -1, -1, -1, -1, -1
	}
	return s
}

func (s *state) done() bool { return len(s.stack) == 0 && s.b == s.n }

// s returns the i-th word from the top of the stack, or -1.
func (s *state) s(i int) int {
	if i >= len(s.stack) {
		return -1
	}
	return s.stack[len(s.stack)-1-i]
}

// buf returns the i-th word of the buffer, or -1 (the root, n, is in it).
func (s *state) buf(i int) int {
	if s.b+i > s.n {
		return -1
	}
	return s.b + i
}

// Transitions.
const (
	shift = iota
	left
	right
)

func (s *state) can(t int) bool {
	switch t {
	case shift:
		return s.b < s.n
	case left:
		return len(s.stack) >= 1
	case right:
		return len(s.stack) >= 2
	}
	return false
}

func (s *state) apply(t, label int) {
	switch t {
	case shift:
		s.stack = append(s.stack, s.b)
		s.b++
	case left:
		s.attach(s.b, s.pop(), label)
	case right:
		d := s.pop()
		s.attach(s.s(0), d, label)
	}
}

func (s *state) pop() int {
	d := s.stack[len(s.stack)-1]
	s.stack = s.stack[:len(s.stack)-1]
	return d
}

func (s *state) attach(h, d, label int) {
	s.heads[d], s.labels[d] = h, label
	if d < h {
		s.nl[h]++
		s.ls[h] |= 1 << (label % 64)
		switch {
		case s.lc[h] < 0 || d < s.lc[h]:
			s.lc2[h], s.lc[h] = s.lc[h], d
		case s.lc2[h] < 0 || d < s.lc2[h]:
			s.lc2[h] = d
		}
	} else {
		s.nr[h]++
		s.rs[h] |= 1 << (label % 64)
		switch {
		case s.rc[h] < 0 || d > s.rc[h]:
			s.rc2[h], s.rc[h] = s.rc[h], d
		case s.rc2[h] < 0 || d > s.rc2[h]:
			s.rc2[h] = d
		}
	}
}

// cost is the number of gold arcs that transition t makes unreachable
// (Goldberg & Nivre 2013, arc-hybrid). gold[i] is word i's head.
func (s *state) cost(t int, gold []int) int {
	c := 0
	switch t {
	case left:
		s0 := s.s(0)
		if s1 := s.s(1); s1 >= 0 && gold[s0] == s1 {
			c++
		}
		for k := s.b + 1; k <= s.n; k++ {
			if gold[s0] == k {
				c++
			}
		}
		c += s.childrenInBuffer(s0, gold)
	case right:
		s0 := s.s(0)
		for k := s.b; k <= s.n; k++ {
			if gold[s0] == k {
				c++
			}
		}
		c += s.childrenInBuffer(s0, gold)
	case shift:
		b0 := s.b
		for i, k := range s.stack {
			if gold[b0] == k && i != len(s.stack)-1 {
				c++
			}
			if gold[k] == b0 {
				c++
			}
		}
	}
	return c
}

func (s *state) childrenInBuffer(h int, gold []int) int {
	c := 0
	for k := s.b; k < s.n; k++ {
		if gold[k] == h && s.heads[k] < 0 {
			c++
		}
	}
	return c
}

// child is arr[i] (a child of word i by lc, rc, lc2 or rc2), or -1 when
// there is no word i.
func (s *state) child(arr []int, i int) int {
	if i < 0 {
		return -1
	}
	return arr[i]
}
