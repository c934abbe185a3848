package data

import (
	"context"
	"reflect"
	"testing"
)

// TestPairsShareEqualReasons checks that pairs stored with the same reasons
// get one decoded slice, that an append to one pair's reasons leaves the
// other's alone, and that relation and verdict read as the constants.
func TestPairsShareEqualReasons(t *testing.T) {
	ctx := context.Background()
	s := MustOpen(t)
	c, err := s.LoadSample(ctx)
	if err != nil {
		t.Fatal(err)
	}
	before, err := s.Pairs(ctx, c.ID, PairFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(before) < 2 || len(before[0].Reasons) == 0 {
		t.Fatalf("the sample claim has %d pairs; the test needs two, the first with reasons", len(before))
	}
	from, to := before[0].ID, before[len(before)-1].ID
	if _, err := s.rw.Exec(`UPDATE comparison_pairs SET reasons = (SELECT reasons FROM comparison_pairs WHERE id = ?) WHERE id = ?`, from, to); err != nil {
		t.Fatal(err)
	}
	pairs, err := s.Pairs(ctx, c.ID, PairFilter{})
	if err != nil {
		t.Fatal(err)
	}
	byID := map[int64]Pair{}
	for _, p := range pairs {
		byID[p.ID] = p
		if p.Relation != RelContradicts && p.Relation != RelAgrees {
			t.Errorf("pair %d: relation %q", p.ID, p.Relation)
		}
		if !p.Verdict.Valid() {
			t.Errorf("pair %d: verdict %q", p.ID, p.Verdict)
		}
	}
	a, b := byID[from], byID[to]
	if !reflect.DeepEqual(a.Reasons, before[0].Reasons) {
		t.Fatalf("pair %d reads %+v, was %+v", from, a.Reasons, before[0].Reasons)
	}
	if &a.Reasons[0] != &b.Reasons[0] {
		t.Errorf("pairs %d and %d have the same stored reasons but two decoded copies", from, to)
	}
	n := len(b.Reasons)
	a.Reasons = append(a.Reasons, Reason{Kind: "extra"})
	if got := b.Reasons[:cap(b.Reasons)]; len(got) != n {
		t.Errorf("pair %d's reasons have room past their end: an append to them would write into pair %d's", to, from)
	}
}

// TestPairsAmongPointsIntoTheGivenStatements checks that PairsAmong points
// the pairs at the statements it is given and reads only the others, which
// read the same as the claim's.
func TestPairsAmongPointsIntoTheGivenStatements(t *testing.T) {
	ctx := context.Background()
	s := MustOpen(t)
	c, err := s.LoadSample(ctx)
	if err != nil {
		t.Fatal(err)
	}
	detail, err := s.Claim(ctx, c.ID)
	if err != nil {
		t.Fatal(err)
	}
	given := detail.Statements[:len(detail.Statements)/2]
	mine := map[int64]*Statement{}
	for i := range given {
		mine[given[i].ID] = &given[i]
	}
	all := map[int64]Statement{}
	for _, st := range detail.Statements {
		all[st.ID] = st
	}
	pairs, err := s.PairsAmong(ctx, c.ID, PairFilter{}, given)
	if err != nil {
		t.Fatal(err)
	}
	pointed, read := 0, 0
	for _, p := range pairs {
		for _, st := range []*Statement{p.A, p.B} {
			if want, ok := mine[st.ID]; ok {
				pointed++
				if st != want {
					t.Errorf("pair %d: statement %d is a copy, not the one given", p.ID, st.ID)
				}
				continue
			}
			read++
			if st.Text != all[st.ID].Text || st.SourceID != all[st.ID].SourceID {
				t.Errorf("pair %d: statement %d read as %q, the claim has %q", p.ID, st.ID, st.Text, all[st.ID].Text)
			}
		}
	}
	if pointed == 0 || read == 0 {
		t.Errorf("%d sides pointed at the given statements, %d read: the test needs both", pointed, read)
	}
}
