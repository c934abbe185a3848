package app

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"image/color"
	"os"
	"runtime/debug"
	"slices"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"github.com/claimdiff/claimdiff/app/style"
	"github.com/claimdiff/claimdiff/app/textview"
	"github.com/claimdiff/claimdiff/compare/textnorm"
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
	right   *container.Split // the claim above the comparison
	shift   bool             // a Shift key is down (onKeyDown)
	picking bool             // a file or folder dialog is open: a second would lie on top of it
	inline  bool             // run background work on the caller's goroutine (spawn)
	column  *fyne.Container  // right, or the comparison alone while two sources are compared
	cmpObj  fyne.CanvasObject
	notices [][2]string   // title and message of each message to show once loaded (Notify)
	dialogs []*openDialog // on screen, the last on top (showDialog)
	onQuit  func()        // called as the window is asked to quit (OnQuit)
	// prefCopy is the file that keeps a copy of the preferences after each
	// change (KeepPrefCopy); empty keeps none.
	prefCopy string
}

// New builds the main window on a, reading and writing st. It does not show
// the window; call Load to fill it.
func New(ctx context.Context, a fyne.App, st *data.Store) *UI {
	a.Settings().SetTheme(themeFromPrefs(a.Preferences()))
	a.SetIcon(style.Icon)
	u := &UI{app: a, win: a.NewWindow("Claimdiff"), store: st, ctx: ctx}
	u.compare = newComparePane(u, ignoreFromPrefs(a.Preferences()))
	u.claim = newClaimPane(u)
	u.claims = newClaimsPane(u)

	u.cmpObj = u.compare.build()
	u.right = container.NewVSplit(u.claim.build(), u.cmpObj)
	u.right.Offset = 0.5
	u.column = container.NewStack(u.right)
	main := container.NewHSplit(container.NewStack(minSize(190, 0), u.claims.build()), u.column)
	main.Offset = 0.22
	// The window's smallest size: below it the panes overlap (Fyne takes
	// the content's minimum as the window's).
	u.win.SetContent(container.NewStack(minSize(1000, 640), main))
	u.win.SetMainMenu(u.menu())
	u.win.SetOnDropped(u.onDropped)
	u.win.SetCloseIntercept(u.quit)
	u.shortcuts()
	u.win.Resize(fyne.NewSize(1280, 800))
	return u
}

// minSize is an invisible object of size w x h, which holds a container
// open to at least that size.
func minSize(w, h float32) fyne.CanvasObject {
	r := canvas.NewRectangle(color.Transparent)
	r.SetMinSize(fyne.NewSize(w, h))
	return r
}

// fullHeight gives the comparison the whole right column (on) or shares it
// with the claim pane again: two whole sources side by side need the height
// more than the pair list does.
func (u *UI) fullHeight(on bool) {
	if u.column == nil {
		return
	}
	if on {
		u.right.Trailing = layout.NewSpacer()
		u.column.Objects = []fyne.CanvasObject{u.cmpObj}
	} else {
		u.right.Trailing = u.cmpObj
		u.column.Objects = []fyne.CanvasObject{u.right}
	}
	u.right.Refresh()
	u.column.Refresh()
}

// OnQuit sets f to be called, on the UI goroutine, each time the window
// is about to ask Fyne to quit (after the unsaved edits are written): main
// uses it to make sure the process ends (see cmd/claimdiff's exitWatchdog).
func (u *UI) OnQuit(f func()) { u.onQuit = f }

// end asks Fyne to quit.
func (u *UI) end() {
	if u.onQuit != nil {
		u.onQuit()
	}
	u.app.Quit()
}

// Window is the main window.
func (u *UI) Window() fyne.Window { return u.win }

// Load reads the claims and selects the first one. It blocks until the
// panes are filled; tests call it directly.
func (u *UI) Load(ctx context.Context) error {
	return u.claims.update(ctx, 0)
}

// Start fills the window in the background; an error shows as a dialog.
//
// CLAIMDIFF_SHOW opens the window in another state, for the screenshots
// script (there is no window manager to click with under Xvfb):
// "sources" compares the whole sources of the first pair (or the first two
// sources), "search:WORDS" searches the archive, "only-differences" is
// "sources" with only the differences shown, "rename:TITLE" renames the
// claim (and re-analyses it).
func (u *UI) Start() {
	show := os.Getenv("CLAIMDIFF_SHOW")
	u.async("open the archive", func(ctx context.Context) error {
		if err := u.Load(ctx); err != nil {
			return err
		}
		err := u.initialView(ctx, show)
		fyne.Do(func() {
			for _, n := range u.startupNotices() {
				u.inform(n[0], n[1])
			}
		})
		go settle()
		return err
	})
}

