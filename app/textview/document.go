package textview

import (
	"math"
	"runtime"
	"sync"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// DocumentView shows many paragraphs in a virtualised list: only the rows on
// screen exist as widgets, re-bound to other paragraphs as the list scrolls.
// Each paragraph is resolved and measured once; a resize only re-wraps.
//
// Measuring is the slow part (shaping every distinct word), so only the
// paragraphs near the viewport are measured before the first frame; the
// others get a height estimated from their length, and are measured on
// background goroutines that hand their results back with fyne.Do. Rows
// below the viewport may then change height, which moves nothing on screen
// unless the estimate was wrong above the viewport (after ScrollToParagraph
// to a far paragraph, before the background work has finished).
type DocumentView struct {
	widget.BaseWidget

	// OnTapped is called with the paragraph and word index of a tapped word.
	OnTapped func(para, word int)
	// OnHover is called when the word under the pointer changes; word is -1
	// when the pointer leaves the words of paragraph para.
	OnHover func(para, word int)

	paras   []Paragraph
	preps   []*prepared
	heights []float32
	width   float32 // row width the heights were computed for
	list    *widget.List

	gen       int  // counts SetParagraphs, so stale background results are dropped
	preparing bool // a background preparation is running

	// Test hooks: spawn starts the background work (go f() when nil);
	// onPrepared is called after its results are applied.
	spawn      func(f func())
	onPrepared func()
}

var _ fyne.Widget = (*DocumentView)(nil)

// NewDocument returns a view of paras.
func NewDocument(paras []Paragraph) *DocumentView {
	d := &DocumentView{}
	d.ExtendBaseWidget(d)
	d.list = widget.NewList(
		func() int { return len(d.paras) },
		func() fyne.CanvasObject { return newRow(d) },
		func(id widget.ListItemID, o fyne.CanvasObject) { d.bind(o.(*ParagraphView), id) },
	)
	d.list.HideSeparators = true
	d.SetParagraphs(paras)
	return d
}

// SetParagraphs replaces the document.
func (d *DocumentView) SetParagraphs(paras []Paragraph) {
	d.paras = paras
	d.gen++
	d.preps = make([]*prepared, len(paras))
	d.heights = make([]float32, len(paras))
	d.width = -1
	d.Refresh()
}

// Len returns the number of paragraphs.
func (d *DocumentView) Len() int { return len(d.paras) }

// SetMarks replaces the highlights of paragraph i.
func (d *DocumentView) SetMarks(i int, marks []Span) {
	if i < 0 || i >= len(d.paras) {
		return
	}
	d.paras[i].Marks = marks
	d.list.RefreshItem(i)
}

// Words returns the word boundaries of paragraph i, which the word indices
// of OnTapped and OnHover refer to.
func (d *DocumentView) Words(i int) []Span {
	if i < 0 || i >= len(d.paras) {
		return nil
	}
	return d.prepared(i).words
}

// ScrollToParagraph scrolls so that paragraph i is visible.
func (d *DocumentView) ScrollToParagraph(i int) {
	if i < 0 || i >= len(d.paras) {
		return
	}
	d.prepared(i) // its height must be exact to land on it
	d.width = -1
	d.updateHeights(d.list.Size().Width)
	d.list.ScrollTo(i)
}

// CreateRenderer is part of fyne.Widget.
func (d *DocumentView) CreateRenderer() fyne.WidgetRenderer {
	d.ExtendBaseWidget(d)
	return &documentRenderer{d: d}
}

// prepared resolves and measures paragraph i on first use.
func (d *DocumentView) prepared(i int) *prepared {
	if pr := d.ready(i); pr != nil {
		return pr
	}
	d.preps[i] = prepare(d.paras[i], newSpec(d.Theme(), fyne.TextStyle{}))
	return d.preps[i]
}

// ready returns paragraph i when it is prepared for the current theme.
func (d *DocumentView) ready(i int) *prepared {
	th := d.Theme()
	if pr := d.preps[i]; pr != nil && pr.key == fontKey(th, th.Size(theme.SizeNameText), fyne.TextStyle{}) {
		return pr
	}
	return nil
}

// updateHeights wraps the paragraphs at the row width and tells the list
// the heights that changed. Paragraphs on screen (and half a screen above
// and below) are measured now, the rest estimated and measured in the
// background.
func (d *DocumentView) updateHeights(width float32) {
	if width <= 0 || width == d.width {
		return
	}
	d.width = width
	th := d.Theme()
	pad, spacing := th.Size(theme.SizeNameInnerPadding)/2, th.Size(theme.SizeNameLineSpacing)
	sep := th.Size(theme.SizeNamePadding) // widget.List's gap between rows
	textSize := th.Size(theme.SizeNameText)
	view := max(d.list.Size().Height, 600)
	top := d.list.GetScrollOffset() - view/2
	bottom := d.list.GetScrollOffset() + view*1.5
	y := float32(0)
	missing := false
	for i := range d.paras {
		pr := d.ready(i)
		if pr == nil && y+d.heights[i] >= top && y <= bottom {
			pr = d.prepared(i)
		}
		var h float32
		if pr != nil {
			h = pr.height(width-2*pad, spacing) + 2*pad
		} else {
			h = estimateHeight(d.paras[i].Text, width-2*pad, textSize, spacing) + 2*pad
			missing = true
		}
		if h != d.heights[i] {
			d.heights[i] = h
			d.list.SetItemHeight(i, h)
		}
		y += h + sep
	}
	if missing && !d.preparing {
		d.prepareInBackground()
	}
}

// estimateHeight guesses the height of a paragraph from its length. Arabic
// and Latin text at Fyne's sizes averages about half an em a character;
// lines are as tall as for a measured paragraph.
func estimateHeight(text string, width, textSize, spacing float32) float32 {
	lineH := fyne.MeasureText(" ", textSize, fyne.TextStyle{}).Height
	lines := float32(math.Ceil(float64(float32(utf8.RuneCountInString(text)) * textSize * 0.5 / max(width, 1))))
	lines = max(lines, 1)
	return lines*lineH + (lines-1)*spacing
}

// prepareInBackground measures every paragraph not yet measured on as many
// goroutines as there are CPUs, then hands the results to the UI goroutine.
func (d *DocumentView) prepareInBackground() {
	d.preparing = true
	paras, gen, sp := d.paras, d.gen, newSpec(d.Theme(), fyne.TextStyle{})
	var todo []int
	for i := range paras {
		if d.ready(i) == nil {
			todo = append(todo, i)
		}
	}
	work := func() {
		out := make([]*prepared, len(paras))
		var wg sync.WaitGroup
		workers := runtime.GOMAXPROCS(0)
		for w := range workers {
			wg.Go(func() {
				for k := w; k < len(todo); k += workers {
					out[todo[k]] = prepare(paras[todo[k]], sp)
				}
			})
		}
		wg.Wait()
		fyne.Do(func() {
			d.preparing = false
			if gen != d.gen {
				return
			}
			for i, pr := range out {
				if pr != nil && d.preps[i] == nil {
					d.preps[i] = pr
				}
			}
			d.width = -1
			d.updateHeights(d.list.Size().Width)
			if d.onPrepared != nil {
				d.onPrepared()
			}
		})
	}
	if d.spawn != nil {
		d.spawn(work)
		return
	}
	go work()
}

type documentRenderer struct {
	d *DocumentView
}

func (r *documentRenderer) Destroy() {}

func (r *documentRenderer) Layout(size fyne.Size) {
	r.d.updateHeights(size.Width)
	r.d.list.Resize(size)
}

func (r *documentRenderer) MinSize() fyne.Size { return r.d.list.MinSize() }

func (r *documentRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.d.list} }

func (r *documentRenderer) Refresh() {
	r.d.width = -1
	r.Layout(r.d.Size())
	r.d.list.Refresh()
}

// newRow returns a list row: a ParagraphView that reports events with the
// index of the paragraph it currently shows.
func newRow(d *DocumentView) *ParagraphView {
	v := NewParagraph(Paragraph{})
	v.row = -1
	v.OnTapped = func(w int) {
		if d.OnTapped != nil {
			d.OnTapped(v.row, w)
		}
	}
	v.OnHover = func(w int) {
		if d.OnHover != nil {
			d.OnHover(v.row, w)
		}
	}
	return v
}

// bind shows paragraph id of d in row v.
func (d *DocumentView) bind(v *ParagraphView, id int) {
	if id != v.row && v.hovered >= 0 {
		v.hover(-1) // the row moves to another paragraph under the pointer
	}
	v.row = id
	v.setPrepared(d.paras[id], d.prepared(id))
}
