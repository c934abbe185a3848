package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
)

// tapRow lies over a list row made of text views. A text view takes taps
// (for its words), so a tap on a row's text never reached the list, which
// selected a row only when the tap fell between the lines. The tapRow on
// top takes the tap instead and selects its row. It is no more than that:
// hover, right-click and drag still reach the text under it.
type tapRow struct {
	widget.BaseWidget
	tap func()
}

func newTapRow() *tapRow {
	r := &tapRow{}
	r.ExtendBaseWidget(r)
	return r
}

// Tapped selects the row, and takes the focus from the field that had it:
// the journalist has left the note, and F7, n and p move through the list
// again instead of typing into the next pair's note.
func (r *tapRow) Tapped(*fyne.PointEvent) {
	if c := fyne.CurrentApp().Driver().CanvasForObject(r); c != nil {
		c.Unfocus()
	}
	if r.tap != nil {
		r.tap()
	}
}

// Cursor is the pointer of a list row, not the text view's I-beam.
func (r *tapRow) Cursor() desktop.Cursor { return desktop.DefaultCursor }

// CreateRenderer draws nothing.
func (r *tapRow) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(canvas.NewRectangle(color.Transparent))
}

// newRowList is widget.NewList whose rows are selected by a tap anywhere on
// them; create and update see the row itself, without the tapRow.
func newRowList(length func() int, create func() fyne.CanvasObject, update func(widget.ListItemID, fyne.CanvasObject)) *widget.List {
	var l *widget.List
	l = widget.NewList(length,
		func() fyne.CanvasObject { return container.NewStack(create(), newTapRow()) },
		func(id widget.ListItemID, o fyne.CanvasObject) {
			row := o.(*fyne.Container)
			row.Objects[1].(*tapRow).tap = func() { l.Select(id) }
			update(id, row.Objects[0])
		})
	return l
}

// choiceRow is one choice of a few, as buttons side by side, the chosen
// one highlighted: the verdict. Radio buttons kept the keyboard focus after
// a click on the one already chosen, which no handler hears, and F7, n and
// p went dead; buttons never take the focus on a click.
type choiceRow struct {
	Selected  string
	OnChanged func(string) // after a change, by a click or SetSelected
	options   []string
	chosen    []widget.Importance // how each option's button looks when chosen
	buttons   []*widget.Button
	box       *fyne.Container
}

func newChoiceRow(options []string, chosen []widget.Importance) *choiceRow {
	c := &choiceRow{options: options, chosen: chosen, box: container.NewHBox()}
	for _, o := range options {
		b := widget.NewButton(o, func() { c.SetSelected(o) })
		c.buttons = append(c.buttons, b)
		c.box.Add(b)
	}
	c.SetSelected(options[0])
	return c
}

// SetSelected chooses o and highlights its button.
func (c *choiceRow) SetSelected(o string) {
	changed := o != c.Selected
	c.Selected = o
	for i, b := range c.buttons {
		imp := widget.LowImportance
		if c.options[i] == o {
			imp = c.chosen[i]
		}
		if b.Importance != imp {
			b.Importance = imp
			b.Refresh()
		}
	}
	if changed && c.OnChanged != nil {
		c.OnChanged(o)
	}
}
