package app

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/claimdiff/claimdiff/app/textview"
	"github.com/claimdiff/claimdiff/data"
)

// Two accounts that disagree on a toll disagree in their headlines and
// their leads: the list shows the conflict once, says how many repeats it
// folded, and shows them all when asked.
func TestFoldRepeats(t *testing.T) {
	u, st := newTestUI(t)
	ctx := context.Background()
	c, err := st.CreateClaim(ctx, "Fire at the Mosul market")
	if err != nil {
		t.Fatal(err)
	}
	importText(t, st, c.ID, "Wire A", "Fire at Mosul market kills 43\n\n"+
		"A fire at the main covered market in Mosul killed 43 people on Monday, the civil defence said.\n\n"+
		"The civil defence said the blaze started in a fabric shop.")
	importText(t, st, c.ID, "Wire B", "Fire at Mosul market kills 60\n\n"+
		"A fire at the main covered market in Mosul killed 60 people on Monday, the health ministry said.\n\n"+
		"Traders said the market had no working fire exits.")
	if err := u.claim.update(ctx, c.ID); err != nil {
		t.Fatal(err)
	}
	repeats := 0
	for _, r := range data.Repeats(u.claim.allPairs) {
		if r >= 0 {
			repeats++
		}
	}
	if repeats == 0 {
		t.Fatalf("the headlines and the leads give no repeated conflict; pairs: %d", len(u.claim.allPairs))
	}
	folded := len(u.claim.shown)
	if want := fmt.Sprintf("Fold repeats (%d)", repeats); u.claim.fold.Text != want {
		t.Errorf("the check box says %q, want %q", u.claim.fold.Text, want)
	}
	u.claim.fold.SetChecked(false)
	all := len(u.claim.shown)
	if all != folded+repeats {
		t.Errorf("unfolded the list shows %d pairs, want the %d folded rows and %d repeats", all, folded, repeats)
	}
	u.claim.fold.SetChecked(true)
	if len(u.claim.shown) != folded {
		t.Fatalf("folded again the list shows %d pairs, want %d", len(u.claim.shown), folded)
	}
	// The row that holds the repeats says so.
	said := false
	for i := range u.claim.shown {
		o := newTwoLineItem()
		u.claim.updatePair(i, o)
		if strings.Contains(twoLineBody(o), "folded") {
			said = true
		}
	}
	if !said {
		t.Error("no row says it folded repeats")
	}
}

// twoLineBody is the body text of a row made by newTwoLineItem.
func twoLineBody(o fyne.CanvasObject) string {
	return o.(*fyne.Container).Objects[1].(*textview.ParagraphView).Paragraph().Text
}

// Beside the list, a line says what a contradiction's percentage is; in a
// narrow window it is cut short rather than widening the pane.
func TestListSaysWhatItsPercentageIs(t *testing.T) {
	u, _ := newTestUI(t)
	if !strings.Contains(u.claim.meaning.Text, "how often pairs like it were real") || !u.claim.meaning.Visible() {
		t.Errorf("the list's line says %q (visible %v), not what a percentage is", u.claim.meaning.Text, u.claim.meaning.Visible())
	}
	full := widget.NewLabel(u.claim.meaning.Text).MinSize().Width
	if w := u.claim.meaning.MinSize().Width; w > full/4 {
		t.Errorf("the line needs %v px of the pane's width, its whole text %v: it widens a narrow window", w, full)
	}
}
