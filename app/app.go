// Package app is Claimdiff's window, built with Fyne. It never imports
// fyne.io/fyne/v2/app, so its tests run on Fyne's headless test driver; main
// creates the Fyne application and hands it in.
//
// Every pane loads in a goroutine and applies its result with fyne.Do (see
// ui.async), so the window never waits on the archive.
package app

import (
	"context"
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"

	"github.com/claimdiff/claimdiff/app/style"
	"github.com/claimdiff/claimdiff/data"
)

// UI is the main window and its panes.
type UI struct {
	app   fyne.App
	win   fyne.Window
	store *data.Store
	ctx   context.Context

	claims  *claimsPane
	claim   *claimPane
	compare *comparePane
}

// New builds the main window on a, reading and writing st. It does not show
// the window; call Load to fill it.
func New(ctx context.Context, a fyne.App, st *data.Store) *UI {
	a.Settings().SetTheme(&style.Theme{})
	a.SetIcon(style.Icon)
	u := &UI{app: a, win: a.NewWindow("Claimdiff"), store: st, ctx: ctx}
	u.compare = newComparePane(u)
	u.claim = newClaimPane(u)
	u.claims = newClaimsPane(u)

	right := container.NewVSplit(u.claim.build(), u.compare.build())
	right.Offset = 0.36
	main := container.NewHSplit(u.claims.build(), right)
	main.Offset = 0.22
	u.win.SetContent(main)
	u.win.SetMainMenu(u.menu())
	u.shortcuts()
	u.win.Resize(fyne.NewSize(1280, 800))
	return u
}

// Window is the main window.
func (u *UI) Window() fyne.Window { return u.win }

// Load reads the claims and selects the first one. It blocks until the
// panes are filled; tests call it directly.
func (u *UI) Load(ctx context.Context) error {
	return u.claims.update(ctx, 0)
}

// Start fills the window in the background; an error shows as a dialog.
func (u *UI) Start() { u.async("open the archive", u.Load) }

func (u *UI) menu() *fyne.MainMenu {
	file := fyne.NewMenu("File",
		fyne.NewMenuItem("New claim…", u.claims.onNew),
		fyne.NewMenuItem("Rename claim…", u.claims.onRename),
		fyne.NewMenuItem("Delete claim…", u.claims.onDelete),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem("Export claim report…", u.onExport),
	)
	view := fyne.NewMenu("View",
		fyne.NewMenuItem("Find", func() { u.win.Canvas().Focus(u.claims.search) }),
		fyne.NewMenuItem("Next pair", func() { u.claim.step(1) }),
		fyne.NewMenuItem("Previous pair", func() { u.claim.step(-1) }),
	)
	return fyne.NewMainMenu(file, view)
}

// shortcuts binds the keys of the menus: Ctrl+N new claim, Ctrl+F find,
// Ctrl+E export, F7 / Shift+F7 next and previous pair, Ctrl+Q quit.
func (u *UI) shortcuts() {
	c := u.win.Canvas()
	ctrl := fyne.KeyModifierShortcutDefault
	c.AddShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyN, Modifier: ctrl}, func(fyne.Shortcut) { u.claims.onNew() })
	c.AddShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyF, Modifier: ctrl}, func(fyne.Shortcut) { c.Focus(u.claims.search) })
	c.AddShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyE, Modifier: ctrl}, func(fyne.Shortcut) { u.onExport() })
	c.AddShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyQ, Modifier: ctrl}, func(fyne.Shortcut) { u.app.Quit() })
	c.AddShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyF7, Modifier: fyne.KeyModifierShift}, func(fyne.Shortcut) { u.claim.step(-1) })
	c.SetOnTypedKey(func(e *fyne.KeyEvent) {
		if e.Name == fyne.KeyF7 {
			u.claim.step(1)
		}
	})
}

// async runs load off the UI goroutine and hands its error, if any, to the
// UI as a dialog. load applies its own results with fyne.Do.
func (u *UI) async(what string, load func(ctx context.Context) error) {
	go func() {
		if err := load(u.ctx); err != nil {
			fyne.Do(func() { u.showError(what, err) })
		}
	}()
}

// showError shows err as a sentence, never a trace.
func (u *UI) showError(what string, err error) {
	dialog.ShowError(fmt.Errorf("%s: %w", what, err), u.win)
}
