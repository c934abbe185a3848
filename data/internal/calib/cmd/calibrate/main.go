// Command calibrate learns how the archive turns a contradiction's
// confidence and reason kinds into the listed confidence, from pairs
// labelled real or not, and rewrites data/internal/calib/weights_gen.go.
//
// From data/internal/calib (go generate ./data/internal/calib/ runs it so):
//
//	go run ./cmd/calibrate testdata/rows.tsv weights_gen.go
package main

import (
	"bytes"
	"fmt"
	"go/format"
	"os"

	"github.com/claimdiff/claimdiff/data/internal/calib"
)

func main() {
	if len(os.Args) < 3 {
		fmt.Fprintln(os.Stderr, "usage: calibrate ROWS.tsv... OUT.go")
		os.Exit(2)
	}
	in, out := os.Args[1:len(os.Args)-1], os.Args[len(os.Args)-1]
	var buf bytes.Buffer
	if err := calib.Train(&buf, in...); err != nil {
		fmt.Fprintln(os.Stderr, "calibrate:", err)
		os.Exit(1)
	}
	src, err := format.Source(buf.Bytes())
	if err != nil {
		fmt.Fprintln(os.Stderr, "calibrate: generated code does not parse:", err)
		os.Exit(1)
	}
	if err := os.WriteFile(out, src, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "calibrate:", err)
		os.Exit(1)
	}
	fmt.Println("wrote", out)
}
