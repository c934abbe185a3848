package app

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/claimdiff/claimdiff/app/textview"
	"github.com/claimdiff/claimdiff/data"
)

// claimsPane lists the claims, or the search hits while a query is typed.
type claimsPane struct {
	u      *UI
	search *widget.Entry
	// preview shows an Arabic query again as it reads: Fyne's entry lays
	// it out in logical order, left to right.
	preview  *textview.ParagraphView
	list     *widget.List
	hitList  *widget.List
	lists    *fyne.Container // list, hitList or noHits
	noHits   *widget.Label
	top      *fyne.Container // header, search field and preview
	claims   []data.Claim
	hits     []data.Hit
	selected int64 // claim id, 0 for none
	query    string
}

func newClaimsPane(u *UI) *claimsPane { return &claimsPane{u: u} }

func (p *claimsPane) build() fyne.CanvasObject {
	p.search = widget.NewEntry()
	p.search.SetPlaceHolder("Search the archive…")
	p.preview = textview.NewParagraph(textview.Paragraph{})
	p.preview.MaxLines = 2
	p.preview.Hide()
	p.search.OnChanged = func(q string) {
		p.query = strings.TrimSpace(q)
		p.previewQuery(q)
		p.u.async("search", p.runSearch)
	}
	p.list = newRowList(func() int { return len(p.claims) }, p.create, p.updateItem)
	p.list.OnSelected = p.onSelected
	p.hitList = newRowList(func() int { return len(p.hits) }, p.createHit, p.updateHit)
	p.hitList.OnSelected = p.onSelectedHit
	p.noHits = widget.NewLabel("No statement of the archive has all of these words. Try fewer, or another form of one.")
	p.noHits.Wrapping = fyne.TextWrapWord
	p.lists = container.NewStack(p.list)
	add := widget.NewButtonWithIcon("", theme.ContentAddIcon(), p.onNew)
	add.Importance = widget.LowImportance
	header := container.NewBorder(nil, nil, widget.NewLabelWithStyle("Claims", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), add)
	p.top = container.NewVBox(header, p.search, p.preview)
	return container.NewBorder(p.top, nil, nil, nil, p.lists)
}

// previewQuery shows a query with right-to-left letters under the field,
// as it reads.
func (p *claimsPane) previewQuery(q string) {
	// Arabic words alone are drawn right: Fyne shapes a run of one
	// direction. A digit or a Latin letter beside them is laid out in the
	// wrong order ("2500انسحاب" for "انسحاب 2500").
	mixed := strings.ContainsFunc(q, func(r rune) bool {
		return unicode.IsDigit(r) || unicode.Is(unicode.Latin, r)
	})
	showPreview(hasRTL(q) && mixed, q, p.preview, p.preview, p.top)
}

// createHit is a search hit row: who says it in which claim, then the snippet in the bidi
// layout with the matching words highlighted, room for three lines.
func (p *claimsPane) createHit() fyne.CanvasObject {
	title := textview.NewParagraph(textview.Paragraph{Dir: textview.LTR})
	title.TextStyle.Bold = true
	snip := textview.NewParagraph(textview.Paragraph{})
	line := snip.MinSize().Height
	return container.NewStack(minSize(0, title.MinSize().Height+3*line), container.NewVBox(title, snip))
}

func (p *claimsPane) updateHit(i widget.ListItemID, o fyne.CanvasObject) {
	if i >= len(p.hits) {
		return
	}
	box := o.(*fyne.Container).Objects[1].(*fyne.Container)
	h := p.hits[i]
	head := h.ClaimTitle
	if who := firstNonEmpty(h.Statement.Speaker, h.Outlet, h.SourceTitle); who != "" {
		head = who + " · " + head
	}
	// Speakers are often Arabic: the head goes through the bidi layout, cut
	// short so that it keeps to one line.
	box.Objects[0].(*textview.ParagraphView).SetParagraph(textview.Paragraph{Text: shorten(head, 38), Dir: textview.LTR})
	box.Objects[1].(*textview.ParagraphView).SetParagraph(snippetParagraph(shortSnippet(h.Snippet, 10)))
}

func (p *claimsPane) onSelectedHit(i widget.ListItemID) {
	if i >= len(p.hits) {
		return
	}
	id, st := p.hits[i].Statement.ClaimID, p.hits[i].Statement.ID
	p.selected = id
	// The claims list under the hits follows, without loading twice.
	for k, c := range p.claims {
		if c.ID == id {
			p.selectQuietly(k)
		}
	}
	// Unselected again, so that a second click on the same hit opens it
	// again after the journalist has moved on.
	p.hitList.Unselect(i)
	p.u.async("open claim", func(ctx context.Context) error {
		if err := p.u.claim.update(ctx, id); err != nil {
			return err
		}
		fyne.DoAndWait(func() { p.u.claim.showStatement(st) })
		return nil
	})
}

