package app

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/claimdiff/claimdiff/app/textview"
	"github.com/claimdiff/claimdiff/data"
)

// newTestUI opens a real archive in a temporary folder, loads the sample
// claim and builds the window on the headless driver.
func newTestUI(t testing.TB) (*UI, *data.Store) {
	t.Helper()
	a := test.NewTempApp(t)
	st, err := data.Open(filepath.Join(t.TempDir(), "claimdiff.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	ctx := context.Background()
	if _, err := st.LoadSample(ctx); err != nil {
		t.Fatal(err)
	}
	u := New(ctx, a, st)
	u.inline = true // the test is the only goroutine touching the widgets
	if err := u.Load(ctx); err != nil {
		t.Fatal(err)
	}
	return u, st
}

func TestLoadSelectsTheSampleClaimAndItsContradictions(t *testing.T) {
	u, st := newTestUI(t)
	claims, err := st.Claims(context.Background())
	if err != nil || len(claims) != 1 {
		t.Fatalf("claims: %v %v", claims, err)
	}
	if u.claims.selected != claims[0].ID || u.claim.title.text() != claims[0].Title {
		t.Errorf("selected %d %q, want claim %d %q", u.claims.selected, u.claim.title.text(), claims[0].ID, claims[0].Title)
	}
	if len(u.claim.shown) == 0 {
		t.Fatal("the sample claim shows no contradiction")
	}
	for i := range u.claim.shown {
		p := u.claim.shownPair(i)
		if p.Relation != data.RelContradicts {
			t.Errorf("the default filter shows a %s pair", p.Relation)
		}
	}
	// The first pair is open in the comparison, with its reasons.
	first := u.claim.shownPair(0)
	if !u.compare.hasPair || u.compare.pair.ID != first.ID {
		t.Fatalf("comparison shows pair %d, want %d", u.compare.pair.ID, first.ID)
	}
	if u.compare.sides.a.Paragraph().Text != first.A.Text || u.compare.sides.b.Paragraph().Text != first.B.Text {
		t.Error("comparison texts are not the pair's statements")
	}
	if n := len(u.compare.reasons.Objects); n != max(1, len(first.Reasons)) {
		t.Fatalf("reasons pane has %d lines for %d reasons", n, len(first.Reasons))
	}
	// The sample's first pair has two reasons; the heading says so, for
	// the second may be below the pane's fold.
	if saysCount := strings.Contains(u.compare.why.Text, fmt.Sprintf("%d reasons", len(first.Reasons))); saysCount != (len(first.Reasons) > 1) {
		t.Errorf("reasons heading %q for a pair of %d reasons", u.compare.why.Text, len(first.Reasons))
	}
	if len(first.Reasons) > 0 {
		line := u.compare.reasons.Objects[0].(*textview.ParagraphView).Paragraph().Text
		if !strings.Contains(line, first.Reasons[0].Detail) {
			t.Errorf("reasons pane shows %q, not the first reason %+v", line, first.Reasons[0])
		}
	}
}

func TestVerdictPersists(t *testing.T) {
	u, st := newTestUI(t)
	if len(u.claim.shown) == 0 {
		t.Skip("no pair to judge")
	}
	pr := u.claim.shownPair(0)
	u.compare.verdict.SetSelected(verdictChoices[1])
	u.compare.note.SetText("Checked against the Reuters wire.")
	want := u.compare.pair
	want.Verdict, want.Note = data.Confirmed, "Checked against the Reuters wire."
	if err := u.compare.saveVerdict(context.Background(), want); err != nil {
		t.Fatal(err)
	}
	if p := archived(t, st, u.claim.id, pr.ID); p.Verdict != data.Confirmed || p.Note != want.Note {
		t.Errorf("stored verdict %q note %q", p.Verdict, p.Note)
	}
}

func TestFilterToCheckAndStep(t *testing.T) {
	u, _ := newTestUI(t)
	n := len(u.claim.shown)
	u.claim.filter.SetSelected(filterAll)
	if len(u.claim.shown) < n {
		t.Errorf("all relations shows %d pairs, fewer than the %d contradictions", len(u.claim.shown), n)
	}
	if len(u.claim.shown) > 1 {
		u.claim.step(1)
		if u.claim.selected != 1 || u.compare.pair.ID != u.claim.shownPair(1).ID {
			t.Errorf("F7 selected %d, comparison shows %d", u.claim.selected, u.compare.pair.ID)
		}
		u.claim.step(-5)
		if u.claim.selected != 0 {
			t.Errorf("Shift+F7 past the start selected %d", u.claim.selected)
		}
	}
}

func TestEmptyArchiveSaysWhatToDo(t *testing.T) {
	a := test.NewTempApp(t)
	st, err := data.Open(filepath.Join(t.TempDir(), "empty.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	u := New(context.Background(), a, st)
	u.inline = true
	if err := u.Load(context.Background()); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(u.claim.counts.Text, "New claim") {
		t.Errorf("empty archive shows %q", u.claim.counts.Text)
	}
}

func TestMovingToAnotherPairKeepsAnUnsavedNote(t *testing.T) {
	u, st := newTestUI(t)
	u.claim.filter.SetSelected(filterAll)
	if len(u.claim.shown) < 2 {
		t.Skip("fewer than two pairs")
	}
	first := u.claim.shownPair(0)
	u.compare.note.SetText("Ask the desk in Baghdad.")
	u.compare.verdict.SetSelected(verdictChoices[2])
	u.claim.step(1) // F7, without pressing Save
	if u.compare.pair.ID == first.ID {
		t.Fatal("F7 did not move to the next pair")
	}
	// The UI runs its background work inline in tests (newTestUI): the save
	// has happened when step returns.
	if p := archived(t, st, u.claim.id, first.ID); p.Note != "Ask the desk in Baghdad." || p.Verdict != data.NotContradiction {
		t.Fatal("the note and verdict typed on the first pair were not saved when moving on")
	}
}

// File › Quit (and Ctrl+Q and closing the window, which call the same
// function) saves a note typed and not saved.
func TestQuittingSavesAnUnsavedNote(t *testing.T) {
	u, st := newTestUI(t)
	u.claim.filter.SetSelected(filterAll)
	if len(u.claim.shown) == 0 {
		t.Fatal("the sample claim shows no pair")
	}
	pr := u.compare.pair
	u.compare.note.SetText("Call the adviser back before filing.")
	var quit *fyne.MenuItem
	for _, m := range u.win.MainMenu().Items {
		for _, it := range m.Items {
			if it.IsQuit {
				quit = it
			}
		}
	}
	if quit == nil {
		t.Fatal("no Quit item in the menus")
	}
	// The OnQuit hook runs once the edits are written (main arms its exit
	// watchdog there, which may end the process).
	hooked, savedFirst := 0, false
	u.OnQuit(func() {
		hooked++
		savedFirst = archived(t, st, u.claim.id, pr.ID).Note == "Call the adviser back before filing."
	})
	quit.Action()
	if p := archived(t, st, u.claim.id, pr.ID); p.Note != "Call the adviser back before filing." {
		t.Errorf("note after quitting = %q", p.Note)
	}
	if hooked != 1 || !savedFirst {
		t.Errorf("OnQuit called %d times (want 1), after the note was saved: %v", hooked, savedFirst)
	}
}

// When a note cannot be saved (the archive has gone), quitting asks before
// losing it; QuitNow, for a session that is ending, saves what it can and
// ends without asking.
func TestQuitAsksAndQuitNowDoesNotWhenASaveFails(t *testing.T) {
	u, st := newTestUI(t)
	u.claim.filter.SetSelected(filterAll)
	if len(u.claim.shown) == 0 {
		t.Fatal("the sample claim shows no pair")
	}
	ended := 0
	u.OnQuit(func() { ended++ })
	u.compare.note.SetText("Unsaved: the archive is gone.")
	st.Close()
	u.quit()
	if ended != 0 || len(u.dialogs) != 1 {
		t.Fatalf("quit with a failed save: ended %d times, %d dialogs; want 0 and the question", ended, len(u.dialogs))
	}
	u.dialogs[0].d.Hide()
	u.dialogs = nil
	u.QuitNow()
	if ended != 1 || len(u.dialogs) != 0 {
		t.Errorf("QuitNow with a failed save: ended %d times, %d dialogs; want 1 and none", ended, len(u.dialogs))
	}
}

// QuitNow (SIGTERM, Ctrl+C) saves a note typed and not saved.
func TestQuitNowSavesAnUnsavedNote(t *testing.T) {
	u, st := newTestUI(t)
	u.claim.filter.SetSelected(filterAll)
	pr := u.compare.pair
	u.compare.note.SetText("Saved at logout.")
	ended := 0
	u.OnQuit(func() { ended++ })
	u.QuitNow()
	if p := archived(t, st, u.claim.id, pr.ID); p.Note != "Saved at logout." || ended != 1 {
		t.Errorf("note after QuitNow = %q, ended %d times", p.Note, ended)
	}
}

// The Ctrl shortcuts are on menu items, which Fyne's driver tries before
// the focused widget: a shortcut of the canvas never fires while a text
// field (the search box, the note) has the focus.
func TestCtrlShortcutsAreOnMenuItems(t *testing.T) {
	u, _ := newTestUI(t)
	found := map[fyne.KeyName]string{}
	for _, m := range u.win.MainMenu().Items {
		for _, it := range m.Items {
			sc, ok := it.Shortcut.(*desktop.CustomShortcut)
			if !ok {
				continue
			}
			if prev, dup := found[sc.KeyName]; dup {
				t.Errorf("Ctrl+%s is on %q and %q", sc.KeyName, prev, it.Label)
			}
			found[sc.KeyName] = it.Label
			if it.Action == nil {
				t.Errorf("%q has a shortcut and no action", it.Label)
			}
		}
	}
	for _, k := range []fyne.KeyName{fyne.KeyN, fyne.KeyO, fyne.KeyF, fyne.KeyE, fyne.KeyQ} {
		if _, ok := found[k]; !ok {
			t.Errorf("no menu item has Ctrl+%s", k)
		}
	}
}

// Ctrl+N opens the title field with the cursor in it, and Enter creates the
// claim: no mouse needed.
func TestNewClaimByKeyboard(t *testing.T) {
	u, st := newTestUI(t)
	u.claims.onNew()
	entry, ok := u.win.Canvas().Focused().(*escEntry)
	if !ok {
		t.Fatalf("the focus is on %T, not the title field", u.win.Canvas().Focused())
	}
	test.Type(entry, "Oil output will rise in 2027")
	entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	claims, err := st.Claims(context.Background()) // created inline, as above
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range claims {
		if c.Title == "Oil output will rise in 2027" {
			return
		}
	}
	t.Fatal("Enter in the title field did not create the claim")
}

// An empty contradiction list says why and what to do.
func TestEmptyPairListSaysWhy(t *testing.T) {
	u, st := newTestUI(t)
	if !u.claim.empty.Hidden {
		t.Errorf("the sample claim's list shows %q over its pairs", u.claim.empty.Text)
	}
	c, err := st.CreateClaim(context.Background(), "Oil output will rise in 2027")
	if err != nil {
		t.Fatal(err)
	}
	if err := u.claim.update(context.Background(), c.ID); err != nil {
		t.Fatal(err)
	}
	if u.claim.empty.Hidden || !strings.Contains(u.claim.empty.Text, "Add source") {
		t.Errorf("a claim without sources: hidden %v, %q", u.claim.empty.Hidden, u.claim.empty.Text)
	}
}

// The web address and paste dialogs open with the cursor in the field to
// fill, so that typing or Ctrl+V goes there.
func TestAddDialogsTakeTheFocus(t *testing.T) {
	u, _ := newTestUI(t)
	u.onAddURL()
	if e, ok := u.win.Canvas().Focused().(*escEntry); !ok || e.PlaceHolder != "https://" {
		t.Errorf("Add web address: the focus is on %T", u.win.Canvas().Focused())
	}
	u.onPaste()
	if e, ok := u.win.Canvas().Focused().(*escEntry); !ok || !e.MultiLine {
		t.Errorf("Paste text: the focus is on %T, not the text", u.win.Canvas().Focused())
	}
}

// Arabic in the claim's lists reads right to left: in a statement row the
// statement's first word is drawn to the right of its later words (a plain
// label drew them left to right, in logical order).
func TestStatementRowsReadRightToLeft(t *testing.T) {
	u, _ := newTestUI(t)
	row := -1
	for i, st := range u.claim.detail.Statements {
		if st.Lang == "ar" {
			row = i
			break
		}
	}
	if row < 0 {
		t.Fatal("the sample claim has no Arabic statement")
	}
	item := newStatementItem()
	u.claim.updateStatement(row, item)
	item.Resize(fyne.NewSize(900, item.MinSize().Height))
	body := item.(*fyne.Container).Objects[1].(*fyne.Container).Objects[1].(*textview.ParagraphView)
	words := strings.Fields(body.Paragraph().Text)
	x := map[string]float32{}
	right := float32(0)
	for _, o := range test.WidgetRenderer(body).Objects() {
		if tx, ok := o.(*canvas.Text); ok && o.Visible() {
			if _, seen := x[tx.Text]; !seen {
				x[tx.Text] = tx.Position().X
			}
			right = max(right, tx.Position().X+tx.MinSize().Width)
		}
	}
	// An Arabic paragraph sits against the right edge.
	if body.Size().Width-right > 2*theme.Padding()+2 {
		t.Errorf("the Arabic statement ends %v px short of the row's right edge", body.Size().Width-right)
	}
	// A run of Arabic words is one text in logical order, which Fyne
	// shapes right to left; words in two texts must stand right to left.
	first, second := words[0], words[1]
	for text := range x {
		if ws := strings.Fields(text); len(ws) >= 2 && ws[0] == first && ws[1] == second {
			return
		}
	}
	xf, ok1 := x[first]
	xs, ok2 := x[second]
	if !ok1 || !ok2 {
		t.Fatalf("words %q and %q are not drawn (%v)", first, second, x)
	}
	if xf <= xs {
		t.Errorf("%q at x=%v is left of the next word %q at x=%v: not right to left", first, xf, second, xs)
	}
}

// The Sources tab offers two accounts in one language, not an article and
// its own translation.
func TestDefaultSourcePairIsOneLanguage(t *testing.T) {
	u, _ := newTestUI(t)
	srcs := u.claim.detail.Sources
	a, b, ok := defaultPair(srcs)
	if !ok {
		t.Fatal("no pair offered for the sample claim")
	}
	if srcs[a].Lang != srcs[b].Lang {
		t.Errorf("offered %s (%s) against %s (%s)", sourceLabel(srcs[a]), srcs[a].Lang, sourceLabel(srcs[b]), srcs[b].Lang)
	}
	if srcs[a].Outlet == srcs[b].Outlet && srcs[a].Author == srcs[b].Author {
		t.Errorf("offered two versions of one account: %s", sourceLabel(srcs[a]))
	}
	if got, want := u.claim.srcB.Selected, sourceOption(b, srcs[b], srcs); got != want {
		t.Errorf("source B shows %q, want %q", got, want)
	}
}

// A note with Arabic is shown again as it reads, since Fyne's entry lays it
// out in logical order; an English note is not.
func TestArabicNoteIsPreviewed(t *testing.T) {
	u, _ := newTestUI(t)
	test.Type(u.compare.note, "Check with the desk")
	if u.compare.previewRow.Visible() {
		t.Error("an English note is previewed")
	}
	u.compare.note.SetText("")
	test.Type(u.compare.note, "لا نية للانسحاب")
	if !u.compare.previewRow.Visible() || u.compare.notePreview.Paragraph().Text != "لا نية للانسحاب" {
		t.Errorf("an Arabic note: preview shown %v, %q", u.compare.previewRow.Visible(), u.compare.notePreview.Paragraph().Text)
	}
}

// Deleting a claim asks first, with buttons that name the action; Delete
// removes it from the archive.
func TestDeleteClaimAsksThenDeletes(t *testing.T) {
	u, st := newTestUI(t)
	u.claims.onDelete()
	top := u.win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no confirmation dialog")
	}
	var del *widget.Button
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch x := o.(type) {
		case *widget.Button:
			if x.Text == "Delete" {
				del = x
			}
		case *fyne.Container:
			for _, c := range x.Objects {
				walk(c)
			}
		case fyne.Widget:
			for _, c := range test.WidgetRenderer(x).Objects() {
				walk(c)
			}
		}
	}
	walk(top)
	if del == nil {
		t.Fatal("the confirmation has no Delete button")
	}
	test.Tap(del)
	claims, err := st.Claims(context.Background())
	if err != nil || len(claims) != 0 {
		t.Fatalf("after Delete the archive has %d claims (%v)", len(claims), err)
	}
}

// TestChangingTheFilterKeepsUnsavedEdits: a verdict and note typed on a pair
// and not saved stay on screen and in the archive when the filter changes
// and the same pair is shown again from the list, whose copy is older.
func TestChangingTheFilterKeepsUnsavedEdits(t *testing.T) {
	u, st := newTestUI(t)
	first := u.claim.shownPair(0)
	u.compare.verdict.SetSelected(verdictChoices[2])
	u.compare.note.SetText("call the Post")
	for _, f := range []string{filterAll, filterContradictions} {
		u.claim.filter.SetSelected(f)
		if u.compare.pair.ID != first.ID {
			t.Skipf("the filter %q opens another pair first", f)
		}
		if got := u.compare.note.Text; got != "call the Post" || u.compare.verdict.Selected != verdictChoices[2] {
			t.Errorf("after %q the form shows %q / %q, want the edits", f, got, u.compare.verdict.Selected)
		}
		if p := archived(t, st, u.claim.id, first.ID); p.Note != "call the Post" || p.Verdict != data.NotContradiction {
			t.Errorf("after %q the archive has %q / %s", f, p.Note, p.Verdict)
		}
	}
}

// TestASaveThatComesBackLateIsShown: when a save returns after the pair
// was shown again from an older copy, the form shows what was saved, so
// that the next save does not write the older values back.
func TestASaveThatComesBackLateIsShown(t *testing.T) {
	u, st := newTestUI(t)
	ctx := context.Background()
	old := u.claim.shownPair(0)
	edited := old
	edited.Verdict, edited.Note = data.NotContradiction, "call the Post"
	// The pair is on screen as the list had it; the save of the edits
	// comes back now.
	if err := u.compare.saveVerdict(ctx, edited); err != nil {
		t.Fatal(err)
	}
	if u.compare.note.Text != "call the Post" || u.compare.verdict.Selected != verdictChoices[2] {
		t.Fatalf("the form shows %q / %q, not what was saved", u.compare.note.Text, u.compare.verdict.Selected)
	}
	u.compare.keepEdits() // what moving on does
	if p := archived(t, st, u.claim.id, old.ID); p.Note != "call the Post" || p.Verdict != data.NotContradiction {
		t.Errorf("the archive has %q / %s: the older values were written back", p.Note, p.Verdict)
	}
}

// TestCountsFollowVerdicts: the claim's header and the claims list give
// one count of contradictions, which a "not a contradiction" verdict
// lowers in both.
func TestCountsFollowVerdicts(t *testing.T) {
	u, _ := newTestUI(t)
	before := u.claims.claims[0].Contradictions
	if !strings.Contains(u.claim.counts.Text, count(before, "contradiction")) {
		t.Fatalf("header %q, claims list %d contradictions", u.claim.counts.Text, before)
	}
	u.compare.verdict.SetSelected(verdictChoices[2])
	u.compare.onSave()
	after := u.claims.claims[0].Contradictions
	if after != before-1 || !strings.Contains(u.claim.counts.Text, count(after, "contradiction")) {
		t.Fatalf("after the verdict: header %q, claims list %d contradictions (was %d)", u.claim.counts.Text, after, before)
	}
}

// TestAFailedSaveKeepsTheNote: when the archive refuses a verdict and note
// (a read-only file), moving on keeps them in the window: the pair shows
// them again, unsaved, and quitting still has them to save.
func TestAFailedSaveKeepsTheNote(t *testing.T) {
	u, st := newTestUI(t)
	if len(u.claim.shown) < 2 {
		t.Skip("the sample claim shows fewer than two pairs")
	}
	first := u.claim.shownPair(0)
	u.compare.verdict.SetSelected(verdictChoices[1])
	u.compare.note.SetText("call the Post")
	st.Close() // every write fails from now on
	u.claim.pairs.Select(1)
	if u.compare.pair.ID == first.ID {
		t.Fatal("the second pair did not open")
	}
	if len(u.dialogs) != 1 {
		t.Errorf("%d dialogs open, want the error", len(u.dialogs))
	}
	u.claim.pairs.Select(0)
	if u.compare.note.Text != "call the Post" || u.compare.verdict.Selected != verdictChoices[1] {
		t.Errorf("back on the pair, the form shows %q / %q, want the edits that were not saved", u.compare.note.Text, u.compare.verdict.Selected)
	}
	if u.compare.status.Text != "Not saved." {
		t.Errorf("status %q, want Not saved.", u.compare.status.Text)
	}
	pending := u.compare.pendingEdits()
	if len(pending) != 1 || pending[0].ID != first.ID || pending[0].Note != "call the Post" {
		t.Errorf("pending edits %v, want the first pair's", pending)
	}
}

// TestKeysCloseDialogs: Enter or Escape closes a message, only Escape a
// question (Enter must not answer "Delete"), and the keys do not move the
// window below while a dialog is open.
func TestKeysCloseDialogs(t *testing.T) {
	u, _ := newTestUI(t)
	u.win.Show()
	u.inform("Export", "Saved.")
	u.onTypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if len(u.dialogs) != 0 {
		t.Error("Enter left the message open")
	}
	answered := 0
	d := dialog.NewConfirm("Delete claim", "Delete it?", func(ok bool) {
		if ok {
			t.Error("a key confirmed the question")
		}
		answered++
	}, u.win)
	u.showDialog(d, false)
	sel := u.claim.selected
	u.onTypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	u.onTypedKey(&fyne.KeyEvent{Name: fyne.KeyN})
	if len(u.dialogs) != 1 || answered != 0 {
		t.Errorf("Enter closed the question (%d open, %d answers)", len(u.dialogs), answered)
	}
	if u.claim.selected != sel {
		t.Error("n moved the pair list under the dialog")
	}
	u.onTypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if len(u.dialogs) != 0 || answered != 1 {
		t.Errorf("Escape did not dismiss the question (%d open, %d answers)", len(u.dialogs), answered)
	}
}

// TestArchivePathPreference: Preferences take a full path (or ~/) to an
// archive or to a new file, and refuse a relative path, a folder and a
// file that is not an archive.
func TestArchivePathPreference(t *testing.T) {
	dir := t.TempDir()
	text := filepath.Join(dir, "passwd")
	if err := os.WriteFile(text, []byte("root:x:0:0::/root:/bin/sh\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	home, err := os.UserHomeDir()
	if err != nil {
		t.Skip("no home folder")
	}
	for _, c := range []struct {
		in, want string
		ok       bool
	}{
		{"", "", true},
		{filepath.Join(dir, "new.db"), filepath.Join(dir, "new.db"), true},
		{"~/claimdiff-test-that-does-not-exist/x.db", filepath.Join(home, "claimdiff-test-that-does-not-exist", "x.db"), true},
		{"archive.db", "", false},
		{dir, "", false},
		{text, "", false},
	} {
		got, err := archivePath(c.in)
		if (err == nil) != c.ok || got != c.want {
			t.Errorf("archivePath(%q) = %q, %v; want %q, ok %v", c.in, got, err, c.want, c.ok)
		}
	}
}

// TestStartupNotices: a writable archive brings no start-up notice, and a
// message queued with Notify is among the notices Start shows once the
// window has loaded.
func TestStartupNotices(t *testing.T) {
	u, _ := newTestUI(t)
	if n := u.startupNotices(); len(n) != 0 {
		t.Fatalf("notices %v on a writable archive", n)
	}
	u.Notify("Archive not opened", "The archive chosen in Preferences could not be opened.")
	if n := u.startupNotices(); len(n) != 1 || n[0][0] != "Archive not opened" {
		t.Errorf("notices %v, want the queued one", n)
	}
}

// TestClickInAnArabicNoteTypesAtTheEnd: a click in a note with Arabic puts
// the cursor at its end (Fyne's cursor does not follow right-to-left text,
// so words typed after a click landed inside another word), a click in a
// Latin note puts it where it was clicked, and Ctrl+End goes to the end.
func TestClickInAnArabicNoteTypesAtTheEnd(t *testing.T) {
	u, _ := newTestUI(t)
	n := u.compare.note
	n.Resize(fyne.NewSize(400, n.MinSize().Height))
	// As the desktop driver clicks: the button goes down (which places
	// Fyne's cursor), up, and the tap.
	click := func(x float32) {
		ev := &desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(x, n.Size().Height/2)}, Button: desktop.MouseButtonPrimary}
		n.MouseDown(ev)
		n.MouseUp(ev)
		test.TapAt(n, ev.Position)
	}
	n.SetText("الانسحاب بحلول 2026 مؤكد")
	click(12)
	test.Type(n, " EDIT")
	if n.Text != "الانسحاب بحلول 2026 مؤكد EDIT" {
		t.Errorf("Arabic note after a click and typing: %q", n.Text)
	}
	n.SetText("call the Post")
	click(2)
	test.Type(n, "X")
	if n.Text != "Xcall the Post" {
		t.Errorf("Latin note after a click at its start and typing: %q", n.Text)
	}
	n.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyEnd, Modifier: fyne.KeyModifierShortcutDefault})
	test.Type(n, "!")
	if n.Text != "Xcall the Post!" {
		t.Errorf("after Ctrl+End and typing: %q", n.Text)
	}
}

