// Command convert rewrites the model image (weights.img) of each model
// directory it is given, of version 2, as an image of today's version
// (see perceptron.ImageFile), once the new image has been checked to
// score every feature as the old one did. Run from the repository's root:
//
//	go run ./internal/perceptron/convert models/parse models/pos
//
// The image depends on the weights alone, so anyone can check the result.
package main

import (
	"fmt"
	"os"

	"github.com/newsgraph/newsgraph/internal/perceptron"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: convert MODEL_DIR...")
		os.Exit(2)
	}
	for _, dir := range os.Args[1:] {
		if err := perceptron.Convert(dir); err != nil {
			fmt.Fprintln(os.Stderr, "convert:", err)
			os.Exit(1)
		}
	}
}
