package data

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/data/ingest"
)

// claimLists is everything of a claim that its analysis made, named by
// the sources' names and the statements' places, not by row ids: the
// statements with their stances, and every pair with its relation,
// confidence and reasons.
func claimLists(t *testing.T, s *Store, claimID int64) []string {
	t.Helper()
	ctx := context.Background()
	d, err := s.Claim(ctx, claimID)
	if err != nil {
		t.Fatal(err)
	}
	names := map[int64]string{}
	var out []string
	for _, src := range d.Sources {
		names[src.ID] = src.Name
		sts, err := s.Statements(ctx, src.ID)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, fmt.Sprintf("source %s %s %d", src.Name, src.Lang, len(sts)))
		for _, st := range sts {
			out = append(out, fmt.Sprintf("  %d %d-%d %s %.6f %s", st.Seq, st.Start, st.End, st.Stance, st.StanceConfidence, st.Text))
		}
	}
	ps, err := s.Pairs(ctx, claimID, PairFilter{})
	if err != nil {
		t.Fatal(err)
	}
	var pairs []string
	for _, p := range ps {
		var rs []string
		for _, r := range p.Reasons {
			rs = append(rs, r.Kind+": "+r.Detail)
		}
		pairs = append(pairs, fmt.Sprintf("pair %s/%d %s/%d %s %.6f %s %s %q", names[p.A.SourceID], p.A.Seq, names[p.B.SourceID], p.B.Seq,
			p.Relation, p.Confidence, strings.Join(rs, "; "), p.Verdict, p.Note))
	}
	slices.Sort(pairs)
	return append(out, pairs...)
}

// sampleArchive is a fresh archive with the sample claim loaded.
func sampleArchive(t *testing.T) (*Store, Claim) {
	t.Helper()
	s := MustOpen(t)
	c, err := s.LoadSample(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return s, c
}

// sampleDocs are the sample claim's sources as documents, in the order
// they came in.
func sampleDocs(t *testing.T, s *Store, claimID int64) []ingest.Doc {
	t.Helper()
	d, err := s.Claim(context.Background(), claimID)
	if err != nil {
		t.Fatal(err)
	}
	var docs []ingest.Doc
	for _, src := range d.Sources {
		full, err := s.Source(context.Background(), src.ID)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, ingest.Doc{Name: full.Name, Title: full.Title, Outlet: full.Outlet, Author: full.Author,
			Published: full.Published, Format: full.Format, Method: full.Method, Text: full.Text})
	}
	return docs
}

func diffLists(t *testing.T, what string, got, want []string) {
	t.Helper()
	if slices.Equal(got, want) {
		return
	}
	n := 0
	for i := 0; i < max(len(got), len(want)) && n < 8; i++ {
		var g, w string
		if i < len(got) {
			g = got[i]
		}
		if i < len(want) {
			w = want[i]
		}
		if g != w {
			t.Errorf("%s, line %d:\n   got %s\n  want %s", what, i, g, w)
			n++
		}
	}
	t.Errorf("%s: %d lines, want %d", what, len(got), len(want))
}

// TestReanalyseMatchesFreshImport checks that a claim renamed and
// re-analysed has the statements, stances and pairs that a fresh import
// of its sources, in the same order, under the new title gives, and that
// re-analysing under an unchanged title changes nothing.
func TestReanalyseMatchesFreshImport(t *testing.T) {
	ctx := context.Background()
	s, c := sampleArchive(t)
	before := claimLists(t, s, c.ID)
	rep, err := s.Reanalyse(ctx, c.ID, "", nil)
	if err != nil {
		t.Fatal(err)
	}
	diffLists(t, "re-analysed under the same title", claimLists(t, s, c.ID), before)
	if rep.Sources != c.Sources || rep.Statements != c.Statements || rep.Contradictions == 0 {
		t.Errorf("report %+v, claim %+v", rep, c)
	}

	// A title the accounts take the other side of: "will stay" where the
	// sample's title says "will withdraw".
	const title = "US forces will stay in Iraq"
	if _, err := s.Reanalyse(ctx, c.ID, title, nil); err != nil {
		t.Fatal(err)
	}
	got := claimLists(t, s, c.ID)
	fresh := MustOpen(t)
	fc := MustClaim(t, fresh, title)
	for _, d := range sampleDocs(t, s, c.ID) {
		if _, _, err := fresh.ImportSource(ctx, fc.ID, d); err != nil {
			t.Fatal(err)
		}
	}
	want := claimLists(t, fresh, fc.ID)
	diffLists(t, "re-analysed under a new title", got, want)
	if slices.Equal(got, before) {
		t.Error("the new title changed nothing: the test shows no re-analysis")
	}
}