// quit saves a verdict or note typed and not saved, and those whose save
// failed earlier, then ends the app: closing the window, Ctrl+Q and File ›
// Quit all come here. It runs on the UI goroutine and writes directly,
// since nothing runs after it. When a save fails (a read-only archive) it
// asks before closing, since closing loses those edits.
func (u *UI) quit() {
	lost, firstErr := u.saveEdits()
	if len(lost) == 0 {
		u.end()
		return
	}
	msg := fmt.Sprintf("%s could not be saved: %v.\n\nClose anyway, and lose %s?", count(len(lost), "verdict or note"), firstErr, map[bool]string{true: "it", false: "them"}[len(lost) == 1])
	d := dialog.NewConfirm("Close without saving?", msg, func(ok bool) {
		if ok {
			u.end()
		}
	}, u.win)
	d.SetConfirmText("Close anyway")
	d.SetDismissText("Keep open")
	u.showDialog(d, false)
}

// QuitNow saves what quit saves and ends the app without asking: the
// session is ending (SIGTERM at logout, Ctrl+C in the terminal), and there
// is nobody to answer a dialog. Call it on the UI goroutine (fyne.Do).
func (u *UI) QuitNow() {
	u.saveEdits()
	u.end()
}

// saveEdits writes the verdicts and notes not yet saved, and returns those
// it could not write with the first error.
func (u *UI) saveEdits() (lost []data.Pair, firstErr error) {
	for _, pr := range u.compare.pendingEdits() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		err := u.store.SetVerdict(ctx, pr.ID, pr.Verdict, pr.Note)
		cancel()
		if err != nil {
			lost = append(lost, pr)
			firstErr = cmp.Or(firstErr, err)
		}
	}
	return lost, firstErr
}

// settle gives back to the system, once the window has drawn its first
// frames, the memory that start-up used and no longer needs: Fyne parses
// every font afresh for each text style (a megabyte or more a font), and
// the first views are built more than once. The Go runtime would return
// that memory too, but over minutes; until then it counts against the
// window's footprint.
func settle() {
	fyne.DoAndWait(func() {}) // the views are in place
	time.Sleep(time.Second)   // and drawn
	debug.FreeOSMemory()
}

// initialView puts the loaded window in the state show names (see Start).
func (u *UI) initialView(ctx context.Context, show string) error {
	switch {
	case show == "sources" || show == "only-differences":
		var a, b int64
		var ignore textnorm.Options
		fyne.DoAndWait(func() {
			if srcs := u.claim.detail.Sources; u.compare.hasPair {
				a, b = u.compare.pair.A.SourceID, u.compare.pair.B.SourceID
			} else if len(srcs) >= 2 {
				a, b = srcs[0].ID, srcs[1].ID
			}
			ignore = u.compare.ignore
		})
		if a == 0 {
			return nil
		}
		if err := u.compare.showSourcesSync(ctx, a, b, ignore); err != nil {
			return err
		}
		if show == "only-differences" {
			fyne.DoAndWait(func() { u.compare.docs.only.SetChecked(true) })
		}
		fyne.DoAndWait(func() { u.compare.docs.step(1) })
	case strings.HasPrefix(show, "rename:"):
		fyne.DoAndWait(func() { u.claims.rename(strings.TrimPrefix(show, "rename:")) })
	case strings.HasPrefix(show, "search:"):
		q := strings.TrimPrefix(show, "search:")
		fyne.DoAndWait(func() {
			u.claims.query = q
			u.claims.search.Text = q
			u.claims.search.Refresh()
			u.claims.previewQuery(q)
		})
		return u.claims.runSearch(ctx)
	}
	return nil
}

