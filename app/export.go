package app

import (
	"bytes"
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"time"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	reports "github.com/claimdiff/claimdiff/compare/report"
)

// makeReport builds a report when the export runs, off the UI goroutine.
type makeReport func(ctx context.Context) (*reports.Claim, error)

// onExport exports the selected claim: its sources, statements and
// contradiction list with verdicts and notes.
func (u *UI) onExport() {
	c, ok := u.claims.current()
	if !ok {
		u.inform("Export", "Select a claim to export first.")
		return
	}
	id := c.ID
	u.askExport("Export claim report", reports.Formats, fileBase(c.Title, fmt.Sprintf("claim-%d", id)), func(ctx context.Context) (*reports.Claim, error) {
		return u.store.Report(ctx, id, time.Now().UTC().Truncate(time.Second))
	})
}

// onExportComparison exports the two sources compared side by side: the
// aligned statements with their word differences.
func (u *UI) onExportComparison() {
	cur := u.compare.docs.cur
	if cur == nil || !u.compare.docs.shown() {
		u.inform("Export", "Compare two sources first (Sources tab, or “Compare sources” under a pair).")
		return
	}
	nameA, nameB := docHeader(cur.srcA), docHeader(cur.srcB)
	base := fmt.Sprintf("comparison-%d-%d", cur.srcA.ID, cur.srcB.ID)
	u.askExport("Export comparison", reports.ComparisonFormats, base, func(context.Context) (*reports.Claim, error) {
		doc := reports.FromComparison(cur.cmp, nameA, nameB)
		doc.Generated = time.Now().UTC().Truncate(time.Second)
		return doc, nil
	})
}

// fileBase makes a file name from a title, in its own script: letters and
// digits joined by hyphens, lower case, at most 60 runes ("US forces will
// withdraw from Iraq" gives "us-forces-will-withdraw-from-iraq"); fallback
// when nothing is left.
func fileBase(title, fallback string) string {
	var b strings.Builder
	n, gap := 0, false
	for _, r := range strings.ToLower(title) {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			gap = b.Len() > 0
			continue
		}
		if n >= 60 {
			break
		}
		if gap {
			b.WriteByte('-')
			gap = false
		}
		b.WriteRune(r)
		n++
	}
	if b.Len() == 0 {
		return fallback
	}
	return b.String()
}

// askExport asks for a format among formats and a file, then writes the
// report that build makes. A ClaimReview also takes the journalist's
// organisation, rating and address of publication: Claimdiff never rates a
// claim by itself. The organisation is remembered for the next export.
func (u *UI) askExport(title string, formats []string, base string, build makeReport) {
	prefs := u.app.Preferences()
	author, rating, url := newEscEntry(false), newEscEntry(false), newEscEntry(false)
	author.SetText(prefs.String(PrefReviewAuthor))
	author.SetPlaceHolder("for a ClaimReview: your newsroom")
	rating.SetPlaceHolder("for a ClaimReview: False, Misleading, Unproven… (none if empty)")
	url.SetPlaceHolder("for a ClaimReview: https://… where it is published (optional)")
	format := widget.NewSelect(formats, func(f string) {
		for _, e := range []*escEntry{author, rating, url} {
			if f == "claimreview" {
				e.Enable()
			} else {
				e.Disable()
			}
		}
	})
	format.SetSelected("html")
	items := []*widget.FormItem{widget.NewFormItem("Format", format)}
	if slices.Contains(formats, "claimreview") {
		items = append(items, widget.NewFormItem("Reviewed by", author), widget.NewFormItem("Your rating", rating), widget.NewFormItem("Published at", url))
	}
	d := dialog.NewForm(title, "Choose file…", "Cancel", items, func(ok bool) {
		if !ok {
			return
		}
		f := format.Selected
		var opt reports.Options
		if f == "claimreview" {
			opt = reports.Options{Author: strings.TrimSpace(author.Text), Rating: strings.TrimSpace(rating.Text), URL: strings.TrimSpace(url.Text)}
			prefs.SetString(PrefReviewAuthor, opt.Author)
			u.savePrefCopy()
		}
		save := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
			if err != nil {
				u.showError("export", err)
				return
			}
			if w == nil { // cancelled
				return
			}
			u.export(f, opt, w, build)
		}, u.win)
		save.SetFileName(base + reports.Ext(f))
		save.Show()
	}, u.win)
	if len(items) > 1 {
		d.Resize(fyne.NewSize(560, d.MinSize().Height))
	}
	u.showForm(d, author, rating, url)
}

// export writes the report into w off the UI goroutine, with a progress
// dialog: a PDF takes a second.
func (u *UI) export(format string, opt reports.Options, w fyne.URIWriteCloser, build makeReport) {
	bar := widget.NewProgressBarInfinite()
	wait := dialog.NewCustomWithoutButtons("Exporting "+format+"…", bar, u.win)
	wait.Show()
	u.spawn(func() {
		err := writeReport(u.ctx, format, opt, w, build)
		fyne.Do(func() {
			wait.Hide()
			if err != nil {
				u.showError("export", err)
				return
			}
			u.inform("Export", savedWhere(w.URI()))
		})
	})
}

// writeReport makes the report in memory first, so that a failure leaves
// no half-written report in the chosen file.
func writeReport(ctx context.Context, format string, opt reports.Options, w fyne.URIWriteCloser, build makeReport) error {
	defer w.Close()
	doc, err := build(ctx)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := reports.Write(ctx, &buf, format, doc, opt); err != nil {
		return err
	}
	_, err = w.Write(buf.Bytes())
	return err
}

// savedWhere says where an export went: "Saved report.html in
// /home/ana/Reports."
func savedWhere(u fyne.URI) string {
	if dir := filepath.Dir(u.Path()); u.Scheme() == "file" && dir != "" && dir != "." {
		return fmt.Sprintf("Saved %s in %s.", u.Name(), dir)
	}
	return "Saved " + u.Name() + "."
}
