package data

import (
	"fmt"
	"math"
	"path/filepath"
	"testing"
)

// For one set of reason kinds the listed confidence rises with judge's, so
// that calibrating reorders pairs only across kinds.
func TestCalibratedRisesWithConfidence(t *testing.T) {
	kinds := [][]string{{"number"}, {"negation"}, {"stance"}, {"stance", "negation"}, {"date", "number"}, {"cause"}, {"difference"}}
	for _, k := range kinds {
		rs := make([]Reason, len(k))
		for i := range k {
			rs[i].Kind = k[i]
		}
		prev := -1.0
		for c := 0.0; c <= 1; c += 0.05 {
			p := calibrated(c, rs)
			if p <= prev || p <= 0 || p >= 1 {
				t.Errorf("%v: calibrated(%.2f) = %.4f after %.4f; want it rising, within (0, 1)", k, c, p, prev)
			}
			prev = p
		}
	}
}

// An import stores a contradiction's confidence calibrated: judge's,
// weighed by where the statements stand, through the learned model.
func TestListedConfidenceIsCalibrated(t *testing.T) {
	title := "Deadly fire at a covered market"
	pairs := twoAccounts(t, title,
		"Nine dead in market fire\n\nNine people were killed in a fire at a covered market, officials said.\n\n"+
			"The governor said the market had no fire permit.",
		"Twelve dead in market fire\n\nTwelve people were killed in a fire at a covered market, the civil defence said.\n\n"+
			"The governor denied that the market had no fire permit.")
	if len(pairs) == 0 {
		t.Fatal("no contradictions listed")
	}
	tp := prepareTitle(title)
	for _, p := range pairs {
		a := side{text: p.A.Text, speaker: p.A.Speaker, stance: p.A.Stance, conf: p.A.StanceConfidence}
		b := side{text: p.B.Text, speaker: p.B.Speaker, stance: p.B.Stance, conf: p.B.StanceConfidence}
		v := judge(a, b, tp)
		want := calibrated(v.conf*leadFactor(p.A.Seq, p.B.Seq), v.reasons)
		if math.Abs(p.Confidence-want) > 1e-9 {
			t.Errorf("%q / %q: confidence %.6f, want %.6f (judge's %.6f calibrated)", p.A.Text, p.B.Text, p.Confidence, want, v.conf)
		}
	}
}

// An archive written before the calibration (schema version 4) has its
// contradictions put on the calibrated scale when it is opened, so that
// its pairs and those of a later import share one scale.
func TestOldArchiveRecalibrated(t *testing.T) {
	p := filepath.Join(t.TempDir(), "old.db")
	s, err := Open(p)
	if err != nil {
		t.Fatal(err)
	}
	c := MustClaim(t, s, "Deadly fire at a covered market")
	importAs(t, s, c.ID, "a.txt", "", "Wire A", "Nine dead in market fire\n\nNine people were killed in a fire at a covered market, officials said.")
	importAs(t, s, c.ID, "b.txt", "", "Wire B", "Twelve dead in market fire\n\nTwelve people were killed in a fire at a covered market, the civil defence said.")
	// What version 4 stored: judge's confidence, here 0.5 for every pair.
	if _, err := s.rw.Exec(`UPDATE comparison_pairs SET confidence = 0.5`); err != nil {
		t.Fatal(err)
	}
	s = reopenFrom(t, s, p, 4)
	pairs, err := s.Contradictions(t.Context(), c.ID, PairFilter{})
	if err != nil || len(pairs) == 0 {
		t.Fatalf("%d contradictions, %v; want some", len(pairs), err)
	}
	for _, p := range pairs {
		if want := calibrated(0.5, p.Reasons); math.Abs(p.Confidence-want) > 1e-9 {
			t.Errorf("%q / %q: confidence %.6f after the upgrade, want %.6f", p.A.Text, p.B.Text, p.Confidence, want)
		}
	}
}

// A contradiction is listed only at minListedConf or more, once
// calibrated: two opposite stances alone, the weakest evidence, at a judge
// confidence whose calibrated value falls just under the floor, are not
// listed, and at one that clears it they are; a conflicting number at the
// same judge confidence is listed.
func TestWeakContradictionNotListed(t *testing.T) {
	stance := []Reason{{Kind: "stance"}}
	number := []Reason{{Kind: "number"}}
	weak, sure := -1.0, -1.0
	for c := 0.0; c <= 1; c += 0.01 {
		if p := calibrated(c, stance); p < minListedConf {
			weak = c
		} else if sure < 0 {
			sure = c
		}
	}
	if weak < 0 || sure < 0 {
		t.Fatalf("no judge confidence puts a stance-only pair on both sides of %.2f", minListedConf)
	}
	if v := listed(verdict{rel: RelContradicts, conf: weak, reasons: stance, keep: true}, 1); v.keep {
		t.Errorf("a stance-only pair at judge confidence %.2f (listed %.3f) is kept", weak, v.conf)
	}
	if v := listed(verdict{rel: RelContradicts, conf: sure, reasons: stance, keep: true}, 1); !v.keep || v.conf < minListedConf {
		t.Errorf("a stance-only pair at judge confidence %.2f is not kept: %+v", sure, v)
	}
	if v := listed(verdict{rel: RelContradicts, conf: weak, reasons: number, keep: true}, 1); !v.keep {
		t.Errorf("a number conflict at judge confidence %.2f is not kept", weak)
	}
	if v := listed(verdict{rel: RelAgrees, conf: 0.3, keep: true}, 1); !v.keep || v.conf != 0.3 {
		t.Errorf("an agreement is changed: %+v", v)
	}
}