// TestSwitchingClaimsKeepsAnUnsavedNote: a verdict and note typed on a pair
// and not saved are saved when the journalist opens another claim (they
// were lost: QA found the archive without them on coming back).
func TestSwitchingClaimsKeepsAnUnsavedNote(t *testing.T) {
	u, st := newTestUI(t)
	ctx := context.Background()
	other, err := st.CreateClaim(ctx, "Fuel subsidies will end in March")
	if err != nil {
		t.Fatal(err)
	}
	if err := u.claims.update(ctx, u.claim.id); err != nil {
		t.Fatal(err)
	}
	first := u.claim.shownPair(0)
	sample := u.claim.id
	u.compare.note.SetText("Ask the desk in Baghdad.")
	u.compare.verdict.SetSelected(verdictChoices[1])
	for i, c := range u.claims.claims {
		if c.ID == other.ID {
			u.claims.list.Select(i)
		}
	}
	if u.claim.id != other.ID {
		t.Fatalf("claim %d open, want %d", u.claim.id, other.ID)
	}
	if p := archived(t, st, sample, first.ID); p.Note != "Ask the desk in Baghdad." || p.Verdict != data.Confirmed {
		t.Errorf("after opening another claim the archive has %q / %s", p.Note, p.Verdict)
	}
}