// selectQuietly shows row k of the claims list as selected without
// loading its claim again (the caller has it loaded or loading).
func (p *claimsPane) selectQuietly(k int) {
	p.list.OnSelected = nil
	p.list.Select(k)
	p.list.OnSelected = p.onSelected
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

// snippetParagraph shows a search snippet with its matches as Search marks.
func snippetParagraph(sn data.Snippet) textview.Paragraph {
	para := textview.Paragraph{Text: sn.Text}
	for _, m := range sn.Marks {
		para.Marks = append(para.Marks, textview.Span{Start: m.Start, End: m.End, Kind: textview.Search})
	}
	return para
}

// shortSnippet keeps about n words of sn around its first mark, so a hit
// fits in three lines of the narrow claims pane.
func shortSnippet(sn data.Snippet, n int) data.Snippet {
	r := []rune(sn.Text)
	var starts []int // rune offset of each word
	for i := range r {
		if !unicode.IsSpace(r[i]) && (i == 0 || unicode.IsSpace(r[i-1])) {
			starts = append(starts, i)
		}
	}
	if len(starts) <= n {
		return sn
	}
	first := 0
	if len(sn.Marks) > 0 {
		for w, st := range starts {
			if st <= sn.Marks[0].Start {
				first = w
			}
		}
	}
	lo := max(0, first-n/3)
	hi := min(len(starts), lo+n)
	lo = max(0, hi-n)
	from, to := starts[lo], len(r)
	if hi < len(starts) {
		to = starts[hi]
	}
	text := strings.TrimRightFunc(string(r[from:to]), unicode.IsSpace)
	prefix := ""
	if from > 0 {
		prefix = "… "
	}
	out := data.Snippet{Text: prefix + text}
	if to < len(r) {
		out.Text += " …"
	}
	shift := len([]rune(prefix)) - from
	end := from + len([]rune(text))
	for _, m := range sn.Marks {
		if m.Start >= from && m.End <= end {
			out.Marks = append(out.Marks, data.Span{Start: m.Start + shift, End: m.End + shift})
		}
	}
	return out
}

// claimItem is a row of the claims list: the title (which may be Arabic)
// and the counts.
type claimItem struct {
	widget.BaseWidget
	title  *bidiTitle
	detail *widget.Label
}

func (it *claimItem) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewVBox(it.title.box, it.detail))
}

func (p *claimsPane) create() fyne.CanvasObject {
	it := &claimItem{title: newBidiTitle(), detail: widget.NewLabel("")}
	it.detail.Truncation = fyne.TextTruncateEllipsis
	it.ExtendBaseWidget(it)
	return it
}

func (p *claimsPane) updateItem(i widget.ListItemID, o fyne.CanvasObject) {
	it := o.(*claimItem)
	title, detail := it.title, it.detail
	if i >= len(p.claims) {
		return
	}
	c := p.claims[i]
	title.set(c.Title, 38)
	detail.SetText(claimCounts(c.Sources, c.Statements, c.Contradictions))
}

func (p *claimsPane) onSelected(i widget.ListItemID) {
	if i >= len(p.claims) {
		return
	}
	id := p.claims[i].ID
	p.selected = id
	p.u.async("open claim", func(ctx context.Context) error { return p.u.claim.update(ctx, id) })
}

// update reloads the claims and selects the claim with id keep, or the
// first claim when keep is 0 or gone. It returns once the claim pane is
// filled too.
// setContradictions puts claim id's new count of contradictions in the
// list, after a verdict.
func (p *claimsPane) setContradictions(id int64, n int) {
	for i := range p.claims {
		if p.claims[i].ID == id && p.claims[i].Contradictions != n {
			p.claims[i].Contradictions = n
			p.list.RefreshItem(i)
		}
	}
}

func (p *claimsPane) update(ctx context.Context, keep int64) error {
	claims, err := p.u.store.Claims(ctx)
	if err != nil {
		return err
	}
	sel := -1
	for i, c := range claims {
		if c.ID == keep {
			sel = i
		}
	}
	if sel < 0 && len(claims) > 0 {
		sel = 0
	}
	var id int64
	if sel >= 0 {
		id = claims[sel].ID
	}
	fyne.DoAndWait(func() {
		p.claims = claims
		p.selected = id
		p.list.Refresh()
		if sel >= 0 {
			p.selectQuietly(sel)
		}
	})
	return p.u.claim.update(ctx, id)
}