// TestReanalyseKeepsWork checks that the journalist's verdicts and notes
// survive a re-analysis: on the same pair when the engine finds it again,
// on the pair as it was when it does not, and as a note on the source when
// a statement of the pair is no longer read as such.
func TestReanalyseKeepsWork(t *testing.T) {
	ctx := context.Background()
	s, c := sampleArchive(t)
	cons, err := s.Contradictions(ctx, c.ID, PairFilter{})
	if err != nil || len(cons) < 3 {
		t.Fatalf("contradictions %d, %v", len(cons), err)
	}
	// Three pairs with no statement in common: one the engine finds
	// again, one whose statement it will read differently, one it never
	// made.
	disjoint := func(p Pair, ps ...Pair) bool {
		for _, q := range ps {
			if p.A.ID == q.A.ID || p.A.ID == q.B.ID || p.B.ID == q.A.ID || p.B.ID == q.B.ID {
				return false
			}
		}
		return true
	}
	found := cons[0]
	var lost Pair
	for _, p := range cons[1:] {
		if disjoint(p, found) {
			lost = p
			break
		}
	}
	all, err := s.Pairs(ctx, c.ID, PairFilter{})
	if err != nil {
		t.Fatal(err)
	}
	paired := map[[2]int64]bool{}
	for _, p := range all {
		paired[[2]int64{p.A.ID, p.B.ID}] = true
	}
	var sts []Statement
	for _, src := range sourceIDs(t, s, c) {
		st, err := s.Statements(ctx, src)
		if err != nil {
			t.Fatal(err)
		}
		sts = append(sts, st...)
	}
	var old struct{ a, b Statement }
	for _, a := range sts {
		for _, b := range sts {
			if old.a.ID == 0 && a.SourceID < b.SourceID && !paired[[2]int64{a.ID, b.ID}] &&
				disjoint(Pair{A: &a, B: &b}, found, lost) {
				old.a, old.b = a, b
			}
		}
	}
	if lost.ID == 0 || old.a.ID == 0 {
		t.Fatal("the sample has no three pairs of six statements")
	}
	if err := s.SetVerdict(ctx, found.ID, Confirmed, "checked with the ministry"); err != nil {
		t.Fatal(err)
	}
	pairNote, err := s.AddNote(ctx, Note{ClaimID: c.ID, SourceID: &found.A.SourceID, PairID: &found.ID, Quote: found.A.Text, Body: "call back"})
	if err != nil {
		t.Fatal(err)
	}
	stNote, err := s.AddNote(ctx, Note{ClaimID: c.ID, SourceID: &found.B.SourceID, StatementID: &found.B.ID, Quote: found.B.Text, Body: "his own words"})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.SetVerdict(ctx, lost.ID, NotContradiction, "a translation slip"); err != nil {
		t.Fatal(err)
	}
	// A pair the engine does not make, stored as an older engine might
	// have.
	if _, err := s.rw.Exec(`INSERT INTO comparisons (claim_id, source_a, source_b, created_at) VALUES (?, ?, ?, '')
		ON CONFLICT DO NOTHING`, c.ID, old.a.SourceID, old.b.SourceID); err != nil {
		t.Fatal(err)
	}
	if _, err := s.rw.Exec(`INSERT INTO comparison_pairs (comparison_id, statement_a, statement_b, relation, confidence, reasons, verdict, note, updated_at)
		SELECT id, ?, ?, 'agrees', 0.5, '[]', 'confirmed', 'an old pair', '2025-01-01T00:00:00Z' FROM comparisons WHERE source_a = ? AND source_b = ?`,
		old.a.ID, old.b.ID, old.a.SourceID, old.b.SourceID); err != nil {
		t.Fatal(err)
	}
	// The lost pair's first statement is moved by one rune, as an engine
	// that splits sentences otherwise would read it.
	if _, err := s.rw.Exec(`UPDATE statements SET start_rune = start_rune + 1 WHERE id = ?`, lost.A.ID); err != nil {
		t.Fatal(err)
	}

	rep, err := s.Reanalyse(ctx, c.ID, "", nil)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Kept != 3 || rep.Refound != 1 || rep.KeptUnfound != 1 || rep.Noted != 1 {
		t.Errorf("report %+v, want 3 kept: 1 found again, 1 kept as it was, 1 noted", rep)
	}
	ps, err := s.Pairs(ctx, c.ID, PairFilter{})
	if err != nil {
		t.Fatal(err)
	}
	var again, kept *Pair
	for i, p := range ps {
		switch {
		case p.A.Text == found.A.Text && p.B.Text == found.B.Text && p.A.SourceID == found.A.SourceID && p.B.SourceID == found.B.SourceID:
			again = &ps[i]
		case p.A.Text == old.a.Text && p.B.Text == old.b.Text && p.A.SourceID == old.a.SourceID && p.B.SourceID == old.b.SourceID:
			kept = &ps[i]
		}
	}
	if again == nil || again.Verdict != Confirmed || again.Note != "checked with the ministry" || again.Relation != RelContradicts {
		t.Errorf("the pair found again: %+v", again)
	}
	if kept == nil || kept.Verdict != Confirmed || kept.Note != "an old pair" || kept.Relation != RelAgrees || kept.Confidence != 0.5 {
		t.Errorf("the pair the engine does not make: %+v", kept)
	}
	notes, err := s.Notes(ctx, c.ID)
	if err != nil {
		t.Fatal(err)
	}
	var slip bool
	for _, n := range notes {
		switch n.ID {
		case pairNote.ID:
			if again == nil || n.PairID == nil || *n.PairID != again.ID {
				t.Errorf("the pair's note points at %v, want the pair found again", n.PairID)
			}
		case stNote.ID:
			if again == nil || n.StatementID == nil || *n.StatementID != again.B.ID {
				t.Errorf("the statement's note points at %v, want its statement read again", n.StatementID)
			}
		default:
			slip = strings.Contains(n.Body, "not contradiction") && strings.Contains(n.Body, "a translation slip") &&
				n.SourceID != nil && *n.SourceID == lost.A.SourceID
		}
	}
	if !slip || len(notes) != 3 {
		t.Errorf("the lost pair's verdict and note are not a note on its source: %+v", notes)
	}
}