// TestEscapeClosesFormDialogs: Escape in a dialog's field closes the
// dialog without doing anything (Fyne's fields swallowed it); the import
// report closes with Enter once the imports have ended.
func TestEscapeClosesFormDialogs(t *testing.T) {
	u, st := newTestUI(t)
	ctx := context.Background()
	before, _ := st.Claims(ctx)
	for name, open := range map[string]func(){"new claim": u.claims.onNew, "web address": u.onAddURL, "paste": u.onPaste} {
		open()
		e, ok := u.win.Canvas().Focused().(*escEntry)
		if !ok {
			t.Fatalf("%s: the focus is on %T", name, u.win.Canvas().Focused())
		}
		test.Type(e, "x")
		e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
		if len(u.dialogs) != 0 {
			t.Errorf("%s: Escape left %d dialogs open", name, len(u.dialogs))
			u.dialogs = nil
		}
	}
	after, _ := st.Claims(ctx)
	if len(after) != len(before) {
		t.Error("Escape in the new-claim field created a claim")
	}
	u.runImports([]importJob{textJob("Wire", "Reuters", "Officials said the troops will leave Iraq by 2026.")})
	if len(u.dialogs) != 1 || !u.dialogs[0].enter {
		t.Fatalf("the ended import's report: %d dialogs, Enter closes it: %v", len(u.dialogs), len(u.dialogs) == 1 && u.dialogs[0].enter)
	}
	u.onTypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if len(u.dialogs) != 0 {
		t.Error("Enter did not close the import report")
	}
}