// An archive written before version 6 loses the contradictions a new
// import would not list, unless the journalist has given one a verdict, a
// note of its own or an anchored note.
func TestOldArchiveUnlistsWeakContradictions(t *testing.T) {
	p := filepath.Join(t.TempDir(), "old.db")
	s, err := Open(p)
	if err != nil {
		t.Fatal(err)
	}
	c := MustClaim(t, s, "Deadly fire at a covered market")
	importAs(t, s, c.ID, "a.txt", "", "Wire A", "Nine dead in market fire\n\nNine people were killed in a fire at a covered market, officials said.\n\n"+
		"The governor said the market had a fire permit.")
	importAs(t, s, c.ID, "b.txt", "", "Wire B", "Twelve dead in market fire\n\nTwelve people were killed in a fire at a covered market, the civil defence said.\n\n"+
		"The governor denied that the market had a fire permit.")
	ctx := t.Context()
	pairs, err := s.Contradictions(ctx, c.ID, PairFilter{})
	if err != nil || len(pairs) < 4 {
		t.Fatalf("%d contradictions, %v; want four or more", len(pairs), err)
	}
	// What version 5 could store: contradictions under the floor. One is
	// left as it was imported, one gets a verdict, one a note of its own,
	// one an anchored note; the rest keep their confidence.
	weak, judged, noted, anchored := pairs[0].ID, pairs[1].ID, pairs[2].ID, pairs[3].ID
	for _, id := range []int64{weak, judged, noted, anchored} {
		if _, err := s.rw.Exec(`UPDATE comparison_pairs SET confidence = ? WHERE id = ?`, minListedConf/2, id); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.SetVerdict(ctx, judged, Confirmed, ""); err != nil {
		t.Fatal(err)
	}
	if err := s.SetVerdict(ctx, noted, ToCheck, "Ask the governor's office."); err != nil {
		t.Fatal(err)
	}
	if _, err := s.AddNote(ctx, Note{ClaimID: c.ID, PairID: &anchored, Quote: "Nine", Body: "Check the toll."}); err != nil {
		t.Fatal(err)
	}
	s = reopenFrom(t, s, p, 5)
	after, err := s.Contradictions(ctx, c.ID, PairFilter{})
	if err != nil {
		t.Fatal(err)
	}
	kept := map[int64]bool{}
	for _, p := range after {
		kept[p.ID] = true
	}
	if kept[weak] {
		t.Errorf("the contradiction under the floor, untouched by the journalist, is still listed")
	}
	for name, id := range map[string]int64{"with a verdict": judged, "with a note": noted, "with an anchored note": anchored} {
		if !kept[id] {
			t.Errorf("the weak contradiction %s was removed", name)
		}
	}
	if len(after) != len(pairs)-1 {
		t.Errorf("%d contradictions after the upgrade, want %d", len(after), len(pairs)-1)
	}
}

// reopenFrom marks the archive of s, at path p, as written at schema
// version v, closes it and opens it again, so that the migrations after v
// run on what s stored. The reopened store is closed when t ends.
func reopenFrom(t *testing.T, s *Store, p string, v int) *Store {
	t.Helper()
	qs := []string{
		fmt.Sprintf(`DELETE FROM schema_migrations WHERE version > %d`, v),
		fmt.Sprintf(`PRAGMA user_version = %d`, v),
	}
	if v < 7 { // what version 7 added, which opening runs again
		qs = append(qs, `ALTER TABLE sources DROP COLUMN analysed_by`)
	}
	for _, q := range qs {
		if _, err := s.rw.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s, err := Open(p)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// The build make calib grades lists every contradiction, with judge's
// confidence weighed by leadFactor: the pairs the calibrated list leaves
// out are rows the model learns from too.
func TestUncalibratedListingKeepsWhatTheListCuts(t *testing.T) {
	weak := verdict{rel: RelContradicts, conf: 0.1, reasons: []Reason{{Kind: "stance"}}, keep: true}
	if got := listed(weak, 0.9); got.rel != "" {
		t.Fatalf("the calibrated list keeps two stances alone at judge's 0.09: %+v", got)
	}
	listing = listUncalibrated
	defer func() { listing = "" }()
	got := listed(weak, 0.9)
	if got.rel != RelContradicts || math.Abs(got.conf-0.09) > 1e-12 {
		t.Errorf("uncalibrated: %+v, want the contradiction at 0.09", got)
	}
	agree := verdict{rel: RelAgrees, conf: 0.7, keep: true}
	if got := listed(agree, 0.5); got.conf != 0.7 {
		t.Errorf("an agreement's confidence changed: %+v", got)
	}
}
