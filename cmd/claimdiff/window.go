package main

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"log"
	"net"
	"os"
	"os/signal"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"
	"github.com/go-gl/glfw/v3.3/glfw"

	"github.com/claimdiff/claimdiff/app"
	"github.com/claimdiff/claimdiff/cmd/internal/cli"
)

// appID matches FyneApp.toml; it is set here because the binary is built with
// go build, which does not read that file.
const appID = "org.claimdiff.claimdiff"

func runWindow(ctx context.Context, env *cli.Env, args []string) (err error) {
	var watch *exitWatchdog
	defer func() {
		if r := recover(); r != nil {
			err = afterQuit(r, watch != nil && watch.armed.Load(), env.Stderr)
		}
	}()
	if len(args) > 0 {
		return &cli.UsageError{Msg: "window takes no arguments"}
	}
	if err := checkDisplay(); err != nil {
		return err
	}
	flog := &fyneLog{out: env.Stderr}
	log.SetOutput(flog)
	defer log.SetOutput(os.Stderr)
	a := fyneapp.NewWithID(appID)
	// Fyne may have lost its preferences file (see app.RestorePrefs): what
	// it lost comes back from Claimdiff's copy, before the archive is chosen.
	prefCopy := app.PrefCopyPath(a)
	if keys, err := app.RestorePrefs(a.Preferences(), prefCopy); err != nil {
		fmt.Fprintf(env.Stderr, "claimdiff: %v\n", err)
	} else if len(keys) > 0 {
		fmt.Fprintf(env.Stderr, "claimdiff: the preferences file had lost %s; restored from %s\n", strings.Join(keys, ", "), prefCopy)
	}
	if err := app.SavePrefCopy(a.Preferences(), prefCopy); err != nil {
		fmt.Fprintf(env.Stderr, "claimdiff: %v\n", err)
	}
	// The archive chosen in Preferences, unless --db or CLAIMDIFF_DB names one.
	fromPrefs := ""
	if p := a.Preferences().String(app.PrefDatabase); p != "" && env.DBPath == "" {
		env.DBPath, fromPrefs = p, p
	}
	st, err := cli.OpenArchive(ctx, env)
	var notice error
	if err != nil && fromPrefs != "" {
		// A window started from the desktop menu has no terminal to print
		// to: it would show nothing at all. It opens the default archive
		// and says why.
		notice, env.DBPath = err, ""
		st, err = cli.OpenArchive(ctx, env)
	}
	if err != nil {
		return err
	}
	defer st.Close()
	ui := app.New(ctx, a, st)
	ui.KeepPrefCopy(prefCopy)
	if notice != nil {
		msg := fmt.Sprintf("The archive file chosen in Preferences could not be opened:\n%v.", notice)
		if h := cli.HintOf(notice); h != "" && !strings.Contains(h, "--db") {
			msg += "\n" + h
		}
		ui.Notify("Archive not opened", msg+"\n\nThis window uses the default archive, "+st.Path()+
			". Choose another file in File › Preferences › Archive file, or leave it empty for the default.")
	}
	// Fyne may hang on quitting (see exitWatchdog): whichever way the quit
	// comes, by the window or by SIGINT or SIGTERM, the process ends within
	// exitGrace. A signal also quits by the window's way, which saves the
	// notes typed: Fyne's driver catches the signals too, but only once its
	// loop runs, and quits without saving them.
	watch = &exitWatchdog{grace: exitGrace, log: env.Stderr, exit: func() {
		st.Close()
		os.Exit(0)
	}}
	ui.OnQuit(watch.arm)
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, os.Interrupt, syscall.SIGTERM)
	go func() {
		<-sig
		watch.arm()
		fyne.Do(ui.QuitNow)
	}()
	ui.Start()
	// Fyne creates the window in Show, before its loop runs.
	ui.Window().Show()
	if cause, failed := flog.windowFailed(); failed {
		return graphicsError(cause)
	}
	a.Run()
	return nil
}

// afterQuit is what a panic of the window's loop comes to. Once the quit
// has begun (quitting), Fyne 2.7 may still hand the event loop a mouse
// event for the window it has destroyed, and panics in GLFW on the nil
// window (processMouseMoved -> SetInputMode, seen under load on SIGTERM).
// Every edit was written before the quit was asked (UI.quit), so such a
// panic ends the process as the quit would have: quietly, unless
// CLAIMDIFF_DEBUG asks for the stack. Before the quit, a panic is a
// failure (graphicsFailure).
func afterQuit(r any, quitting bool, stderr io.Writer) error {
	if !quitting {
		return graphicsFailure(r)
	}
	if os.Getenv("CLAIMDIFF_DEBUG") != "" {
		fmt.Fprintf(stderr, "claimdiff: the window's loop panicked after quitting (ignored): %v\n%s", r, debug.Stack())
	}
	return nil
}

