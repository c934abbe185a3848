package app

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/claimdiff/claimdiff/app/textview"
	"github.com/claimdiff/claimdiff/data"
)

// Pair filters of the contradiction list.
const (
	filterContradictions = "Contradictions"
	filterAll            = "All relations"
	filterToCheck        = "To check"
)

// claimPane shows the selected claim: its contradiction list, its sources
// and its statements.
type claimPane struct {
	u          *UI
	title      *bidiTitle
	counts     *widget.Label
	filter     *widget.Select
	fold       *widget.Check
	meaning    *widget.Label // what a contradiction's percentage is
	pairs      *widget.List
	sources    *widget.List
	statements *widget.List
	tabs       *container.AppTabs
	srcA, srcB *widget.Select
	pickB      bool // the next source clicked goes to B

	id        int64
	detail    data.ClaimDetail
	allPairs  []data.Pair
	repeats   []int   // data.Repeats of allPairs
	folded    []int   // for each pair of allPairs, how many repeats of it the list hides
	shown     []int32 // indexes of allPairs through the filter: one copy of each pair
	foldOn    bool    // repeats of a contradiction are folded into its row
	outlets   map[int64]string
	selected  int
	filterVal string
	empty     *widget.Label   // over the list when it shows nothing, saying why
	stale     *fyne.Container // under the title when another build analysed some sources
	staleText *widget.Label
	again     *widget.Button // the notice's Re-analyse
}

func newClaimPane(u *UI) *claimPane {
	return &claimPane{u: u, selected: -1, filterVal: filterContradictions, foldOn: true}
}

// confidenceMeaning says, beside the list, what a contradiction's
// percentage is.
const confidenceMeaning = "% of a contradiction: how often pairs like it were real on test claims"

func (p *claimPane) build() fyne.CanvasObject {
	p.title = newBidiTitle()
	p.counts = widget.NewLabel("")
	p.filter = widget.NewSelect([]string{filterContradictions, filterAll, filterToCheck}, func(v string) {
		p.filterVal = v
		p.applyFilter()
		p.u.release()
	})
	p.filter.SetSelected(filterContradictions)
	// On by default: two accounts that disagree on a toll disagree in
	// their headlines, their leads and further down, and each pair of those
	// sentences would take a row of the list.
	p.fold = widget.NewCheck("Fold repeats", func(on bool) {
		p.foldOn = on
		p.applyFilter()
		p.u.release()
	})
	p.fold.SetChecked(true)

	p.pairs = newRowList(func() int { return len(p.shown) }, newTwoLineItem, p.updatePair)
	p.pairs.OnSelected = func(i widget.ListItemID) {
		if i < len(p.shown) {
			p.selected = i
			p.u.compare.show(p.shownPair(i), p.outlets)
		}
	}
	p.sources = newRowList(func() int { return len(p.detail.Sources) }, newTwoLineItem, p.updateSource)
	p.statements = newRowList(func() int { return len(p.detail.Statements) }, newStatementItem, p.updateStatement)

	// Wide enough for the longest choice, which a Select would cut short.
	filterBox := container.NewGridWrap(fyne.NewSize(260, p.filter.MinSize().Height), p.filter)
	p.empty = widget.NewLabel("")
	p.empty.Wrapping = fyne.TextWrapWord
	p.empty.Hide()
	// What a contradiction's percentage is (data/internal/calib), cut short
	// rather than widening a narrow window.
	p.meaning = widget.NewLabel(confidenceMeaning)
	p.meaning.Importance = widget.LowImportance
	p.meaning.Truncation = fyne.TextTruncateEllipsis
	pairsTab := container.NewBorder(container.NewBorder(nil, nil, container.NewHBox(widget.NewLabel("Show"), filterBox, p.fold), nil, p.meaning), nil, nil, nil,
		container.NewStack(p.pairs, container.NewPadded(p.empty)))
	p.srcA, p.srcB = widget.NewSelect(nil, func(string) { p.u.release() }), widget.NewSelect(nil, func(string) { p.u.release() })
	p.srcA.PlaceHolder, p.srcB.PlaceHolder = "Source A", "Source B"
	p.sources.OnSelected = func(i widget.ListItemID) {
		// A click picks the next side to fill: A, then B, then A again.
		if i >= len(p.detail.Sources) {
			return
		}
		opt := sourceOption(i, p.detail.Sources[i], p.detail.Sources)
		if p.pickB {
			p.srcB.SetSelected(opt)
		} else {
			p.srcA.SetSelected(opt)
		}
		p.pickB = !p.pickB
		p.sources.UnselectAll()
	}
	cmp := widget.NewButton("Compare", p.onCompareSources)
	cmp.Importance = widget.HighImportance
	add := widget.NewButton("Add source…", p.u.onAddFile)
	paste := widget.NewButton("Paste text…", p.u.onPaste)
	pick := container.NewBorder(nil, nil, nil, container.NewHBox(cmp, add, paste),
		container.NewGridWithColumns(2, p.srcA, p.srcB))
	sourcesTab := container.NewBorder(pick, nil, nil, nil, p.sources)
	p.tabs = container.NewAppTabs(
		container.NewTabItem("Contradictions", pairsTab),
		container.NewTabItem("Sources", sourcesTab),
		container.NewTabItem("Statements", p.statements),
	)
	p.staleText = widget.NewLabel("")
	p.staleText.Wrapping = fyne.TextWrapWord
	p.again = widget.NewButtonWithIcon("Re-analyse", theme.ViewRefreshIcon(), func() { p.u.reanalyseClaim(p.detail.Claim) })
	p.stale = container.NewBorder(nil, nil, widget.NewIcon(theme.WarningIcon()), p.again, p.staleText)
	p.stale.Hide()
	// The title and its counts share one line, which leaves the list of
	// contradictions room for more rows.
	head := container.NewVBox(container.NewBorder(nil, nil, nil, p.counts, p.title.box), p.stale)
	return container.NewBorder(head, nil, nil, nil, p.tabs)
}

