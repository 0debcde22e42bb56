//go:build !(386 || amd64 || arm || arm64 || loong64 || mips64le || mipsle || ppc64le || riscv64 || wasm)

package perceptron

// littleEndian is false on machines that lay numbers out big-endian (and
// on any not listed in endian_little.go): their model images are decoded
// field by field, which is slower but gives the same model.
const littleEndian = false
