package app

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/claimdiff/claimdiff/app/textview"
	"github.com/claimdiff/claimdiff/data"
)

// paragraphs lists the visible text views under o.
func paragraphs(o fyne.CanvasObject, out []*textview.ParagraphView) []*textview.ParagraphView {
	if !o.Visible() {
		return out
	}
	switch x := o.(type) {
	case *textview.ParagraphView:
		return append(out, x)
	case *fyne.Container:
		for _, c := range x.Objects {
			out = paragraphs(c, out)
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(x).Objects() {
			out = paragraphs(c, out)
		}
	}
	return out
}

// TestTapOnARowsTextSelectsIt taps the window where the second pair's row
// has its text, as a mouse click does: the row must be selected, though
// the text view under the pointer takes taps for its words.
func TestTapOnARowsTextSelectsIt(t *testing.T) {
	u, _ := newTestUI(t)
	u.claim.filter.SetSelected(filterAll)
	if len(u.claim.shown) < 2 {
		t.Skip("fewer than two pairs")
	}
	u.claim.pairs.ScrollToTop()
	d := fyne.CurrentApp().Driver()
	var target *textview.ParagraphView
	// The head line of the second row: the lowest text view above which
	// lie exactly two others (the first row's head and body).
	for _, pv := range paragraphs(u.claim.pairs, nil) {
		y := d.AbsolutePositionForObject(pv).Y
		above := 0
		for _, o := range paragraphs(u.claim.pairs, nil) {
			if d.AbsolutePositionForObject(o).Y < y {
				above++
			}
		}
		if above == 2 {
			target = pv
		}
	}
	if target == nil {
		t.Fatal("no second row in the list")
	}
	pos := d.AbsolutePositionForObject(target).Add(fyne.NewPos(4, target.Size().Height/2))
	test.TapCanvas(u.win.Canvas(), pos)
	if want := u.claim.shownPair(1).ID; u.compare.pair.ID != want {
		t.Fatalf("a tap on the second row's text shows pair %d, want %d", u.compare.pair.ID, want)
	}
}

// TestKeysPassThroughAClickedWord: a click on a word focuses its text view
// (for Ctrl+C); F7 must still move to the next pair.
func TestKeysPassThroughAClickedWord(t *testing.T) {
	u, _ := newTestUI(t)
	if len(u.claim.shown) < 2 {
		t.Skip("fewer than two pairs")
	}
	first := u.claim.shownPair(0)
	a := u.compare.sides.a
	u.win.Canvas().Focus(a)
	a.TypedKey(&fyne.KeyEvent{Name: fyne.KeyF7})
	if u.compare.pair.ID == first.ID {
		t.Fatal("F7 in a focused text view did not move to the next pair")
	}
}

// TestPickersLeaveTheKeysToTheWindow: a picker keeps the focus after a
// click, and with it every typed key; the window's F7, n and p must still
// work once the filter has been chosen.
func TestPickersLeaveTheKeysToTheWindow(t *testing.T) {
	u, _ := newTestUI(t)
	test.Tap(u.claim.filter) // focuses it, and opens its menu
	if u.win.Canvas().Focused() == nil {
		t.Skip("the test driver did not focus the picker on a tap")
	}
	u.claim.filter.SetSelected(filterAll) // a choice in the menu
	if f := u.win.Canvas().Focused(); f != nil {
		t.Fatalf("after choosing a filter, %T has the focus", f)
	}
}

// TestSourceOptions: the pickers' options open with a Latin word (so that
// an Arabic outlet does not turn the line around) and tell apart sources
// of one outlet.
func TestSourceOptions(t *testing.T) {
	srcs := []data.Source{{Outlet: "الجزيرة"}, {Outlet: "Reuters", Title: "Plan agreed"}, {Outlet: "Reuters", Title: "Adviser says talks ended"}}
	want := []string{"Source 1: الجزيرة", "Source 2: Reuters · Plan agreed", "Source 3: Reuters · Adviser says talks ended"}
	for i, s := range srcs {
		if got := sourceOption(i, s, srcs); got != want[i] {
			t.Errorf("option %d = %q, want %q", i, got, want[i])
		}
	}
}

// TestImportSummary: the line over the import list once it has ended.
func TestImportSummary(t *testing.T) {
	for _, c := range []struct {
		added, jobs int
		cancelled   bool
		want        string
	}{{3, 3, false, "Added 3 sources."}, {1, 1, false, "Added 1 source."}, {2, 3, false, "Added 2 of 3 sources."}, {1, 3, true, "Cancelled. Added 1 of 3 sources."}} {
		if got := importSummary(c.added, c.jobs, c.cancelled); got != c.want {
			t.Errorf("importSummary(%d, %d, %v) = %q, want %q", c.added, c.jobs, c.cancelled, got, c.want)
		}
	}
}

// TestPairRowsSayWhy: a pair's row gives its first reason's words, not only
// the kinds of its reasons.
func TestPairRowsSayWhy(t *testing.T) {
	u, _ := newTestUI(t)
	pr := u.claim.shownPair(0)
	if len(pr.Reasons) == 0 {
		t.Skip("the first pair has no reason")
	}
	row := newTwoLineItem()
	u.claim.updatePair(0, row)
	body := row.(*fyne.Container).Objects[1].(*textview.ParagraphView).Paragraph().Text
	want := reasonLine(pr.Reasons[0])
	if rs := []rune(want); len(rs) > 30 {
		want = string(rs[:30])
	}
	if !strings.Contains(body, want) {
		t.Errorf("row %q does not give the reason %q", body, want)
	}
}

// TestHeadersIsolateRightToLeftParts: an Arabic part of a header is set
// apart (FSI … PDI), so that a file name after it keeps its order; a Latin
// one is left as it is.
func TestHeadersIsolateRightToLeftParts(t *testing.T) {
	h := docHeader(data.Source{Title: "“المقاومة الإسلامية” تشكك", Name: "000_765204c47648eeb1.txt"})
	if want := "\u2068“المقاومة الإسلامية” تشكك\u2069 · 000_765204c47648eeb1.txt"; h != want {
		t.Errorf("header %q, want %q", h, want)
	}
	if h := docHeader(data.Source{Outlet: "Reuters", Name: "a.txt"}); h != "Reuters · a.txt" {
		t.Errorf("header %q", h)
	}
}

// TestRowEvidenceOfEqualStatements: a pair of the same words with no
// reason says so in its row.
func TestRowEvidenceOfEqualStatements(t *testing.T) {
	if got := rowEvidence(data.Pair{A: &data.Statement{Text: "x"}, B: &data.Statement{Text: "x"}}); got != "the same words" {
		t.Errorf("evidence of two equal statements %q", got)
	}
}

// TestVerdictButtonsLeaveTheKeys: choosing a verdict, even the one already
// chosen, leaves no widget with the focus, so F7 still moves on.
func TestVerdictButtonsLeaveTheKeys(t *testing.T) {
	u, _ := newTestUI(t)
	first := u.claim.shownPair(0)
	for i := 0; i < 2; i++ { // the second click is on the verdict already chosen
		test.Tap(u.compare.verdict.buttons[1])
	}
	if u.compare.verdict.Selected != verdictChoices[1] {
		t.Fatalf("verdict %q after a click on %q", u.compare.verdict.Selected, verdictChoices[1])
	}
	if f := u.win.Canvas().Focused(); f != nil {
		t.Fatalf("%T has the focus after a click on a verdict", f)
	}
	if h := u.win.Canvas().OnTypedKey(); h != nil {
		h(&fyne.KeyEvent{Name: fyne.KeyF7})
	}
	if len(u.claim.shown) > 1 && u.compare.pair.ID == first.ID {
		t.Error("F7 did not move to the next pair")
	}
}

// TestRowTapLeavesTheNote: a click on a pair row takes the focus from the
// note, so that n, typed next, moves to the next pair instead of landing
// in its note; Escape leaves the note too, and F7 in the note moves on.
func TestRowTapLeavesTheNote(t *testing.T) {
	u, _ := newTestUI(t)
	u.win.Show()
	if len(u.claim.shown) < 3 {
		t.Skip("fewer than three pairs")
	}
	c := u.win.Canvas()
	c.Focus(u.compare.note)
	test.Type(u.compare.note, "call")
	// The click on the second row, as the desktop driver delivers it: to
	// the row's tap layer, with the note still focused (Fyne's test
	// driver would unfocus it itself).
	u.claim.pairs.ScrollToTop()
	d := fyne.CurrentApp().Driver()
	var rows []*tapRow
	for _, o := range test.LaidOutObjects(u.claim.pairs) {
		if r, ok := o.(*tapRow); ok && r.Visible() {
			rows = append(rows, r)
		}
	}
	slices.SortFunc(rows, func(a, b *tapRow) int {
		return int(d.AbsolutePositionForObject(a).Y - d.AbsolutePositionForObject(b).Y)
	})
	if len(rows) < 2 {
		t.Fatal("no second row in the list")
	}
	rows[1].Tapped(&fyne.PointEvent{})
	if u.claim.selected != 1 {
		t.Fatalf("the click selected pair %d, want 1", u.claim.selected)
	}
	if c.Focused() != nil {
		t.Fatalf("after a click on a row the focus is on %T", c.Focused())
	}
	u.onTypedKey(&fyne.KeyEvent{Name: fyne.KeyN})
	if u.claim.selected != 2 || u.compare.note.Text != "" {
		t.Errorf("n after the click: pair %d, note %q; want pair 2 and an empty note", u.claim.selected, u.compare.note.Text)
	}
	c.Focus(u.compare.note)
	u.compare.note.TypedKey(&fyne.KeyEvent{Name: fyne.KeyF7})
	if u.claim.selected != 3 && len(u.claim.shown) > 3 {
		t.Errorf("F7 in the note: pair %d, want 3", u.claim.selected)
	}
	c.Focus(u.compare.note)
	u.compare.note.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if c.Focused() != nil {
		t.Error("Escape did not leave the note")
	}
}
