package report

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
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
