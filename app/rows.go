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

// Tapped selects the row.
func (r *tapRow) Tapped(*fyne.PointEvent) {
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