// showStatement opens the Statements tab on statement id (a search hit).
func (p *claimPane) showStatement(id int64) {
	for i, st := range p.detail.Statements {
		if st.ID == id {
			p.tabs.SelectIndex(2)
			p.statements.Select(i)
			p.statements.ScrollTo(i)
			return
		}
	}
}

// newTwoLineItem is a list row: a bold head and a one-line body, both
// through the bidi layout, since both mix the interface's English with
// Arabic names (speakers, authors) that a plain label would draw in
// logical order, its words reversed.
func newTwoLineItem() fyne.CanvasObject {
	head := textview.NewParagraph(textview.Paragraph{Dir: textview.LTR})
	head.TextStyle.Bold = true
	head.MaxLines = 1
	body := textview.NewParagraph(textview.Paragraph{Dir: textview.LTR})
	body.MaxLines = 1
	return container.NewVBox(head, body)
}

func setTwoLine(o fyne.CanvasObject, head, body string) {
	box := o.(*fyne.Container)
	box.Objects[0].(*textview.ParagraphView).SetParagraph(textview.Paragraph{Text: head, Dir: textview.LTR})
	box.Objects[1].(*textview.ParagraphView).SetParagraph(textview.Paragraph{Text: body, Dir: textview.LTR})
}

// claimCounts is the line under a claim: "1 source · 9 statements · 0
// contradictions".
func claimCounts(sources, statements, contradictions int) string {
	return count(sources, "source") + " · " + count(statements, "statement") + " · " + count(contradictions, "contradiction")
}

// staleText says that stale of a claim's sources were analysed by another
// build of Claimdiff (data.Claim.Stale), so that its lists may not be the
// ones this build gives.
func staleText(stale, sources int) string {
	which := fmt.Sprintf("%d of its %d sources were", stale, sources)
	switch {
	case stale == 1 && sources == 1:
		which = "Its source was"
	case stale == sources:
		which = fmt.Sprintf("Its %d sources were", sources)
	case stale == 1:
		which = fmt.Sprintf("1 of its %d sources was", sources)
	}
	return which + " analysed by an earlier build of Claimdiff: its statements and contradictions may differ from what this build finds. Re-analysing keeps verdicts and notes."
}