func (p *claimsPane) runSearch(ctx context.Context) error {
	q := p.query
	var hits []data.Hit
	if q != "" {
		var err error
		hits, err = p.u.store.Search(ctx, q, data.SearchFilter{Limit: 50})
		if err != nil {
			return err
		}
	}
	fyne.Do(func() {
		if q != p.query { // a newer query is on its way
			return
		}
		p.hits = hits
		p.hitList.UnselectAll()
		p.hitList.Refresh()
		show := fyne.CanvasObject(p.list)
		switch {
		case q != "" && len(hits) == 0:
			show = p.noHits
		case q != "":
			show = p.hitList
		}
		if p.lists.Objects[0] != show {
			p.lists.Objects = []fyne.CanvasObject{show}
			p.lists.Refresh()
		}
	})
	return nil
}

func (p *claimsPane) onNew() {
	p.titleDialog("New claim", "Create", "", func(title string) {
		p.u.async("create claim", func(ctx context.Context) error {
			c, err := p.u.store.CreateClaim(ctx, title)
			if err != nil {
				return err
			}
			return p.update(ctx, c.ID)
		})
	})
}

// titleDialog asks for a claim's title: wide enough to read a sentence,
// with the cursor in the field, and Enter to confirm. done gets the
// trimmed title, never an empty one.
func (p *claimsPane) titleDialog(title, confirm, initial string, done func(string)) {
	entry := newEscEntry(false)
	entry.SetPlaceHolder("e.g. Fuel subsidies will end in March") // not a claim of the sample, which read as filled in
	entry.SetText(initial)
	// The button stays off while the title is blank: a blank title did
	// nothing, without a word.
	entry.Validator = func(s string) error {
		if strings.TrimSpace(s) == "" {
			return errors.New("a claim needs a title")
		}
		return nil
	}
	d := dialog.NewForm(title, confirm, "Cancel", []*widget.FormItem{widget.NewFormItem("Claim", entry)}, func(ok bool) {
		if t := strings.TrimSpace(entry.Text); ok && t != "" && t != initial {
			done(t)
		}
	}, p.u.win)
	entry.OnSubmitted = func(string) { d.Submit() }
	d.Resize(fyne.NewSize(560, d.MinSize().Height))
	p.u.showForm(d, entry)
	p.u.win.Canvas().Focus(entry)
}

func (p *claimsPane) current() (data.Claim, bool) {
	for _, c := range p.claims {
		if c.ID == p.selected {
			return c, true
		}
	}
	return data.Claim{}, false
}

func (p *claimsPane) onRename() {
	c, ok := p.current()
	if !ok {
		return
	}
	p.titleDialog("Rename claim", "Rename", c.Title, p.rename)
}

// rename renames the selected claim to title. Each statement's stance is
// toward the claim's title: a new title is a new analysis, done in the
// same transaction as the rename.
func (p *claimsPane) rename(title string) {
	c, ok := p.current()
	if !ok {
		return
	}
	p.u.reanalyse(c, title, "Renaming the claim to “"+title+"”: each statement's stance is read again toward it, and the contradictions built on the stances again.")
}

// deleteClaim deletes claim id with what it holds, forgets the edits not
// saved on its pairs, and shows the claims left. Called off the UI
// goroutine.
func (p *claimsPane) deleteClaim(ctx context.Context, id int64) error {
	if err := p.u.store.DeleteClaim(ctx, id); err != nil {
		return err
	}
	fyne.DoAndWait(func() { p.u.compare.forgetClaim(id) })
	return p.update(ctx, 0)
}

func (p *claimsPane) onDelete() {
	c, ok := p.current()
	if !ok {
		return
	}
	msg := fmt.Sprintf("Delete “%s” with its %s, statements, verdicts and notes? This cannot be undone.", c.Title, count(c.Sources, "source"))
	d := dialog.NewConfirm("Delete claim", msg, func(ok bool) {
		if !ok {
			return
		}
		p.u.async("delete claim", func(ctx context.Context) error { return p.deleteClaim(ctx, c.ID) })
	}, p.u.win)
	// The buttons name the action, not Yes and No.
	d.SetConfirmText("Delete")
	d.SetDismissText("Cancel")
	d.SetConfirmImportance(widget.DangerImportance)
	// Wide enough for the question on two lines: the dialog's own size
	// wraps it narrowly and leaves a gap.
	d.Resize(fyne.NewSize(600, 200))
	p.u.showDialog(d, false) // Escape cancels; Enter must not delete
}
