package app

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/claimdiff/claimdiff/app/textview"
	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/compare/textnorm"
	"github.com/claimdiff/claimdiff/data"
)

// docRow is a row of a side's document view: a statement, or the label
// before a moved statement.
type docRow struct {
	stmt  int
	label bool
}

// docView is one side of the source comparison on screen.
type docView struct {
	side  *docSide
	rows  []docRow
	rowOf []int // statement → row, -1 when hidden
	view  *textview.DocumentView
	head  *textview.ParagraphView
	lit   int // statement shown with a Linked light, -1 for none
	// litMarks are the marks of statement lit, the Linked light included.
	litMarks []textview.Span
	name     string
}

// layout builds the rows: every statement, or with onlyDiffs only those
// that differ, each moved statement after a label naming its partner.
func (v *docView) layout(onlyDiffs bool, other string) []textview.Paragraph {
	s := v.side
	v.rows = v.rows[:0]
	v.rowOf = fill(len(s.text), -1)
	var paras []textview.Paragraph
	for i := range s.text {
		if onlyDiffs && s.equal[i] {
			continue
		}
		if s.moved[i] {
			label := fmt.Sprintf("Moved: this is statement %d of %s", s.partner[i]+1, other)
			n := utf8.RuneCountInString(label)
			paras = append(paras, textview.Paragraph{Text: label, Dir: textview.LTR,
				Marks: []textview.Span{{Start: 0, End: n, Kind: textview.Search}}})
			v.rows = append(v.rows, docRow{stmt: i, label: true})
		}
		v.rowOf[i] = len(v.rows)
		v.rows = append(v.rows, docRow{stmt: i})
		paras = append(paras, textview.Paragraph{Text: s.text[i], Words: s.words[i], Marks: s.marks[i]})
	}
	v.lit = -1
	v.view.SetParagraphs(paras)
	return paras
}

// light outlines span sp of statement i (Linked) and scrolls to it; i -1
// clears the light.
func (v *docView) light(i int, sp *textview.Span) {
	if v.lit >= 0 && v.lit != i {
		if r := v.rowOf[v.lit]; r >= 0 {
			v.view.SetMarks(r, v.side.marks[v.lit])
		}
		v.lit, v.litMarks = -1, nil
	}
	if i < 0 || i >= len(v.rowOf) || v.rowOf[i] < 0 {
		return
	}
	r := v.rowOf[i]
	whole := textview.Span{Start: 0, End: utf8.RuneCountInString(v.side.text[i])}
	if sp == nil {
		sp = &whole
	}
	l := *sp
	l.Kind = textview.Linked
	v.litMarks = append(append([]textview.Span(nil), v.side.marks[i]...), l)
	v.view.SetMarks(r, v.litMarks)
	v.lit = i
	v.view.ScrollToParagraph(r)
}

// docHeader names a source above its side: outlet or title, then the file
// name and the date, which tell two versions of one article apart.
func docHeader(s data.Source) string {
	h := isolate(sourceLabel(s))
	if s.Name != "" && s.Name != sourceLabel(s) {
		h += " · " + isolate(s.Name)
	}
	if !s.Published.IsZero() {
		h += " · " + s.Published.Format("2 Jan 2006")
	}
	return h
}

// isolate wraps a part of a line in FSI … PDI, so that the bidi algorithm
// gives it its own direction: without it, "000_765204c47648eeb1.txt" after
// an Arabic title read "765204_000c47648eeb1.txt", its digits taken for
// Arabic numbers. The marks are invisible.
func isolate(s string) string {
	if s == "" || !hasRTL(s) {
		return s
	}
	return "\u2068" + s + "\u2069"
}

// cachedCmp is a comparison of two sources kept for switching back.
type cachedCmp struct {
	key    [2]int64
	srcA   data.Source
	srcB   data.Source
	cmp    *compare.Comparison
	model  *docModel
	ignore textnorm.Options
}

