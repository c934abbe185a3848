package main

import (
	"bytes"
	"fmt"
	"net"
	"runtime"
	"strings"
	"testing"

	"github.com/go-gl/glfw/v3.3/glfw"

	"github.com/claimdiff/claimdiff/cmd/internal/cli"
)

// run calls the command line as main does, with the window, and returns
// the exit code and both streams.
func run(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	cli.Window = runWindow
	defer func() { cli.Window = nil }()
	var out, errb bytes.Buffer
	code := cli.Main(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func TestNoDisplayIsOneSentence(t *testing.T) {
	t.Setenv("DISPLAY", "")
	t.Setenv("WAYLAND_DISPLAY", "")
	code, _, errOut := run(t, "")
	if code != 1 {
		t.Fatalf("exit %d, want 1", code)
	}
	if !strings.HasPrefix(errOut, "claimdiff: there is no display") || strings.Contains(errOut, "goroutine") {
		t.Errorf("stderr: %q", errOut)
	}
}

// A DISPLAY that no X server answers on (a stopped Xvfb, a closed SSH
// session) fails in one sentence naming it, not as a GLFW panic.
func TestUnansweredDisplayIsOneSentence(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("the display check is for Linux and FreeBSD")
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Skip(err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	display := fmt.Sprintf("127.0.0.1:%d", port-6000)
	if err := dialX(display); err != nil {
		t.Fatalf("dialX(%q) with a server listening: %v", display, err)
	}
	l.Close()
	t.Setenv("DISPLAY", display)
	t.Setenv("WAYLAND_DISPLAY", "")
	code, _, errOut := run(t, "")
	if code != 1 || !strings.HasPrefix(errOut, "claimdiff: no X server answers on the display "+display) || strings.Contains(errOut, "goroutine") {
		t.Errorf("exit %d, stderr: %q", code, errOut)
	}
	for _, name := range []string{"/private/tmp/launchd/org.xquartz:0", "host::0", "weird"} {
		if err := dialX(name); err != nil {
			t.Errorf("dialX(%q) = %v: a name it cannot read is GLFW's to judge", name, err)
		}
	}
}

// A GLFW panic (no OpenGL, the X server gone) becomes one sentence with a
// hint; any other panic is not taken for one.
func TestGraphicsFailureIsOneSentence(t *testing.T) {
	err := graphicsFailure(&glfw.Error{Code: glfw.APIUnavailable, Desc: "GLX: No GLXFBConfigs returned"})
	if err == nil || !strings.HasPrefix(err.Error(), "the window could not be opened: the graphics system did not start (") ||
		!strings.Contains(err.Error(), "No GLXFBConfigs") || !strings.Contains(cli.HintOf(err), "OpenGL") {
		t.Errorf("error %v, hint %q", err, cli.HintOf(err))
	}
	defer func() {
		if r := recover(); r != "boom" {
			t.Errorf("another panic became %v", r)
		}
	}()
	graphicsFailure("boom")
	t.Error("graphicsFailure returned on a panic that is not GLFW's")
}

// Fyne only logs a failure to create the window (and then runs with none):
// fyneLog keeps it, with its cause, for one sentence, and passes every
// other log line on.
func TestFyneLogKeepsTheWindowFailure(t *testing.T) {
	var out bytes.Buffer
	l := &fyneLog{out: &out}
	for _, line := range []string{
		"2026/11/29 17:16:21 Fyne error:  Preferences load error:\n",
		"2026/11/29 17:16:21   Cause: EOF\n",
		"2026/11/29 17:16:21 Fyne error:  window creation error\n",
		"2026/11/29 17:16:21   Cause: APIUnavailable: GLX: GLX extension not found\n",
		"2026/11/29 17:16:21   At: /somewhere/driver.go:147\n",
		"a line of the app's own\n",
	} {
		l.Write([]byte(line))
	}
	cause, failed := l.windowFailed()
	if !failed || cause != "APIUnavailable: GLX: GLX extension not found" {
		t.Errorf("windowFailed() = %q, %v", cause, failed)
	}
	if got := out.String(); !strings.Contains(got, "Preferences load error") || !strings.Contains(got, "Cause: EOF") ||
		!strings.Contains(got, "a line of the app's own") || strings.Contains(got, "window creation") || strings.Contains(got, "GLX") {
		t.Errorf("passed on:\n%s", got)
	}
	if _, failed := (&fyneLog{out: &out}).windowFailed(); failed {
		t.Error("a fresh log reports a failure")
	}
}

// TestAfterQuit checks that a panic of the window's loop once the quit has
// begun ends the window quietly (Fyne's mouse event on a destroyed window),
// while before the quit a GLFW panic is a failure and any other goes on.
func TestAfterQuit(t *testing.T) {
	t.Setenv("CLAIMDIFF_DEBUG", "")
	var out strings.Builder
	if err := afterQuit("runtime error: invalid memory address or nil pointer dereference", true, &out); err != nil || out.Len() != 0 {
		t.Errorf("after the quit: %v, %q", err, out.String())
	}
	if err := afterQuit(&glfw.Error{Code: glfw.APIUnavailable, Desc: "GLX: No GLXFBConfigs returned"}, false, &out); err == nil {
		t.Error("a GLFW panic before the quit is no failure")
	}
	defer func() {
		if recover() == nil {
			t.Error("another panic before the quit was swallowed")
		}
	}()
	_ = afterQuit("boom", false, &out)
}
