package cli

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// run calls Main with args and returns the exit code and both streams.
func run(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := Main(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func TestHelpListsEveryCommand(t *testing.T) {
	code, out, _ := run(t, "", "help")
	if code != 0 {
		t.Fatalf("help exited %d", code)
	}
	for _, c := range commands() {
		if !strings.Contains(out, "  "+c.name+" ") {
			t.Errorf("help does not list %q:\n%s", c.name, out)
		}
	}
}

func TestVersion(t *testing.T) {
	code, out, _ := run(t, "", "version")
	if code != 0 || out != "claimdiff-cli "+version+"\n" {
		t.Errorf("version: code %d, output %q", code, out)
	}
}

func TestUnknownCommandIsUsageError(t *testing.T) {
	code, _, errOut := run(t, "", "frobnicate")
	if code != 2 || !strings.Contains(errOut, `unknown command "frobnicate"`) {
		t.Errorf("code %d, stderr %q", code, errOut)
	}
}

func TestDBFlagAndVariable(t *testing.T) {
	t.Setenv("CLAIMDIFF_DB", "from-env.db")
	env := &Env{}
	rest, err := globalFlags(env, []string{"claims"})
	if err != nil || env.DBPath != "from-env.db" || len(rest) != 1 {
		t.Fatalf("env: %v %q %v", err, env.DBPath, rest)
	}
	for _, args := range [][]string{{"--db", "x.db", "claims"}, {"--db=x.db", "claims"}} {
		env := &Env{}
		rest, err := globalFlags(env, args)
		if err != nil || env.DBPath != "x.db" || len(rest) != 1 || rest[0] != "claims" {
			t.Errorf("%v: %v %q %v", args, err, env.DBPath, rest)
		}
	}
	if _, err := globalFlags(&Env{}, []string{"--db"}); err == nil {
		t.Error("--db without a value must be refused")
	}
}

func TestDefaultDBFollowsXDG(t *testing.T) {
	t.Setenv("CLAIMDIFF_DB", "")
	t.Setenv("XDG_DATA_HOME", "/data/home")
	p, err := dbPath(&Env{})
	if err != nil || p != "/data/home/claimdiff/claimdiff.db" {
		t.Errorf("dbPath = %q, %v", p, err)
	}
	t.Setenv("XDG_DATA_HOME", "")
	t.Setenv("HOME", "/home/reporter")
	if p, _ := dbPath(&Env{}); p != "/home/reporter/.local/share/claimdiff/claimdiff.db" {
		t.Errorf("dbPath without XDG_DATA_HOME = %q", p)
	}
}

// Without a window (claimdiff-cli), no command prints the help, which does
// not offer the window, and the window command names the program that has it.
func TestWithoutWindow(t *testing.T) {
	if Window != nil {
		t.Fatal("the cli package's tests run without a window")
	}
	code, out, _ := run(t, "")
	if code != 0 || !strings.Contains(out, "usage: claimdiff-cli [--db PATH]") || !strings.Contains(out, "terminal commands only") {
		t.Errorf("no command: exit %d, output %q", code, out)
	}
	if strings.Contains(out, "  window ") {
		t.Errorf("help offers a window this program does not have:\n%s", out)
	}
	code, _, errOut := run(t, "", "window")
	if code != 1 || !strings.HasPrefix(errOut, "claimdiff-cli: this program has no window.") || !strings.Contains(errOut, "the claimdiff program opens the window") {
		t.Errorf("window: exit %d, stderr %q", code, errOut)
	}
}

// With a window, no command opens it, and help lists it.
func TestWindowIsTheDefault(t *testing.T) {
	opened := false
	Window = func(context.Context, *Env, []string) error { opened = true; return nil }
	defer func() { Window = nil }()
	if code, _, _ := run(t, ""); code != 0 || !opened {
		t.Errorf("no command: exit %d, window opened %v", code, opened)
	}
	if _, out, _ := run(t, "", "help"); !strings.Contains(out, "  window ") || !strings.Contains(out, "With no command, claimdiff opens the desktop window") {
		t.Errorf("help with a window:\n%s", out)
	}
}

// Each program names itself in its messages and in the commands its hints
// suggest: claimdiff-cli's user who typed 'claimdiff claims' on a server
// without Fyne's libraries would get no list.
func TestMessagesNameTheProgram(t *testing.T) {
	for _, c := range []struct {
		window bool
		name   string
	}{{false, "claimdiff-cli"}, {true, "claimdiff"}} {
		if c.window {
			Window = func(context.Context, *Env, []string) error { return nil }
		}
		db := filepath.Join(t.TempDir(), "a.db")
		code, _, errOut := run(t, "", "--db", db, "statements", "--claim", "7")
		want := c.name + ": there is no claim 7.\n  Run '" + c.name + " claims' to list the claims.\n"
		if code != 1 || errOut != want {
			t.Errorf("window %v: exit %d, stderr %q; want 1 and %q", c.window, code, errOut, want)
		}
		code, _, errOut = run(t, "", "nosuch")
		want = c.name + `: unknown command "nosuch"; run '` + c.name + " help' for the list\n"
		if code != 2 || errOut != want {
			t.Errorf("window %v: exit %d, stderr %q; want 2 and %q", c.window, code, errOut, want)
		}
		if _, out, _ := run(t, "", "version"); out != c.name+" "+version+"\n" {
			t.Errorf("window %v: version says %q", c.window, out)
		}
		Window = nil
	}
}

func TestPanicBecomesOneSentence(t *testing.T) {
	extraCommands = append(extraCommands, command{"boom-test", "", "", func(_ context.Context, _ *Env, _ []string) error { panic("boom") }})
	defer func() { extraCommands = extraCommands[:len(extraCommands)-1] }()
	code, _, errOut := run(t, "", "boom-test")
	if code != 70 || !strings.Contains(errOut, "internal error: boom") || strings.Contains(errOut, "goroutine ") {
		t.Errorf("code %d, stderr %q", code, errOut)
	}
}

func TestHintIsPrinted(t *testing.T) {
	var b bytes.Buffer
	code := report(&b, Hint(errors.New("cannot open x"), "Try y."))
	if code != 1 || b.String() != "claimdiff-cli: cannot open x.\n  Try y.\n" {
		t.Errorf("code %d, %q", code, b.String())
	}
}

func TestUnusableArchivePathIsOneSentenceWithHint(t *testing.T) {
	blocker := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(blocker, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errOut := run(t, "", "--db", filepath.Join(blocker, "claimdiff.db"), "claims")
	if code != 1 {
		t.Fatalf("exit %d, want 1", code)
	}
	lines := strings.Split(strings.TrimSpace(errOut), "\n")
	if len(lines) != 2 || !strings.Contains(lines[0], "cannot create the archive folder") || !strings.Contains(lines[1], "--db") {
		t.Errorf("stderr: %q", errOut)
	}
}

func TestHelpAndVersionFlags(t *testing.T) {
	_, help, _ := run(t, "", "help")
	_, ver, _ := run(t, "", "version")
	for _, c := range []struct {
		arg, want string
	}{{"-h", help}, {"--help", help}, {"-help", help}, {"--version", ver}, {"-version", ver}} {
		code, out, errOut := run(t, "", c.arg)
		if code != 0 || out != c.want || errOut != "" {
			t.Errorf("claimdiff %s: exit %d, stdout %q, stderr %q; want 0 and %q", c.arg, code, out, errOut, c.want)
		}
	}
	if code, out, _ := run(t, "", "--help", "compare"); code != 0 || !strings.Contains(out, "claimdiff-cli compare A B") {
		t.Errorf("claimdiff --help compare: exit %d, %q", code, out)
	}
}