// docsCacheSize is how many source comparisons stay ready: going back and
// forth between a few is what a journalist does.
const docsCacheSize = 4

// docsPane compares two whole sources side by side.
type docsPane struct {
	u          *UI
	a, b       docView
	cur        *cachedCmp
	onlyDiffs  bool
	stop       int
	summary    *widget.Label
	position   *widget.Label
	only       *widget.Check
	table      *widget.Table
	tableTitle *widget.Label
	content    fyne.CanvasObject

	mu    sync.Mutex // guards cache: update runs on loader goroutines
	cache []*cachedCmp
	// latest numbers the calls of update, so that a slow comparison that
	// finishes after a newer one does not replace it on screen.
	latest atomic.Int64
}

func newDocsPane(u *UI) *docsPane { return &docsPane{u: u, stop: -1} }

func (p *docsPane) build() fyne.CanvasObject {
	mk := func(v *docView, this, other *docView) {
		v.lit = -1
		v.view = textview.NewDocument(nil)
		v.view.Spawn = func(f func()) { p.u.spawn(f) }
		v.head = textview.NewParagraph(textview.Paragraph{Dir: textview.LTR})
		v.head.TextStyle.Bold = true
		v.view.OnHover = func(row, w int) { p.point(this, other, row, w) }
		v.view.OnTapped = v.view.OnHover
		v.view.OnScrolled = func(top int) { follow(this, other, top) }
	}
	mk(&p.a, &p.a, &p.b)
	mk(&p.b, &p.b, &p.a)
	p.summary = widget.NewLabel("")
	p.summary.Truncation = fyne.TextTruncateEllipsis
	p.position = widget.NewLabel("")
	prev := widget.NewButtonWithIcon("", theme.MoveUpIcon(), func() { p.step(-1) })
	next := widget.NewButtonWithIcon("", theme.MoveDownIcon(), func() { p.step(1) })
	p.only = widget.NewCheck("Only differences", func(on bool) {
		p.setOnlyDiffs(on)
		p.u.release()
	})
	export := widget.NewButtonWithIcon("Export…", theme.DocumentSaveIcon(), p.u.onExportComparison)
	bar := container.NewBorder(nil, nil, nil, container.NewHBox(p.only, p.position, prev, next, export), p.summary)

	p.table = widget.NewTable(p.tableSize, p.newCell, p.updateCell)
	p.table.SetColumnWidth(0, 110)
	p.table.SetColumnWidth(1, 150)
	p.table.SetColumnWidth(2, 260)
	p.table.SetColumnWidth(3, 260)
	p.table.OnSelected = func(id widget.TableCellID) {
		if m := p.model(); m != nil && id.Row > 0 && id.Row-1 < len(m.conflicts) {
			pr := m.pairs[m.conflicts[id.Row-1].Pair]
			p.a.light(pr.A, nil)
			p.b.light(pr.B, nil)
		}
	}
	p.tableTitle = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	side := func(v *docView) fyne.CanvasObject {
		return container.NewBorder(container.NewVBox(v.head, widget.NewSeparator()), nil, nil, nil, v.view)
	}
	docs := container.NewGridWithColumns(2, side(&p.a), side(&p.b))
	split := container.NewVSplit(docs, container.NewBorder(p.tableTitle, nil, nil, nil, p.table))
	split.Offset = 0.7
	p.content = container.NewBorder(bar, nil, nil, nil, split)
	return p.content
}

// shown reports whether the two sources are on screen.
func (p *docsPane) shown() bool { return p.u.compare.mode == showSources }

func (p *docsPane) model() *docModel {
	if p.cur == nil {
		return nil
	}
	return p.cur.model
}

// cached returns the kept comparison of key, if any, moving it to the end.
func (p *docsPane) cached(key [2]int64) *cachedCmp {
	p.mu.Lock()
	defer p.mu.Unlock()
	for i, c := range p.cache {
		if c.key == key {
			p.cache = append(append(p.cache[:i:i], p.cache[i+1:]...), c)
			return c
		}
	}
	return nil
}

