package data

import (
	"context"
	"testing"
)

// pairsOnlyAmong fails when a pair of the claim touches a source outside
// keep: a stale pairing index would pair new statements with deleted ones.
func pairsOnlyAmong(t *testing.T, s *Store, claimID int64, keep ...int64) int {
	t.Helper()
	ok := map[int64]bool{}
	for _, id := range keep {
		ok[id] = true
	}
	ps, err := s.Pairs(context.Background(), claimID, PairFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range ps {
		if !ok[p.A.SourceID] || !ok[p.B.SourceID] {
			t.Errorf("pair %d joins sources %d and %d, want only %v", p.ID, p.A.SourceID, p.B.SourceID, keep)
		}
	}
	return len(ps)
}

// indexMatchesFile fails when the Store's cached pairing index of the claim
// does not list exactly the claim's statements as the file has them.
func indexMatchesFile(t *testing.T, s *Store, claimID int64) {
	t.Helper()
	s.idxMu.Lock()
	idx := s.idx[claimID]
	s.idxMu.Unlock()
	if idx == nil {
		t.Fatal("no cached index after an import")
	}
	d, err := s.Claim(context.Background(), claimID)
	if err != nil {
		t.Fatal(err)
	}
	want := map[int64]Statement{}
	for _, st := range d.Statements {
		want[st.ID] = st
	}
	if len(idx.others) != len(want) {
		t.Errorf("index has %d statements, the claim %d", len(idx.others), len(want))
	}
	for _, o := range idx.others {
		st, ok := want[o.id]
		if !ok || st.Text != o.text || st.SourceID != o.source || st.Stance != o.stance {
			t.Errorf("index statement %d (source %d, %q) is not the file's (source %d, %q)", o.id, o.source, o.text, st.SourceID, st.Text)
			return
		}
	}
}

// The claim's pairing index is kept between imports; a source deleted in
// between, through this Store or another program, must leave it.
func TestImportAfterDeleteSameStore(t *testing.T) {
	s := MustOpen(t)
	ctx := context.Background()
	c := MustClaim(t, s, "US forces will withdraw from Iraq by September 2025")
	docs := genDocs(t, 12, 3)
	var ids []int64
	for _, d := range docs[:2] {
		src, _, err := s.ImportSource(ctx, c.ID, d)
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, src.ID)
	}
	if err := s.DeleteSource(ctx, ids[1]); err != nil {
		t.Fatal(err)
	}
	src, _, err := s.ImportSource(ctx, c.ID, docs[2])
	if err != nil {
		t.Fatal(err)
	}
	indexMatchesFile(t, s, c.ID)
	if n := pairsOnlyAmong(t, s, c.ID, ids[0], src.ID); n == 0 {
		t.Error("no pair between the remaining sources: the test shows nothing")
	}
}

func TestImportAfterDeleteByAnotherStore(t *testing.T) {
	s := MustOpen(t)
	other, err := Open(s.Path())
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	ctx := context.Background()
	c := MustClaim(t, s, "US forces will withdraw from Iraq by September 2025")
	docs := genDocs(t, 13, 4)
	var ids []int64
	for _, d := range docs[:3] {
		src, _, err := s.ImportSource(ctx, c.ID, d)
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, src.ID)
	}
	// The other program deletes the newest source and adds one: the
	// statement count and largest id can come back to what they were.
	if err := other.DeleteSource(ctx, ids[2]); err != nil {
		t.Fatal(err)
	}
	added, _, err := other.ImportSource(ctx, c.ID, docs[3])
	if err != nil {
		t.Fatal(err)
	}
	src, _, err := s.ImportSource(ctx, c.ID, docs[2])
	if err != nil {
		t.Fatal(err)
	}
	indexMatchesFile(t, s, c.ID)
	if n := pairsOnlyAmong(t, s, c.ID, ids[0], ids[1], added.ID, src.ID); n == 0 {
		t.Error("no pair at all: the test shows nothing")
	}
	// The re-imported text must be compared with the other program's source.
	ps, err := s.Pairs(ctx, c.ID, PairFilter{SourceID: &src.ID})
	if err != nil {
		t.Fatal(err)
	}
	withAdded := false
	for _, p := range ps {
		withAdded = withAdded || p.A.SourceID == added.ID || p.B.SourceID == added.ID
	}
	if !withAdded {
		t.Errorf("the new source was not compared with the source another program added (%d pairs)", len(ps))
	}
}

// Imports one after another reuse the index, and it stays the file's.
func TestIndexKeptAcrossImports(t *testing.T) {
	s := MustOpen(t)
	ctx := context.Background()
	c := MustClaim(t, s, "US forces will withdraw from Iraq by September 2025")
	var first *claimIndex
	for i, d := range genDocs(t, 14, 4) {
		if _, _, err := s.ImportSource(ctx, c.ID, d); err != nil {
			t.Fatal(err)
		}
		s.idxMu.Lock()
		idx := s.idx[c.ID]
		s.idxMu.Unlock()
		if i == 1 {
			first = idx
		} else if i > 1 && idx != first {
			t.Errorf("import %d rebuilt the index though nothing else was written", i)
		}
	}
	indexMatchesFile(t, s, c.ID)
}
