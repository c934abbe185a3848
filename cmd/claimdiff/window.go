package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"runtime"
	"strings"

	fyneapp "fyne.io/fyne/v2/app"

	"github.com/claimdiff/claimdiff/app"
)

// appID matches FyneApp.toml; it is set here because the binary is built with
// go build, which does not read that file.
const appID = "org.claimdiff.claimdiff"

func runWindow(ctx context.Context, env *Env, args []string) error {
	if len(args) > 0 {
		return &UsageError{"window takes no arguments"}
	}
	if err := checkDisplay(); err != nil {
		return err
	}
	a := fyneapp.NewWithID(appID)
	// The archive chosen in Preferences, unless --db or CLAIMDIFF_DB names one.
	fromPrefs := ""
	if p := a.Preferences().String(app.PrefDatabase); p != "" && env.DBPath == "" {
		env.DBPath, fromPrefs = p, p
	}
	st, err := openArchive(ctx, env)
	var notice error
	if err != nil && fromPrefs != "" {
		// A window started from the desktop menu has no terminal to print
		// to: it would show nothing at all. It opens the default archive
		// and says why.
		notice, env.DBPath = err, ""
		st, err = openArchive(ctx, env)
	}
	if err != nil {
		return err
	}
	defer st.Close()
	ui := app.New(ctx, a, st)
	if notice != nil {
		msg := fmt.Sprintf("The archive file chosen in Preferences could not be opened:\n%v.", notice)
		if h := hintOf(notice); h != "" && !strings.Contains(h, "--db") {
			msg += "\n" + h
		}
		ui.Notify("Archive not opened", msg+"\n\nThis window uses the default archive, "+st.Path()+
			". Choose another file in File › Preferences › Archive file, or leave it empty for the default.")
	}
	ui.Start()
	ui.Window().ShowAndRun()
	return nil
}

// checkDisplay fails early, in one sentence, where GLFW would otherwise
// print a driver error: on Linux without an X11 or Wayland display.
func checkDisplay() error {
	if runtime.GOOS != "linux" && runtime.GOOS != "freebsd" {
		return nil
	}
	if os.Getenv("DISPLAY") == "" && os.Getenv("WAYLAND_DISPLAY") == "" {
		return hinted(errors.New("there is no display to open the window on (DISPLAY is not set)"),
			"Run claimdiff from a desktop session, or use a command such as 'claimdiff compare' (see 'claimdiff help').")
	}
	return nil
}
