package textview

import (
	"image/color"
	"math"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// ParagraphView is a widget that shows one paragraph of mixed-direction
// text, wrapped to its width, with highlights behind whole words. Tapping or
// hovering a word reports its index; dragging selects whole words in logical
// order, which Ctrl+C or the context menu copies.
type ParagraphView struct {
	widget.BaseWidget

	// OnTapped is called with the index of the tapped word (see
	// Paragraph.Words), not called when the tap is between words.
	OnTapped func(word int)
	// OnHover is called when the word under the pointer changes, with -1
	// when the pointer leaves the words.
	OnHover func(word int)
	// TextStyle is the style of the whole paragraph (bold for headings).
	TextStyle fyne.TextStyle
	// MaxLines, when above 0, is the most lines shown and measured: the
	// rest of the wrapped text is cut, for list rows of a fixed height.
	// Shorten the text too, ending it with "…", to show that it goes on.
	MaxLines int

	para    Paragraph
	prep    *prepared
	hovered int
	// selection in runes [selStart, selEnd), always whole chunks.
	selStart, selEnd int
	dragAnchor       int // rune where the drag started, -1 when not dragging
	row              int // paragraph index when a row of a DocumentView
}

var (
	_ fyne.Widget            = (*ParagraphView)(nil)
	_ fyne.Tappable          = (*ParagraphView)(nil)
	_ fyne.SecondaryTappable = (*ParagraphView)(nil)
	_ fyne.Draggable         = (*ParagraphView)(nil)
	_ fyne.Focusable         = (*ParagraphView)(nil)
	_ fyne.Shortcutable      = (*ParagraphView)(nil)
	_ desktop.Hoverable      = (*ParagraphView)(nil)
	_ desktop.Cursorable     = (*ParagraphView)(nil)
)

// NewParagraph returns a view of p.
func NewParagraph(p Paragraph) *ParagraphView {
	v := &ParagraphView{para: p, hovered: -1, dragAnchor: -1}
	v.ExtendBaseWidget(v)
	return v
}

// SetParagraph replaces the text, words and marks, and clears the selection.
func (v *ParagraphView) SetParagraph(p Paragraph) {
	v.para, v.prep = p, nil
	v.selStart, v.selEnd, v.hovered = 0, 0, -1
	v.Refresh()
}

// setPrepared shows a paragraph already resolved and measured (by a
// DocumentView, which keeps them for row heights).
func (v *ParagraphView) setPrepared(p Paragraph, pr *prepared) {
	if v.prep == pr && slices.Equal(v.para.Marks, p.Marks) {
		return
	}
	if v.prep != pr {
		v.selStart, v.selEnd, v.hovered = 0, 0, -1
	}
	v.para, v.prep = p, pr
	v.Refresh()
}

// Paragraph returns what the view shows.
func (v *ParagraphView) Paragraph() Paragraph { return v.para }

// SetMarks replaces the highlights.
func (v *ParagraphView) SetMarks(marks []Span) {
	v.para.Marks = marks
	v.Refresh()
}

// Words returns the word boundaries that the indices of OnTapped and
// OnHover refer to.
func (v *ParagraphView) Words() []Span { return v.prepared().words }

// SelectedText returns the selection in logical order, or "" when nothing is
// selected.
func (v *ParagraphView) SelectedText() string {
	pr := v.prepared()
	if v.selEnd <= v.selStart || v.selEnd > len(pr.runes) {
		return ""
	}
	return string(pr.runes[v.selStart:v.selEnd])
}

// SelectAll selects the whole paragraph.
func (v *ParagraphView) SelectAll() {
	v.selStart, v.selEnd = 0, len(v.prepared().runes)
	v.Refresh()
}

// ClearSelection removes the selection.
func (v *ParagraphView) ClearSelection() {
	if v.selStart == v.selEnd {
		return
	}
	v.selStart, v.selEnd = 0, 0
	v.Refresh()
}

// Copy puts the selection on the clipboard; with nothing selected it copies
// the whole paragraph.
func (v *ParagraphView) Copy() {
	s := v.SelectedText()
	if s == "" {
		s = v.para.Text
	}
	fyne.CurrentApp().Clipboard().SetContent(s)
}

// MinSize is as wide as the widest word and as tall as the paragraph wrapped
// at the current width (one line before the first resize).
func (v *ParagraphView) MinSize() fyne.Size {
	v.ExtendBaseWidget(v)
	pr := v.prepared()
	pad, spacing := v.metrics()
	w := float32(0)
	for _, c := range pr.chunks {
		w = max(w, c.width)
	}
	width := v.Size().Width
	if width <= 0 {
		width = float32(math.Inf(1))
	}
	n := float32(v.clip(pr.wrap(width - 2*pad)))
	return fyne.NewSize(w+2*pad, n*pr.lineH+(n-1)*spacing+2*pad)
}

// clip is how many of lines are shown: MaxLines at the most.
func (v *ParagraphView) clip(lines []line) int {
	if v.MaxLines > 0 {
		return min(len(lines), v.MaxLines)
	}
	return len(lines)
}

// CreateRenderer is part of fyne.Widget.
func (v *ParagraphView) CreateRenderer() fyne.WidgetRenderer {
	v.ExtendBaseWidget(v)
	return &paragraphRenderer{v: v}
}

// Tapped reports the word under the pointer and clears the selection.
func (v *ParagraphView) Tapped(ev *fyne.PointEvent) {
	v.focus()
	v.ClearSelection()
	if w := v.wordAt(ev.Position); w >= 0 && v.OnTapped != nil {
		v.OnTapped(w)
	}
}

// TappedSecondary shows a menu to copy or select.
func (v *ParagraphView) TappedSecondary(ev *fyne.PointEvent) {
	c := fyne.CurrentApp().Driver().CanvasForObject(v)
	if c == nil {
		return
	}
	copySel := fyne.NewMenuItem("Copy", func() { fyne.CurrentApp().Clipboard().SetContent(v.SelectedText()) })
	copySel.Disabled = v.SelectedText() == ""
	m := fyne.NewMenu("",
		copySel,
		fyne.NewMenuItem("Copy paragraph", func() { fyne.CurrentApp().Clipboard().SetContent(v.para.Text) }),
		fyne.NewMenuItem("Select all", v.SelectAll),
	)
	widget.ShowPopUpMenuAtPosition(m, c, ev.AbsolutePosition)
}

// Dragged extends the selection, word by word, from where the drag began.
func (v *ParagraphView) Dragged(ev *fyne.DragEvent) {
	if v.dragAnchor < 0 {
		start := ev.Position.Subtract(ev.Dragged)
		a := v.atomAt(fyne.NewPos(start.X, start.Y), true)
		if a < 0 {
			return
		}
		v.dragAnchor = int(v.prep.atoms[a].start)
		v.focus()
	}
	if a := v.atomAt(ev.Position, true); a >= 0 {
		v.selectRunes(v.dragAnchor, int(v.prep.atoms[a].start))
	}
}

// DragEnd ends a drag selection.
func (v *ParagraphView) DragEnd() { v.dragAnchor = -1 }

// MouseIn is part of desktop.Hoverable.
func (v *ParagraphView) MouseIn(ev *desktop.MouseEvent) { v.MouseMoved(ev) }

// MouseMoved reports the word under the pointer when it changes.
func (v *ParagraphView) MouseMoved(ev *desktop.MouseEvent) { v.hover(v.wordAt(ev.Position)) }

// MouseOut reports that the pointer left the words.
func (v *ParagraphView) MouseOut() { v.hover(-1) }

// Cursor shows the text cursor over the paragraph.
func (v *ParagraphView) Cursor() desktop.Cursor { return desktop.TextCursor }

// FocusGained is part of fyne.Focusable; focus is only needed for Ctrl+C.
func (v *ParagraphView) FocusGained() {}

// FocusLost is part of fyne.Focusable.
func (v *ParagraphView) FocusLost() {}

// TypedRune is part of fyne.Focusable; the text is read-only.
func (v *ParagraphView) TypedRune(rune) {}

// TypedKey passes the key on to the window's own handler: the text is
// read-only, and a click on a word (which focuses the view, for Ctrl+C)
// must not take the application's keys away (F7, n and p in Claimdiff).
func (v *ParagraphView) TypedKey(ev *fyne.KeyEvent) { passKey(v, ev) }

// passKey hands a key a view does not use to the canvas's OnTypedKey, the
// handler that gets keys when nothing has the focus.
func passKey(o fyne.CanvasObject, ev *fyne.KeyEvent) {
	if c := fyne.CurrentApp().Driver().CanvasForObject(o); c != nil {
		if h := c.OnTypedKey(); h != nil {
			h(ev)
		}
	}
}

// TypedShortcut copies on Ctrl+C and selects all on Ctrl+A.
func (v *ParagraphView) TypedShortcut(s fyne.Shortcut) {
	switch s.(type) {
	case *fyne.ShortcutCopy:
		if t := v.SelectedText(); t != "" {
			fyne.CurrentApp().Clipboard().SetContent(t)
		}
	case *fyne.ShortcutSelectAll:
		v.SelectAll()
	}
}

func (v *ParagraphView) focus() {
	if c := fyne.CurrentApp().Driver().CanvasForObject(v); c != nil {
		c.Focus(v)
	}
}

func (v *ParagraphView) hover(w int) {
	if w == v.hovered {
		return
	}
	v.hovered = w
	if v.OnHover != nil {
		v.OnHover(w)
	}
}

// selectRunes selects the whole chunks from the one holding rune a to the
// one holding rune b, in logical order whichever way the drag went.
func (v *ParagraphView) selectRunes(a, b int) {
	pr := v.prepared()
	ca, cb := pr.chunkAt(a), pr.chunkAt(b)
	if ca < 0 || cb < 0 {
		return
	}
	ca, cb = min(ca, cb), max(ca, cb)
	s, e := int(pr.chunks[ca].start), int(pr.chunks[cb].end)
	if s != v.selStart || e != v.selEnd {
		v.selStart, v.selEnd = s, e
		v.Refresh()
	}
}

// metrics returns the padding around the text and the space between lines.
func (v *ParagraphView) metrics() (pad, spacing float32) {
	th := v.Theme()
	return th.Size(theme.SizeNameInnerPadding) / 2, th.Size(theme.SizeNameLineSpacing)
}

// prepared returns the resolved and measured paragraph for the current
// theme, rebuilding it when the theme's font or text size changed.
func (v *ParagraphView) prepared() *prepared {
	th := v.Theme()
	if v.prep == nil || v.prep.key != fontKey(th, th.Size(theme.SizeNameText), v.TextStyle) {
		v.prep = prepare(v.para, newSpec(th, v.TextStyle))
	}
	return v.prep
}

// geometry lays the paragraph out for size: its lines, each line's left
// edge, and the distance between line tops.
func (v *ParagraphView) geometry(size fyne.Size) (pr *prepared, lines []line, xoff []float32, pad, step float32) {
	pr = v.prepared()
	pad, spacing := v.metrics()
	inner := size.Width - 2*pad
	if size.Width <= 0 {
		inner = float32(math.Inf(1))
	}
	lines = pr.wrap(inner)
	lines = lines[:v.clip(lines)]
	xoff = make([]float32, len(lines))
	rtl := pr.para.IsRTL()
	for i := range lines {
		pr.arrange(&lines[i])
		xoff[i] = pad
		if rtl && !math.IsInf(float64(inner), 1) {
			xoff[i] = pad + inner - lines[i].width
		}
	}
	return pr, lines, xoff, pad, pr.lineH + spacing
}

// atomAt returns the atom at pos, or -1. With nearest, a position between
// or beside atoms gives the closest atom on the nearest line.
func (v *ParagraphView) atomAt(pos fyne.Position, nearest bool) int {
	pr, lines, xoff, pad, step := v.geometry(v.Size())
	if len(lines) == 0 {
		return -1
	}
	li := int(math.Floor(float64((pos.Y - pad) / step)))
	if li < 0 || li >= len(lines) || pos.Y-pad-float32(li)*step > pr.lineH {
		if !nearest {
			return -1
		}
		li = max(0, min(li, len(lines)-1))
	}
	x := pos.X - xoff[li]
	best, bestDist := -1, float32(math.Inf(1))
	for _, it := range lines[li].items {
		if it.atom < 0 {
			continue
		}
		if x >= it.x && x < it.x+it.w {
			return int(it.atom)
		}
		d := min(float32(math.Abs(float64(x-it.x))), float32(math.Abs(float64(x-it.x-it.w))))
		if d < bestDist {
			best, bestDist = int(it.atom), d
		}
	}
	if nearest {
		return best
	}
	return -1
}

// wordAt returns the index of the word at pos, or -1.
func (v *ParagraphView) wordAt(pos fyne.Position) int {
	a := v.atomAt(pos, false)
	if a < 0 {
		return -1
	}
	return v.prep.wordAt(int(v.prep.atoms[a].start))
}

type paragraphRenderer struct {
	v       *ParagraphView
	back    []*canvas.Rectangle // highlights, behind the text
	texts   []*canvas.Text
	front   []*canvas.Rectangle // strike-through and underlines
	objects []fyne.CanvasObject
	buf     []byte // runText's scratch
}

func (r *paragraphRenderer) Destroy() {}

func (r *paragraphRenderer) MinSize() fyne.Size { return r.v.MinSize() }

func (r *paragraphRenderer) Objects() []fyne.CanvasObject { return r.objects }

func (r *paragraphRenderer) Refresh() {
	r.Layout(r.v.Size())
	canvas.Refresh(r.v)
}

// Layout places one text per atom and the highlight rectangles. Objects are
// reused from the last layout so a resize allocates little.
func (r *paragraphRenderer) Layout(size fyne.Size) {
	v := r.v
	pr, lines, xoff, pad, step := v.geometry(size)
	th := v.Theme()
	variant := fyne.CurrentApp().Settings().ThemeVariant()
	fg := th.Color(theme.ColorNameForeground, variant)
	textSize := th.Size(theme.SizeNameText)

	nb, nt, nf := 0, 0, 0
	rect := func(front bool) *canvas.Rectangle {
		pool, n := &r.back, &nb
		if front {
			pool, n = &r.front, &nf
		}
		if *n == len(*pool) {
			*pool = append(*pool, &canvas.Rectangle{})
		}
		o := (*pool)[*n]
		*n++
		o.FillColor, o.StrokeColor, o.StrokeWidth, o.CornerRadius = color.Transparent, color.Transparent, 0, 0
		return o
	}
	place := func(o fyne.CanvasObject, x, y, w, h float32) {
		o.Move(fyne.NewPos(x, y))
		o.Resize(fyne.NewSize(w, h))
	}

	highlight := func(s, e int, fill color.Color, k Kind) {
		for li := range lines {
			y := pad + float32(li)*step
			for _, seg := range cover(pr, lines[li].items, s, e) {
				x0, x1 := xoff[li]+seg[0], xoff[li]+seg[1]
				bg := rect(false)
				bg.CornerRadius = 3
				switch k {
				case Linked:
					bg.StrokeColor, bg.StrokeWidth = fill, 2
				default:
					bg.FillColor = fill
				}
				place(bg, x0-1, y, x1-x0+2, pr.lineH)
				switch k {
				case Deleted:
					d := rect(true)
					d.FillColor = strikeRed
					// Through the middle of Latin lower case and of
					// the bowls of Arabic letters.
					place(d, x0, y+pr.baseline-0.3*pr.key.size, x1-x0, 1.5)
				case Negation:
					d := rect(true)
					d.FillColor = underlinePurple
					place(d, x0, y+pr.lineH-2, x1-x0, 2)
				}
			}
		}
	}
	for _, m := range v.para.Marks {
		if c := m.Kind.Color(); c != nil {
			highlight(m.Start, m.End, c, m.Kind)
		}
	}
	if v.selEnd > v.selStart {
		highlight(v.selStart, v.selEnd, th.Color(theme.ColorNameSelection, variant), None)
	}

	for li := range lines {
		y := pad + float32(li)*step
		items := lines[li].items
		for i := 0; i < len(items); {
			if items[i].atom < 0 {
				i++
				continue
			}
			end := runEnd(pr, items, i)
			if nt == len(r.texts) {
				r.texts = append(r.texts, &canvas.Text{})
			}
			t := r.texts[nt]
			nt++
			a := &pr.atoms[items[i].atom]
			// A run's text is built in a reused buffer and becomes a
			// string only when it changed: a hover lays the paragraph out
			// again with the same texts.
			text, same := a.text, t.Text == a.text
			if end > i {
				r.buf = runText(pr, items[i:end+1], r.buf[:0])
				if same = t.Text == string(r.buf); !same {
					text = string(r.buf)
				}
			}
			if !same || t.Color != fg || t.TextSize != textSize || t.TextStyle != v.TextStyle {
				t.Text, t.Color, t.TextSize, t.TextStyle = text, fg, textSize, v.TextStyle
				t.Refresh()
			}
			place(t, xoff[li]+items[i].x, y+a.drop, items[end].x+items[end].w-items[i].x, pr.lineH)
			i = end + 1
		}
	}

	r.objects = r.objects[:0]
	for _, o := range r.back[:nb] {
		r.objects = append(r.objects, o)
	}
	for _, o := range r.texts[:nt] {
		r.objects = append(r.objects, o)
	}
	for _, o := range r.front[:nf] {
		r.objects = append(r.objects, o)
	}
}

// runEnd returns the index of the last atom of the run that starts at
// items[i]: the atoms after it, each past one or more spaces, of its
// direction group, level and baseline. A run is drawn as one text, so
// that a line costs Fyne a few textures rather than one a word (each text
// object is a texture, which a software renderer keeps in memory). Fyne
// shapes a run of one direction correctly: right-to-left words in logical
// order, the rest as laid out.
func runEnd(pr *prepared, items []item, i int) int {
	a := &pr.atoms[items[i].atom]
	end := i
	for j := i + 1; j < len(items); {
		k := j
		for k < len(items) && items[k].atom < 0 && pr.runes[items[k].rune] == ' ' {
			k++
		}
		if k == j || k == len(items) || items[k].atom < 0 {
			break
		}
		b := &pr.atoms[items[k].atom]
		if b.rtl != a.rtl || b.level != a.level || b.drop != a.drop {
			break
		}
		end, j = k, k+1
	}
	return end
}

// runText appends to b the text of a run of items (atoms and the spaces
// between them, left to right): in visual order, or in logical order
// (reversed) for right-to-left words, which Fyne shapes right to left.
func runText(pr *prepared, run []item, b []byte) []byte {
	rtl := pr.atoms[run[0].atom].rtl
	for n := range run {
		it := run[n]
		if rtl {
			it = run[len(run)-1-n]
		}
		if it.atom < 0 {
			b = append(b, ' ')
		} else {
			b = append(b, pr.atoms[it.atom].text...)
		}
	}
	return b
}

// cover returns the x ranges of a line (left to right) covered by the runes
// [s, e): atoms that overlap it, joined across the gaps between them when
// the gap's whitespace is inside the range too.
func cover(pr *prepared, items []item, s, e int) [][2]float32 {
	in := func(it item) bool {
		if it.atom < 0 {
			return false
		}
		a := &pr.atoms[it.atom]
		return int(a.start) < e && int(a.end) > s
	}
	var out [][2]float32
	for i := 0; i < len(items); {
		if !in(items[i]) {
			i++
			continue
		}
		j := i + 1
		for j < len(items) {
			if in(items[j]) {
				j++
				continue
			}
			k := j
			for k < len(items) && items[k].atom < 0 && int(items[k].rune) >= s && int(items[k].rune) < e {
				k++
			}
			if k > j && k < len(items) && in(items[k]) {
				j = k + 1
				continue
			}
			break
		}
		out = append(out, [2]float32{items[i].x, items[j-1].x + items[j-1].w})
		i = j
	}
	return out
}