// count is n with its noun, singular for one.
func count(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// bidiTitle is a bold one-line title. Left-to-right text goes in a label,
// which cuts a long title with an ellipsis; text with right-to-left letters
// goes through the bidi layout, since a label draws Arabic words left to
// right in logical order (shortened, and cut to one line).
type bidiTitle struct {
	label *widget.Label
	para  *textview.ParagraphView
	box   *fyne.Container
}

func newBidiTitle() *bidiTitle {
	t := &bidiTitle{label: widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})}
	t.label.Truncation = fyne.TextTruncateEllipsis
	t.para = textview.NewParagraph(textview.Paragraph{})
	t.para.TextStyle.Bold = true
	t.para.MaxLines = 1
	t.box = container.NewStack(t.label, labelInset(t.para))
	t.para.Hide()
	return t
}

// set shows text; maxRunes is how much of a right-to-left title is kept.
func (t *bidiTitle) set(text string, maxRunes int) {
	if hasRTL(text) {
		t.label.SetText("")
		t.label.Hide()
		t.para.SetParagraph(textview.Paragraph{Text: shorten(text, maxRunes)})
		t.para.Show()
		return
	}
	t.para.Hide()
	t.label.SetText(text)
	t.label.Show()
}

// text is what the title shows.
func (t *bidiTitle) text() string {
	if t.para.Visible() {
		return t.para.Paragraph().Text
	}
	return t.label.Text
}

// labelInset puts a paragraph where a widget.Label would put its text: a
// paragraph pads by half a label's inner padding.
func labelInset(v *textview.ParagraphView) fyne.CanvasObject {
	in := theme.InnerPadding() / 2
	return container.New(layout.NewCustomPaddedLayout(in, in, in, in), v)
}

// statementLines is how many lines of its text a statement row shows.
const statementLines = 2

// newStatementItem is a statement row: who and their stance, then the
// start of the statement in its own direction (Arabic right to left).
func newStatementItem() fyne.CanvasObject {
	head := textview.NewParagraph(textview.Paragraph{Dir: textview.LTR})
	head.TextStyle.Bold = true
	head.MaxLines = 1
	body := textview.NewParagraph(textview.Paragraph{})
	body.MaxLines = statementLines
	return container.NewStack(minSize(0, head.MinSize().Height+statementLines*body.MinSize().Height), container.NewVBox(head, body))
}

// shorten cuts s to about n runes at a word boundary, ending with "…".
func shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	cut := n
	for cut > n/2 && !unicode.IsSpace(r[cut]) {
		cut--
	}
	return strings.TrimRightFunc(string(r[:cut]), unicode.IsSpace) + "…"
}

