package report

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"
)

// TestFindChromiumPrefersHeadlessShell puts a fake full browser and a fake
// headless shell on PATH: the shell, which prints several times faster,
// must win, and $CLAIMDIFF_CHROMIUM and Options.Chromium must override it.
func TestFindChromiumPrefersHeadlessShell(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("fake executables here are shell scripts")
	}
	dir := t.TempDir()
	for _, name := range []string{"chromium", "chromium-headless-shell", "google-chrome"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte("#!/bin/sh\nexit 0\n"), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	t.Setenv("PATH", dir)
	t.Setenv("CLAIMDIFF_CHROMIUM", "")

	got, err := FindChromium(Options{})
	if err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join(dir, "chromium-headless-shell"); got != want {
		t.Errorf("FindChromium = %s, want the headless shell %s", got, want)
	}

	t.Setenv("CLAIMDIFF_CHROMIUM", "google-chrome")
	if got, _ := FindChromium(Options{}); got != filepath.Join(dir, "google-chrome") {
		t.Errorf("with $CLAIMDIFF_CHROMIUM=google-chrome, FindChromium = %s", got)
	}
	if got, _ := FindChromium(Options{Chromium: "chromium"}); got != filepath.Join(dir, "chromium") {
		t.Errorf("with Options.Chromium=chromium, FindChromium = %s", got)
	}

	if err := os.Remove(filepath.Join(dir, "chromium-headless-shell")); err != nil {
		t.Fatal(err)
	}
	t.Setenv("CLAIMDIFF_CHROMIUM", "")
	if got, _ := FindChromium(Options{}); got != filepath.Join(dir, "chromium") {
		t.Errorf("without the shell, FindChromium = %s, want chromium", got)
	}
}

// TestFindChromiumNone checks the error a machine without any browser gets.
func TestFindChromiumNone(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	t.Setenv("CLAIMDIFF_CHROMIUM", "")
	if _, err := FindChromium(Options{}); err != ErrNoChromium {
		t.Errorf("FindChromium with an empty PATH: %v, want ErrNoChromium", err)
	}
}

func TestStampPDFDates(t *testing.T) {
	when := time.Date(2026, 3, 14, 9, 26, 53, 0, time.UTC)
	in := []byte("<</Creator (Chromium)\n/CreationDate (D:20261129004052+01'00')\n/ModDate (D:20261129004053+00'00')>>")
	got := string(stampPDFDates(in, when))
	want := "<</Creator (Chromium)\n/CreationDate (D:20260314092653+00'00')\n/ModDate (D:20260314092653+00'00')>>"
	if got != want {
		t.Errorf("stamped:\n%s\nwant:\n%s", got, want)
	}
	// A date of another length is left alone: replacing it would move every
	// byte offset of the cross-reference table.
	short := []byte("/CreationDate (D:20261129004052Z)")
	if got := stampPDFDates(short, when); string(got) != string(short) {
		t.Errorf("a shorter date was rewritten: %s", got)
	}
	if got := stampPDFDates(in, time.Time{}); string(got) != string(in) {
		t.Error("a zero time must leave the dates alone")
	}
}

func TestPDFIsRepeatable(t *testing.T) {
	chromium(t)
	doc := sampleClaim(t)
	doc.Generated = time.Date(2026, 3, 14, 9, 26, 53, 0, time.UTC)
	var outs [2]bytes.Buffer
	for i := range outs {
		if err := WritePDF(context.Background(), &outs[i], doc, Options{}); err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			time.Sleep(1100 * time.Millisecond) // let Chromium's clock move a second
		}
	}
	if a, b := outs[0].Bytes(), outs[1].Bytes(); !bytes.Equal(a, b) {
		// Where they differ tells which of Chromium's outputs is not
		// repeatable (once in many runs on a loaded machine, the same size).
		i := 0
		for i < len(a) && i < len(b) && a[i] == b[i] {
			i++
		}
		lo := max(0, i-80)
		t.Errorf("two PDFs of the same report at the same time of making differ (%d and %d bytes), first at byte %d:\n%q\n%q",
			len(a), len(b), i, a[lo:min(len(a), i+80)], b[lo:min(len(b), i+80)])
	}
}
