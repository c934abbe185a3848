package app

import (
	"context"
	"database/sql"
	"errors"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/claimdiff/claimdiff/data"
)

// TestReanalyseRenamesAndReloads checks that a re-analysis under a new
// title renames the claim, gives the stances toward it, and shows the
// claim's new list in the window.
func TestReanalyseRenamesAndReloads(t *testing.T) {
	u, st := newTestUI(t)
	ctx := context.Background()
	c, ok := u.claims.current()
	if !ok {
		t.Fatal("no claim selected")
	}
	const title = "US forces will stay in Iraq"
	u.reanalyse(c, title, "Renaming the claim.")
	claims, err := st.Claims(ctx)
	if err != nil || len(claims) != 1 {
		t.Fatalf("claims %v, %v", claims, err)
	}
	if claims[0].Title != title || u.claim.title.text() != title {
		t.Errorf("title %q in the archive, %q in the window; want %q", claims[0].Title, u.claim.title.text(), title)
	}
	d, err := st.Claim(ctx, c.ID)
	if err != nil {
		t.Fatal(err)
	}
	// The sample's first statement affirms "will withdraw"; toward "will
	// stay" it denies.
	if d.Statements[0].Stance != data.StanceDenies {
		t.Errorf("first statement's stance %s toward %q", d.Statements[0].Stance, title)
	}
	if len(u.claim.shown) != claims[0].Contradictions {
		t.Errorf("the window lists %d pairs, the claim has %d contradictions", len(u.claim.shown), claims[0].Contradictions)
	}
}

func TestReanalysisSummary(t *testing.T) {
	r := data.Reanalysis{Sources: 10, Statements: 20, Contradictions: 20, Kept: 3, Refound: 1, KeptUnfound: 1, Noted: 1}
	for _, c := range []struct {
		err  error
		want []string
	}{
		{nil, []string{"Done: 10 sources and 20 statements, 20 contradictions (28 before).", "verdicts and notes on 3 pairs are kept: 1 on pairs found again, 1 on pairs kept as they were, 1 as notes"}},
		{context.Canceled, []string{"Cancelled. Nothing was changed."}},
		{data.ErrClaimChanged, []string{"Not re-analysed: the claim changed while", "Nothing was changed."}},
		{errors.New("disk full."), []string{"Not re-analysed: disk full. Nothing"}},
	} {
		got := reanalysisSummary(r, 28, c.err)
		for _, w := range c.want {
			if !strings.Contains(got, w) {
				t.Errorf("%v: %q lacks %q", c.err, got, w)
			}
		}
	}
}

// TestReanalyseSavesTypedNoteFirst checks that a verdict and note typed
// and not saved are saved before a re-analysis, and so kept on their
// pair, with no error after it.
func TestReanalyseSavesTypedNoteFirst(t *testing.T) {
	u, st := newTestUI(t)
	ctx := context.Background()
	// Pairs of another claim after the sample's, so that the re-analysed
	// pairs take new row ids rather than the old ones again.
	other, err := st.CreateClaim(ctx, "Fuel prices will rise")
	if err != nil {
		t.Fatal(err)
	}
	importText(t, st, other.ID, "a", "The government will raise fuel prices by 10 percent in March, the minister said.")
	importText(t, st, other.ID, "b", "The government will not raise fuel prices in March, the ministry said.")
	if n, err := st.Pairs(ctx, other.ID, data.PairFilter{}); err != nil || len(n) == 0 {
		t.Fatalf("the other claim has %d pairs, %v", len(n), err)
	}
	first := u.claim.shownPair(0)
	u.compare.verdict.SetSelected(verdictChoices[1])
	u.compare.note.SetText("call the Post")
	c, _ := u.claims.current()
	u.reanalyse(c, "", "Analysing again.")
	if len(u.dialogs) != 1 {
		t.Errorf("%d dialogs open, want the re-analysis's alone", len(u.dialogs))
	}
	ps, err := st.Pairs(ctx, c.ID, data.PairFilter{})
	if err != nil {
		t.Fatal(err)
	}
	kept := false
	for _, p := range ps {
		if p.A.Text == first.A.Text && p.B.Text == first.B.Text && p.Note == "call the Post" && p.Verdict != data.ToCheck {
			kept = true
		}
	}
	if !kept {
		t.Error("the typed verdict and note are not on the pair after the re-analysis")
	}
	// Moving to another pair saves nothing more, and fails nothing.
	u.claim.pairs.Select(1)
	if len(u.dialogs) != 1 || len(u.compare.pendingEdits()) != 0 {
		t.Errorf("%d dialogs, pending %v", len(u.dialogs), u.compare.pendingEdits())
	}
}

// TestStaleClaimOffersReanalysis checks that a claim whose sources an
// earlier build analysed says so under its title, and that its Re-analyse
// button gives this build's lists and takes the notice away.
func TestStaleClaimOffersReanalysis(t *testing.T) {
	u, st := newTestUI(t)
	ctx := context.Background()
	if !u.claim.stale.Hidden {
		t.Fatal("a claim this build imported is said to be analysed by an earlier one")
	}
	// Another connection, as an earlier build would have left the file.
	db, err := sql.Open("sqlite3", st.Path())
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec(`UPDATE sources SET analysed_by = 'an earlier build' WHERE id IN (SELECT id FROM sources ORDER BY id LIMIT 2)`); err != nil {
		t.Fatal(err)
	}
	if err := u.Load(ctx); err != nil {
		t.Fatal(err)
	}
	if u.claim.stale.Hidden || !strings.HasPrefix(u.claim.staleText.Text, "2 of its 10 sources were analysed by an earlier build") {
		t.Fatalf("notice hidden %v, text %q", u.claim.stale.Hidden, u.claim.staleText.Text)
	}
	test.Tap(u.claim.again)
	c, err := st.ClaimByID(ctx, u.claim.id)
	if err != nil || c.Stale != 0 {
		t.Fatalf("after Re-analyse: %d stale sources, %v", c.Stale, err)
	}
	if !u.claim.stale.Hidden {
		t.Error("the notice stays after the re-analysis")
	}
}

func TestStaleText(t *testing.T) {
	for _, c := range []struct {
		stale, sources int
		want           string
	}{
		{1, 1, "Its source was analysed"},
		{3, 3, "Its 3 sources were analysed"},
		{1, 4, "1 of its 4 sources was analysed"},
		{2, 4, "2 of its 4 sources were analysed"},
	} {
		if got := staleText(c.stale, c.sources); !strings.HasPrefix(got, c.want) {
			t.Errorf("staleText(%d, %d) = %q, want it to start %q", c.stale, c.sources, got, c.want)
		}
	}
}
