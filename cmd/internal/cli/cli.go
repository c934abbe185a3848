// Package cli is Claimdiff's command line: the subcommands, their flags,
// opening the archive and reporting errors. It wires the engine (compare)
// and the archive (data) together and never imports the window: the
// claimdiff command adds the window to it (Window), and claimdiff-cli, a
// build without Fyne, runs it as it is, on machines with no display or
// OpenGL, and without Fyne's start-up cost.
package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"runtime/debug"
	"sort"
	"strings"
	"syscall"
)

// version is set at link time (-ldflags "-X
// github.com/claimdiff/claimdiff/cmd/internal/cli.version=..."); FyneApp.toml
// holds the same number for packaging.
var version = "0.1.0"

// Window opens the desktop window; the claimdiff command sets it before
// calling Main. Where it is nil (claimdiff-cli), the window command says
// which program has the window, and no command prints the help.
var Window func(ctx context.Context, env *Env, args []string) error

// Env is what a subcommand may touch: its streams and the resolved database
// path. Tests build one with buffers.
type Env struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	// DBPath is the archive file: --db, else $CLAIMDIFF_DB, else the default
	// in the user's data folder.
	DBPath string
	// Color is true when Stdout is a terminal that takes ANSI colours.
	Color bool
}

type command struct {
	name    string
	args    string // usage after the name
	summary string
	run     func(ctx context.Context, env *Env, args []string) error
}

// extraCommands are registered by the other files of this package, each in
// its own init, so that a subcommand lives next to its flags.
var extraCommands []command

// helpOrder is the order help lists the subcommands in.
var helpOrder = []string{"window", "compare", "relate", "import", "claims", "search", "statements", "reanalyse", "export", "eval", "help", "version"}

// commands returns every subcommand in help order.
func commands() []command {
	all := append([]command{
		{"help", "[COMMAND]", "list the commands, or show one command's options", runHelp},
		{"version", "", "print the version", runVersion},
	}, extraCommands...)
	if Window != nil {
		all = append(all, command{"window", "", "open the desktop window (the default)", Window})
	}
	rank := func(name string) int {
		for i, n := range helpOrder {
			if n == name {
				return i
			}
		}
		return len(helpOrder)
	}
	sort.SliceStable(all, func(i, j int) bool { return rank(all[i].name) < rank(all[j].name) })
	return all
}

// UsageError is a mistake in how the command was called; it exits with 2.
type UsageError struct{ Msg string }

func (e *UsageError) Error() string { return e.Msg }

// Hinted is an error with a sentence for the user saying what to do.
type Hinted struct {
	Err  error
	Hint string
}

// Hint wraps err with advice for the user, which Main prints under it.
func Hint(err error, hint string) error { return &Hinted{Err: err, Hint: hint} }

// HintOf returns the first hint in err's chain: a Hinted's, or the Hint
// method that errors of the data layer carry.
func HintOf(err error) string {
	var h *Hinted
	if errors.As(err, &h) && h.Hint != "" {
		return h.Hint
	}
	var hm interface{ Hint() string }
	if errors.As(err, &hm) {
		return hm.Hint()
	}
	return ""
}

func (e *Hinted) Error() string { return e.Err.Error() }
func (e *Hinted) Unwrap() error { return e.Err }