// update loads claim id (0 clears the pane) and applies it on the UI
// goroutine, returning when it is shown.
func (p *claimPane) update(ctx context.Context, id int64) error {
	var detail data.ClaimDetail
	var pairs []data.Pair
	if id != 0 {
		var err error
		if detail, err = p.u.store.Claim(ctx, id); err != nil {
			return err
		}
		// The pairs point at the claim's own statements, and no
		// statement keeps its facts, which the window never shows: a
		// claim of 200 sources held its 1,800 statements twice, and their
		// facts once more.
		if pairs, err = p.u.store.PairsAmong(ctx, id, data.PairFilter{}, detail.Statements); err != nil {
			return err
		}
		for i := range detail.Statements {
			detail.Statements[i].Facts = nil
		}
	}
	outlets := make(map[int64]string, len(detail.Sources))
	for _, s := range detail.Sources {
		outlets[s.ID] = sourceLabel(s)
	}
	fyne.DoAndWait(func() {
		if p.id != id {
			// Another claim: a verdict or note typed on this one's pair
			// and not saved is saved now, or it would be lost.
			p.u.compare.keepEdits()
			p.u.compare.hasPair = false
			p.u.compare.setMode(showNothing)
		}
		p.id, p.detail, p.allPairs, p.outlets = id, detail, pairs, outlets
		p.repeats = data.Repeats(pairs)
		var opts []string
		for i, s := range detail.Sources {
			opts = append(opts, sourceOption(i, s, detail.Sources))
		}
		p.srcA.Options, p.srcB.Options = opts, opts
		p.srcA.ClearSelected()
		p.srcB.ClearSelected()
		if a, b, ok := defaultPair(detail.Sources); ok {
			p.srcA.SetSelected(opts[a])
			p.srcB.SetSelected(opts[b])
		}
		p.title.set(detail.Title, 90)
		p.staleText.SetText(staleText(detail.Stale, len(detail.Sources)))
		if detail.Stale == 0 {
			p.stale.Hide()
		} else {
			p.stale.Show()
		}
		if id == 0 {
			p.counts.SetText("No claim yet: create one with File › New claim (Ctrl+N).")
		} else {
			p.counts.SetText(claimCounts(len(detail.Sources), len(detail.Statements), contradictions(pairs)))
		}
		p.sources.Refresh()
		p.statements.Refresh()
		p.applyFilter()
	})
	return nil
}

// sourceOption names source i of the claim in the two pickers.
//
// It opens with a Latin word: a picker draws its text as one line that
// takes its direction from the first letter, and "1. الجزيرة" came out as
// "الجزيرة1 .". A source whose outlet is another's too ("Reuters" six
// times) also shows its title, or else its file name.
func sourceOption(i int, s data.Source, all []data.Source) string {
	label := sourceLabel(s)
	for j, o := range all {
		if j != i && sourceLabel(o) == label {
			switch {
			case s.Title != "" && s.Title != label:
				label += " · " + shorten(s.Title, 40)
			case s.Name != "" && s.Name != label:
				label += " · " + s.Name
			}
			break
		}
	}
	return fmt.Sprintf("Source %d: %s", i+1, label)
}

// pickedSource is the source chosen in sel, if any.
func (p *claimPane) pickedSource(sel *widget.Select) (int64, bool) {
	i := sel.SelectedIndex()
	if i < 0 || i >= len(p.detail.Sources) {
		return 0, false
	}
	return p.detail.Sources[i].ID, true
}

// onCompareSources shows the two picked sources side by side.
func (p *claimPane) onCompareSources() {
	a, okA := p.pickedSource(p.srcA)
	b, okB := p.pickedSource(p.srcB)
	if !okA || !okB || a == b {
		p.u.inform("Compare sources", "Pick two different sources to compare.")
		return
	}
	p.u.compare.compareSources(a, b)
}

// applyFilter fills shown from allPairs and shows the first pair.
func (p *claimPane) applyFilter() {
	if p.pairs == nil {
		return
	}
	p.shown = p.shown[:0]
	p.folded = slices.Grow(p.folded[:0], len(p.allPairs))[:len(p.allPairs)]
	clear(p.folded)
	repeats := 0
	for i, pr := range p.allPairs {
		if !p.passes(pr) {
			continue
		}
		// A repeat is folded into the row of the pair it repeats, when
		// that row is in the list.
		if r := p.repeats[i]; r >= 0 && p.passes(p.allPairs[r]) {
			repeats++
			if p.foldOn {
				p.folded[r]++
				continue
			}
		}
		p.shown = append(p.shown, int32(i))
	}
	// How many there are, folded or not, so that the count of the claim's
	// contradictions and the rows of the list can be told apart.
	p.fold.SetText(fmt.Sprintf("Fold repeats (%d)", repeats))
	p.pairs.UnselectAll()
	p.pairs.Refresh()
	p.selected = -1
	if msg := p.emptyText(); msg != "" && len(p.shown) == 0 {
		p.empty.SetText(msg)
		p.empty.Show()
	} else {
		p.empty.Hide()
	}
	if len(p.shown) > 0 {
		p.pairs.Select(0)
	} else {
		p.u.compare.clear()
	}
}

