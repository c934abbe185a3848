package bidi

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	ucd "golang.org/x/text/unicode/bidi"
)

// conformance counts the cases of one test file.
type conformance struct {
	name                 string
	ran, passed, skipped int
	// BidiTest.txt expands one data line into one case per paragraph
	// direction; lines counts the data lines that ran.
	lines    int
	failures []string
}

func (c *conformance) fail(format string, args ...any) {
	if len(c.failures) < 10 {
		c.failures = append(c.failures, fmt.Sprintf(format, args...))
	}
}

// report prints the counts so they show in plain `go test` output, and
// fails the test if any case that ran failed.
func (c *conformance) report(t *testing.T) {
	t.Helper()
	msg := fmt.Sprintf("%s: ran %d cases (%d data lines), passed %d, skipped %d (explicit embeddings/overrides)",
		c.name, c.ran, c.lines, c.passed, c.skipped)
	fmt.Println(msg)
	t.Log(msg)
	if c.ran == 0 {
		t.Fatalf("%s: no case ran", c.name)
	}
	if c.passed != c.ran {
		t.Errorf("%s: %d of %d cases failed; first failures:\n%s",
			c.name, c.ran-c.passed, c.ran, strings.Join(c.failures, "\n"))
	}
}

func openGzip(t *testing.T, name string) *bufio.Scanner {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	z, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	s := bufio.NewScanner(z)
	s.Buffer(make([]byte, 1<<16), 1<<20)
	return s
}

var classNames = map[string]ucd.Class{
	"L": ucd.L, "R": ucd.R, "EN": ucd.EN, "ES": ucd.ES, "ET": ucd.ET, "AN": ucd.AN,
	"CS": ucd.CS, "B": ucd.B, "S": ucd.S, "WS": ucd.WS, "ON": ucd.ON, "BN": ucd.BN,
	"NSM": ucd.NSM, "AL": ucd.AL, "LRO": ucd.LRO, "RLO": ucd.RLO, "LRE": ucd.LRE,
	"RLE": ucd.RLE, "PDF": ucd.PDF, "LRI": ucd.LRI, "RLI": ucd.RLI, "FSI": ucd.FSI,
	"PDI": ucd.PDI,
}

func isEmbeddingOrOverride(c ucd.Class) bool {
	switch c {
	case ucd.LRE, ucd.RLE, ucd.LRO, ucd.RLO, ucd.PDF:
		return true
	}
	return false
}

