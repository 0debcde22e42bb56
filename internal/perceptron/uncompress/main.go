// Command uncompress replaces the gzip-compressed weights of each model
// directory it is given (weights.bin.gz) by the same stream uncompressed
// (weights.bin), which loads without inflating; see
// perceptron.RawWeightsFile. Run from the repository's root:
//
//	go run ./internal/perceptron/uncompress models/parse models/pos
//
// The result depends on the input alone, so it can be checked by anyone.
package main

import (
	"fmt"
	"os"

	"github.com/newsgraph/newsgraph/internal/perceptron"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: uncompress MODEL_DIR...")
		os.Exit(2)
	}
	for _, dir := range os.Args[1:] {
		if err := perceptron.Uncompress(dir); err != nil {
			fmt.Fprintln(os.Stderr, "uncompress:", err)
			os.Exit(1)
		}
	}
}
