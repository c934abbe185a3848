// Command calibrate learns how the archive turns a contradiction's
// confidence and reason kinds into the listed confidence, from pairs
// labelled real or not, and rewrites data/internal/calib/weights_gen.go.
//
// From data/internal/calib (go generate ./data/internal/calib/ runs it so):
//
//	go run ./cmd/calibrate -earlier testdata/rows.tsv -read testdata/read.tsv testdata/blind.tsv weights_gen.go
//
// An -earlier file holds rows an earlier engine listed; a -read file, rows
// this engine lists on the hold-outs its rules were made from; the other
// files, rows it lists on hold-outs nobody read (make calib writes the
// last two).
//
// With -check ROWS.tsv it learns nothing: it prints how well the committed
// weights predict those rows (rows of hold-outs they did not learn from).
package main

import (
	"bytes"
	"flag"
	"fmt"
	"go/format"
	"os"

	"github.com/claimdiff/claimdiff/data/internal/calib"
)

func main() {
	var in []calib.RowFile
	role := func(r calib.Role) func(string) error {
		return func(path string) error { in = append(in, calib.RowFile{Path: path, Role: r}); return nil }
	}
	flag.Func("earlier", "a TSV file of rows an earlier engine listed (may be repeated)", role(calib.Earlier))
	flag.Func("read", "a TSV file of rows this engine listed on read hold-outs (may be repeated)", role(calib.Read))
	check := flag.String("check", "", "print how well the committed weights predict the rows of this TSV file, and learn nothing")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: calibrate [-earlier ROWS.tsv]... [-read ROWS.tsv]... BLIND.tsv... OUT.go\n       calibrate -check ROWS.tsv")
		flag.PrintDefaults()
	}
	flag.Parse()
	if *check != "" {
		if err := calib.Check(os.Stdout, *check); err != nil {
			fmt.Fprintln(os.Stderr, "calibrate:", err)
			os.Exit(1)
		}
		return
	}
	args := flag.Args()
	if len(args) < 1 || len(args)+len(in) < 2 {
		flag.Usage()
		os.Exit(2)
	}
	out := args[len(args)-1]
	for _, p := range args[:len(args)-1] {
		in = append(in, calib.RowFile{Path: p, Role: calib.Blind})
	}
	var buf bytes.Buffer
	if err := calib.Train(&buf, in); err != nil {
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