func (u *UI) menu() *fyne.MainMenu {
	// Shortcuts belong on menu items: Fyne's driver tries them first,
	// whatever has the focus, while a shortcut of the canvas never fires
	// when a text field has the focus (it takes every shortcut itself).
	ctrl := fyne.KeyModifierShortcutDefault
	key := func(k fyne.KeyName) fyne.Shortcut { return &desktop.CustomShortcut{KeyName: k, Modifier: ctrl} }
	item := func(label string, sc fyne.Shortcut, action func()) *fyne.MenuItem {
		it := fyne.NewMenuItem(label, action)
		it.Shortcut = sc
		return it
	}
	file := fyne.NewMenu("File",
		item("New claim…", key(fyne.KeyN), u.claims.onNew),
		fyne.NewMenuItem("Rename claim…", u.claims.onRename),
		fyne.NewMenuItem("Re-analyse claim", u.claims.onReanalyse),
		fyne.NewMenuItem("Delete claim…", u.claims.onDelete),
		fyne.NewMenuItemSeparator(),
		item("Add source…", key(fyne.KeyO), u.onAddFile),
		fyne.NewMenuItem("Add folder…", u.onAddFolder),
		fyne.NewMenuItem("Paste text…", u.onPaste),
		fyne.NewMenuItem("Add web address…", u.onAddURL),
		fyne.NewMenuItemSeparator(),
		item("Export claim report…", key(fyne.KeyE), u.onExport),
		fyne.NewMenuItem("Export comparison…", u.onExportComparison),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem("Preferences…", u.onPreferences),
		fyne.NewMenuItemSeparator(),
		// Fyne would add a Quit of its own that skips saving the note.
		&fyne.MenuItem{Label: "Quit", IsQuit: true, Shortcut: key(fyne.KeyQ), Action: u.quit},
	)
	view := fyne.NewMenu("View",
		item("Find", key(fyne.KeyF), func() { u.win.Canvas().Focus(u.claims.search) }),
		fyne.NewMenuItem("Next difference (F7, n)", func() { u.compare.step(1) }),
		fyne.NewMenuItem("Previous difference (Shift+F7, p)", func() { u.compare.step(-1) }),
		fyne.NewMenuItem("Compare the pair's whole sources", u.compare.onWhole),
		fyne.NewMenuItem("Back to the claim", u.compare.onBack),
	)
	return fyne.NewMainMenu(file, view)
}

// shortcuts binds the keys the menus do not: F7 / Shift+F7 or n / p next
// and previous difference (or pair). Ctrl+N, Ctrl+O, Ctrl+F, Ctrl+E and
// Ctrl+Q are the menus' (menu).
func (u *UI) shortcuts() {
	c := u.win.Canvas()
	// Fyne's driver makes no shortcut of Shift with a key alone: Shift+F7
	// arrives as a typed F7, so the canvas tracks Shift itself. This
	// registration serves drivers that do pass it as a shortcut.
	c.AddShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyF7, Modifier: fyne.KeyModifierShift}, func(fyne.Shortcut) { u.compare.step(-1) })
	if dc, ok := c.(desktop.Canvas); ok {
		dc.SetOnKeyDown(u.onKeyDown)
		dc.SetOnKeyUp(u.onKeyUp)
	}
	c.SetOnTypedKey(u.onTypedKey)
}

// onKeyDown and onKeyUp follow the Shift keys. They reach the canvas only
// when no field has the focus, as typed keys do.
func (u *UI) onKeyDown(e *fyne.KeyEvent) {
	if e.Name == desktop.KeyShiftLeft || e.Name == desktop.KeyShiftRight {
		u.shift = true
	}
}

func (u *UI) onKeyUp(e *fyne.KeyEvent) {
	if e.Name == desktop.KeyShiftLeft || e.Name == desktop.KeyShiftRight {
		u.shift = false
	}
}

// shiftHeld reports whether a Shift key is down: from the desktop driver,
// which knows; else from the key events the canvas saw.
func (u *UI) shiftHeld() bool {
	if d, ok := u.app.Driver().(desktop.Driver); ok {
		return d.CurrentKeyModifiers()&fyne.KeyModifierShift != 0
	}
	return u.shift
}

// release takes the focus from the check box, radio button or picker just
// clicked: typed keys reach the window's own handler (F7, n, p) only when
// nothing has the focus, and those widgets keep it after a click.
func (u *UI) release() {
	if c := u.win.Canvas(); c.Focused() != nil {
		switch c.Focused().(type) {
		case *widget.Entry, *escEntry, *noteEntry: // typing: keep it
		default:
			c.Unfocus()
		}
	}
}

// onTypedKey steps through the differences. Typed keys reach the canvas
// only when no field has the focus, so n and p never steal a letter being
// typed.
func (u *UI) onTypedKey(e *fyne.KeyEvent) {
	if n := len(u.dialogs); n > 0 {
		// Keys close the dialog on top, as on any desktop, and do not
		// move the window below it.
		top := u.dialogs[n-1]
		switch {
		case e.Name == fyne.KeyEscape:
			top.d.Hide()
		case (e.Name == fyne.KeyReturn || e.Name == fyne.KeyEnter) && top.enter:
			top.d.Hide()
		}
		return
	}
	switch e.Name {
	case fyne.KeyF7:
		if u.shiftHeld() {
			u.compare.step(-1)
		} else {
			u.compare.step(1)
		}
	case fyne.KeyN:
		u.compare.step(1)
	case fyne.KeyP:
		u.compare.step(-1)
	}
}