// graphicsFailure turns a panic of GLFW, the library under Fyne's window
// (no OpenGL on the display, an X server gone), into a sentence that says
// what to check; any other panic goes on.
func graphicsFailure(r any) error {
	e, ok := r.(*glfw.Error)
	if !ok {
		panic(r)
	}
	return graphicsError(e.Error())
}

func graphicsError(cause string) error {
	return cli.Hint(fmt.Errorf("the window could not be opened: the graphics system did not start (%s)", cause),
		"The window needs an X11 display with OpenGL (Mesa's libgl1-mesa-dri on Debian and Ubuntu; 'make deps' installs it). Commands such as 'claimdiff compare' need neither.")
}

// fyneLog passes Fyne's log lines on, except those of a failure to create
// the window, which it keeps for runWindow to report as one sentence. Fyne
// 2.7 only logs that failure, and then runs its loop with no window at all:
// the process would stay, showing nothing.
type fyneLog struct {
	mu       sync.Mutex
	out      io.Writer
	failed   bool   // a window could not be created
	cause    string // why, as Fyne's log gave it
	skipping bool   // inside the failure's lines
}

func (l *fyneLog) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	line := string(p)
	switch {
	case strings.Contains(line, "Fyne error:") && strings.Contains(line, "window creation error"):
		l.failed, l.skipping = true, true
		return len(p), nil
	case l.skipping && strings.Contains(line, "  Cause: "):
		_, l.cause, _ = strings.Cut(line, "  Cause: ")
		l.cause = strings.TrimSpace(l.cause)
		return len(p), nil
	case l.skipping && strings.Contains(line, "  At: "):
		l.skipping = false
		return len(p), nil
	}
	l.skipping = false
	return l.out.Write(p)
}

// windowFailed reports whether Fyne logged that it could not create a
// window, and why.
func (l *fyneLog) windowFailed() (string, bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return cmp.Or(l.cause, "no reason given"), l.failed
}

// checkDisplay fails early, in one sentence, where GLFW would otherwise
// print a driver error and fail inside Fyne: on Linux without an X11 or
// Wayland display, or with a DISPLAY no X server answers on.
func checkDisplay() error {
	if runtime.GOOS != "linux" && runtime.GOOS != "freebsd" {
		return nil
	}
	d, w := os.Getenv("DISPLAY"), os.Getenv("WAYLAND_DISPLAY")
	if d == "" && w == "" {
		return cli.Hint(errors.New("there is no display to open the window on (DISPLAY is not set)"),
			"Run claimdiff from a desktop session, or use a command such as 'claimdiff compare' (see 'claimdiff help').")
	}
	if d == "" {
		return nil
	}
	if err := dialX(d); err != nil {
		return cli.Hint(fmt.Errorf("no X server answers on the display %s (DISPLAY): %w", d, err),
			"Check that the desktop session (or Xvfb) is running and that DISPLAY names it.")
	}
	return nil
}

// dialX connects to the X server that an X11 display name names
// ([protocol/][host]:number[.screen]) the way Xlib does: a local display by its
// socket in /tmp/.X11-unix (on Linux also by its abstract twin), a host
// by TCP port 6000+number. A name it cannot read is let through to
// GLFW, which knows more forms (a launchd path on a Mac).
func dialX(display string) error {
	host, rest, ok := strings.Cut(display, ":")
	if !ok || strings.HasPrefix(rest, ":") { // DECnet's host::n
		return nil
	}
	num, _, _ := strings.Cut(rest, ".")
	n, err := strconv.Atoi(num)
	if err != nil || n < 0 {
		return nil
	}
	proto := ""
	if p, h, ok := strings.Cut(host, "/"); ok {
		if p != "unix" && p != "tcp" && p != "inet" {
			return nil // a path
		}
		proto, host = p, h
	}
	var tries [][2]string
	if proto != "tcp" && proto != "inet" && (host == "" || host == "unix") {
		sock := "/tmp/.X11-unix/X" + strconv.Itoa(n)
		tries = append(tries, [2]string{"unix", sock}, [2]string{"unix", "@" + sock})
	}
	if proto != "unix" && host != "unix" {
		tries = append(tries, [2]string{"tcp", net.JoinHostPort(cmp.Or(host, "localhost"), strconv.Itoa(6000+n))})
	}
	var first error
	for _, t := range tries {
		c, err := net.DialTimeout(t[0], t[1], 2*time.Second)
		if err == nil {
			c.Close()
			return nil
		}
		first = cmp.Or(first, err)
	}
	return first
}