// parseNumbers reads a levels or order field; -1 stands for x (removed by X9).
func parseNumbers(s string) ([]int, error) {
	var out []int
	for _, f := range strings.Fields(s) {
		if f == "x" {
			out = append(out, -1)
			continue
		}
		v, err := strconv.Atoi(f)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, nil
}

// checkCase compares levels and the reordering of one case. want uses -1
// for positions the algorithm leaves without a level.
func checkCase(classes []ucd.Class, got []uint8, wantLevels, wantOrder []int) string {
	if len(got) != len(wantLevels) {
		return fmt.Sprintf("got %d levels, want %d", len(got), len(wantLevels))
	}
	for i, w := range wantLevels {
		if (w < 0) != isRemoved(classes[i]) {
			return fmt.Sprintf("position %d: removed=%v, want level %d", i, isRemoved(classes[i]), w)
		}
		if w >= 0 && int(got[i]) != w {
			return fmt.Sprintf("levels %v, want %v", got, wantLevels)
		}
	}
	var order []int
	for _, i := range ReorderLevels(got) {
		if wantLevels[i] >= 0 {
			order = append(order, i)
		}
	}
	if !slices.Equal(order, wantOrder) {
		return fmt.Sprintf("order %v, want %v (levels %v)", order, wantOrder, got)
	}
	return ""
}

func TestBidiTestFile(t *testing.T) {
	s := openGzip(t, "BidiTest.txt.gz")
	c := conformance{name: "BidiTest.txt"}
	var wantLevels, wantOrder []int
	var err error
	for line := 1; s.Scan(); line++ {
		text := strings.TrimSpace(s.Text())
		if text == "" || text[0] == '#' {
			continue
		}
		if rest, ok := strings.CutPrefix(text, "@Levels:"); ok {
			if wantLevels, err = parseNumbers(rest); err != nil {
				t.Fatalf("line %d: %v", line, err)
			}
			continue
		}
		if rest, ok := strings.CutPrefix(text, "@Reorder:"); ok {
			if wantOrder, err = parseNumbers(rest); err != nil {
				t.Fatalf("line %d: %v", line, err)
			}
			continue
		}
		if text[0] == '@' {
			continue
		}
		input, bits, ok := strings.Cut(text, ";")
		if !ok {
			t.Fatalf("line %d: no bitset: %q", line, text)
		}
		bitset, err := strconv.ParseUint(strings.TrimSpace(bits), 16, 8)
		if err != nil {
			t.Fatalf("line %d: %v", line, err)
		}
		var classes []ucd.Class
		skip := false
		for _, f := range strings.Fields(input) {
			cl, ok := classNames[f]
			if !ok {
				t.Fatalf("line %d: unknown class %q", line, f)
			}
			skip = skip || isEmbeddingOrOverride(cl)
			classes = append(classes, cl)
		}
		if !skip {
			c.lines++
		}
		for bit, dir := range map[uint64]Direction{1: Auto, 2: LTR, 4: RTL} {
			if bitset&bit == 0 {
				continue
			}
			if skip {
				c.skipped++
				continue
			}
			c.ran++
			got, _ := resolveClasses(classes, nil, dir)
			if msg := checkCase(classes, got, wantLevels, wantOrder); msg != "" {
				c.fail("line %d %q dir %v: %s", line, input, dir, msg)
				continue
			}
			c.passed++
		}
	}
	if err := s.Err(); err != nil {
		t.Fatal(err)
	}
	c.report(t)
}

func TestBidiCharacterTestFile(t *testing.T) {
	s := openGzip(t, "BidiCharacterTest.txt.gz")
	c := conformance{name: "BidiCharacterTest.txt"}
	for line := 1; s.Scan(); line++ {
		text := strings.TrimSpace(s.Text())
		if text == "" || text[0] == '#' {
			continue
		}
		fields := strings.Split(text, ";")
		if len(fields) != 5 {
			t.Fatalf("line %d: %d fields", line, len(fields))
		}
		var runes []rune
		skip := false
		for _, f := range strings.Fields(fields[0]) {
			v, err := strconv.ParseUint(f, 16, 32)
			if err != nil {
				t.Fatalf("line %d: %v", line, err)
			}
			skip = skip || (v >= 0x202A && v <= 0x202E)
			runes = append(runes, rune(v))
		}
		if skip {
			c.skipped++
			continue
		}
		dir := map[string]Direction{"0": LTR, "1": RTL, "2": Auto}[strings.TrimSpace(fields[1])]
		wantBase, err1 := strconv.Atoi(strings.TrimSpace(fields[2]))
		wantLevels, err2 := parseNumbers(fields[3])
		wantOrder, err3 := parseNumbers(fields[4])
		if err := cmpErr(err1, err2, err3); err != nil {
			t.Fatalf("line %d: %v", line, err)
		}
		c.ran++
		c.lines++
		p := Resolve(runes, dir)
		if int(p.Base) != wantBase {
			c.fail("line %d [%s]: paragraph level %d, want %d", line, fields[0], p.Base, wantBase)
			continue
		}
		if msg := checkCase(p.classes, p.Levels, wantLevels, wantOrder); msg != "" {
			c.fail("line %d [%s] dir %v: %s", line, fields[0], dir, msg)
			continue
		}
		// The rune API must agree with L2 on the bare levels.
		var order []int
		for _, i := range p.VisualOrder(0, len(runes)) {
			if wantLevels[i] >= 0 {
				order = append(order, i)
			}
		}
		if !slices.Equal(order, wantOrder) {
			c.fail("line %d [%s]: VisualOrder %v, want %v", line, fields[0], order, wantOrder)
			continue
		}
		c.passed++
	}
	if err := s.Err(); err != nil {
		t.Fatal(err)
	}
	c.report(t)
}

func cmpErr(errs ...error) error {
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}
