package app

import (
	"context"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
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
	sides          *pairView
	ignore         textnorm.Options
	outlets        map[int64]string
	reasons        *fyne.Container // one bidi paragraph per reason
	verdict        *widget.RadioGroup
	note           *widget.Entry
	save           *widget.Button
	status         *widget.Label
	pair           data.Pair
	hasPair        bool
	content, empty fyne.CanvasObject
	stack          *fyne.Container
}

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

func newComparePane(u *UI) *comparePane { return &comparePane{u: u, ignore: defaultIgnore} }

func (p *comparePane) build() fyne.CanvasObject {
	p.sides = newPairView()
	var names, on []string
	for _, t := range ignoreToggles {
		names = append(names, t.label)
		if p.ignore&t.opt != 0 {
			on = append(on, t.label)
		}
	}
	toggles := widget.NewCheckGroup(names, nil)
	toggles.Horizontal = true
	toggles.SetSelected(on)
	toggles.OnChanged = func(sel []string) {
		var o textnorm.Options
		for _, t := range ignoreToggles {
			for _, s := range sel {
				if s == t.label {
					o |= t.opt
				}
			}
		}
		p.setIgnore(o)
	}
	p.reasons = container.NewVBox()
	p.verdict = widget.NewRadioGroup(verdictChoices, nil)
	p.verdict.Horizontal = true
	p.verdict.Required = true
	p.note = widget.NewEntry()
	p.note.SetPlaceHolder("Note for the desk…")
	p.note.OnSubmitted = func(string) { p.onSave() }
	p.save = widget.NewButton("Save verdict", p.onSave)
	p.save.Importance = widget.HighImportance
	p.status = widget.NewLabel("")

	top := container.NewHBox(widget.NewLabel("Ignore"), toggles)
	why := widget.NewLabelWithStyle("Why the engine relates them", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	body := container.NewVBox(p.sides.content, widget.NewSeparator(), why, p.reasons)
	verdict := container.NewBorder(nil, nil, p.verdict, container.NewHBox(p.save, p.status), p.note)
	p.content = container.NewBorder(top, verdict, nil, nil, container.NewVScroll(body))
	p.empty = container.NewCenter(widget.NewLabel("Select a pair to compare its statements."))
	p.stack = container.NewStack(p.empty)
	return p.stack
}

// show puts pr in the pane. Called on the UI goroutine.
func (p *comparePane) show(pr data.Pair, outlets map[int64]string) {
	p.pair, p.hasPair, p.outlets = pr, true, outlets
	p.showSides()
	p.reasons.RemoveAll()
	for _, line := range reasonLines(pr) {
		p.reasons.Add(textview.NewParagraph(textview.Paragraph{Text: line, Dir: textview.LTR}))
	}
	p.verdict.SetSelected(choiceFromVerdict(pr.Verdict))
	p.note.SetText(pr.Note)
	p.status.SetText("")
	p.stack.Objects = []fyne.CanvasObject{p.content}
	p.stack.Refresh()
}

func (p *comparePane) showSides() {
	pr := p.pair
	p.sides.set(sideHeader(pr.A, p.outlets), pr.A.Text, sideHeader(pr.B, p.outlets), pr.B.Text, pr.Reasons, p.ignore)
}

// setIgnore changes which cosmetic differences the word diff hides.
func (p *comparePane) setIgnore(o textnorm.Options) {
	p.ignore = o
	if p.hasPair {
		p.showSides()
	}
}

func (p *comparePane) clear() {
	p.hasPair = false
	if p.stack != nil {
		p.stack.Objects = []fyne.CanvasObject{p.empty}
		p.stack.Refresh()
	}
}

func (p *comparePane) onSave() {
	if !p.hasPair {
		return
	}
	pr := p.pair
	pr.Verdict = verdictFromChoice(p.verdict.Selected)
	pr.Note = p.note.Text
	p.u.async("save verdict", func(ctx context.Context) error {
		return p.saveVerdict(ctx, pr)
	})
}

// saveVerdict stores the verdict and note of pr and updates the lists.
func (p *comparePane) saveVerdict(ctx context.Context, pr data.Pair) error {
	if err := p.u.store.SetVerdict(ctx, pr.ID, pr.Verdict, pr.Note); err != nil {
		return err
	}
	fyne.DoAndWait(func() {
		if p.pair.ID == pr.ID {
			p.pair = pr
			p.status.SetText("Saved.")
		}
		p.u.claim.pairChanged(pr)
	})
	return nil
}

// reasonLines are the reasons of a pair as the pane lists them.
func reasonLines(pr data.Pair) []string {
	var lines []string
	for _, r := range pr.Reasons {
		line := r.Detail
		if line == "" {
			line = fmt.Sprintf("%s: %s vs %s", r.Kind, r.A, r.B)
		}
		lines = append(lines, "• "+line)
	}
	if len(lines) == 0 {
		lines = []string{fmt.Sprintf("%s (%.0f%%): no single reason stands out", pr.Relation, pr.Confidence*100)}
	}
	return lines
}

func sideHeader(st data.Statement, outlets map[int64]string) string {
	parts := []string{speakerOf(st, outlets)}
	if o := outlets[st.SourceID]; o != "" && o != parts[0] {
		parts = append(parts, o)
	}
	if st.Quote {
		parts = append(parts, "direct quote")
	}
	parts = append(parts, stanceLabel(st.Stance))
	return strings.Join(parts, " · ")
}
