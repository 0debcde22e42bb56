//go:build !amd64

package perceptron

// prefetch does nothing where no assembly is written for the processor:
// scores are the same, only slower to come.
func prefetch(addrs []uintptr) {}