func (p *docsPane) keep(c *cachedCmp) {
	p.mu.Lock()
	defer p.mu.Unlock()
	for i, old := range p.cache {
		if old.key == c.key {
			p.cache = append(p.cache[:i:i], p.cache[i+1:]...)
			break
		}
	}
	if len(p.cache) >= docsCacheSize {
		p.cache = append(p.cache[:0:0], p.cache[1:]...)
	}
	p.cache = append(p.cache, c)
}

// update compares sources idA and idB under ignore (reusing a kept
// comparison) and shows them, returning once they are on screen.
func (p *docsPane) update(ctx context.Context, idA, idB int64, ignore textnorm.Options) error {
	gen := p.latest.Add(1)
	key := [2]int64{idA, idB}
	c := p.cached(key)
	if c == nil {
		srcA, err := p.u.store.Source(ctx, idA)
		if err != nil {
			return err
		}
		srcB, err := p.u.store.Source(ctx, idB)
		if err != nil {
			return err
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		cmp := compare.Compare(srcA.Text, srcB.Text, compare.Options{Ignore: ignore})
		c = &cachedCmp{key: key, srcA: srcA, srcB: srcB, cmp: cmp}
		p.keep(c)
	}
	if c.model == nil || c.ignore != ignore {
		// A fresh struct, so the one on screen is never written under it.
		c2 := *c
		c2.model, c2.ignore = buildDocModel(c.cmp, ignore), ignore
		c = &c2
		p.keep(c)
	}
	fyne.DoAndWait(func() {
		if p.latest.Load() == gen {
			p.apply(c)
		}
	})
	return nil
}

// apply shows c. Called on the UI goroutine.
func (p *docsPane) apply(c *cachedCmp) {
	same := p.cur != nil && p.cur.key == c.key
	p.cur = c
	m := c.model
	p.a.side, p.b.side = &m.a, &m.b
	p.a.name, p.b.name = "A · "+docHeader(c.srcA), "B · "+docHeader(c.srcB)
	p.a.head.SetParagraph(textview.Paragraph{Text: p.a.name, Dir: textview.LTR})
	p.b.head.SetParagraph(textview.Paragraph{Text: p.b.name, Dir: textview.LTR})
	p.relayout()
	if !same {
		p.stop = -1
	}
	changed := 0
	for _, pr := range c.cmp.Pairs {
		if !m.a.equal[pr.A] && !pr.Moved {
			changed++
		}
	}
	p.summary.SetText(fmt.Sprintf("%d statements matched · %d changed · %d moved · %d only in A · %d only in B",
		len(c.cmp.Pairs), changed, m.moved, len(c.cmp.OnlyA), len(c.cmp.OnlyB)))
	p.tableTitle.SetText(fmt.Sprintf("Conflicting numbers and dates (%d)", len(m.conflicts)))
	p.table.Refresh()
	p.showPosition()
}

func (p *docsPane) relayout() {
	p.a.layout(p.onlyDiffs, "B")
	p.b.layout(p.onlyDiffs, "A")
}

func (p *docsPane) setOnlyDiffs(on bool) {
	p.onlyDiffs = on
	if p.cur != nil {
		p.relayout()
	}
}

// setIgnore redoes the word diffs under o, off the UI goroutine.
func (p *docsPane) setIgnore(o textnorm.Options) {
	if p.cur == nil {
		return
	}
	key := p.cur.key
	p.u.async("compare sources", func(ctx context.Context) error { return p.update(ctx, key[0], key[1], o) })
}

// point lights on the other side the partner of word w of the statement in
// row of this side, scrolling the other side to it.
func (p *docsPane) point(this, other *docView, row, w int) {
	if this.side == nil || row < 0 || row >= len(this.rows) || this.rows[row].label {
		return
	}
	i := this.rows[row].stmt
	j := this.side.partner[i]
	if w < 0 || j < 0 {
		other.light(-1, nil)
		return
	}
	var sp *textview.Span
	if wp := this.side.wordPartner[i]; w < len(wp) && wp[w] >= 0 {
		s := other.side.words[j][wp[w]]
		sp = &s
	}
	other.light(j, sp)
}

// follow keeps the two sides in step: when row top of this side comes to
// the top, the other side shows at its top the partner of that row's
// statement. Other.view.ShowAtTop does not report its move back, so the two
// sides cannot chase each other.
func follow(this, other *docView, top int) {
	if r := alignedRow(this, other, top); r >= 0 {
		other.view.ShowAtTop(r)
	}
}

// alignedRow is the row of other that goes with row of this: the row of
// the partner of its statement or, when that statement has none on show,
// of the nearest statement before it that has; 0 when none before has, and
// -1 when nothing is shown. Moved statements are passed over: their
// partners are elsewhere in the other text, and following them would throw
// the other side back and forth.
func alignedRow(this, other *docView, row int) int {
	if this.side == nil || other.side == nil || row < 0 || row >= len(this.rows) || len(other.rows) == 0 {
		return -1
	}
	for i := this.rows[row].stmt; i >= 0; i-- {
		j := this.side.partner[i]
		if j < 0 || this.side.moved[i] || j >= len(other.rowOf) {
			continue
		}
		if r := other.rowOf[j]; r >= 0 {
			return r
		}
	}
	return 0
}

// step moves to the next (d 1) or previous (d -1) difference and lights it
// on both sides.
func (p *docsPane) step(d int) {
	m := p.model()
	if m == nil || len(m.stops) == 0 {
		return
	}
	p.stop = min(max(p.stop+d, 0), len(m.stops)-1)
	s := m.stops[p.stop]
	p.a.light(s.a, nil)
	p.b.light(s.b, nil)
	p.showPosition()
}

func (p *docsPane) showPosition() {
	m := p.model()
	if m == nil {
		return
	}
	if p.stop < 0 {
		p.position.SetText(fmt.Sprintf("%d differences", len(m.stops)))
		return
	}
	p.position.SetText(fmt.Sprintf("difference %d of %d", p.stop+1, len(m.stops)))
}

func (p *docsPane) tableSize() (int, int) {
	m := p.model()
	if m == nil {
		return 1, 4
	}
	return len(m.conflicts) + 1, 4
}

func (p *docsPane) newCell() fyne.CanvasObject {
	return textview.NewParagraph(textview.Paragraph{Dir: textview.LTR})
}

var conflictHeads = [4]string{"Statements", "What", "A says", "B says"}

func (p *docsPane) updateCell(id widget.TableCellID, o fyne.CanvasObject) {
	v := o.(*textview.ParagraphView)
	v.TextStyle.Bold = id.Row == 0
	if id.Row == 0 {
		v.SetParagraph(textview.Paragraph{Text: conflictHeads[id.Col], Dir: textview.LTR})
		return
	}
	m := p.model()
	if m == nil || id.Row-1 >= len(m.conflicts) {
		v.SetParagraph(textview.Paragraph{})
		return
	}
	c := m.conflicts[id.Row-1]
	pr := m.pairs[c.Pair]
	switch id.Col {
	case 0:
		v.SetParagraph(textview.Paragraph{Text: fmt.Sprintf("A %d · B %d", pr.A+1, pr.B+1), Dir: textview.LTR})
	case 1:
		v.SetParagraph(textview.Paragraph{Text: c.What, Dir: textview.LTR})
	case 2:
		v.SetParagraph(textview.Paragraph{Text: c.TextA, Marks: []textview.Span{{Start: 0, End: utf8.RuneCountInString(c.TextA), Kind: textview.NumberConflict}}})
	case 3:
		v.SetParagraph(textview.Paragraph{Text: c.TextB, Marks: []textview.Span{{Start: 0, End: utf8.RuneCountInString(c.TextB), Kind: textview.NumberConflict}}})
	}
}
