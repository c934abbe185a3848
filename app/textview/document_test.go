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
	d.Spawn = func(f func()) { work = f }
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

// firstOnScreen is the paragraph of the highest row on screen, by the
// rows' drawn positions, which TopParagraph must agree with. It walks the
// renderers Fyne draws: test.LaidOutObjects makes new renderers, and a new
// widget.List renderer takes the list's scrolling away from the one drawn.
func firstOnScreen(t *testing.T, d *DocumentView) int {
	t.Helper()
	top, topY := -1, float32(0)
	var walk func(o fyne.CanvasObject, y float32)
	walk = func(o fyne.CanvasObject, y float32) {
		if !o.Visible() {
			return
		}
		y += o.Position().Y
		switch c := o.(type) {
		case *ParagraphView:
			// A sliver of under a pixel above the view does not count.
			if c.row >= 0 && y+c.Size().Height > 1 && y < d.Size().Height && (top < 0 || y < topY) {
				top, topY = c.row, y
			}
		case fyne.Widget:
			for _, ch := range test.WidgetRenderer(c).Objects() {
				walk(ch, y)
			}
		case *fyne.Container:
			for _, ch := range c.Objects {
				walk(ch, y)
			}
		}
	}
	walk(d, -d.Position().Y)
	if top < 0 {
		t.Fatal("no row on screen")
	}
	return top
}

func TestDocumentReportsTopParagraphWhenScrolled(t *testing.T) {
	newTestApp(t)
	w, d := showDocument(t, article(3000))
	var got []int
	d.OnScrolled = func(top int) { got = append(got, top) }

	// The list's own scroll method, as another widget or a key would call it.
	d.list.ScrollToOffset(d.offsetOf(10))
	if len(got) != 1 || got[0] != 10 || d.TopParagraph() != 10 || firstOnScreen(t, d) != 10 {
		t.Fatalf("scrolling the list to paragraph 10 reported %v, top %d, on screen %d", got, d.TopParagraph(), firstOnScreen(t, d))
	}
	// A pixel further: paragraph 10 is still on top, nothing to report.
	d.list.ScrollToOffset(d.offsetOf(10) + 1)
	if len(got) != 1 {
		t.Errorf("a 1 px scroll within paragraph 10 reported %v", got[1:])
	}

	// The mouse wheel, through the list's scroll container.
	got = nil
	for range 20 {
		test.Scroll(w.Canvas(), fyne.NewPos(250, 200), 0, -40)
	}
	top := d.TopParagraph()
	if top <= 10 || len(got) == 0 || got[len(got)-1] != top || firstOnScreen(t, d) != top {
		t.Fatalf("wheel down: reported %v, top %d, on screen %d", got, top, firstOnScreen(t, d))
	}
	for i := 1; i < len(got); i++ {
		if got[i] == got[i-1] {
			t.Errorf("paragraph %d reported twice in a row: %v", got[i], got)
		}
	}

	// The view's own moves are not reported: a follower does not echo them.
	got = nil
	d.ShowAtTop(25)
	if d.TopParagraph() != 25 || firstOnScreen(t, d) != 25 {
		t.Errorf("ShowAtTop(25): top %d, on screen %d", d.TopParagraph(), firstOnScreen(t, d))
	}
	d.ScrollToParagraph(3)
	if len(got) != 0 {
		t.Errorf("ShowAtTop and ScrollToParagraph reported %v", got)
	}
	// Scrolling on from there reports the change from paragraph 3.
	d.list.ScrollToOffset(d.offsetOf(5))
	if len(got) != 1 || got[0] != 5 {
		t.Errorf("scrolling from paragraph 3 to 5 reported %v", got)
	}
}
