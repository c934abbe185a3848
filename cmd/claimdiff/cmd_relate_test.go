package main

import (
	"bytes"
	"strings"
	"testing"
)

func TestRelateCommand(t *testing.T) {
	in := "id\tlang\ttext_a\ttext_b\n" +
		"p1\tar\tتحتفظ الولايات المتحدة بنحو 2500 جندي في العراق.\tتحتفظ الولايات المتحدة بنحو 3000 جندي في العراق.\n" +
		"p2\ten\tonly two\n" +
		"p3\ten\tOil prices rise.\\nMarkets wait.\tOil prices fall.\\nMarkets wait.\n"
	var out, errb bytes.Buffer
	code := Main([]string{"relate", "--claim", "US troops will leave Iraq"}, strings.NewReader(in), &out, &errb)
	if code != 1 {
		t.Errorf("exit code %d, want 1 for a bad row; stderr %q", code, errb.String())
	}
	if !strings.Contains(errb.String(), "line 3") {
		t.Errorf("stderr does not name line 3: %q", errb.String())
	}
	lines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
	if len(lines) != 2 {
		t.Fatalf("want 2 output lines, got %q", out.String())
	}
	f := strings.Split(lines[0], "\t")
	if len(f) != 6 || f[0] != "p1" || f[1] != "contradicts" || !strings.Contains(f[3], "number: 2500 vs 3000") {
		t.Errorf("line 1 = %q", lines[0])
	}
	if f := strings.Split(lines[1], "\t"); f[0] != "p3" || f[1] != "contradicts" {
		t.Errorf("line 2 = %q", lines[1])
	}
}

func TestRelateMissingColumnIsUsageError(t *testing.T) {
	var out, errb bytes.Buffer
	code := Main([]string{"relate"}, strings.NewReader("id\ttext_a\n1\tx\n"), &out, &errb)
	if code != 2 || !strings.Contains(errb.String(), "text_b") {
		t.Errorf("code %d, stderr %q; want 2 naming text_b", code, errb.String())
	}
}
