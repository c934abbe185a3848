// Command emptywindow opens a bare Fyne window of Claimdiff's size with one
// label and nothing of Claimdiff in it: the reference scripts/measure.sh
// measures in the same run, so that the window's memory can be read as what
// Fyne and the graphics stack cost before any claim is drawn, and what
// Claimdiff adds to it.
package main

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/widget"
)

func main() {
	a := app.NewWithID("org.claimdiff.emptywindow")
	w := a.NewWindow("Empty window")
	w.SetContent(widget.NewLabel("An empty Fyne window"))
	w.Resize(fyne.NewSize(1280, 800)) // as app.New sizes Claimdiff's window
	w.ShowAndRun()
}
