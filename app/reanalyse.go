package app

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/claimdiff/claimdiff/app/textview"
	"github.com/claimdiff/claimdiff/data"
)

// onReanalyse analyses the selected claim's sources again with this
// version's engine (File › Re-analyse claim): a claim imported by an older
// Claimdiff gets the lists a fresh import would give now.
func (p *claimsPane) onReanalyse() {
	c, ok := p.current()
	if !ok {
		p.u.inform("Re-analyse claim", "Select a claim first.")
		return
	}
	p.u.reanalyseClaim(c)
}

// reanalyseClaim re-analyses claim c under its own title.
func (u *UI) reanalyseClaim(c data.Claim) {
	u.reanalyse(c, "", "Analysing the sources of “"+c.Title+"” again with this build of Claimdiff.")
}

// reanalyse runs data.Store.Reanalyse on claim c off the UI goroutine,
// under title ("" keeps c's), with a progress dialog and Cancel, then
// reloads the claims and the claim. why is the dialog's first line.
func (u *UI) reanalyse(c data.Claim, title, why string) {
	if work := u.reanalyseDialog(c, title, why); work != nil {
		u.spawn(work)
	}
}

// reanalyseDialog shows the progress dialog of a re-analysis and returns
// the work to run off the UI goroutine. Called on the UI goroutine.
func (u *UI) reanalyseDialog(c data.Claim, title, why string) (work func()) {
	// A verdict or note typed and not saved is saved first: its pair's
	// row is about to be made again.
	pending := u.compare.pendingEdits()
	ctx, cancel := context.WithCancel(u.ctx)
	// Views of the bidi layout: the claim's title may be Arabic.
	head := textview.NewParagraph(textview.Paragraph{Text: why, Dir: textview.LTR})
	head.MaxLines = 3
	bar := widget.NewProgressBar()
	status := textview.NewParagraph(textview.Paragraph{Text: "Reading the sources…", Dir: textview.LTR})
	status.MaxLines = 4
	d := dialog.NewCustom("Re-analyse claim", "Cancel", container.NewVBox(head, bar, status), u.win)
	d.SetOnClosed(cancel)
	d.Resize(fyne.NewSize(560, 260))
	// Escape cancels while the work runs; once it ends, Enter closes the
	// report too.
	shown := u.showDialog(d, false)
	return func() {
		for _, pr := range pending {
			if err := u.compare.saveVerdict(ctx, pr); err != nil {
				fyne.Do(func() {
					setStatus(status, reanalysisSummary(data.Reanalysis{}, 0, fmt.Errorf("a verdict or note could not be saved first: %w", err)))
					d.SetDismissText("Close")
					shown.enter = true
				})
				return
			}
		}
		rep, err := u.store.Reanalyse(ctx, c.ID, title, func(done, total int) {
			fyne.Do(func() {
				bar.SetValue(float64(done) / float64(total))
				if done*2 >= total {
					setStatus(status, "Comparing the statements…")
				}
			})
		})
		fyne.Do(func() {
			setStatus(status, reanalysisSummary(rep, c.Contradictions, err))
			d.SetDismissText("Close")
			shown.enter = true
		})
		if err == nil {
			if err := u.claims.update(u.ctx, c.ID); err != nil {
				fyne.Do(func() { u.showError("reload the claim", err) })
			}
		}
	}
}

// reanalysisSummary is the sentence that ends a re-analysis: what the list
// holds now against before, and what became of the journalist's work.
func reanalysisSummary(r data.Reanalysis, before int, err error) string {
	switch {
	case errors.Is(err, context.Canceled):
		return "Cancelled. Nothing was changed."
	case err != nil:
		return fmt.Sprintf("Not re-analysed: %s. Nothing was changed.", strings.TrimSuffix(err.Error(), "."))
	}
	s := fmt.Sprintf("Done: %s and %s, %s (%d before).", count(r.Sources, "source"), count(r.Statements, "statement"),
		count(r.Contradictions, "contradiction"), before)
	if r.Kept > 0 {
		s += fmt.Sprintf(" Your verdicts and notes on %s are kept: %d on pairs found again, %d on pairs kept as they were, %d as notes on their sources.",
			count(r.Kept, "pair"), r.Refound, r.KeptUnfound, r.Noted)
	}
	return s
}
