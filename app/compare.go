package app

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"github.com/claimdiff/claimdiff/app/textview"
	"github.com/claimdiff/claimdiff/compare/textnorm"
	"github.com/claimdiff/claimdiff/data"
)

var verdictChoices = []string{"To check", "Confirmed contradiction", "Not a contradiction"}

func verdictFromChoice(s string) data.Verdict {
	switch s {
	case verdictChoices[1]:
		return data.Confirmed
	case verdictChoices[2]:
		return data.NotContradiction
	}
	return data.ToCheck
}

func choiceFromVerdict(v data.Verdict) string {
	switch v {
	case data.Confirmed:
		return verdictChoices[1]
	case data.NotContradiction:
		return verdictChoices[2]
	}
	return verdictChoices[0]
}

// comparePane shows one pair side by side with the engine's reasons and the
// journalist's verdict and note.
type comparePane struct {
	u              *UI
	failed         map[int64]data.Pair // edits whose save failed, by pair ID (see pendingEdits)
	sides          *pairView
	ignore         textnorm.Options
	outlets        map[int64]string
	reasons        *fyne.Container // one bidi paragraph per reason
	why            *widget.Label   // the reasons' heading, with how many there are
	verdict        *choiceRow
	note           *noteEntry
	notePreview    *textview.ParagraphView // the note as it reads, when it is right to left
	previewRow     *fyne.Container         // the preview and its label, hidden for a left-to-right note
	save           *widget.Button
	status         *widget.Label
	pair           data.Pair
	hasPair        bool
	content, empty fyne.CanvasObject
	stack          *fyne.Container
	toggles        *widget.CheckGroup
	docs           *docsPane
	mode           int
	whole, back    *widget.Button
}

// What the comparison pane shows.
const (
	showNothing = iota
	showPair
	showSources
)

// defaultIgnore hides the differences that change no meaning in Arabic
// news text: tashkeel and tatweel, letter forms, digit shapes.
const defaultIgnore = textnorm.IgnoreDiacritics | textnorm.IgnoreLetterforms | textnorm.IgnoreDigits

// ignoreToggles are the engine's ignore options as the pane names them.
var ignoreToggles = []struct {
	label string
	opt   textnorm.Options
}{
	{"Punctuation", textnorm.IgnorePunct},
	{"Case", textnorm.IgnoreCase},
	{"Tashkeel", textnorm.IgnoreDiacritics},
	{"Letter forms", textnorm.IgnoreLetterforms},
	{"Digit shapes", textnorm.IgnoreDigits},
}

func newComparePane(u *UI, ignore textnorm.Options) *comparePane {
	return &comparePane{u: u, ignore: ignore, docs: newDocsPane(u), failed: map[int64]data.Pair{}}
}

// ignoreLabels are the toggles that are on for o.
func ignoreLabels(o textnorm.Options) []string {
	var on []string
	for _, t := range ignoreToggles {
		if o&t.opt != 0 {
			on = append(on, t.label)
		}
	}
	return on
}

// ignoreOf is the options of the toggles named in sel.
func ignoreOf(sel []string) textnorm.Options {
	var o textnorm.Options
	for _, t := range ignoreToggles {
		for _, s := range sel {
			if s == t.label {
				o |= t.opt
			}
		}
	}
	return o
}

func newIgnoreGroup() *widget.CheckGroup {
	var names []string
	for _, t := range ignoreToggles {
		names = append(names, t.label)
	}
	g := widget.NewCheckGroup(names, nil)
	g.Horizontal = true
	return g
}

