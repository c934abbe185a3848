// Package app is Claimdiff's window, built with Fyne. It never imports
// fyne.io/fyne/v2/app, so its tests run on Fyne's headless test driver; main
// creates the Fyne application and hands it in.
//
// Every pane loads in a goroutine and applies its result with fyne.Do (see
// ui.async), so the window never waits on the archive.
//
// # Background work
//
// ui.async and ui.spawn start it (loads, saves, imports, exports, the text
// view's measuring), and results come back with fyne.Do. Tests set
// UI.inline, so that the work runs on the test's goroutine: Fyne's test
// driver runs fyne.Do on the calling goroutine, and the race detector found
// widgets touched from two goroutines before that.
//
// # Keys and dialogs
//
// F7, n and p reach UI.onTypedKey only when nothing has the focus, so the
// text views pass keys on (textview.passKey) and check boxes, radio buttons and pickers
// give the focus back (UI.release); Shift+F7 is read from the driver's
// modifiers. Fyne's dialogs take no keys: UI.showDialog keeps a stack of the
// open ones so that Escape closes the top one (Enter too for a message, never
// for a question), and keys do not reach the window below.
//
// # Nothing lost
//
// A verdict or note is saved when the journalist moves to another pair or
// closes the window; one whose save failed (a read-only archive) is kept
// (comparePane.failed) until it is saved or the journalist chooses to close
// without it. Error dialogs (UI.showError) add the hint of data's typed
// errors. Fyne rewrites its preferences file in place, and a process killed
// meanwhile leaves it empty: prefcopy.go keeps a copy beside it, written
// atomically after each change, and RestorePrefs restores at start what
// Fyne's file lost.
//
// # Memory
//
// Under a software renderer every text object is a texture in the process's
// heap, so package textview draws a run of words as one text. A claim's pairs
// point at its statements (Store.PairsAmong, which points them at the
// statements the window already holds). Fonts dominate the Go heap: Fyne
// parses each font again for every text style, so package style gives Fyne's
// default text fonts Claimdiff Sans's bytes and answers with them (theme font
// and fallback are one parse); textview parses each font once, without its
// glyph outlines, and shares it between shapers; settle hands start-up's
// garbage back to the system once the window has drawn.
//
// # Fyne gaps filled here
//
// Right-to-left layout (package textview), and a scroll report for
// widget.List (DocumentView.OnScrolled, which reaches into the list's
// scroller by reflection; its test fails if a Fyne upgrade moves it).
package app