// passes tells whether the filter lets pr into the list.
func (p *claimPane) passes(pr data.Pair) bool {
	switch p.filterVal {
	case filterContradictions:
		return pr.Relation == data.RelContradicts
	case filterToCheck:
		return pr.Verdict == data.ToCheck
	}
	return true
}

// emptyText says why the list of pairs is empty, and what to do: a claim
// without sources, a claim with one, or a filter that leaves nothing.
func (p *claimPane) emptyText() string {
	switch n := len(p.detail.Sources); {
	case p.id == 0:
		return ""
	case n == 0:
		return "No sources yet. Add articles or statements with File › Add source… (Ctrl+O), File › Paste text…, File › Add web address…, or by dropping files on the window."
	case n == 1:
		return "One source so far: contradictions are found between sources. Add another account of the claim."
	case len(p.allPairs) == 0:
		return "The engine found no contradiction or agreement between these sources' statements. Compare two whole sources in the Sources tab to read their differences."
	}
	return "No pair matches this filter. Choose All relations to see every pair."
}

// step moves the pair selection by d (F7 / Shift+F7).
func (p *claimPane) step(d int) {
	if len(p.shown) == 0 {
		return
	}
	i := p.selected + d
	if i < 0 {
		i = 0
	}
	if i >= len(p.shown) {
		i = len(p.shown) - 1
	}
	p.pairs.Select(i)
	p.pairs.ScrollTo(i)
}

func (p *claimPane) updatePair(i widget.ListItemID, o fyne.CanvasObject) {
	if i >= len(p.shown) {
		return
	}
	pr := p.shownPair(i)
	head := fmt.Sprintf("%s  vs  %s", isolate(speakerOf(*pr.A, p.outlets)), isolate(speakerOf(*pr.B, p.outlets)))
	body := fmt.Sprintf("%s %.0f%% · %s · %s", pr.Relation, pr.Confidence*100, rowEvidence(pr), verdictLabel(pr.Verdict))
	if strings.TrimSpace(pr.Note) != "" {
		body += " · note"
	}
	if n := p.folded[p.shown[i]]; n > 0 {
		body += " · " + count(n, "repeat") + " folded"
	}
	setTwoLine(o, head, body)
}

func (p *claimPane) updateSource(i widget.ListItemID, o fyne.CanvasObject) {
	if i >= len(p.detail.Sources) {
		return
	}
	s := p.detail.Sources[i]
	date := "date unknown"
	if !s.Published.IsZero() {
		date = s.Published.Format("2 Jan 2006")
	}
	// The title tells apart two sources of one outlet, which the rest of
	// the row often does not.
	head := isolate(sourceLabel(s))
	if s.Title != "" && s.Title != sourceLabel(s) {
		head += " · " + isolate(shorten(s.Title, 80))
	}
	var parts []string
	if s.Author != "" {
		parts = append(parts, isolate(s.Author))
	}
	parts = append(parts, date, s.Lang, count(s.Statements, "statement"))
	if also := alsoPublished(s.Appearances); also != "" {
		parts = append(parts, also)
	}
	setTwoLine(o, head, strings.Join(parts, " · "))
}

// alsoPublished names the other outlets that published a source's text:
// "also published by Daily Paper and Wire", at most three named.
func alsoPublished(as []data.Appearance) string {
	var names []string
	for _, a := range as {
		n := isolate(cmp.Or(a.Outlet, a.URL, a.Name))
		if !slices.Contains(names, n) {
			names = append(names, n)
		}
	}
	switch n := len(names); {
	case n == 0:
		return ""
	case n > 3:
		return fmt.Sprintf("also published by %s and %d more", strings.Join(names[:3], ", "), n-3)
	case n == 1:
		return "also published by " + names[0]
	default:
		return "also published by " + strings.Join(names[:n-1], ", ") + " and " + names[n-1]
	}
}

