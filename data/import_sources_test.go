package data

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"testing"

	"github.com/claimdiff/claimdiff/compare/relation"
	"github.com/claimdiff/claimdiff/data/ingest"
)

// importDocs imports docs already read, with ImportEach.
func importDocs(s *Store, ctx context.Context, claimID int64, docs []ingest.Doc, progress func(i int, r ImportResult)) ([]ImportResult, error) {
	return s.ImportEach(ctx, claimID, len(docs), func(_ context.Context, i int) (ingest.Doc, error) { return docs[i], nil }, progress)
}

// genDocs makes n generated articles of 20 sentences with rotating
// outlets and authors, so that renderings and cross-language pairs occur.
func genDocs(tb testing.TB, seed int64, n int) []ingest.Doc {
	tb.Helper()
	gen := newGenerator(seed)
	docs := make([]ingest.Doc, n)
	for i := range docs {
		d, err := ingest.FromText(fmt.Sprintf("a%d", i), gen.article(i, 20))
		if err != nil {
			tb.Fatal(err)
		}
		d.Outlet = []string{"Reuters", "AP", "الأخبار"}[i%3]
		d.Author = []string{"", "Ann", "علي", ""}[i%4]
		docs[i] = d
	}
	return docs
}

// pairKeys lists a claim's pairs by what they join, not by row ids.
func pairKeys(tb testing.TB, s *Store, claimID int64) []string {
	tb.Helper()
	ps, err := s.Pairs(context.Background(), claimID, PairFilter{})
	if err != nil {
		tb.Fatal(err)
	}
	var out []string
	for _, p := range ps {
		out = append(out, fmt.Sprintf("%d/%d %d/%d %s %.6f %d", p.A.SourceID, p.A.Seq, p.B.SourceID, p.B.Seq, p.Relation, p.Confidence, len(p.Reasons)))
	}
	return out
}