// Main runs claimdiff with args and returns the exit code. It never lets a Go
// panic reach the user as a trace: the panic is reported in one sentence and
// its stack goes to $CLAIMDIFF_DEBUG only when set.
func Main(args []string, stdin io.Reader, stdout, stderr io.Writer) (code int) {
	defer catch(stderr, &code)
	env := &Env{Stdin: stdin, Stdout: stdout, Stderr: stderr, Color: isTerminal(stdout)}
	args, err := globalFlags(env, args)
	if err != nil {
		return report(stderr, err)
	}
	name := "window"
	if Window == nil {
		name = "help"
	}
	if len(args) > 0 {
		name, args = args[0], args[1:]
	}
	if name == "window" && Window == nil {
		return report(stderr, Hint(errors.New("this program has no window"),
			"claimdiff-cli is the terminal commands alone, without Fyne; the claimdiff program opens the window"))
	}
	// The flags every program answers, as the commands they stand for.
	switch name {
	case "-h", "-help", "--help":
		name = "help"
	case "-version", "--version":
		name = "version"
	}
	cmd, ok := lookup(name)
	if !ok {
		return report(stderr, &UsageError{fmt.Sprintf("unknown command %q; run '%s help' for the list", name, program())})
	}
	if cmd.name == "window" {
		// No context cancelled by SIGINT and SIGTERM: Fyne's driver catches
		// them once its loop starts and quits the window, and runWindow
		// arms its exit watchdog on them.
		return report(stderr, cmd.run(context.Background(), env, args))
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	// Fyne's driver locks the main goroutine to the main thread, where the
	// window must be drawn. A terminal command runs on a goroutine of its
	// own instead: on the locked thread every wait (a channel, SQLite's cgo
	// calls) hands the goroutine back to that one thread, and importing 500
	// files made 289,000 futex calls instead of 8,000, at half the speed.
	done := make(chan int)
	go func() {
		code := 0
		defer func() { done <- code }()
		defer catch(stderr, &code)
		code = report(stderr, cmd.run(ctx, env, args))
	}()
	return <-done
}

// catch turns a panic into one sentence on stderr and exit code 70; it
// must be deferred.
func catch(stderr io.Writer, code *int) {
	if r := recover(); r != nil {
		fmt.Fprintf(stderr, "%s: internal error: %v. Please report it with the command you ran.\n", program(), r)
		if os.Getenv("CLAIMDIFF_DEBUG") != "" {
			stderr.Write(debug.Stack())
		}
		*code = 70
	}
}

// globalFlags takes --db PATH (or --db=PATH) from the front of args.
func globalFlags(env *Env, args []string) ([]string, error) {
	env.DBPath = os.Getenv("CLAIMDIFF_DB")
	for len(args) > 0 {
		a := args[0]
		switch {
		case a == "--db" || a == "-db":
			if len(args) < 2 {
				return nil, &UsageError{"--db needs a file path"}
			}
			env.DBPath, args = args[1], args[2:]
		case strings.HasPrefix(a, "--db="):
			env.DBPath, args = strings.TrimPrefix(a, "--db="), args[1:]
		default:
			return args, nil
		}
	}
	return args, nil
}

func lookup(name string) (command, bool) {
	for _, c := range commands() {
		if c.name == name {
			return c, true
		}
	}
	return command{}, false
}

// report prints err as one or two sentences and returns the exit code.
func report(stderr io.Writer, err error) int {
	if err == nil {
		return 0
	}
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	var ue *UsageError
	if errors.As(err, &ue) {
		fmt.Fprintf(stderr, "%s: %s\n", program(), ue.Msg)
		return 2
	}
	if errors.Is(err, context.Canceled) {
		fmt.Fprintf(stderr, "%s: interrupted\n", program())
		return 130
	}
	fmt.Fprintf(stderr, "%s: %s\n", program(), sentence(err.Error()))
	if hint := HintOf(err); hint != "" {
		fmt.Fprintf(stderr, "  %s\n", hint)
	}
	return 1
}

// sentence ends msg with a full stop unless it already ends a sentence.
func sentence(msg string) string {
	msg = strings.TrimSpace(msg)
	if msg == "" || strings.HasSuffix(msg, ".") || strings.HasSuffix(msg, "?") || strings.HasSuffix(msg, "!") {
		return msg
	}
	return msg + "."
}

// newFlags returns a FlagSet for a subcommand that prints its usage to stderr
// and returns errors instead of exiting.
func newFlags(env *Env, name, args string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	fs.Usage = func() {
		fmt.Fprintf(env.Stderr, "usage: %s %s %s\n", program(), name, args)
		fs.PrintDefaults()
	}
	return fs
}

// archiveFlag lets a command that opens the archive take --db after its
// name too ("claimdiff claims --db b.db"), as well as before it.
func archiveFlag(fs *flag.FlagSet, env *Env) {
	fs.StringVar(&env.DBPath, "db", env.DBPath, "the archive `file` (as --db before the command)")
}

// parseFlags parses args, allowing flags after positional arguments
// ("compare a.txt b.txt --format json"), which Go's flag package stops at.
func parseFlags(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, err
			}
			return nil, &UsageError{err.Error()}
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		if args[0] == "-" { // stdin as a positional argument
			pos, args = append(pos, "-"), args[1:]
			continue
		}
		pos, args = append(pos, args[0]), args[1:]
		if len(args) == 0 {
			return pos, nil
		}
	}
}

func runHelp(_ context.Context, env *Env, args []string) error {
	if len(args) > 0 {
		c, ok := lookup(args[0])
		if !ok {
			return &UsageError{fmt.Sprintf("unknown command %q", args[0])}
		}
		fmt.Fprintf(env.Stdout, "%s %s %s\n  %s\n", program(), c.name, c.args, c.summary)
		if c.name != "help" && c.name != "version" && c.name != "window" {
			fmt.Fprintf(env.Stdout, "Run '%s %s -h' for its options.\n", program(), c.name)
		}
		return nil
	}
	w := env.Stdout
	fmt.Fprintf(w, "Claimdiff %s: compare accounts of one claim, in Arabic and English.\n\n", version)
	fmt.Fprintf(w, "usage: %s [--db PATH] [COMMAND [ARGS]]\n", program())
	if Window != nil {
		fmt.Fprintln(w, "\nWith no command, claimdiff opens the desktop window. Commands:")
	} else {
		fmt.Fprintln(w, "\nThis program has the terminal commands only; the claimdiff program also opens the window. Commands:")
	}
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-11s %s\n", c.name, c.summary)
	}
	fmt.Fprintf(w, "\nThe archive is %s\n(set it with --db PATH or the CLAIMDIFF_DB environment variable).\n", displayDBPath(env))
	return nil
}

// program is the name the user typed for this program: claimdiff, or
// claimdiff-cli when there is no window.
func program() string {
	if Window == nil {
		return "claimdiff-cli"
	}
	return "claimdiff"
}

func runVersion(_ context.Context, env *Env, _ []string) error {
	fmt.Fprintf(env.Stdout, "%s %s\n", program(), version)
	return nil
}

// displayDBPath is the archive path as help shows it.
func displayDBPath(env *Env) string {
	p, err := dbPath(env)
	if err != nil {
		return "(no data folder: " + err.Error() + ")"
	}
	return p
}

// dbPath resolves the archive file: the flag or variable, else
// $XDG_DATA_HOME/claimdiff/claimdiff.db (~/.local/share on Linux).
func dbPath(env *Env) (string, error) {
	if env.DBPath != "" {
		return env.DBPath, nil
	}
	dir := os.Getenv("XDG_DATA_HOME")
	if dir == "" || !filepath.IsAbs(dir) {
		home, err := os.UserHomeDir()
		if err != nil {
			return "", Hint(errors.New("cannot find your home folder"), "Set CLAIMDIFF_DB to the archive file to use.")
		}
		dir = filepath.Join(home, ".local", "share")
	}
	return filepath.Join(dir, "claimdiff", "claimdiff.db"), nil
}

// isTerminal reports whether w is a character device that takes colours.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok || os.Getenv("NO_COLOR") != "" || os.Getenv("TERM") == "dumb" {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}
