// Command train learns the weights of the relation classifier's logistic
// layer from labelled pairs and rewrites compare/relation/weights_gen.go.
//
// From the repository root:
//
//	go run ./compare/relation/cmd/train ../shared/eval/dev
//
// Rows whose id relation.HeldOut accepts are never used, so that the
// evaluation (claimdiff eval) can report held-out figures.
package main

import (
	"bytes"
	"fmt"
	"go/format"
	"os"
	"path/filepath"

	"github.com/claimdiff/claimdiff/compare/relation"
)

func main() {
	dir := filepath.Join("..", "shared", "eval", "dev")
	if len(os.Args) > 1 {
		dir = os.Args[1]
	}
	out := filepath.Join("compare", "relation", "weights_gen.go")
	if len(os.Args) > 2 {
		out = os.Args[2]
	}
	var buf bytes.Buffer
	if err := relation.Train(dir, &buf); err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
	src, err := format.Source(buf.Bytes())
	if err != nil {
		fmt.Fprintln(os.Stderr, "train: generated code does not parse:", err)
		os.Exit(1)
	}
	if err := os.WriteFile(out, src, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
	fmt.Println("wrote", out)
}