// async runs load off the UI goroutine and hands its error, if any, to the
// UI as a dialog. load applies its own results with fyne.Do.
func (u *UI) async(what string, load func(ctx context.Context) error) {
	u.spawn(func() {
		if err := load(u.ctx); err != nil {
			fyne.Do(func() { u.showError(what, err) })
		}
	})
}

// spawn starts background work: on a goroutine of its own, or, when
// inline is set, on the caller's goroutine. Tests set inline: Fyne's
// test driver runs fyne.Do on the calling goroutine, so background work
// would touch the widgets at the same time as the test (and Fyne's caches
// are not safe for that).
func (u *UI) spawn(f func()) {
	if u.inline {
		f()
		return
	}
	go f()
}

// showError shows err as a sentence, never a trace, with what the user
// can do about it when the error says (a Hint method, as the archive's
// errors have).
func (u *UI) showError(what string, err error) {
	var h interface{ Hint() string }
	if errors.As(err, &h) && h.Hint() != "" {
		err = fmt.Errorf("%w\n\n%s", err, h.Hint())
	}
	err = fmt.Errorf("%s: %w", what, err)
	if hasRTL(err.Error()) { // an Arabic file or claim name: through the bidi layout (inform)
		u.inform("Error", sentence(err.Error()))
		return
	}
	u.showDialog(dialog.NewError(err, u.win), true)
}

// openDialog is a dialog on screen, and whether Enter closes it (a
// message) or only Escape does (a question, which Enter must not answer).
type openDialog struct {
	d     dialog.Dialog
	enter bool
}

// showDialog shows d so that Escape closes it, and Enter too when enter is
// set (see onTypedKey); Fyne's dialogs take no keys of their own. The
// returned handle may change enter while d is open.
func (u *UI) showDialog(d dialog.Dialog, enter bool) *openDialog {
	o := &openDialog{d, enter}
	u.dialogs = append(u.dialogs, o)
	d.SetOnClosed(func() {
		u.dialogs = slices.DeleteFunc(u.dialogs, func(x *openDialog) bool { return x == o })
	})
	d.Show()
	return o
}

// escEntry is a field of a dialog: Escape, which the field would swallow,
// closes the dialog as it does when no field has the focus.
type escEntry struct {
	widget.Entry
	onEscape func()
}

func newEscEntry(multiLine bool) *escEntry {
	e := &escEntry{}
	e.MultiLine = multiLine
	e.ExtendBaseWidget(e)
	return e
}

func (e *escEntry) TypedKey(k *fyne.KeyEvent) {
	if k.Name == fyne.KeyEscape && e.onEscape != nil {
		e.onEscape()
		return
	}
	e.Entry.TypedKey(k)
}

// showForm shows a form dialog whose fields close it with Escape.
func (u *UI) showForm(d dialog.Dialog, fields ...*escEntry) {
	for _, f := range fields {
		f.onEscape = d.Hide
	}
	u.showDialog(d, false)
}

// inform shows a message that Enter or Escape closes. A message with
// right-to-left letters (an Arabic file or claim name) goes through the
// bidi layout: Fyne's label drew it left to right in logical order.
func (u *UI) inform(title, message string) {
	if !hasRTL(message) {
		u.showDialog(dialog.NewInformation(title, message, u.win), true)
		return
	}
	text := textview.NewParagraph(textview.Paragraph{Text: message, Dir: textview.LTR})
	u.showDialog(dialog.NewCustom(title, "OK", container.NewStack(minSize(420, 0), text), u.win), true)
}

// Notify queues a message for the journalist, shown once the window has
// loaded: main uses it to say that the archive chosen in Preferences could
// not be opened and the default one was.
func (u *UI) Notify(title, message string) {
	u.notices = append(u.notices, [2]string{title, message})
}

// startupNotices are the queued messages, and a warning when the archive
// is read-only: an edit would otherwise only fail when saved.
func (u *UI) startupNotices() [][2]string {
	ns := u.notices
	if u.store.ReadOnly() {
		ns = append(ns, [2]string{"Read-only archive", fmt.Sprintf("The archive %s cannot be written. You can read, search and export it, "+
			"but verdicts, notes, new claims and new sources cannot be saved.\n\n"+
			"Make the file writable, or open another archive: File › Preferences › Archive file (at the next start), or --db on the command line.", u.store.Path())})
	}
	return ns
}