func (p *comparePane) build() fyne.CanvasObject {
	p.sides = newPairView()
	toggles := newIgnoreGroup()
	toggles.SetSelected(ignoreLabels(p.ignore))
	toggles.OnChanged = func(sel []string) {
		p.setIgnore(ignoreOf(sel))
		p.u.release()
	}
	p.toggles = toggles
	p.whole = widget.NewButton("Compare sources", p.onWhole)
	p.back = widget.NewButton("Back to the claim", p.onBack)
	p.reasons = container.NewVBox()
	// The chosen verdict in its colour: to check plain, a confirmed
	// contradiction red, not a contradiction green.
	p.verdict = newChoiceRow(verdictChoices, []widget.Importance{widget.MediumImportance, widget.DangerImportance, widget.SuccessImportance})
	p.note = newNoteEntry()
	p.note.step = func() {
		if p.u.shiftHeld() {
			p.step(-1)
		} else {
			p.step(1)
		}
	}
	p.note.SetPlaceHolder("Note for the desk…")
	p.note.OnSubmitted = func(string) { p.onSave() }
	// Fyne's Entry lays Arabic out left to right in logical order; a note
	// with right-to-left letters is shown again above it as it reads.
	p.notePreview = textview.NewParagraph(textview.Paragraph{})
	p.notePreview.MaxLines = 2
	p.previewRow = container.NewBorder(nil, nil, widget.NewLabel("Your note reads:"), nil, p.notePreview)
	p.previewRow.Hide()
	p.note.OnChanged = func(text string) {
		p.previewNote(text)
		if p.status.Text == "Saved." {
			p.status.SetText("") // the note has changed since
		}
	}
	p.save = widget.NewButton("Save verdict", p.onSave)
	p.save.Importance = widget.HighImportance
	p.status = widget.NewLabel("")

	// The toggles have the top row to themselves, less "Back" when two
	// sources are shown: with "Compare sources" beside them they
	// did not fit a window of the least width. They scroll sideways rather
	// than run under the button when the text is large.
	top := container.NewBorder(nil, nil, nil, p.back,
		container.NewHScroll(container.NewHBox(widget.NewLabel("Ignore"), toggles)))
	p.why = widget.NewLabelWithStyle(whyHeading(0), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	body := container.NewVBox(p.sides.content, widget.NewSeparator(), p.why, p.reasons)
	// The verdict on one line, the note with its button on the next: on
	// one line they needed more than the width of a window with large text,
	// and the note was squeezed out.
	note := container.NewBorder(nil, nil, nil, container.NewHBox(p.save, p.status), container.NewStack(minSize(220, 0), p.note))
	verdict := container.NewVBox(p.previewRow, container.NewBorder(nil, nil, nil, p.whole, p.verdict.box), note)
	p.content = container.NewBorder(nil, verdict, nil, nil, container.NewVScroll(body))
	p.empty = container.NewCenter(widget.NewLabel("Select a pair to compare its statements, or two sources in the Sources tab."))
	p.docs.build()
	p.stack = container.NewStack(p.empty)
	p.setMode(showNothing)
	return container.NewBorder(top, nil, nil, nil, p.stack)
}

// setMode shows the empty message, the pair or the two sources.
func (p *comparePane) setMode(m int) {
	if (m == showSources) != (p.mode == showSources) {
		p.u.fullHeight(m == showSources)
	}
	p.mode = m
	obj := p.empty
	switch m {
	case showPair:
		obj = p.content
	case showSources:
		obj = p.docs.content
	}
	p.stack.Objects = []fyne.CanvasObject{obj}
	p.stack.Refresh()
	if m == showSources {
		p.back.Show()
	} else {
		p.back.Hide()
	}
	if p.hasPair && m == showPair {
		p.whole.Show()
	} else {
		p.whole.Hide()
	}
}

// onWhole compares the two sources of the pair on screen.
func (p *comparePane) onWhole() {
	if !p.hasPair {
		return
	}
	p.compareSources(p.pair.A.SourceID, p.pair.B.SourceID)
}

// onBack leaves the two sources for the claim and its pair.
func (p *comparePane) onBack() {
	if p.hasPair {
		p.setMode(showPair)
	} else {
		p.setMode(showNothing)
	}
}

// compareSources compares two whole sources off the UI goroutine and shows
// them when done.
func (p *comparePane) compareSources(a, b int64) {
	ignore := p.ignore
	p.u.async("compare sources", func(ctx context.Context) error { return p.showSourcesSync(ctx, a, b, ignore) })
}

// showSourcesSync is compareSources for tests: it returns once shown.
func (p *comparePane) showSourcesSync(ctx context.Context, a, b int64, ignore textnorm.Options) error {
	if err := p.docs.update(ctx, a, b, ignore); err != nil {
		return err
	}
	fyne.DoAndWait(func() { p.setMode(showSources) })
	return nil
}

// step moves to the next or previous difference of the two sources on
// screen, or else to the next or previous pair of the list.
func (p *comparePane) step(d int) {
	if p.mode == showSources {
		p.docs.step(d)
		return
	}
	p.u.claim.step(d)
}

// show puts pr in the pane. Called on the UI goroutine.
func (p *comparePane) show(pr data.Pair, outlets map[int64]string) {
	if ed, changed := p.unsaved(); changed && ed.ID == pr.ID {
		// The same pair again (the filter changed): the list's copy is
		// older than the form, whose edits are being saved.
		pr.Verdict, pr.Note = ed.Verdict, ed.Note
	}
	p.keepEdits()
	p.pair, p.hasPair, p.outlets = pr, true, outlets
	p.showSides()
	p.reasons.RemoveAll()
	p.why.SetText(whyHeading(len(pr.Reasons)))
	for _, line := range reasonLines(pr) {
		p.reasons.Add(textview.NewParagraph(textview.Paragraph{Text: line, Dir: textview.LTR}))
	}
	verdict, note, status := pr.Verdict, pr.Note, ""
	if f, ok := p.failed[pr.ID]; ok {
		// Edits whose save failed come back to the form, unsaved: the
		// next move tries again, and closing asks before losing them.
		verdict, note, status = f.Verdict, f.Note, "Not saved."
	}
	p.verdict.SetSelected(choiceFromVerdict(verdict))
	p.note.SetText(note)
	p.previewNote(note)
	p.status.SetText(status)
	p.setMode(showPair)
}

func (p *comparePane) showSides() {
	pr := p.pair
	p.sides.set(sideHeader(*pr.A, p.outlets), pr.A.Text, sideHeader(*pr.B, p.outlets), pr.B.Text, pr.Reasons, p.ignore)
}

// setIgnore changes which cosmetic differences the word diff hides.
func (p *comparePane) setIgnore(o textnorm.Options) {
	p.ignore = o
	if p.hasPair {
		p.showSides()
	}
	p.docs.setIgnore(o)
}

func (p *comparePane) clear() {
	p.keepEdits()
	p.hasPair = false
	if p.stack != nil && p.mode == showPair {
		p.setMode(showNothing)
	}
}

func (p *comparePane) onSave() {
	if !p.hasPair {
		return
	}
	pr := p.edited()
	p.u.async("save verdict", func(ctx context.Context) error {
		return p.saveVerdict(ctx, pr)
	})
}

// previewNote shows the note as it reads when it has right-to-left
// letters, and hides the preview otherwise.
func (p *comparePane) previewNote(text string) {
	showPreview(hasRTL(text), text, p.notePreview, p.previewRow, p.content)
}

// showPreview shows text in view, and row (view or the row holding it),
// when show is set, and hides row otherwise; parent is laid out again when
// row appears or goes, since it grows or shrinks.
func showPreview(show bool, text string, view *textview.ParagraphView, row, parent fyne.CanvasObject) {
	if !show {
		if row.Visible() {
			row.Hide()
			parent.Refresh()
		}
		return
	}
	view.SetParagraph(textview.Paragraph{Text: text})
	if !row.Visible() {
		row.Show()
		parent.Refresh()
	}
}

// noteEntry is the note's field. Fyne's Entry draws right-to-left text in
// an order its cursor does not follow: a click in an Arabic note put the
// cursor elsewhere than it showed, and the words typed landed inside
// another word ("2 EDIT024"). In a note with right-to-left letters a click
// puts the cursor at the end, where typing adds to the note, and
// Ctrl+Home / Ctrl+End go to the start and the end of the note.
type noteEntry struct {
	widget.Entry
	// step is F7's move (Shift+F7 backwards), which the field passes on;
	// Escape leaves the field.
	step func()
}

func (e *noteEntry) TypedKey(k *fyne.KeyEvent) {
	switch k.Name {
	case fyne.KeyEscape:
		if c := fyne.CurrentApp().Driver().CanvasForObject(e); c != nil {
			c.Unfocus()
		}
	case fyne.KeyF7:
		if e.step != nil {
			e.step()
		}
	default:
		e.Entry.TypedKey(k)
	}
}

func newNoteEntry() *noteEntry {
	e := &noteEntry{}
	e.ExtendBaseWidget(e)
	return e
}

func (e *noteEntry) Tapped(ev *fyne.PointEvent) {
	e.Entry.Tapped(ev)
	if hasRTL(e.Text) {
		e.toEnd()
	}
}

func (e *noteEntry) TypedShortcut(s fyne.Shortcut) {
	if cs, ok := s.(*desktop.CustomShortcut); ok && cs.Modifier == fyne.KeyModifierShortcutDefault {
		switch cs.KeyName {
		case fyne.KeyEnd:
			e.toEnd()
			return
		case fyne.KeyHome:
			e.CursorRow, e.CursorColumn = 0, 0
			e.Refresh()
			return
		}
	}
	e.Entry.TypedShortcut(s)
}

func (e *noteEntry) toEnd() {
	lines := strings.Split(e.Text, "\n")
	e.CursorRow = len(lines) - 1
	e.CursorColumn = utf8.RuneCountInString(lines[len(lines)-1])
	e.Refresh()
}

// hasRTL reports whether s has a letter of a right-to-left script.
func hasRTL(s string) bool {
	for _, r := range s {
		if unicode.In(r, unicode.Arabic, unicode.Hebrew, unicode.Syriac, unicode.Thaana, unicode.Nko) {
			return true
		}
	}
	return false
}

// edited is the pair on screen with the verdict and note as the form
// holds them.
func (p *comparePane) edited() data.Pair {
	pr := p.pair
	pr.Verdict = verdictFromChoice(p.verdict.Selected)
	pr.Note = p.note.Text
	return pr
}

// keepEdits saves a verdict or note the journalist changed but did not
// save, before the pane shows something else: moving to the next pair must
// not lose a note.
func (p *comparePane) keepEdits() {
	if pr, changed := p.unsaved(); changed {
		p.u.async("save verdict", func(ctx context.Context) error {
			return p.saveVerdict(ctx, pr)
		})
	}
}

// unsaved is the pair on screen as edited, and whether its verdict or note
// differs from what was saved.
func (p *comparePane) unsaved() (data.Pair, bool) {
	if !p.hasPair {
		return data.Pair{}, false
	}
	pr := p.edited()
	return pr, pr.Verdict != p.pair.Verdict || pr.Note != p.pair.Note
}

// pendingEdits are the verdicts and notes not in the archive: those whose
// save failed, and the form's when it differs from the saved pair.
func (p *comparePane) pendingEdits() []data.Pair {
	var out []data.Pair
	for _, pr := range p.failed {
		out = append(out, pr)
	}
	if pr, changed := p.unsaved(); changed {
		delete(p.failed, pr.ID) // the form's edits are newer
		out = slices.DeleteFunc(out, func(f data.Pair) bool { return f.ID == pr.ID })
		out = append(out, pr)
	}
	return out
}

// forgetClaim drops the verdicts and notes typed, and not saved, on pairs
// of a claim that was deleted: the journalist chose to delete them with
// it, and saving them to rows that no longer exist would fail (or, were a
// row id used again, land on another pair). Called on the UI goroutine.
func (p *comparePane) forgetClaim(claimID int64) {
	for id, pr := range p.failed {
		if pr.A != nil && pr.A.ClaimID == claimID {
			delete(p.failed, id)
		}
	}
	if p.hasPair && p.pair.A != nil && p.pair.A.ClaimID == claimID {
		p.verdict.SetSelected(choiceFromVerdict(p.pair.Verdict))
		p.note.SetText(p.pair.Note)
		p.previewNote(p.pair.Note)
	}
}

// saveVerdict stores the verdict and note of pr and updates the lists. A
// failed save keeps pr's edits in the window (see show and pendingEdits).
func (p *comparePane) saveVerdict(ctx context.Context, pr data.Pair) error {
	if err := p.u.store.SetVerdict(ctx, pr.ID, pr.Verdict, pr.Note); err != nil {
		fyne.DoAndWait(func() {
			p.failed[pr.ID] = pr
			if p.hasPair && p.pair.ID == pr.ID {
				p.status.SetText("Not saved.")
			}
		})
		return fmt.Errorf("%w (the verdict and note stay in the window, unsaved)", err)
	}
	fyne.DoAndWait(func() {
		delete(p.failed, pr.ID)
		if p.hasPair && p.pair.ID == pr.ID {
			if ed := p.edited(); ed.Verdict == p.pair.Verdict && ed.Note == p.pair.Note && (ed.Verdict != pr.Verdict || ed.Note != pr.Note) {
				// The form shows an older copy of the pair (it was shown
				// again from a list before this save came back): show
				// what was saved, or the next save would undo it.
				p.verdict.SetSelected(choiceFromVerdict(pr.Verdict))
				p.note.SetText(pr.Note)
				p.previewNote(pr.Note)
			}
			// Edits typed since stay in the form, unsaved against pr.
			p.pair = pr
			p.status.SetText("Saved.")
		}
		p.u.claim.pairChanged(pr)
	})
	return nil
}

// reasonLine is how one reason reads: its detail, or its kind and words.
func reasonLine(r data.Reason) string {
	if r.Detail != "" {
		return r.Detail
	}
	return fmt.Sprintf("%s: %s vs %s", r.Kind, r.A, r.B)
}

// whyHeading heads the reasons of a pair that has n of them. It says how
// many when there are more than one: in a window of the least height the
// second falls below the pane's fold, and the list's row says "(+1)".
func whyHeading(n int) string {
	if n > 1 {
		return fmt.Sprintf("Why the engine relates them: %d reasons", n)
	}
	return "Why the engine relates them"
}

// reasonLines are the reasons of a pair as the pane lists them.
func reasonLines(pr data.Pair) []string {
	var lines []string
	for _, r := range pr.Reasons {
		lines = append(lines, "• "+reasonLine(r))
	}
	if len(lines) == 0 {
		lines = []string{fmt.Sprintf("%s (%.0f%%): no single reason stands out", pr.Relation, pr.Confidence*100)}
	}
	return lines
}

func sideHeader(st data.Statement, outlets map[int64]string) string {
	speaker := speakerOf(st, outlets)
	parts := []string{isolate(speaker)}
	if o := outlets[st.SourceID]; o != "" && o != speaker {
		parts = append(parts, isolate(o))
	}
	if st.Quote {
		parts = append(parts, "direct quote")
	}
	parts = append(parts, stanceLabel(st.Stance))
	return strings.Join(parts, " · ")
}
