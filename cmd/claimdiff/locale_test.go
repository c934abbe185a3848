package main

import (
	"bytes"
	"os"
	"os/exec"
	"testing"

	"github.com/claimdiff/claimdiff/cmd/claimdiff/internal/quietlocale"
)

// In the C.UTF-8 locale of Debian containers, Fyne logged "Error parsing
// user locale C" while initialising, before main: this test starts the
// test binary again in that locale and reads what initialisation printed.
func TestCLocaleStartsQuietly(t *testing.T) {
	if os.Getenv("CLAIMDIFF_LOCALE_CHILD") == "1" {
		// The child: initialisation is over. Restore must leave LANGUAGE
		// as the user had it (unset), for the program and its children.
		quietlocale.Restore()
		if v, ok := os.LookupEnv("LANGUAGE"); ok {
			t.Fatalf("LANGUAGE=%q after Restore, want it unset", v)
		}
		return
	}
	for _, env := range [][]string{
		{"LANG=C.UTF-8"},
		{"LANG=en_GB.UTF-8", "LC_ALL=POSIX.UTF-8"},
	} {
		cmd := exec.Command(os.Args[0], "-test.run=^TestCLocaleStartsQuietly$", "-test.count=1")
		cmd.Env = append(os.Environ(), "CLAIMDIFF_LOCALE_CHILD=1", "LC_ALL=", "LC_MESSAGES=", "LANG=")
		cmd.Env = append(cmd.Env, env...)
		cmd.Env = append(cmd.Env, "LANGUAGE=")
		var out bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &out
		if err := cmd.Run(); err != nil {
			t.Fatalf("%v: %v\n%s", env, err, out.String())
		}
		if bytes.Contains(out.Bytes(), []byte("locale")) {
			t.Errorf("%v: the start printed\n%s", env, out.String())
		}
	}
}