func (p *claimPane) updateStatement(i widget.ListItemID, o fyne.CanvasObject) {
	if i >= len(p.detail.Statements) {
		return
	}
	st := p.detail.Statements[i]
	head := fmt.Sprintf("%s · %s", speakerOf(st, p.outlets), stanceLabel(st.Stance))
	box := o.(*fyne.Container).Objects[1].(*fyne.Container)
	box.Objects[0].(*textview.ParagraphView).SetParagraph(textview.Paragraph{Text: head, Dir: textview.LTR})
	// Two lines of the pane hold about 200 characters; MaxLines cuts the
	// rest when the pane is narrower.
	box.Objects[1].(*textview.ParagraphView).SetParagraph(textview.Paragraph{Text: shorten(st.Text, 200)})
}

// shownPair is the i-th pair of the filtered list.
func (p *claimPane) shownPair(i int) data.Pair { return p.allPairs[p.shown[i]] }

// pairChanged replaces a pair after its verdict was saved.
func (p *claimPane) pairChanged(pr data.Pair) {
	for i := range p.allPairs {
		if p.allPairs[i].ID == pr.ID {
			p.allPairs[i] = pr
		}
	}
	p.pairs.Refresh()
	// A verdict changes the claim's count of contradictions, here and in
	// the claims list.
	n := contradictions(p.allPairs)
	p.counts.SetText(claimCounts(len(p.detail.Sources), len(p.detail.Statements), n))
	p.u.claims.setContradictions(p.id, n)
}

// defaultPair picks the two sources the Sources tab offers to compare:
// the first source and the next one in its language from another outlet or
// author. A word diff of an article against its translation, or against
// its own outlet's other version, says less; the first two sources are the
// fallback.
func defaultPair(srcs []data.Source) (a, b int, ok bool) {
	if len(srcs) < 2 {
		return 0, 0, false
	}
	for j := 1; j < len(srcs); j++ {
		if srcs[j].Lang == srcs[0].Lang && (srcs[j].Outlet != srcs[0].Outlet || srcs[j].Author != srcs[0].Author) {
			return 0, j, true
		}
	}
	return 0, 1, true
}

func sourceLabel(s data.Source) string {
	if s.Outlet != "" {
		return s.Outlet
	}
	if s.Title != "" {
		return s.Title
	}
	return s.Name
}

func speakerOf(st data.Statement, outlets map[int64]string) string {
	if st.Speaker != "" {
		return st.Speaker
	}
	if o := outlets[st.SourceID]; o != "" {
		return o
	}
	return "unattributed"
}

func stanceLabel(s string) string {
	if s == "" {
		return "neutral"
	}
	return s
}

// rowEvidence is what a pair's row says of why: its first reason as the
// reasons pane words it ("number: 3000 vs 2500 (جندي)"), shortened, and
// how many more there are. Rows of one pair of speakers told only "stance,
// negation" and looked alike.
func rowEvidence(pr data.Pair) string {
	if len(pr.Reasons) == 0 {
		if pr.A.Text == pr.B.Text {
			return "the same words"
		}
		return "no single reason"
	}
	s := shorten(reasonLine(pr.Reasons[0]), 90)
	if n := len(pr.Reasons) - 1; n > 0 {
		s += fmt.Sprintf(" (+%d)", n)
	}
	return s
}

func verdictLabel(v data.Verdict) string {
	switch v {
	case data.Confirmed:
		return "confirmed contradiction"
	case data.NotContradiction:
		return "not a contradiction"
	}
	return "to check"
}

// contradictions counts the pairs the engine calls contradictions, less
// those the journalist judged not to be: the count the claims list shows
// (data.Claim.Contradictions).
func contradictions(pairs []data.Pair) int {
	n := 0
	for _, p := range pairs {
		if p.Relation == data.RelContradicts && p.Verdict != data.NotContradiction {
			n++
		}
	}
	return n
}