// sourceIDs are the claim's sources' ids, in the order they came in.
func sourceIDs(t *testing.T, s *Store, c Claim) []int64 {
	t.Helper()
	d, err := s.Claim(context.Background(), c.ID)
	if err != nil {
		t.Fatal(err)
	}
	var out []int64
	for _, src := range d.Sources {
		out = append(out, src.ID)
	}
	return out
}

// TestReanalyseRefusesAChangedClaim checks that a claim renamed while its
// sources were being analysed again is left as it was.
func TestReanalyseRefusesAChangedClaim(t *testing.T) {
	ctx := context.Background()
	s, c := sampleArchive(t)
	before := claimLists(t, s, c.ID)
	renamed := false
	_, err := s.Reanalyse(ctx, c.ID, "", func(done, total int) {
		if !renamed {
			renamed = true
			if err := s.RenameClaim(ctx, c.ID, "US forces will stay in Iraq"); err != nil {
				t.Fatal(err)
			}
		}
	})
	if !errors.Is(err, ErrClaimChanged) {
		t.Fatalf("error %v, want ErrClaimChanged", err)
	}
	diffLists(t, "a refused re-analysis", claimLists(t, s, c.ID), before)
}

// TestReanalyseToATakenTitle checks that a re-analysis under the title of
// another claim is refused as a conflict and changes nothing.
func TestReanalyseToATakenTitle(t *testing.T) {
	ctx := context.Background()
	s, c := sampleArchive(t)
	MustClaim(t, s, "US forces will stay in Iraq")
	before := claimLists(t, s, c.ID)
	_, err := s.Reanalyse(ctx, c.ID, " US forces will stay in Iraq ", nil)
	if !errors.Is(err, ErrConflict) || !strings.Contains(err.Error(), "another claim has the title “US forces will stay in Iraq”") || strings.Contains(err.Error(), "UNIQUE") {
		t.Fatalf("error %v, want ErrConflict naming the title, in no words of the driver", err)
	}
	diffLists(t, "a refused re-analysis", claimLists(t, s, c.ID), before)
	if got, err := s.ClaimByID(ctx, c.ID); err != nil || got.Title != c.Title {
		t.Errorf("title %q, %v; want %q", got.Title, err, c.Title)
	}
	if _, err := s.Reanalyse(ctx, 999, "", nil); !errors.Is(err, ErrNotFound) {
		t.Errorf("an unknown claim: %v, want ErrNotFound", err)
	}
}
