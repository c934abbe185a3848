package textview

import (
	"time"

	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

// visibleRows returns the rows of d that are on screen.
func visibleRows(w fyne.Window, d *DocumentView) []*ParagraphView {
	var rows []*ParagraphView
	h := w.Canvas().Size().Height
	for _, o := range test.LaidOutObjects(d) {
		v, ok := o.(*ParagraphView)
		if !ok || !v.Visible() || v.row < 0 {
			continue
		}
		y := fyne.CurrentApp().Driver().AbsolutePositionForObject(v).Y
		if y+v.Size().Height > 0 && y < h {
			rows = append(rows, v)
		}
	}
	return rows
}

func showDocument(t *testing.T, paras []Paragraph) (fyne.Window, *DocumentView) {
	t.Helper()
	d := NewDocument(paras)
	// The test driver runs fyne.Do callbacks on the calling goroutine, so
	// background measuring would race with the test's own calls; it is
	// tested on its own below.
	d.preparing = true
	w := test.NewWindow(d)
	w.SetPadded(false)
	w.Resize(fyne.NewSize(500, 400))
	t.Cleanup(w.Close)
	return w, d
}

func TestDocumentRowsAreWholeParagraphs(t *testing.T) {
	newTestApp(t)
	paras := article(3000)
	w, d := showDocument(t, paras)
	rows := visibleRows(w, d)
	if len(rows) == 0 || len(rows) > 20 {
		t.Fatalf("%d rows on screen for %d paragraphs: want a virtualised list", len(rows), len(paras))
	}
	for _, v := range rows {
		if v.Paragraph().Text != paras[v.row].Text {
			t.Errorf("row %d shows another paragraph", v.row)
		}
		if got, want := v.Size().Height, v.MinSize().Height; got != want {
			t.Errorf("row %d is %v tall, its text needs %v", v.row, got, want)
		}
	}
	// Narrower: rows get taller.
	before := rows[0].Size().Height
	w.Resize(fyne.NewSize(250, 400))
	if v := visibleRows(w, d)[0]; v.row == rows[0].row && v.Size().Height <= before {
		t.Errorf("row %d at 250 px is %v tall, at 500 px %v", v.row, v.Size().Height, before)
	}
}

func TestDocumentScrollToParagraph(t *testing.T) {
	newTestApp(t)
	paras := article(3000)
	w, d := showDocument(t, paras)
	target := len(paras) - 5
	d.ScrollToParagraph(target)
	found := false
	for _, v := range visibleRows(w, d) {
		found = found || v.row == target
	}
	if !found {
		t.Errorf("paragraph %d not on screen after ScrollToParagraph", target)
	}
}

func TestDocumentReportsParagraphAndWord(t *testing.T) {
	newTestApp(t)
	paras := []Paragraph{{Text: pureArabic}, {Text: reuters}, {Text: englishQuote}}
	w, d := showDocument(t, paras)
	para, word := -1, -1
	d.OnTapped = func(p, wd int) { para, word = p, wd }
	var hovered [][2]int
	d.OnHover = func(p, wd int) { hovered = append(hovered, [2]int{p, wd}) }
	for _, v := range visibleRows(w, d) {
		if v.row != 1 {
			continue
		}
		pos := centre(textObject(t, v, "Reuters"))
		test.TapAt(v, pos)
		v.MouseMoved(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: pos}})
		v.MouseOut()
	}
	if para != 1 || word != 5 {
		t.Errorf("tap on Reuters reported paragraph %d word %d, want 1, 5", para, word)
	}
	if len(hovered) != 2 || hovered[0] != [2]int{1, 5} || hovered[1] != [2]int{1, -1} {
		t.Errorf("hover reports %v", hovered)
	}
	d.SetMarks(1, []Span{runeSpan(reuters, "2500", NumberConflict)})
	if got := d.paras[1].Marks; len(got) != 1 {
		t.Errorf("marks of paragraph 1: %v", got)
	}
}

func TestDocumentMeasuresOffscreenParagraphsInBackground(t *testing.T) {
	newTestApp(t)
	paras := article(5000)
	d := NewDocument(paras)
	// The test driver runs fyne.Do callbacks on the calling goroutine: hold
	// the background work until the test only waits.
	var work func()
	d.spawn = func(f func()) { work = f }
	done := make(chan struct{})
	d.onPrepared = func() { close(done) }
	w := test.NewWindow(d)
	w.SetPadded(false)
	w.Resize(fyne.NewSize(500, 400))
	defer w.Close()
	if d.ready(len(paras)-1) != nil {
		t.Fatal("the last paragraph was measured before the first frame")
	}
	if work == nil {
		t.Fatal("no background measuring started")
	}
	go work()
	select {
	case <-done:
	case <-time.After(30 * time.Second):
		t.Fatal("background measuring did not finish")
	}
	pad, spacing := d.Theme().Size(theme.SizeNameInnerPadding)/2, d.Theme().Size(theme.SizeNameLineSpacing)
	for i := range paras {
		pr := d.ready(i)
		if pr == nil {
			t.Fatalf("paragraph %d not measured", i)
		}
		if want := pr.height(500-2*pad, spacing) + 2*pad; d.heights[i] != want {
			t.Errorf("paragraph %d: row height %v, text needs %v", i, d.heights[i], want)
		}
	}
}
