package app

import (
	"bytes"
	"context"
	"fmt"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	reports "github.com/claimdiff/claimdiff/compare/report"
)

// onExport asks for a format and a file, then writes the selected claim's
// report off the UI goroutine.
func (u *UI) onExport() {
	c, ok := u.claims.current()
	if !ok {
		dialog.ShowInformation("Export", "Select a claim to export first.", u.win)
		return
	}
	format := widget.NewSelect(reports.Formats, nil)
	format.SetSelected("html")
	dialog.ShowForm("Export claim report", "Choose file…", "Cancel",
		[]*widget.FormItem{widget.NewFormItem("Format", format)}, func(ok bool) {
			if !ok {
				return
			}
			f := format.Selected
			save := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
				if err != nil {
					u.showError("export", err)
					return
				}
				if w == nil { // cancelled
					return
				}
				u.export(c.ID, f, w)
			}, u.win)
			save.SetFileName(fmt.Sprintf("claim-%d%s", c.ID, reports.Ext(f)))
			save.Show()
		}, u.win)
}

// export writes the report into w. The report is made in memory first, so
// a failure leaves the chosen file untouched by half a report.
func (u *UI) export(claimID int64, format string, w fyne.URIWriteCloser) {
	bar := widget.NewProgressBarInfinite()
	wait := dialog.NewCustomWithoutButtons("Exporting "+format+"…", bar, u.win)
	wait.Show()
	go func() {
		err := u.writeReport(u.ctx, claimID, format, w)
		fyne.Do(func() {
			wait.Hide()
			if err != nil {
				u.showError("export", err)
				return
			}
			dialog.ShowInformation("Export", "Saved "+w.URI().Name()+".", u.win)
		})
	}()
}

func (u *UI) writeReport(ctx context.Context, claimID int64, format string, w fyne.URIWriteCloser) error {
	defer w.Close()
	doc, err := u.store.Report(ctx, claimID, time.Now().UTC().Truncate(time.Second))
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := reports.Write(ctx, &buf, format, doc, reports.Options{}); err != nil {
		return err
	}
	_, err = w.Write(buf.Bytes())
	return err
}
