package data

import (
	"slices"
	"testing"
	"time"
)

func TestRepeats(t *testing.T) {
	st := func(src int64, text string) *Statement { return &Statement{SourceID: src, Text: text} }
	num := func(a, b string) Reason { return Reason{Kind: "number", A: a, B: b} }
	pair := func(a, b *Statement, rs ...Reason) Pair {
		return Pair{A: a, B: b, Relation: RelContradicts, Reasons: rs}
	}
	headA, leadA := st(1, "43 killed in market fire"), st(1, "The fire killed 43 people, the ministry said.")
	headB, leadB := st(2, "ارتفاع حصيلة حريق السوق إلى ستين قتيلا"), st(2, "وقالت الوزارة إن ٦٠ شخصا لقوا حتفهم.")
	otherC := st(3, "Sixty people died, the governor said.")
	pairs := []Pair{
		0: pair(headA, headB, num("43", "ستين")),
		// The same figures in other sentences of the same two sources,
		// written otherwise: a repeat of 0.
		1: pair(leadA, leadB, num("43", "٦٠")),
		2: pair(headA, leadB, num("43", "٦٠")),
		// Another pair of sources: not a repeat.
		3: pair(leadA, otherC, num("43", "Sixty")),
		// Other figures of the same sources: not a repeat.
		4: pair(leadA, leadB, num("12", "٦٠")),
		// The same figures with a negation besides: told by its sentence.
		5: pair(leadA, headB, num("43", "ستين"), Reason{Kind: "negation", A: "not", B: ""}),
		// An agreement is never folded.
		6: {A: leadA, B: leadB, Relation: RelAgrees, Reasons: []Reason{num("43", "٦٠")}},
		// A negation alone has no figures to repeat.
		7: pair(leadA, leadB, Reason{Kind: "negation", A: "denied", B: ""}),
		8: pair(headA, headB, Reason{Kind: "negation", A: "denied", B: ""}),
		// Two reasons, the same two in another order and wording.
		9:  pair(headA, headB, num("43", "ستين"), Reason{Kind: "date", A: "Monday", B: "الثلاثاء"}),
		10: pair(leadA, leadB, Reason{Kind: "date", A: "monday", B: "الثلاثاء"}, num("forty-three", "60")),
		// A place by its words.
		11: pair(headA, otherC, Reason{Kind: "entity", A: "Mosul", B: "Baghdad"}),
		12: pair(leadA, otherC, Reason{Kind: "entity", A: "mosul", B: "Baghdad"}),
		// Two causes, told again in the other language; two other causes.
		13: pair(headA, headB, Reason{Kind: "cause", A: "oxygen tank", B: "short circuit"}),
		14: pair(leadA, leadB, Reason{Kind: "cause", A: "أسطوانة أكسجين", B: "تماس كهربائي"}),
		15: pair(leadA, headB, Reason{Kind: "cause", A: "oxygen cylinder", B: "gas leak"}),
	}
	got := Repeats(pairs)
	want := []int{-1, 0, 0, -1, -1, -1, -1, -1, -1, -1, 9, -1, 11, -1, 13, -1}
	if !slices.Equal(got, want) {
		t.Errorf("Repeats = %v\n           want %v", got, want)
	}
}

// TestRepeatsTellRangesApart checks that two ranges with one lower end
// ("between 30 and 45", "between 30 and 60") are two figures, and one range
// written in two scripts one figure.
func TestRepeatsTellRangesApart(t *testing.T) {
	a1, a2 := &Statement{SourceID: 1, Text: "a"}, &Statement{SourceID: 1, Text: "b"}
	b1, b2 := &Statement{SourceID: 2, Text: "c"}, &Statement{SourceID: 2, Text: "d"}
	pair := func(a, b *Statement, x, y string) Pair {
		return Pair{A: a, B: b, Relation: RelContradicts, Reasons: []Reason{{Kind: "number", A: x, B: y}}}
	}
	got := Repeats([]Pair{
		pair(a1, b1, "between 30 and 45 tonnes", "80 tonnes"),
		pair(a2, b2, "between 30 and 60 tonnes", "80 tonnes"),
		pair(a2, b1, "ما بين 30 و45 طناً", "80 tonnes"),
	})
	if want := []int{-1, -1, 0}; !slices.Equal(got, want) {
		t.Errorf("Repeats = %v, want %v", got, want)
	}
}

// The report names the pair each repeat repeats, by its archive id.
func TestReportNamesRepeats(t *testing.T) {
	st := MustOpen(t)
	ctx := t.Context()
	c, err := st.CreateClaim(ctx, "Fire at the Mosul market")
	if err != nil {
		t.Fatal(err)
	}
	importAs(t, st, c.ID, "a.txt", "", "Wire A", "Fire at Mosul market kills 43\n\nA fire at the main covered market in Mosul killed 43 people on Monday, the civil defence said.")
	importAs(t, st, c.ID, "b.txt", "", "Wire B", "Fire at Mosul market kills 60\n\nA fire at the main covered market in Mosul killed 60 people on Monday, the health ministry said.")
	pairs, err := st.Pairs(ctx, c.ID, PairFilter{})
	if err != nil {
		t.Fatal(err)
	}
	want := map[int64]int64{}
	for i, r := range Repeats(pairs) {
		if r >= 0 {
			want[pairs[i].ID] = pairs[r].ID
		}
	}
	if len(want) == 0 {
		t.Fatalf("no repeat among %d pairs", len(pairs))
	}
	doc, err := st.Report(ctx, c.ID, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range doc.Pairs {
		if p.RepeatOf != want[p.ID] {
			t.Errorf("report pair %d: repeat of %d, want %d", p.ID, p.RepeatOf, want[p.ID])
		}
	}
}
