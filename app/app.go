// Package app is Claimdiff's window, built with Fyne. It never imports
// fyne.io/fyne/v2/app, so its tests run on Fyne's headless test driver; main
// creates the Fyne application and hands it in.
package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/claimdiff/claimdiff/app/style"
)

// UI is the main window and its panes.
type UI struct {
	app fyne.App
	win fyne.Window
}

// New builds the main window on a. It does not show it.
func New(a fyne.App) *UI {
	a.Settings().SetTheme(&style.Theme{})
	a.SetIcon(style.Icon)
	u := &UI{app: a, win: a.NewWindow("Claimdiff")}
	u.win.SetContent(container.NewStack(widget.NewLabel("Claimdiff")))
	u.win.Resize(fyne.NewSize(1280, 800))
	return u
}

// Window is the main window.
func (u *UI) Window() fyne.Window { return u.win }
