//go:build 386 || amd64 || arm || arm64 || loong64 || mips64le || mipsle || ppc64le || riscv64 || wasm

package perceptron

// littleEndian says that this machine lays numbers out as a model image
// stores them, so that the image can be used in place.
const littleEndian = true
