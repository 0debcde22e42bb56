package perceptron

// prefetch asks the processor to start loading the cache lines at addrs
// and returns at once. A prefetch of an address that is not mapped is
// dropped, never a fault. Go has no prefetch of its own, hence assembly.
//
//go:noescape
func prefetch(addrs []uintptr)
