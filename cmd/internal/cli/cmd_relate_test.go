package cli

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

func TestRelateCommand(t *testing.T) {
	in := "id\tlang\ttext_a\ttext_b\n" +
		"p1\tar\tتحتفظ الولايات المتحدة بنحو 2500 جندي في العراق.\tتحتفظ الولايات المتحدة بنحو 3000 جندي في العراق.\n" +
		"p2\ten\tonly two\n" +
		"p3\ten\tOil prices rise.\\nMarkets wait.\tOil prices fall.\\nMarkets wait.\n"
	var out, errb bytes.Buffer
	code := Main([]string{"relate", "--claim", "US troops will leave Iraq"}, strings.NewReader(in), &out, &errb)
	if code != 0 {
		t.Errorf("exit code %d, want 0 when rows were related beside a bad one; stderr %q", code, errb.String())
	}
	if !strings.Contains(errb.String(), "line 3") || !strings.Contains(errb.String(), "1 bad row") {
		t.Errorf("stderr does not name line 3 and count the bad row: %q", errb.String())
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

// A row with an unescaped TAB (more fields than the header) or an empty
// text is a bad row naming its line; relate exits 1 only when no row at all
// could be related.
func TestRelateBadRows(t *testing.T) {
	cases := []struct {
		in   string
		code int
		msg  string
	}{
		{"id\ttext_a\ttext_b\n1\ta\tb\tc\n", 1, `standard input: line 2: 4 fields, the header names 3; a TAB inside a field must be written \t`},
		{"id\ttext_a\ttext_b\n1\t \tb\n2\tOil rose.\tOil fell.\n", 0, "line 2: text_a is empty"},
		{"id\ttext_a\ttext_b\n1\ta\t\n2\tx\n", 1, "no row could be related"},
		{"id\ttext_a\ttext_b\n", 0, ""},
	}
	for _, c := range cases {
		code, out, errOut := run(t, c.in, "relate")
		if code != c.code || !strings.Contains(errOut, c.msg) {
			t.Errorf("%q: exit %d, stderr %q; want %d and %q", c.in, code, errOut, c.code, c.msg)
		}
		if want := strings.Count(c.in, "Oil rose"); strings.Count(out, "\n") != want {
			t.Errorf("%q: %d output lines, want %d: %q", c.in, strings.Count(out, "\n"), want, out)
		}
	}
}

// notifyWriter is a safe buffer that signals each write.
type notifyWriter struct {
	mu    sync.Mutex
	buf   bytes.Buffer
	wrote chan struct{}
}

func (w *notifyWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.buf.Write(p)
	select {
	case w.wrote <- struct{}{}:
	default:
	}
	return len(p), nil
}

func (w *notifyWriter) String() string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.buf.String()
}

// relate writes a row's result as soon as the row is read when no more
// input is waiting (a person typing rows), not when the next row arrives.
func TestRelateStreamsEachRow(t *testing.T) {
	pr, pw := io.Pipe()
	out := &notifyWriter{wrote: make(chan struct{}, 1)}
	done := make(chan int)
	go func() { done <- Main([]string{"relate"}, pr, out, io.Discard) }()
	io.WriteString(pw, "id\ttext_a\ttext_b\np1\tOil rose.\tOil fell.\n")
	// Not a speed measure: the deadline only keeps a regression from
	// hanging the suite; the result must come with no further input.
	deadline := time.After(20 * time.Second)
	for !strings.HasPrefix(out.String(), "p1\t") {
		select {
		case <-out.wrote:
		case <-deadline:
			pw.Close()
			<-done
			t.Fatalf("no result for p1 while relate waits for the next row; output %q", out.String())
		}
	}
	io.WriteString(pw, "p2\tOil rose.\tOil rose.\n")
	pw.Close()
	if code := <-done; code != 0 {
		t.Errorf("exit %d", code)
	}
	if !strings.Contains(out.String(), "\np2\t") {
		t.Errorf("output %q lacks p2", out.String())
	}
}

func TestEvalCommandBadLabelsAndPaths(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "ev.tsv")
	body := "id\ttext_a\ttext_b\tlabel\n1\tOil rose 5%.\tOil fell 5%.\tagree\n2\tOil rose 5%.\tOil fell 5%.\tcontradiction\n"
	if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := run(t, "", "eval", path)
	if code != 0 || !strings.Contains(out, "ev.tsv") || !strings.Contains(errOut, `claimdiff-cli eval: `+path+`:2: label "agree" is not one of contradiction, agreement, unrelated`) {
		t.Errorf("eval FILE: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	code, _, errOut = run(t, "", "eval", filepath.Join(dir, "missing"))
	if code != 1 || !strings.Contains(errOut, "missing: no such folder") {
		t.Errorf("eval of a missing folder: exit %d, stderr %q", code, errOut)
	}
}
