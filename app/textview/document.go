package textview

import (
	"math"
	"reflect"
	"runtime"
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
	// OnScrolled is called with the index of the top visible paragraph
	// (TopParagraph) when it changes: by the mouse wheel, the scroll bar,
	// the keyboard, the list's own scroll methods, or rows above the view
	// changing height. Moves made by ScrollToParagraph and ShowAtTop are not
	// reported, so that two views
	// that follow each other do not echo each other's moves back.
	OnScrolled func(top int)

	paras   []Paragraph
	preps   []*prepared
	heights []float32
	width   float32 // row width the heights were computed for
	list    *docList

	top   int  // top paragraph when last reported or moved to
	quiet bool // a move of the view's own is under way: OnScrolled is not called

	gen       int  // counts SetParagraphs, so stale background results are dropped
	preparing bool // a background preparation is running

	// Spawn, when set, starts the background measuring instead of a plain
	// goroutine: an app that waits for its background work (on closing, or
	// in tests, where fyne.Do runs on the calling goroutine) counts it.
	Spawn func(f func())

	// Test hook: onPrepared is called after background results are applied.
	onPrepared func()
}

var _ fyne.Widget = (*DocumentView)(nil)

// NewDocument returns a view of paras.
func NewDocument(paras []Paragraph) *DocumentView {
	d := &DocumentView{}
	d.ExtendBaseWidget(d)
	d.list = &docList{d: d}
	d.list.Length = func() int { return len(d.paras) }
	d.list.CreateItem = func() fyne.CanvasObject { return newRow(d) }
	d.list.UpdateItem = func(id widget.ListItemID, o fyne.CanvasObject) { d.bind(o.(*ParagraphView), id) }
	d.list.ExtendBaseWidget(d.list)
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
	d.top = 0
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

// ScrollToParagraph scrolls so that paragraph i is visible, as little as
// it can. OnScrolled is not called.
func (d *DocumentView) ScrollToParagraph(i int) {
	if i < 0 || i >= len(d.paras) {
		return
	}
	d.quiet = true
	d.prepared(i) // its height must be exact to land on it
	d.width = -1
	d.updateHeights(d.list.Size().Width)
	d.list.List.ScrollTo(i)
	d.quiet = false
	d.top = d.TopParagraph()
}

// ShowAtTop scrolls so that paragraph i is the top one, or as near the top
// as the end of the document allows. OnScrolled is not called: this is how
// a view is made to follow another one.
func (d *DocumentView) ShowAtTop(i int) {
	if i < 0 || i >= len(d.paras) {
		return
	}
	d.quiet = true
	d.list.List.ScrollToOffset(d.offsetOf(i))
	d.quiet = false
	d.top = d.TopParagraph()
}

// TopParagraph returns the index of the top visible paragraph: the first
// whose bottom is below the top of the view (0 for an empty document).
func (d *DocumentView) TopParagraph() int {
	off := d.list.GetScrollOffset()
	sep := d.Theme().Size(theme.SizeNamePadding) // widget.List's gap between rows
	y := float32(0)
	for i, h := range d.heights {
		// A sliver of under a pixel left of a paragraph does not count.
		if y+h > off+1 {
			return i
		}
		y += h + sep
	}
	return max(0, len(d.heights)-1)
}

// offsetOf is the scroll offset that puts the top of paragraph i at the
// top of the view, with the row heights the list has been told.
func (d *DocumentView) offsetOf(i int) float32 {
	sep := d.Theme().Size(theme.SizeNamePadding)
	y := float32(0)
	for _, h := range d.heights[:i] {
		y += h + sep
	}
	return y
}

// scrolled is called after every change of the list's scroll offset; it
// reports a change of the top paragraph unless the view is moving itself.
func (d *DocumentView) scrolled() {
	top := d.TopParagraph()
	if top == d.top {
		return
	}
	d.top = top
	if !d.quiet && d.OnScrolled != nil {
		d.OnScrolled(top)
	}
}

// docList is the list of a DocumentView. widget.List (Fyne 2.7) reports no
// scrolling, so docList wraps the methods that scroll it and chains a
// callback onto its scroll container's OnScrolled, which the wheel, the
// scroll bar and dragging go through.
type docList struct {
	widget.List
	d *DocumentView
}

// CreateRenderer is part of fyne.Widget.
func (l *docList) CreateRenderer() fyne.WidgetRenderer {
	r := l.List.CreateRenderer()
	for _, o := range r.Objects() {
		chainOnScrolled(o, l.d.scrolled)
	}
	return r
}

// ScrollTo is widget.List.ScrollTo, reported to the view.
func (l *docList) ScrollTo(id widget.ListItemID) {
	l.List.ScrollTo(id)
	l.d.scrolled()
}

// ScrollToOffset is widget.List.ScrollToOffset, reported to the view.
func (l *docList) ScrollToOffset(offset float32) {
	l.List.ScrollToOffset(offset)
	l.d.scrolled()
}

// ScrollToTop is widget.List.ScrollToTop, reported to the view.
func (l *docList) ScrollToTop() {
	l.List.ScrollToTop()
	l.d.scrolled()
}

// ScrollToBottom is widget.List.ScrollToBottom, reported to the view.
func (l *docList) ScrollToBottom() {
	l.List.ScrollToBottom()
	l.d.scrolled()
}

// TypedKey is widget.List.TypedKey (arrow keys move and scroll), reported
// to the view; other keys go on to the window's handler (passKey).
func (l *docList) TypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeyUp, fyne.KeyDown, fyne.KeyLeft, fyne.KeyRight, fyne.KeySpace, fyne.KeyPageUp, fyne.KeyPageDown, fyne.KeyHome, fyne.KeyEnd:
		l.List.TypedKey(ev)
		l.d.scrolled()
	default:
		passKey(l, ev)
	}
}

// chainOnScrolled makes o, when it is a scroll container, call f after its
// own OnScrolled callback. The list's container is of a type internal to
// Fyne, so its exported OnScrolled field is reached by reflection; it
// reports whether o had one.
func chainOnScrolled(o fyne.CanvasObject, f func()) bool {
	v := reflect.ValueOf(o)
	if v.Kind() != reflect.Pointer || v.IsNil() || v.Elem().Kind() != reflect.Struct {
		return false
	}
	field := v.Elem().FieldByName("OnScrolled")
	if !field.IsValid() || !field.CanSet() || field.Type() != reflect.TypeFor[func(fyne.Position)]() {
		return false
	}
	prev, _ := field.Interface().(func(fyne.Position))
	field.Set(reflect.ValueOf(func(p fyne.Position) {
		if prev != nil {
			prev(p)
		}
		f()
	}))
	return true
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
	// Rows that changed height above the scroll offset change the top
	// paragraph, which a view following this one must know.
	d.scrolled()
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
// goroutines as there are CPUs (prepareAll), then hands the results to the
// UI goroutine.
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
		sub := make([]Paragraph, len(todo))
		for k, i := range todo {
			sub[k] = paras[i]
		}
		out := make([]*prepared, len(paras))
		for k, pr := range prepareAll(sub, sp, runtime.GOMAXPROCS(0)) {
			out[todo[k]] = pr
		}
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
	if d.Spawn != nil {
		d.Spawn(work)
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