func TestImportSourcesMatchesImportSource(t *testing.T) {
	ctx := context.Background()
	docs := genDocs(t, 7, 24)
	docs = append(docs, docs[3]) // a duplicate at the end

	one, many := MustOpen(t), MustOpen(t)
	title := "US forces will withdraw from Iraq by September 2025"
	c1, c2 := MustClaim(t, one, title), MustClaim(t, many, title)
	for _, d := range docs {
		if _, _, err := one.ImportSource(ctx, c1.ID, d); err != nil {
			t.Fatal(err)
		}
	}
	var seen []int
	res, err := importDocs(many, ctx, c2.ID, docs, func(i int, r ImportResult) {
		seen = append(seen, i)
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(res) != len(docs) || len(seen) != len(docs) {
		t.Fatalf("%d results, %d progress calls; want %d", len(res), len(seen), len(docs))
	}
	for i, r := range res {
		if seen[i] != i {
			t.Fatalf("progress order %v", seen)
		}
		if r.Err != nil {
			t.Fatalf("doc %d: %v", i, r.Err)
		}
		if r.Duplicate != (i == len(docs)-1) {
			t.Errorf("doc %d: duplicate %v", i, r.Duplicate)
		}
	}
	if res[len(res)-1].Source.ID != res[3].Source.ID {
		t.Errorf("duplicate came back as source %d, want %d", res[len(res)-1].Source.ID, res[3].Source.ID)
	}

	d1, err := one.Claim(ctx, c1.ID)
	if err != nil {
		t.Fatal(err)
	}
	d2, err := many.Claim(ctx, c2.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(d1.Statements) != len(d2.Statements) || len(d1.Sources) != len(d2.Sources) {
		t.Fatalf("one by one: %d sources %d statements; batch: %d, %d",
			len(d1.Sources), len(d1.Statements), len(d2.Sources), len(d2.Statements))
	}
	for i := range d1.Statements {
		a, b := d1.Statements[i], d2.Statements[i]
		if a.Text != b.Text || a.Stance != b.Stance || a.StanceConfidence != b.StanceConfidence {
			t.Fatalf("statement %d: %q %s %v, batch %q %s %v", i, a.Text, a.Stance, a.StanceConfidence, b.Text, b.Stance, b.StanceConfidence)
		}
	}
	p1, p2 := pairKeys(t, one, c1.ID), pairKeys(t, many, c2.ID)
	if len(p1) == 0 {
		t.Fatal("no pairs at all: the comparison is not exercised")
	}
	if fmt.Sprint(p1) != fmt.Sprint(p2) {
		t.Errorf("pairs differ:\none by one %v\nbatch      %v", p1, p2)
	}
}

func TestImportSourcesGoesOnAfterABadDocument(t *testing.T) {
	s := MustOpen(t)
	ctx := context.Background()
	c := MustClaim(t, s, "claim")
	docs := genDocs(t, 8, 3)
	docs[1].Text = "  \n"
	res, err := importDocs(s, ctx, c.ID, docs, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(res) != 3 || res[0].Err != nil || res[2].Err != nil || !errors.Is(res[1].Err, ErrInvalid) {
		t.Fatalf("results %+v", res)
	}
	d, err := s.Claim(ctx, c.ID)
	if err != nil || len(d.Sources) != 2 {
		t.Fatalf("%d sources, %v; want 2", len(d.Sources), err)
	}
}

// An input that cannot be read is that input's result, unchanged, and the
// inputs after it are still read and imported, in order.
func TestImportEachReadErrorIsThatInputsResult(t *testing.T) {
	s := MustOpen(t)
	ctx := context.Background()
	c := MustClaim(t, s, "claim")
	docs := genDocs(t, 11, 3)
	unreadable := errors.New("article-2.txt: permission denied")
	var order []int
	res, err := s.ImportEach(ctx, c.ID, len(docs), func(_ context.Context, i int) (ingest.Doc, error) {
		if i == 1 {
			return ingest.Doc{}, unreadable
		}
		return docs[i], nil
	}, func(i int, _ ImportResult) { order = append(order, i) })
	if err != nil {
		t.Fatal(err)
	}
	if len(res) != 3 || res[0].Err != nil || res[2].Err != nil || res[1].Err != unreadable {
		t.Fatalf("results %+v", res)
	}
	if fmt.Sprint(order) != "[0 1 2]" {
		t.Errorf("progress in order %v", order)
	}
	d, err := s.Claim(ctx, c.ID)
	if err != nil || len(d.Sources) != 2 {
		t.Fatalf("%d sources, %v; want 2", len(d.Sources), err)
	}
}

func TestImportSourcesUnknownClaim(t *testing.T) {
	s := MustOpen(t)
	res, err := importDocs(s, context.Background(), 42, genDocs(t, 9, 2), nil)
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range res {
		if !errors.Is(r.Err, ErrNotFound) {
			t.Errorf("doc %d: %v, want ErrNotFound", i, r.Err)
		}
	}
}

func TestImportSourcesStopsWhenCancelled(t *testing.T) {
	s := MustOpen(t)
	c := MustClaim(t, s, "claim")
	ctx, cancel := context.WithCancel(context.Background())
	docs := genDocs(t, 10, 6)
	res, err := importDocs(s, ctx, c.ID, docs, func(i int, r ImportResult) {
		if i == 1 {
			cancel()
		}
	})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("error %v, want context.Canceled", err)
	}
	if len(res) != 2 {
		t.Fatalf("%d results after cancelling at the second; want 2", len(res))
	}
	d, err := s.Claim(context.Background(), c.ID)
	if err != nil || len(d.Sources) != 2 {
		t.Fatalf("%d sources, %v; want the 2 done", len(d.Sources), err)
	}
}

// A sentence repeated in a document is judged once; every copy must still
// carry the stance of its own text.
func TestAnalyzeRepeatedSentencesKeepTheirStance(t *testing.T) {
	title := "US forces will withdraw from Iraq by September 2025"
	deny := "The Pentagon denied that US forces will withdraw from Iraq."
	affirm := "A senior official confirmed that US forces will withdraw from Iraq by September 2025."
	text := deny + " " + affirm + "\n\n" + deny + " The talks ended. " + affirm + " " + deny
	a := analyze(text, title)
	if len(a.stmts) < 5 {
		t.Fatalf("%d statements", len(a.stmts))
	}
	sides := map[string]bool{}
	for i, st := range a.stmts {
		r := relation.StanceOf(st.Text, title)
		if want, conf := r.Stance.String(), r.Confidence; st.Stance != want || st.StanceConfidence != conf {
			t.Errorf("statement %d %q: %s %.3f, want %s %.3f", i, st.Text, st.Stance, st.StanceConfidence, want, conf)
		}
		if st.prep == nil || st.prep.Text() != st.Text {
			t.Errorf("statement %d %q: not tokenised for the engine, or with another text", i, st.Text)
		}
		sides[st.Stance] = true
	}
	if len(sides) < 2 {
		t.Errorf("all statements %v: the test needs different stances to catch a wrong copy", sides)
	}
}

// insertCand keeps the k best candidates in cmpCands order, whatever the
// order they come in.
func TestInsertCandKeepsTheBest(t *testing.T) {
	var cs []cand
	for i := range 40 {
		cs = append(cs, cand{fresh: i % 3, other: int32(i), score: float64((i * 7) % 11)})
	}
	for _, k := range []int{1, 6, 50} {
		var best []cand
		for _, c := range cs {
			best = insertCand(best, c, k)
		}
		want := slices.Clone(cs)
		slices.SortFunc(want, cmpCands)
		want = want[:min(k, len(want))]
		if !slices.Equal(best, want) {
			t.Errorf("k=%d: %v, want %v", k, best, want)
		}
	}
}