// TestStoredBadArchiveDoesNotBlockPreferences: an archive path stored
// earlier that no longer opens passes the field's check as it is, so the
// theme can still be saved; a new bad path does not pass.
func TestStoredBadArchiveDoesNotBlockPreferences(t *testing.T) {
	text := filepath.Join(t.TempDir(), "notes.txt")
	if err := os.WriteFile(text, []byte("not an archive\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	check := archiveValidator(text)
	if err := check(text); err != nil {
		t.Errorf("the stored path: %v", err)
	}
	if err := check(text + ".other"); err != nil {
		t.Errorf("a new file that does not exist yet: %v", err)
	}
	other := filepath.Join(filepath.Dir(text), "other.txt")
	os.WriteFile(other, []byte("not an archive either\n"), 0o644)
	if err := check(other); err == nil {
		t.Error("a new path to a text file passed")
	}
}

// TestPairRowSaysItHasANote: a pair's row says when it has a note.
func TestPairRowSaysItHasANote(t *testing.T) {
	u, st := newTestUI(t)
	ctx := context.Background()
	first := u.claim.shownPair(0)
	if err := st.SetVerdict(ctx, first.ID, data.ToCheck, "call the Post"); err != nil {
		t.Fatal(err)
	}
	if err := u.claims.update(ctx, u.claim.id); err != nil {
		t.Fatal(err)
	}
	row := newTwoLineItem()
	for i := range u.claim.shown {
		if u.claim.shownPair(i).ID == first.ID {
			u.claim.updatePair(i, row)
		}
	}
	if got := row.(*fyne.Container).Objects[1].(*textview.ParagraphView).Paragraph().Text; !strings.HasSuffix(got, " · note") {
		t.Errorf("the row reads %q", got)
	}
}

// archived is pair id of claim as the archive holds it; the test fails
// when the claim has no such pair.
func archived(t *testing.T, st *data.Store, claim, id int64) data.Pair {
	t.Helper()
	pairs, err := st.Pairs(context.Background(), claim, data.PairFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range pairs {
		if p.ID == id {
			return p
		}
	}
	t.Fatalf("claim %d has no pair %d", claim, id)
	return data.Pair{}
}

// TestArabicDialogsGoThroughTheBidiLayout: a message or an error naming an
// Arabic file is drawn by the text view (Fyne's label scrambled it), and
// Enter closes it.
func TestArabicDialogsGoThroughTheBidiLayout(t *testing.T) {
	u, _ := newTestUI(t)
	u.win.Show()
	for name, open := range map[string]func(){
		"message": func() { u.inform("Export", "Saved القوات-الأمريكية-2026.html in /tmp.") },
		"error":   func() { u.showError("import القوات-الأمريكية-2026.html", errors.New("it is empty")) },
	} {
		open()
		found := false
		for _, o := range test.LaidOutObjects(u.win.Canvas().Overlays().Top()) {
			if pv, ok := o.(*textview.ParagraphView); ok && strings.Contains(pv.Paragraph().Text, "القوات-الأمريكية-2026.html") {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: the text is not in a text view", name)
		}
		u.onTypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
		if len(u.dialogs) != 0 {
			t.Errorf("%s: Enter did not close it", name)
		}
	}
}

// An Arabic query with digits or Latin letters is shown again under the
// search field as it reads; an English one, or Arabic words alone (which
// the field draws right), are not, and clearing the field hides it.
func TestArabicQueryIsPreviewed(t *testing.T) {
	u, _ := newTestUI(t)
	test.Type(u.claims.search, "withdrawal")
	if u.claims.preview.Visible() {
		t.Error("an English query is previewed")
	}
	u.claims.search.SetText("")
	test.Type(u.claims.search, "انسحاب 2500")
	if !u.claims.preview.Visible() || u.claims.preview.Paragraph().Text != "انسحاب 2500" {
		t.Errorf("an Arabic query: preview shown %v, %q", u.claims.preview.Visible(), u.claims.preview.Paragraph().Text)
	}
	u.claims.search.SetText("")
	if u.claims.preview.Visible() {
		t.Error("the preview stays after the field is cleared")
	}
	test.Type(u.claims.search, "انسحاب القوات")
	if u.claims.preview.Visible() {
		t.Error("Arabic words alone, which the field draws right, are previewed")
	}
}

func TestLoadedPairsShareTheClaimsStatements(t *testing.T) {
	u, _ := newTestUI(t)
	byID := map[int64]*data.Statement{}
	for i := range u.claim.detail.Statements {
		st := &u.claim.detail.Statements[i]
		if st.Facts != nil {
			t.Errorf("statement %d keeps its facts, which the window never shows", st.ID)
		}
		byID[st.ID] = st
	}
	if len(u.claim.allPairs) == 0 {
		t.Fatal("the sample claim has no pairs")
	}
	for _, pr := range u.claim.allPairs {
		if pr.A != byID[pr.A.ID] || pr.B != byID[pr.B.ID] {
			t.Fatalf("pair %d holds its own copy of statement %d or %d, not the claim's", pr.ID, pr.A.ID, pr.B.ID)
		}
	}
}
